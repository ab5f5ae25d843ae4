"""The site as plain files: every page source, the generated ones, the data scripts and a config any engine reads.

`afterview generate DIR` writes, for a site's mkdocs.yml (ours or a career office's), DIR/docs with our
guide pages, the office's pages over them and one page per template, DIR/overrides with the theme
overrides, and DIR/mkdocs.yml without the afterview plugin. An engine that reads mkdocs.yml and runs
mkdocs-macros modules (MkDocs, ProperDocs, Zensical) then builds DIR. The MkDocs plugin is a thin adapter
over the same functions. Nothing here imports MkDocs.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from ..engine import cache
from ..engine.lint import engine_key
from ..engine.loading import content_key
from ..engine.paths import BASE_CONFIG, DOCS_DIR, OVERRIDES_DIR
from ..engine.version import __version__
from .branding import HOUSE_STYLESHEET, house_stylesheet
from .csp import nginx_snippet
from .export import data_scripts
from .markup import template_page, template_url
from .minify import MINIFIED_MARK, find_esbuild, minify_site, our_assets
from .pages import (
    HOME_PAGE,
    is_maintainer_page,
    nav_without,
    template_page_source,
    without_hidden_links,
)
from .settings import PLUGIN_NAME, Settings, load_settings
from .site_catalog import SiteCatalog, load_site

# The key under `extra:` of a generated config naming the site's own mkdocs.yml, where the macros find
# the settings the plugin would have read.
SOURCE_KEY = "afterview_source"
GENERATED_MACROS = "afterview._internal.site.site_macros"
THEME_SETTINGS_KEY = "afterview_settings"
THEME_VERSION_KEY = "afterview_version"
# What an office's config inherits from ours unless it sets the key itself.
INHERITED_KEYS = (
    "nav",
    "markdown_extensions",
    "extra_css",
    "extra_javascript",
    "exclude_docs",
    "not_in_nav",
    "copyright",
)
INHERITED_THEME_KEYS = ("language", "font", "icon", "favicon", "palette", "features")
GENERATED_HEADER = "# Written by `afterview generate`: build this folder, and edit the site's own mkdocs.yml instead.\n"
FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?\n)---\n", re.DOTALL)


class GenerateError(ValueError):
    """The site's config cannot be read or written out; one line for the command."""


@dataclass(frozen=True)
class SourceFile:
    """A file of the docs tree the build adds: text, or a copy of a file of the office's."""

    path: str
    content: str | None = None
    source: Path | None = None


