"""The plain twins of the built site: the same pages, text and nav, built without our plugin and macros.

The Markdown twin (the one the target is judged on) has each page's Markdown as our macros left it: the
guide's prose as written, a template page as its macros wrote it. Building it costs what any MkDocs site
with these pages costs; the difference to the shipped build is what our plugin, macros and catalog lint
add. The HTML twin, measured since the first benchmark, has each built page's article as raw HTML with
Markdown headings: it skips converting even the guide's plain prose, so against it our build is also
charged for Markdown that any site would convert.
"""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from .markdown_capture import TWIN_DOCS_VARIABLE
from .synthetic import PROJECT_CONFIG, PROJECT_ROOT
from .timing import build

CAPTURE_HOOK = Path(__file__).with_name("markdown_capture.py")

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
EDIT_BUTTON = re.compile(r'<a href="[^"]*" title="(?:Edit|View source of) this page"[^>]*>.*?</a>', re.DOTALL)
HEADING = re.compile(r'<h([1-6])(?: id="([^"]*)")?[^>]*>(.*?)</h\1>', re.DOTALL)
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


def source_path(docs: Path, page_dir: str) -> str:
    """The Markdown source path a built `<dir>/index.html` came from."""
    if page_dir in ("", "."):
        return "index.md"
    if (docs / page_dir / "index.md").is_file():
        return f"{page_dir}/index.md"
    return f"{page_dir}.md"


def markdown_heading(match: re.Match[str]) -> str:
    """A built heading as a Markdown heading that keeps its id."""
    level, anchor, inner = match.groups()
    text = html.unescape(TAG.sub("", HEADERLINK.sub("", inner))).strip().replace("{", "(").replace("}", ")")
    return f"\n\n{'#' * int(level)} {text}" + (f" {{#{anchor}}}" if anchor else "") + "\n\n"


def page_markdown(built_page: str, site_name: str) -> str:
    """The static Markdown page for one built page: its front matter, headings and article HTML."""
    article_match = ARTICLE.search(built_page)
    article = article_match.group(1) if article_match else ""
    article = EDIT_BUTTON.sub("", article)
    body = HEADING.sub(markdown_heading, article)
    title_match = TITLE.search(built_page)
    title = html.unescape(title_match.group(1)).removesuffix(f" - {site_name}") if title_match else ""
    description_match = DESCRIPTION.search(built_page)
    meta = {"title": title}
    if description_match:
        meta["description"] = html.unescape(description_match.group(1))
    # Blank lines around each heading leave the HTML between them as raw HTML blocks.
    body = re.sub(r"\n{3,}", "\n\n", body)
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, width=1000) + "---\n\n" + body.strip() + "\n"


def write_plain_docs(built_site: Path, destination: Path, docs: Path = PROJECT_ROOT / "docs") -> int:
    """Write the twin's docs folder (pages and static files); returns the number of pages."""
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(docs, destination, ignore=shutil.ignore_patterns("*.md"))
    site_name = yaml.load(PROJECT_CONFIG.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_name"]
    pages = 0
    for page in sorted(built_site.rglob("index.html")):
        page_dir = page.parent.relative_to(built_site).as_posix()
        if page_dir.split("/")[0] in ("search", "assets"):
            continue
        target = destination / source_path(docs, page_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_markdown(page.read_text(encoding="utf-8"), site_name), encoding="utf-8")
        pages += 1
    generated = built_site / "assets" / "javascripts" / "afterview-data.js"
    if generated.is_file():
        shutil.copy2(generated, destination / "assets" / "javascripts" / "afterview-data.js")
    return pages


def write_markdown_docs(built_site: Path, destination: Path, workdir: Path, docs: Path = PROJECT_ROOT / "docs") -> int:
    """Write the Markdown twin's docs folder: every page's Markdown as the shipped build converts it (captured
    by markdown_capture.py in one more build) and the static files; returns the number of pages."""
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(docs, destination, ignore=shutil.ignore_patterns("*.md"))
    capture = {"INHERIT": str(PROJECT_CONFIG), "docs_dir": str(docs), "hooks": [str(CAPTURE_HOOK)]}
    config = workdir / "mkdocs-capture.yml"
    config.write_text(yaml.safe_dump(capture, sort_keys=False), encoding="utf-8")
    os.environ[TWIN_DOCS_VARIABLE] = str(destination)
    try:
        build(config, workdir / "capture-site")
    finally:
        del os.environ[TWIN_DOCS_VARIABLE]
    generated = built_site / "assets" / "javascripts" / "afterview-data.js"
    if generated.is_file():
        shutil.copy2(generated, destination / "assets" / "javascripts" / "afterview-data.js")
    return sum(1 for _ in destination.rglob("*.md"))


def project_search_plugin() -> Any:
    """The project's search plugin entry with its options (separator, fields), for the twins to index alike."""
    config = yaml.load(PROJECT_CONFIG.read_text(encoding="utf-8"), Loader=ProjectConfigLoader)
    return next(p for p in config["plugins"] if p == "search" or (isinstance(p, dict) and "search" in p))


class ProjectConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as data; a `!!python/name:` value (the emoji extension's functions) reads as None."""


ProjectConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def write_plain_config(folder: Path, plain_docs: Path) -> Path:
    """A config that INHERITs the project's, reads the twin's docs, and has no macros, plugin or hooks; the
    search plugin has the project's options."""
    config = {
        "INHERIT": str(PROJECT_CONFIG),
        "docs_dir": str(plain_docs),
        "theme": {"custom_dir": str(PROJECT_ROOT / "overrides")},
        "plugins": [project_search_plugin()],
    }
    path = folder / "mkdocs-plain.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    return path
