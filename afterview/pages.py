"""Generated files: one page per template, and the data script for the in-page tools.

MkDocs hooks call these; keeping page generation here means a change of site engine touches
one module.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files

from .branding import add_branding_files
from .export import browser_script
from .markup import template_url
from .site import afterview_settings, load_site

DATA_SCRIPT = "assets/javascripts/afterview-data.js"


def template_page_source(template_id: str, title: str, description: str) -> str:
    """The Markdown source of a template page: front matter and one macro call."""
    return (
        f"---\ntitle: {_yaml_string(title)}\ndescription: {_yaml_string(description)}\n"
        f'template_id: {template_id}\n---\n\n{{{{ template_page("{template_id}") }}}}\n'
    )


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def add_generated_files(files: Files, config: Any) -> Files:
    """Add a page per template and the browser data script to the build."""
    site = load_site(config)
    for template in site.templates:
        path = template_url(template.id).rstrip("/") + ".md"
        files.append(
            File.generated(config, path, content=template_page_source(template.id, template.title, template.summary))
        )
    files.append(File.generated(config, DATA_SCRIPT, content=browser_script(site, afterview_settings(config))))
    add_branding_files(files, config)
    return files