def same_path(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file or folder."""
    return Path(first).resolve() == Path(second).resolve()


def is_office_config(config_file: Path) -> bool:
    """Whether a config is a career office's (any mkdocs.yml but the one shipped with the package)."""
    return not same_path(config_file, BASE_CONFIG)


def left_out(path: str, settings: Settings, office: bool) -> bool:
    """Whether one of our pages stays out of this site: maintainer pages on an office's site, unless asked."""
    return office and not settings.maintainer_pages and is_maintainer_page(path)


def remembered(key: str, make: Callable[[], str]) -> str:
    """make(), kept on disk by a key of everything it depends on (cache.py), so a later build reads it back."""
    stored = cache.read_entry(key)
    if isinstance(stored, str):
        return stored
    made = make()
    cache.write_entry(key, made)
    return made


def generated_sources(site: SiteCatalog, settings: Settings) -> list[SourceFile]:
    """A page per template, the data script for the tools, the house stylesheet, the logo and the tab icon."""
    shared_args = (site.examples, site.rules)
    shared = content_key(*shared_args, engine_key())
    files = []
    for t in site.templates:
        text = t.source.text if t.source else ""
        body = remembered(content_key("template page", t, text, shared), partial(template_page, t, *shared_args))
        files.append(
            SourceFile(template_url(t.id).rstrip("/") + ".md", template_page_source(t.id, t.title, t.summary, body))
        )
    public = settings.public()
    scripts = remembered(
        content_key("data scripts", site, public, engine_key()), lambda: json.dumps(data_scripts(site, public))
    )
    files += [SourceFile(path, text) for path, text in json.loads(scripts).items()]
    files.append(SourceFile(HOUSE_STYLESHEET, house_stylesheet(settings)))
    if settings.logo and settings.logo_url:
        files.append(SourceFile(settings.logo_url, source=settings.logo))
    if settings.tab_icon and settings.favicon_url:
        files.append(SourceFile(settings.favicon_url, source=settings.tab_icon))
    return files


def package_pages() -> list[str]:
    """Our guide's files (pages and assets), docs-relative, in a stable order."""
    return sorted(path.relative_to(DOCS_DIR).as_posix() for path in DOCS_DIR.rglob("*") if path.is_file())


def with_home_title(markdown: str, title: str) -> str:
    """Our home page with the office's title in its front matter."""
    match = FRONT_MATTER.match(markdown)
    meta = yaml.safe_load(match.group("yaml")) if match else {}
    meta = {**(meta if isinstance(meta, dict) else {}), "title": title}
    body = markdown[match.end() :] if match else markdown
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n" + body


def read_yaml_config(config_file: Path) -> dict[str, Any]:
    """A mkdocs.yml as data (`!!python/name:` tags resolved, as MkDocs and Zensical resolve them)."""
    if not config_file.is_file():
        raise GenerateError(f"{config_file}: no such config file; run it in your site's folder or give --config FILE")
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.Loader)
    except yaml.YAMLError as error:
        raise GenerateError(f"{config_file}: not a YAML file: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        raise GenerateError(f"{config_file}: expected the settings of a site, found no mapping")
    return data


@functools.cache
def generated_build(config_file: str) -> tuple[Settings, SiteCatalog]:
    """The settings and catalog of the site a generated tree came from (read once per process)."""
    path = Path(config_file)
    settings = load_settings({**read_yaml_config(path), "config_file_path": str(path)})
    return settings, load_site(settings)


def plugin_entries(plugins: Any) -> list[tuple[str, Any]]:
    """`plugins:` as (name, options) pairs, from its list or mapping form."""
    if isinstance(plugins, Mapping):
        return list(plugins.items())
    entries: list[tuple[str, Any]] = []
    for item in plugins or []:
        if isinstance(item, str):
            entries.append((item, None))
        elif isinstance(item, Mapping):
            entries.extend(item.items())
    return entries


def engine_plugins(plugins: Any) -> list[Any]:
    """The site's plugins without ours, the macros plugin loading the macros that need no plugin."""
    kept: list[Any] = []
    for name, options in plugin_entries(plugins):
        if name == PLUGIN_NAME:
            continue
        if name == "macros":
            options = dict(options or {})
            options.pop("module_name", None)
            options["modules"] = [GENERATED_MACROS]
        kept.append({name: options} if options is not None else name)
    return kept


def engine_config(config_file: Path, settings: Settings, office: bool) -> dict[str, Any]:
    """The config for the generated tree: the site's own, with what the plugin fills in written out."""
    written = read_yaml_config(config_file)
    config = dict(written)
    if office:
        base = read_yaml_config(BASE_CONFIG)
        for key in INHERITED_KEYS:
            if key not in written and key in base:
                config[key] = base[key]
        if "nav" not in written and config.get("nav"):
            config["nav"] = nav_without(config["nav"], lambda path: left_out(path, settings, office))
        config["extra"] = {**(base.get("extra") or {}), **(written.get("extra") or {})}
        theme = written.get("theme")
        theme = dict(theme) if isinstance(theme, Mapping) else {"name": theme or "material"}
        for key in INHERITED_THEME_KEYS:
            if key not in theme and key in (base.get("theme") or {}):
                theme[key] = base["theme"][key]
        if settings.favicon_url:
            theme["favicon"] = settings.favicon_url
        config["theme"] = theme
    theme = dict(config.get("theme") or {})
    theme["custom_dir"] = "overrides"
    config["theme"] = theme
    config["plugins"] = engine_plugins(written.get("plugins"))
    # What the plugin gives the theme's templates as `afterview` and `afterview_version`, for templates that
    # fall back to `config.extra` where no plugin runs.
    config["extra"] = {
        **(config.get("extra") or {}),
        SOURCE_KEY: str(config_file.resolve()),
        THEME_SETTINGS_KEY: settings.public(),
        THEME_VERSION_KEY: __version__,
    }
    config["docs_dir"] = "docs"
    config["site_dir"] = "site"
    return config


def written_by_us(folder: Path) -> bool:
    """Whether a folder holds a config this command wrote (and so may be emptied and written again)."""
    config = folder / "mkdocs.yml"
    return config.is_file() and config.read_text(encoding="utf-8").startswith(GENERATED_HEADER)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(config_file: Path, destination: Path) -> list[str]:
    """Write the site's tree into destination (emptied first); return the docs-relative files written."""
    config_file = config_file.resolve()
    written = read_yaml_config(config_file)
    office = is_office_config(config_file)
    settings, site = generated_build(str(config_file))
    config = engine_config(config_file, settings, office)
    if destination.exists():
        if not destination.is_dir() or (any(destination.iterdir()) and not written_by_us(destination)):
            raise GenerateError(f"{destination}: not empty and not a folder this command wrote; choose another")
        shutil.rmtree(destination)
    docs = destination / "docs"
    sources: dict[str, Path] = {}
    gone_pages: set[str] = set()
    for path in package_pages():
        if left_out(path, settings, office):
            gone_pages.add(path)
        else:
            sources[path] = DOCS_DIR / path
    own_docs = config_file.parent / str(written.get("docs_dir", "docs"))
    if office and own_docs.is_dir() and not same_path(own_docs, DOCS_DIR):
        for file in sorted(own_docs.rglob("*")):
            relative = file.relative_to(own_docs).as_posix()
            if file.is_file() and not relative.startswith("."):
                sources[relative] = file
                gone_pages.discard(relative)
    hidden = {template.id for template in site.hidden}
    for path, source in sources.items():
        target = docs / path
        if path.endswith(".md"):
            text = source.read_text(encoding="utf-8")
            if office and path == HOME_PAGE and same_path(source, DOCS_DIR / HOME_PAGE):
                text = with_home_title(text, settings.home_title)
            write_text(target, without_hidden_links(text, path, hidden, gone_pages))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for generated in generated_sources(site, settings):
        if generated.source is not None:
            (docs / generated.path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(generated.source, docs / generated.path)
        else:
            write_text(docs / generated.path, generated.content or "")
        sources[generated.path] = docs / generated.path
    shutil.copytree(OVERRIDES_DIR, destination / "overrides")
    own_theme = written.get("theme")
    custom_dir = own_theme.get("custom_dir") if isinstance(own_theme, Mapping) else None
    if custom_dir:
        shutil.copytree(config_file.parent / custom_dir, destination / "overrides", dirs_exist_ok=True)
    write_text(
        destination / "mkdocs.yml",
        GENERATED_HEADER + yaml.dump(config, Dumper=yaml.Dumper, sort_keys=False, allow_unicode=True, width=1000),
    )
    return sorted(sources)


def finish_site(site_dir: Path, project_dir: Path, settings: Settings) -> None:
    """After the engine's build: our scripts and styles minified (with esbuild from `npm ci`, if any), then the
    nginx snippet with the Content-Security-Policy of exactly this build."""
    minify_remembered(site_dir, project_dir)
    if settings.csp_file:
        (site_dir / settings.csp_file).write_text(nginx_snippet(site_dir), encoding="utf-8")


def minify_remembered(site_dir: Path, project_dir: Path) -> None:
    """minify_site, with the minified files kept on disk by their text and by esbuild's binary (cache.py)."""
    esbuild = find_esbuild(project_dir.resolve())
    if esbuild is None or (DOCS_DIR / MINIFIED_MARK).is_file():
        minify_site(site_dir, project_dir, DOCS_DIR)
        return
    sources = [(path.relative_to(site_dir).as_posix(), path.read_bytes()) for path in our_assets(site_dir)]
    binary = esbuild.resolve()
    key = content_key("minified", sources, str(binary), binary.stat().st_size, binary.stat().st_mtime_ns)
    stored = cache.read_entry(key)
    if isinstance(stored, dict) and set(stored) == {name for name, _ in sources}:
        for name, text in stored.items():
            (site_dir / name).write_bytes(str(text).encode("utf-8"))
        return
    minify_site(site_dir, project_dir, DOCS_DIR)
    cache.write_entry(key, {name: (site_dir / name).read_bytes().decode("utf-8") for name, _ in sources})


def finish_generated(destination: Path) -> Path:
    """`afterview finish DIR`: finish the site an engine built from a generated tree; returns the site folder."""
    config = read_yaml_config(destination / "mkdocs.yml")
    source = (config.get("extra") or {}).get(SOURCE_KEY)
    if not source:
        raise GenerateError(f"{destination}: not a folder `afterview generate` wrote")
    site_dir = destination / str(config.get("site_dir", "site"))
    if not (site_dir / "index.html").is_file():
        raise GenerateError(f"{site_dir}: no built site; build {destination} with your engine first")
    settings, _ = generated_build(str(source))
    finish_site(site_dir, Path(str(source)).parent, settings)
    return site_dir
