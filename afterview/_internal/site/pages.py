"""Page sources: a generated template page (the plugin adds one per template), and guide pages that adapt
to templates an office hides."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

# A Markdown link, and the attribute list that may follow it: [text](target){ .class }.
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<target>[^)\s]+)\)(?:\{[^}\n]*\})?")
GALLERY = "index"  # templates/index.md is the gallery, not a template
TEMPLATE_TARGET = re.compile(r"templates/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md|/)?")
DATA_SCRIPT = "assets/javascripts/afterview-data.js"
# Pages for people who run or build Afterview, left out of a career office's site unless it asks for them.
MAINTAINER_PAGES = (
    "self-hosting/",
    "reference/performance.md",
    "reference/checker-accuracy.md",
    "reference/search-accuracy.md",
    "reference/python-api.md",
)
HOME_PAGE = "index.md"
# A template's title shares the common words of a question ("send", "thank", "email"); below 1, so that the
# answer to the question outranks the templates that only share its words.
TEMPLATE_SEARCH_BOOST = 0.75


def is_maintainer_page(path: str) -> bool:
    """Whether a documentation file (`self-hosting/deploy.md`) is one of the maintainer pages."""
    return any(path == page or (page.endswith("/") and path.startswith(page)) for page in MAINTAINER_PAGES)


def nav_without(nav: Any, is_gone: Any) -> Any:
    """A navigation (MkDocs' list of paths and {title: ...} sections) without the pages is_gone(path) names;
    sections left empty go too."""
    if isinstance(nav, str):
        return None if is_gone(nav) else nav
    if isinstance(nav, list):
        kept = [nav_without(item, is_gone) for item in nav]
        return [item for item in kept if item not in (None, [])]
    if isinstance(nav, dict):
        kept_items = {title: nav_without(value, is_gone) for title, value in nav.items()}
        kept_items = {title: value for title, value in kept_items.items() if value not in (None, [])}
        return kept_items or None
    return nav


def template_page_source(template_id: str, title: str, description: str, body: str) -> str:
    """The Markdown source of a template page: front matter and its body (markup.template_page), written out so
    that the page needs no macro (`render_macros: false`: its text is never read as Jinja)."""
    return (
        f"---\nrender_macros: false\ntitle: {_yaml_string(title)}\ndescription: {_yaml_string(description)}\n"
        f"template_id: {template_id}\nsearch:\n  boost: {TEMPLATE_SEARCH_BOOST}\n---\n\n{body}"
    )


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def template_of(resolved: str | None) -> str | None:
    """The id of the template page at a resolved documentation path (None for the gallery or any other page)."""
    match = TEMPLATE_TARGET.fullmatch(resolved) if resolved else None
    return match.group("id") if match and match.group("id") != GALLERY else None


def linked_template(target: str, page_path: str) -> str | None:
    """The id of the template page a link target points at, from a page at page_path (None for any other)."""
    return template_of(linked_page(target, page_path))


def linked_page(target: str, page_path: str) -> str | None:
    """The documentation file a relative link target points at, from a page at page_path (None for others)."""
    if "://" in target or target.startswith(("#", "mailto:", "/")):
        return None
    path = target.split("#", 1)[0].split("?", 1)[0]
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path)) if path else None


def template_links(docs_dir: Path) -> dict[str, list[str]]:
    """For each template a page under docs_dir links to, the pages (docs-relative, in order) that do."""
    linked: dict[str, list[str]] = {}
    for page in sorted(docs_dir.rglob("*.md")):
        path = page.relative_to(docs_dir).as_posix()
        for match in MARKDOWN_LINK.finditer(page.read_text(encoding="utf-8")):
            template_id = linked_template(match.group("target"), path)
            if template_id and path not in linked.setdefault(template_id, []):
                linked[template_id].append(path)
    return linked


def without_hidden_links(
    markdown: str, page_path: str, hidden: Collection[str], gone_pages: Collection[str] = ()
) -> str:
    """The page with each link to a hidden template, or to a page left out of the site, turned into its words."""
    if not hidden and not gone_pages:
        return markdown

    def unlink(match: re.Match[str]) -> str:
        resolved = linked_page(match.group("target"), page_path)
        gone = resolved in gone_pages or template_of(resolved) in hidden
        return match.group("text") if gone else match.group(0)

    return MARKDOWN_LINK.sub(unlink, markdown)
