"""The MkDocs plugin (`plugins: - afterview`): everything that knows about MkDocs and Material.

An office's mkdocs.yml names the theme, this plugin with its options and the macros plugin with
`modules: [afterview.macros]`. The plugin validates the options once per build, fills in what the
office leaves out from the mkdocs.yml shipped in the package (nav, Markdown extensions, theme
settings, styles and scripts), adds our guide pages and theme overrides beneath the office's own,
generates a page per template, lints the catalog, and writes the Content-Security-Policy snippet
after the build. The work itself is in generate.py, which `afterview generate` uses to write the same site as
plain files for an engine without MkDocs plugins; this module only adapts it to MkDocs' events.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions

from ..engine.paths import BASE_CONFIG, DOCS_DIR, OVERRIDES_DIR, TEMPLATES_DIR
from ..engine.rules import CHANNELS
from ..engine.version import __version__
from .generate import (
    INHERITED_KEYS,
    INHERITED_THEME_KEYS,
    finish_site,
    generated_sources,
    is_office_config,
    left_out,
    package_pages,
    same_path,
)
from .pages import HOME_PAGE, nav_without, without_hidden_links
from .settings import PLUGIN_NAME, Settings, SettingsError, legacy_section, settings_from
from .site_catalog import CatalogError, SiteCatalog, load_site, repeated_rules

log = logging.getLogger("mkdocs.plugins.afterview")

MACROS_MODULE = "afterview.macros"
MACROS_HINT = "add `- macros: {modules: [afterview.macros], on_undefined: strict}` under `plugins:` in"
# A macro call or Jinja statement left in a page's Markdown after the macros plugin's turn.
UNRENDERED_MACRO = re.compile(r"\{\{\s*[A-Za-z_]\w*\s*\(|\{%\s*[a-z]")
# The key under `extra:` that on_config sets in the config of each build it configures; afterview.macros, which the
# macros plugin hands that config as env.conf, refuses to define its macros without it.
PLUGIN_MARKER = "afterview_plugin"


class AfterviewConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's options; settings.schema.json checks their values in detail."""

    organisation = c.Optional(c.Type(str))
    home_title = c.Optional(c.Type(str))
    logo = c.Optional(c.Type(str))
    favicon = c.Optional(c.Type(str))
    colors = c.DictOfItems(c.Type(str), default={})
    contact = c.Optional(c.Type(dict))
    footer = c.Optional(c.Type(str))
    appointment = c.Optional(c.Type(dict))
    notice = c.Optional(c.Type(str))
    prefer_channel = c.Optional(c.Choice(CHANNELS))
    template_dirs = c.ListOfItems(c.Type(str), default=[])
    hide = c.ListOfItems(c.Type(str), default=[])
    override = c.ListOfItems(c.Type(str), default=[])
    house_rules = c.ListOfItems(c.Type(dict), default=[])
    follow_up_business_days = c.Optional(c.Type(int))
    csp_file = c.Optional(c.Type(str))
    maintainer_pages = c.Optional(c.Type(bool))


