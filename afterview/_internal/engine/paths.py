"""Where the site's files are: inside the installed package, or at the top of a source checkout.

A wheel carries the templates, the guide pages, the theme overrides and our own mkdocs.yml under
`afterview/site/` (setup.py copies them there). A source checkout keeps them at the top of the
repository, where contributors edit them; an editable install reads them from there.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2]
BUNDLED = PACKAGE_DIR / "site"
SITE_PARTS = ("templates", "docs", "overrides", "mkdocs.yml")


def site_root() -> Path:
    """The folder holding templates/, docs/, overrides/ and the base mkdocs.yml."""
    return BUNDLED if (BUNDLED / "mkdocs.yml").is_file() else PACKAGE_DIR.parent


ROOT = site_root()
TEMPLATES_DIR = ROOT / "templates"
DOCS_DIR = ROOT / "docs"
OVERRIDES_DIR = ROOT / "overrides"
BASE_CONFIG = ROOT / "mkdocs.yml"
