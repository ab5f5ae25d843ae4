"""A plain-Markdown twin of the built site: the same pages, text and nav, without macros or hooks.

Each built page's article is written back as a static Markdown page (headings as Markdown
headings, so the table of contents and permalinks are built as before; everything else as the
HTML our macros produced). Building the twin measures the site engine alone; the difference to
the shipped build is what our macros, hooks and catalog lint cost.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import yaml

from .synthetic import PROJECT_CONFIG, PROJECT_ROOT

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


def write_plain_config(folder: Path, plain_docs: Path) -> Path:
    """A config that INHERITs the project's, reads the twin's docs, and has no macros or hooks."""
    config = {
        "INHERIT": str(PROJECT_CONFIG),
        "docs_dir": str(plain_docs),
        "theme": {"custom_dir": str(PROJECT_ROOT / "overrides")},
        "plugins": ["search"],
    }
    path = folder / "mkdocs-plain.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path
