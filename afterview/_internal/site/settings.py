"""A career office's settings: the options of the `afterview` plugin in its mkdocs.yml, validated.

Every mistake becomes a SettingsError that names the config file, the key and the fix; the
plugin hands it to MkDocs, which prints it as one line and stops the build.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema loads only when a file is validated (`afterview list` reads cached loads)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from ..engine.catalog import schema_choices
from ..engine.rules import CHANNELS, Rule
from ..engine.timing import TIMING
from .colors import MIN_CONTRAST, WHITE, contrast, parse_color

SCHEMA_PATH = Path(__file__).with_name("settings.schema.json")
SECTION = "plugins.afterview"
PLUGIN_NAME = "afterview"
DEFAULT_FOLLOW_UP_BUSINESS_DAYS = TIMING.first_follow_up_working_days
LOGO_URL = "assets/house/logo"
FAVICON_URL = "assets/house/favicon"
DEFAULT_HOME_TITLE = "What to send after a job interview"
# Python-only regular-expression syntax the browser's RegExp would reject or read differently.
NOT_PORTABLE = re.compile(r"\(\?P|\(\?[aiLmsux-]+[):]|\\[AZzG]|\(\?#|\\[0-9]{2,}|[*+?}]\+")
IDENTITY_ESCAPE = re.compile(r"\\([^dDwWsSbBnrtfvx0-9\\^$.*+?()\[\]{}|/u-])")

FIXES: dict[str, str] = {
    "organisation": "write the name as plain text, e.g. organisation: Northfield College Careers",
    "logo": "give a path relative to this file, ending in .svg, .png, .webp or .jpg",
    "colors": "write colours as #rrggbb (e.g. #1d4e89); both must be dark enough for white text (4.5:1)",
    "contact": "write contact: {label: ..., url: https://... or mailto:...}",
    "footer": "write plain text (no HTML), at most 300 characters",
    "appointment": "write appointment: {label: Book an appointment, url: https://...}",
    "notice": "write plain text (no HTML), at most 500 characters",
    "prefer_channel": "use one of " + ", ".join(CHANNELS),
    "template_dirs": "list folders relative to this file, e.g. template_dirs: [templates]",
    "hide": "list ids of shipped templates (see `afterview list`)",
    "override": "list the ids of shipped templates that a file of yours with the same id replaces",
    "house_rules": 'each rule needs code (HR001), name, severity, message ("should ..."), fix, check '
    "(forbid or require) and patterns; see the self-hosting guide",
    "follow_up_business_days": "use a whole number of working days from 1 to 30",
    "csp_file": "give a file name inside the built site, e.g. afterview-csp.conf, or an empty text for none",
}
DEFAULT_CSP_FILE = "afterview-csp.conf"


class SettingsError(ValueError):
    """A mistake in the plugin's options: where, what, and how to fix it."""

    def __init__(self, config_file: str, key: str, problem: str, fix: str) -> None:
        super().__init__(f"{config_file}: {SECTION}.{key}: {problem}. Fix: {fix}.")
        self.config_file, self.key, self.problem, self.fix = config_file, key, problem, fix


@dataclass(frozen=True)
class Link:
    """A labelled link (contact, appointment)."""

    label: str
    url: str


