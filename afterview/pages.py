"""Page sources: a generated template page (the plugin adds one per template), and guide pages that adapt
to templates an office hides."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection

# A Markdown link, and the attribute list that may follow it: [text](target){ .class }.
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<target>[^)\s]+)\)(?:\{[^}\n]*\})?")
GALLERY = "index"  # templates/index.md is the gallery, not a template
TEMPLATE_TARGET = re.compile(r"templates/(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md|/)?")
DATA_SCRIPT = "assets/javascripts/afterview-data.js"


def template_page_source(template_id: str, title: str, description: str) -> str:
    """The Markdown source of a template page: front matter and one macro call."""
    return (
        f"---\ntitle: {_yaml_string(title)}\ndescription: {_yaml_string(description)}\n"
        f'template_id: {template_id}\n---\n\n{{{{ template_page("{template_id}") }}}}\n'
    )


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def linked_template(target: str, page_path: str) -> str | None:
    """The id of the template page a link target points at, from a page at page_path (None for any other)."""
    if "://" in target or target.startswith(("#", "mailto:")):
        return None
    path = target.split("#", 1)[0].split("?", 1)[0]
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path))
    match = TEMPLATE_TARGET.fullmatch(resolved)
    return match.group("id") if match and match.group("id") != GALLERY else None


def without_hidden_links(markdown: str, page_path: str, hidden: Collection[str]) -> str:
    """The page with each link to a hidden template's page turned into its plain text."""
    if not hidden:
        return markdown

    def unlink(match: re.Match[str]) -> str:
        return match.group("text") if linked_template(match.group("target"), page_path) in hidden else match.group(0)

    return MARKDOWN_LINK.sub(unlink, markdown)
