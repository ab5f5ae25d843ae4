"""The Markdown source of a generated template page (the plugin adds one per template to the build)."""

from __future__ import annotations

DATA_SCRIPT = "assets/javascripts/afterview-data.js"


def template_page_source(template_id: str, title: str, description: str) -> str:
    """The Markdown source of a template page: front matter and one macro call."""
    return (
        f"---\ntitle: {_yaml_string(title)}\ndescription: {_yaml_string(description)}\n"
        f'template_id: {template_id}\n---\n\n{{{{ template_page("{template_id}") }}}}\n'
    )


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