@dataclass(frozen=True)
class Settings:
    """A career office's validated settings (all optional: the defaults are Afterview's own site)."""

    config_file: str = "mkdocs.yml"
    organisation: str | None = None
    home_title: str = DEFAULT_HOME_TITLE
    logo: Path | None = None
    favicon: Path | None = None
    colors: tuple[tuple[str, str], ...] = ()
    contact: Link | None = None
    footer: str | None = None
    appointment: Link | None = None
    notice: str | None = None
    prefer_channel: str | None = None
    template_dirs: tuple[Path, ...] = ()
    hide: tuple[str, ...] = ()
    override: tuple[str, ...] = ()
    house_rules: tuple[Rule, ...] = field(default=(), hash=False)
    follow_up_business_days: int = DEFAULT_FOLLOW_UP_BUSINESS_DAYS
    csp_file: str = DEFAULT_CSP_FILE
    maintainer_pages: bool = False

    def error(self, key: str, problem: str, fix: str | None = None) -> SettingsError:
        """A SettingsError about one key of this file."""
        return SettingsError(self.config_file, key, problem, fix or FIXES.get(key.split(".")[0].split("[")[0], ""))

    @property
    def logo_url(self) -> str | None:
        """Where the logo is copied to in the built site."""
        return f"{LOGO_URL}{self.logo.suffix.lower()}" if self.logo else None

    @property
    def tab_icon(self) -> Path | None:
        """The browser-tab icon: the favicon option, else an image logo, else none of the office's own."""
        return self.favicon or (self.logo if self.logo and self.logo.suffix.lower() in (".svg", ".png") else None)

    @property
    def favicon_url(self) -> str | None:
        """Where the tab icon is copied to in the built site."""
        icon = self.tab_icon
        return f"{FAVICON_URL}{icon.suffix.lower()}" if icon else None

    def public(self) -> dict[str, Any]:
        """What pages and the browser may see: no local paths, no rules (exported separately)."""
        return {
            "organisation": self.organisation,
            "logo": self.logo_url,
            "colors": dict(self.colors),
            "contact": vars(self.contact) if self.contact else None,
            "footer": self.footer,
            "appointment": vars(self.appointment) if self.appointment else None,
            "notice": self.notice,
            "prefer_channel": self.prefer_channel,
            "follow_up_business_days": self.follow_up_business_days,
        }


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    """The settings schema's validator."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def raw_settings(config: Mapping[str, Any]) -> Any:
    """The `afterview` plugin's options in an MkDocs config as written (None when absent or empty).

    `plugins:` is a list (`- afterview:` with options, or `- afterview` alone) or a mapping.
    """
    plugins = config.get("plugins") or []
    if isinstance(plugins, Mapping):
        return plugins.get(PLUGIN_NAME)
    for item in plugins if isinstance(plugins, list) else []:
        if isinstance(item, Mapping) and PLUGIN_NAME in item:
            return item[PLUGIN_NAME]
    return None


def legacy_section(config: Mapping[str, Any]) -> bool:
    """Whether a config still has the old `extra.afterview` section."""
    extra = config.get("extra") or {}
    return isinstance(extra, Mapping) and "afterview" in extra


def config_file_of(config: Mapping[str, Any]) -> Path:
    """The config file the settings came from (paths in them are relative to its folder)."""
    return Path(config.get("config_file_path") or "mkdocs.yml").resolve()


def schema_properties(error: ValidationError) -> dict[str, Any]:
    """The keys the schema allows where the error is."""
    schema = error.schema
    return dict(schema.get("properties", {})) if isinstance(schema, Mapping) else {}


def key_path(error: ValidationError) -> str:
    """`colors.primary`, `house_rules[0].code` — the key a schema error is about."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = schema_properties(error)
        unknown = [k for k in error.instance if k not in allowed]
        out += ("." if out else "") + (unknown[0] if unknown else "")
    return out or "(the section)"


def schema_problem(error: ValidationError) -> tuple[str, str | None]:
    """A short problem statement and, where the schema says it best, a fix."""
    if error.validator == "additionalProperties":
        allowed = sorted(schema_properties(error))
        return "is not a known key", "use one of " + ", ".join(allowed)
    if error.validator == "enum":
        choices: Any = error.validator_value
        return f"{error.instance!r} is not allowed", "use one of " + ", ".join(map(str, choices))
    if error.validator == "pattern":
        return f"{error.instance!r} has the wrong form", None
    if error.validator == "required":
        return error.message.replace("'", "`"), None
    message = error.message
    return (message if len(message) <= 160 else message[:157] + "..."), None


