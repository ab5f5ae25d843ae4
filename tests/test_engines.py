"""The site builds the same with another engine: ProperDocs, the maintained continuation of MkDocs 1.x.

MkDocs 1.6.1 is the last 1.x release and Material for MkDocs 9 reaches its end of life on 2027-05-05
(docs/self-hosting/engines.md). ProperDocs reads the same mkdocs.yml and runs the same plugins, so the
shipped site and a career office's site must come out page for page as MkDocs makes them.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ON_CI, ROOT, build_site

PROPERDOCS = importlib.util.find_spec("properdocs") is not None
pytestmark = pytest.mark.skipif(
    not PROPERDOCS and not ON_CI, reason="ProperDocs is not installed (pip install -e '.[test]')"
)


def properdocs_build(config: Path, destination: Path) -> subprocess.CompletedProcess[str]:
    """`properdocs build --strict` for a config into a folder."""
    return subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(config), "-d", str(destination)],
        cwd=config.parent,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def pages(site: Path) -> set[str]:
    """Every file of a built site, by path (compressed sitemaps left out: their bytes carry a date)."""
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file() and path.suffix != ".gz"}


def test_properdocs_builds_the_shipped_site_page_for_page(built_site: Path, tmp_path: Path) -> None:
    """Every page, template page, gallery, data script and policy file MkDocs writes, ProperDocs writes too."""
    result = properdocs_build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert pages(tmp_path / "site") == pages(built_site)
    for needed in ("templates/index.html", "tools/composer/index.html", "assets/javascripts/afterview-data.js"):
        assert (tmp_path / "site" / needed).is_file(), needed


def test_properdocs_builds_an_office_site_like_mkdocs(tmp_path: Path) -> None:
    """A site made by `afterview init` builds with both engines into the same files."""
    office = tmp_path / "office"
    created = subprocess.run(
        [sys.executable, "-m", "afterview.cli", "init", str(office), "--name", "Northfield Careers"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    with_mkdocs = build_site(office / "mkdocs.yml", tmp_path / "mkdocs-site")
    assert with_mkdocs.returncode == 0, with_mkdocs.stderr
    with_properdocs = properdocs_build(office / "mkdocs.yml", tmp_path / "properdocs-site")
    assert with_properdocs.returncode == 0, with_properdocs.stderr
    assert pages(tmp_path / "properdocs-site") == pages(tmp_path / "mkdocs-site")
    assert "afterview-csp.conf" in pages(tmp_path / "properdocs-site")