def options_as_data(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options the office set, as plain data (unset and empty ones left out)."""
    data: dict[str, Any] = {}
    for key, value in options.items():
        if value is None or (value in ([], {}) and key != "csp_file"):
            continue
        data[key] = dict(value) if isinstance(value, Mapping) else value
    return data


def read_config(path: Path) -> dict[str, Any]:
    """An MkDocs config file as data, INHERIT followed, without building anything."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    if not path.is_file():
        raise ConfigurationError(f"{path}: no such config file")
    with path.open("rb") as stream:
        data = yaml_load(stream, get_yaml_loader())
    return {**data, "config_file_path": str(path.resolve())}


def inherit_base(config: MkDocsConfig, written: Mapping[str, Any], base_config: Mapping[str, Any]) -> None:
    """Fill in the keys the office's file leaves out from our mkdocs.yml, validated like MkDocs does."""
    schema = dict(config._schema)
    for key in INHERITED_KEYS:
        if key in written or key not in base_config:
            continue
        option = schema[key]
        option.pre_validation(config, key)
        config[key] = option.validate(base_config[key])
        option.post_validation(config, key)
    written_extra = written.get("extra") or {}
    for key, value in (base_config.get("extra") or {}).items():
        if key not in written_extra:
            config.extra[key] = value
    written_theme = written.get("theme")
    written_theme = written_theme if isinstance(written_theme, Mapping) else {}
    for key in INHERITED_THEME_KEYS:
        if key not in written_theme and key in base_config.get("theme", {}):
            config.theme[key] = base_config["theme"][key]


def add_theme_overrides(config: MkDocsConfig) -> None:
    """Our overrides beneath the office's custom_dir (which wins) and above Material's templates."""
    dirs = config.theme.dirs
    if any(same_path(folder, OVERRIDES_DIR) for folder in dirs):
        return
    dirs.insert(1 if config.theme.custom_dir else 0, str(OVERRIDES_DIR))


def check_engine(config: MkDocsConfig) -> None:
    """The theme is Material and the macros plugin loads our macros; a clear error otherwise."""
    where = config.config_file_path or "mkdocs.yml"
    if config.theme.name != "material":
        raise PluginError(f"{where}: the afterview plugin needs `theme: {{name: material}}`")
    macros = config.plugins.get("macros")
    if macros is None:
        raise PluginError(f"{where}: the guide's pages call macros; {MACROS_HINT} {where}")
    macros_config: Any = macros.config
    modules = list(macros_config.get("modules") or [])
    local = str(macros_config.get("module_name") or "")
    if not {PLUGIN_NAME, MACROS_MODULE} & set(modules) and not local.endswith("macros"):
        raise PluginError(f"{where}: the macros plugin does not load afterview's macros; {MACROS_HINT} {where}")


def renders_by_default(config: MkDocsConfig) -> bool:
    """Whether the macros plugin runs every page through Jinja, or only pages with `render_macros: true`."""
    macros = config.plugins.get("macros")
    return macros is None or bool(getattr(macros, "config", {}).get("render_by_default", True))


def package_doc_files(config: MkDocsConfig) -> list[File]:
    """Our guide pages and assets, when the office's docs_dir is another folder."""
    files = [File(path, str(DOCS_DIR), config.site_dir, config.use_directory_urls) for path in package_pages()]
    set_exclusions(files, config)
    return files


def generated_files(site: SiteCatalog, settings: Settings, config: MkDocsConfig) -> list[File]:
    """The files the build adds (generate.generated_sources) as MkDocs files; template pages are not in the nav."""
    files = []
    for source in generated_sources(site, settings):
        if source.source is not None:
            files.append(File.generated(config, source.path, abs_src_path=str(source.source)))
        else:
            inclusion = InclusionLevel.NOT_IN_NAV if source.path.endswith(".md") else InclusionLevel.UNDEFINED
            files.append(File.generated(config, source.path, content=source.content or "", inclusion=inclusion))
    return files


class AfterviewPlugin(BasePlugin[AfterviewConfig]):  # type: ignore[no-untyped-call]
    """Afterview's guide, catalog and tools in an MkDocs site."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.settings = Settings()
        self._site: SiteCatalog | None = None
        self.office = False
        self.gone_pages: set[str] = set()
        self.hidden_ids: set[str] = set()

    def left_out(self, path: str) -> bool:
        """Whether one of our pages stays out of this site: maintainer pages on an office's site, unless asked."""
        return left_out(path, self.settings, self.office)

    @event_priority(100)  # before the macros plugin, whose define_env reads the settings
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate the options once per build; fill in our defaults; find the engine set up right."""
        config_file = Path(config.config_file_path or "mkdocs.yml").resolve()
        written = read_config(config_file) if config_file.is_file() else {}
        if legacy_section(written):
            raise PluginError(
                f"{config_file}: extra.afterview has moved: put its keys under `- afterview:` in `plugins:` "
                "and delete the section from `extra:`"
            )
        try:
            # No options (our own site) need no schema check: jsonschema is not even imported.
            self.settings = settings_from(options_as_data(self.config) or None, config_file)
        except SettingsError as error:
            raise PluginError(str(error)) from None
        self._site = None
        self.office = is_office_config(config_file)
        if self.office:
            inherit_base(config, written, read_config(BASE_CONFIG))
            if "nav" not in written and config.nav:
                config.nav = nav_without(config.nav, self.left_out)
            if self.settings.favicon_url:
                config.theme["favicon"] = self.settings.favicon_url
        add_theme_overrides(config)
        check_engine(config)
        config.extra[PLUGIN_MARKER] = True
        for line in repeated_rules(self.settings):
            log.info(line)
        return config

    def site(self) -> SiteCatalog:
        """The catalog for this build: loaded and linted once (the lint is cached by content)."""
        if self._site is None:
            try:
                self._site = load_site(self.settings)
            except (CatalogError, SettingsError, ValueError) as error:
                raise PluginError(str(error)) from None
        return self._site

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Our pages beneath the office's (a page of the office's with the same path wins), then the generated ones."""
        self.gone_pages = set()
        if not same_path(config.docs_dir, DOCS_DIR):
            taken = {file.dest_uri for file in files}
            for file in package_doc_files(config):
                if file.dest_uri in taken or files.get_file_from_path(file.src_uri) is not None:
                    continue
                if self.left_out(file.src_uri):
                    self.gone_pages.add(file.src_uri)
                else:
                    files.append(file)
        self.hidden_ids = {template.id for template in self.site().hidden}
        for file in generated_files(self.site(), self.settings, config):
            files.append(file)
        return files

    @event_priority(-50)  # after the macros plugin has written each page's Markdown
    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        """A link to a template the office hides, or to a page left out, reads as plain text; an office's home page
        (ours) takes the office's home title."""
        if (
            self.office
            and page.file.src_uri == HOME_PAGE
            and same_path(page.file.abs_src_path or "", DOCS_DIR / HOME_PAGE)
        ):
            page.meta["title"] = self.settings.home_title
        if "render_macros" not in page.meta and not renders_by_default(config):
            found = UNRENDERED_MACRO.search(markdown)
            if found:
                log.warning(
                    f"{page.file.src_uri}: `{found.group(0)}...` is not run; add `render_macros: true` to the page's "
                    "front matter (the macros plugin has `render_by_default: false`)"
                )
        return without_hidden_links(markdown, page.file.src_uri, self.hidden_ids, self.gone_pages)

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """The office's public settings for the theme's templates (`afterview.organisation`, ...)."""
        env.globals["afterview"] = self.settings.public()
        env.globals["afterview_version"] = __version__
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a template file changes: ours and the office's folders."""
        for folder in (TEMPLATES_DIR, *self.settings.template_dirs):
            server.watch(str(folder))
        return server

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Our scripts and styles minified (with esbuild from `npm ci`), then the nginx snippet with the
        Content-Security-Policy of exactly this build."""
        finish_site(Path(config.site_dir), Path(config.config_file_path or ".").parent, self.settings)


def plugin_of(config: Mapping[str, Any]) -> AfterviewPlugin:
    """The afterview plugin of a loaded config, or a clear error naming the fix."""
    plugins: Any = config.get("plugins") or {}
    plugin = plugins.get(PLUGIN_NAME) if isinstance(plugins, Mapping) else None
    if not isinstance(plugin, AfterviewPlugin):
        where = config.get("config_file_path") or "mkdocs.yml"
        raise PluginError(f"{where}: the afterview macros need the plugin: add `- afterview` under `plugins:`")
    return plugin
