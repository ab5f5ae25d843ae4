"""An MkDocs hook for the benchmarks: writes each page's Markdown as the build converts it (after every plugin and
macro has had its turn), with its front matter, into the folder named by AFTERVIEW_TWIN_DOCS.

plain_site.py builds the shipped site once with this hook to get the pages of its plain-Markdown twin.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

TWIN_DOCS_VARIABLE = "AFTERVIEW_TWIN_DOCS"


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Keep the page's final Markdown (MkDocs converts it just before this event)."""
    target = Path(os.environ[TWIN_DOCS_VARIABLE]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    front_matter = yaml.safe_dump(dict(page.meta), allow_unicode=True, width=1000)
    target.write_text(f"---\n{front_matter}---\n\n{page.markdown}", encoding="utf-8")
    return html
