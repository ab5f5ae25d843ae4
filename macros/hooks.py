"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): add generated files, reload code in serve."""

from __future__ import annotations

import sys
from typing import Any

from mkdocs.structure.files import Files

from afterview.pages import add_generated_files


def on_files(files: Files, config: Any) -> Files:
    """One page per template and the data script for the in-page tools."""
    return add_generated_files(files, config)


def on_post_build(config: Any) -> None:
    """Forget the imported project modules so `mkdocs serve` picks up edits to afterview/*.py and macros/."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("macros", "afterview")]:
        if name not in ("macros.hooks",):
            del sys.modules[name]
