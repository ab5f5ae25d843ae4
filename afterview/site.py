"""What one site build uses: the catalog, the example data and the rules, from the MkDocs config.

A career office's `extra.afterview` settings (see settings.py) add its own template folders,
hide or replace shipped templates and add house rules. House rules apply to the office's own
templates (and to every draft checked on its site), never to the shipped ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from .catalog import TEMPLATES_DIR, Example, ExampleDataError, Template, load_examples, template_files
from .lint import LintFinding, LintResult, display_path, finding, lint
from .rules import DRAFT_RULES, Rule
from .settings import Settings, check_template_ids, load_settings, read_config


class CatalogError(PluginError):
    """The templates failed lint: the build stops and prints every finding (MkDocs shows it without a traceback)."""

    def __init__(self, findings: tuple[LintFinding, ...]) -> None:
        lines = "\n".join(str(f) for f in findings)
        super().__init__(f"{len(findings)} template problem(s); run `afterview lint` for details:\n{lines}")
        self.findings = findings


@dataclass(frozen=True)
class SiteCatalog:
    """Everything the pages render from."""

    templates: tuple[Template, ...]
    examples: tuple[Example, ...]
    rules: tuple[Rule, ...]
    hidden: tuple[Template, ...] = ()

    def template(self, template_id: str) -> Template:
        """A template by id (hidden ones too, for excerpts in the guide); a clear error for an unknown one."""
        for template in (*self.templates, *self.hidden):
            if template.id == template_id:
                return template
        raise KeyError(f"no template with id {template_id!r} (known: {', '.join(t.id for t in self.templates)})")


def afterview_settings(config: Mapping[str, Any]) -> dict[str, Any]:
    """The validated `extra.afterview` settings pages and the browser may see."""
    return load_settings(config).public()


def site_rules(settings: Settings) -> tuple[Rule, ...]:
    """The registry's draft rules followed by the office's house rules."""
    return DRAFT_RULES + settings.house_rules


def shipped_files(settings: Settings) -> list[Path]:
    """The shipped template files, without those the office replaces."""
    return [path for path in template_files([TEMPLATES_DIR]) if path.stem not in settings.override]


def lint_house(settings: Settings) -> LintResult:
    """The office's own templates, linted with its house rules; an id clash with a shipped one is AV004."""
    shipped = {path.stem for path in shipped_files(settings)}
    check_template_ids(
        settings, shipped | set(settings.override), {path.stem for path in template_files(settings.template_dirs)}
    )
    result = lint(settings.template_dirs, rules=site_rules(settings))
    clashes = [t for t in result.templates if t.id in shipped]
    hint = (
        f"it is also the id of a shipped template; choose a new id, or list {{id}} under "
        f"extra.afterview.override in {settings.config_file} to replace ours"
    )
    findings = [
        finding(
            display_path(t.path or Path(t.id)), t.source.line(("id",)) if t.source else 1, "AV004", hint.format(id=t.id)
        )
        for t in clashes
    ]
    templates = tuple(t for t in result.templates if t not in clashes)
    return LintResult(templates, result.findings + tuple(findings))


def lint_site(settings: Settings) -> LintResult:
    """Every template of the site: the shipped ones (registry rules) and the office's (plus house rules)."""
    shipped = lint(shipped_files(settings))
    house = lint_house(settings)
    return LintResult(shipped.templates + house.templates, shipped.findings + house.findings)


def arrange(templates: tuple[Template, ...], settings: Settings) -> tuple[tuple[Template, ...], tuple[Template, ...]]:
    """Visible templates (replacements in the place of the shipped one, preferred channel first) and hidden ones."""
    by_id = {t.id: t for t in templates}
    shipped_order = [path.stem for path in template_files([TEMPLATES_DIR])]
    ordered = [by_id[i] for i in shipped_order if i in by_id] + [t for t in templates if t.id not in shipped_order]
    visible = [t for t in ordered if t.id not in settings.hide]
    if settings.prefer_channel:
        visible.sort(key=lambda t: t.channel != settings.prefer_channel)
    return tuple(visible), tuple(t for t in ordered if t.id in settings.hide)


_cache: dict[tuple[Any, ...], SiteCatalog] = {}


def fingerprint(dirs: list[Path]) -> tuple[Any, ...]:
    """Changes whenever a template file is added, removed or edited."""
    files = template_files(dirs)
    return tuple((str(f), f.stat().st_mtime_ns) for f in files)


def load_site(config: Mapping[str, Any]) -> SiteCatalog:
    """Lint and load the catalog for this config, once per set of file versions and settings."""
    settings = load_settings(config)
    key = (fingerprint([TEMPLATES_DIR, *settings.template_dirs]), repr(settings))
    if key not in _cache:
        _cache.clear()
        result = lint_site(settings)
        if result.findings:
            raise CatalogError(result.findings)
        visible, hidden = arrange(result.templates, settings)
        try:
            examples = load_examples()
        except ExampleDataError as error:
            raise PluginError(str(error)) from None
        _cache[key] = SiteCatalog(visible, examples, site_rules(settings), hidden)
    return _cache[key]


def settings_for_file(config_file: Path | None) -> Settings:
    """A career office's settings read from its mkdocs.yml (Afterview's defaults without one)."""
    return load_settings(read_config(config_file)) if config_file else Settings()


def rules_for_file(config_file: Path | None) -> tuple[Rule, ...]:
    """The draft rules `afterview check --config FILE` applies: the registry's plus the house rules."""
    return site_rules(settings_for_file(config_file))