def validate_shape(raw: Any, config_file: str) -> dict[str, Any]:
    """The section checked against settings.schema.json; the first error (by key) is raised."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise SettingsError(
            config_file,
            "(the section)",
            "should be a mapping of keys",
            "write `- afterview:` under `plugins:`, followed by indented keys",
        )
    errors = sorted(validator().iter_errors(raw), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        error = errors[0]
        key = key_path(error)
        problem, fix = schema_problem(error)
        top = key.split(".")[0].split("[")[0]
        raise SettingsError(config_file, key, problem, fix or FIXES.get(top, "see the self-hosting guide"))
    return raw


def portable_pattern_problem(pattern: str) -> str | None:
    """Why a pattern would not mean the same in Python and the browser (None when it would)."""
    try:
        re.compile(pattern, re.IGNORECASE | re.MULTILINE | re.ASCII)
    except re.error as error:
        return f"is not a valid regular expression ({error})"
    bad = NOT_PORTABLE.search(pattern) or IDENTITY_ESCAPE.search(pattern)
    if bad:
        return f"uses {bad.group(0)!r}, which the browser reads differently"
    return None


def house_rule(data: Mapping[str, Any], index: int, settings: Settings) -> Rule:
    """One house rule as a registry Rule (target: drafts)."""
    kinds = schema_choices("kind")
    for number, kind in enumerate(data.get("kinds", ())):
        if kind not in kinds:
            raise settings.error(
                f"house_rules[{index}].kinds[{number}]",
                f"{kind!r} is not a kind of note",
                "use one of " + ", ".join(kinds) + ", or leave kinds out for every kind",
            )
    for number, pattern in enumerate(data["patterns"]):
        problem = portable_pattern_problem(pattern)
        if problem:
            raise settings.error(
                f"house_rules[{index}].patterns[{number}]",
                f"{pattern!r} {problem}",
                "use plain regular-expression syntax: \\b, [...], (?:...), |, ?, *, +, {m,n}",
            )
    return Rule(
        code=data["code"],
        name=data["name"],
        severity=data["severity"],
        message=data["message"],
        fix=data["fix"],
        point=data.get("point"),
        check=data["check"],
        patterns=tuple(data["patterns"]),
        channels=tuple(data.get("channels", CHANNELS)),
        kinds=tuple(data.get("kinds", ())),
    )


def checked_colors(raw: Mapping[str, str], settings: Settings) -> tuple[tuple[str, str], ...]:
    """Primary and accent colours, each readable under white text."""
    for name, value in raw.items():
        ratio = contrast(parse_color(value), WHITE)
        if ratio < MIN_CONTRAST:
            raise settings.error(
                f"colors.{name}",
                f"{value} under white text has contrast {ratio:.1f}:1, below {MIN_CONTRAST}:1",
                "choose a darker shade of the colour",
            )
    return tuple(sorted(raw.items()))


def resolve_paths(
    raw: Mapping[str, Any], base: Path, settings: Settings
) -> tuple[Path | None, Path | None, tuple[Path, ...]]:
    """The logo and favicon files and the template folders, relative to the config file, checked to exist."""
    images = {key: base / raw[key] if key in raw else None for key in ("logo", "favicon")}
    for key, image in images.items():
        if image is not None and not image.is_file():
            raise settings.error(key, f"no file at {image}")
    dirs = []
    for index, name in enumerate(raw.get("template_dirs", [])):
        folder = base / name
        if not folder.is_dir():
            raise settings.error(f"template_dirs[{index}]", f"no folder at {folder}")
        dirs.append(folder)
    return images["logo"], images["favicon"], tuple(dirs)


def settings_from(raw_section: Any, config_file: Path) -> Settings:
    """Validate the raw plugin options read from config_file."""
    shown = str(config_file)
    raw = validate_shape(raw_section, shown)
    settings = Settings(config_file=shown)
    logo, favicon, dirs = resolve_paths(raw, config_file.parent, settings)
    codes = [rule["code"] for rule in raw.get("house_rules", [])]
    duplicate = next((code for code in codes if codes.count(code) > 1), None)
    if duplicate:
        raise settings.error("house_rules", f"the code {duplicate} is used twice", "give each house rule its own code")
    clash = set(raw.get("hide", [])) & set(raw.get("override", []))
    if clash:
        raise settings.error(
            "hide",
            f"{', '.join(sorted(clash))} is both hidden and overridden",
            "keep the id in only one of hide and override",
        )
    contact, appointment = (Link(**raw[k]) if k in raw else None for k in ("contact", "appointment"))
    return Settings(
        config_file=shown,
        organisation=raw.get("organisation"),
        home_title=raw.get("home_title", DEFAULT_HOME_TITLE),
        logo=logo,
        favicon=favicon,
        colors=checked_colors(raw.get("colors", {}), settings),
        contact=contact,
        footer=raw.get("footer"),
        appointment=appointment,
        notice=raw.get("notice"),
        prefer_channel=raw.get("prefer_channel"),
        template_dirs=dirs,
        hide=tuple(raw.get("hide", ())),
        override=tuple(raw.get("override", ())),
        house_rules=tuple(house_rule(r, i, settings) for i, r in enumerate(raw.get("house_rules", []))),
        follow_up_business_days=raw.get("follow_up_business_days", DEFAULT_FOLLOW_UP_BUSINESS_DAYS),
        csp_file=raw.get("csp_file", DEFAULT_CSP_FILE),
        maintainer_pages=raw.get("maintainer_pages", False),
    )


def load_settings(config: Mapping[str, Any]) -> Settings:
    """The validated settings of a loaded MkDocs config (or a plain dict with config_file_path)."""
    return settings_from(raw_settings(config), config_file_of(config))


def check_template_ids(settings: Settings, shipped: set[str], house: set[str]) -> None:
    """`hide` names shipped templates; `override` names a shipped template and a house file with its id."""
    for index, template_id in enumerate(settings.hide):
        if template_id not in shipped:
            raise settings.error(
                f"hide[{index}]",
                f"{template_id!r} is not a shipped template",
                "check the id with `afterview list`; to drop a template of yours, delete its file",
            )
    for index, template_id in enumerate(settings.override):
        if template_id not in shipped:
            raise settings.error(
                f"override[{index}]",
                f"{template_id!r} is not a shipped template, so there is nothing to replace",
                "remove it from override: a new id is simply added",
            )
        if template_id not in house:
            raise settings.error(
                f"override[{index}]",
                f"none of template_dirs has {template_id}.yaml",
                f"add your version as {template_id}.yaml in one of template_dirs",
            )
