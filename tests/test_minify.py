"""The build minifies our own scripts and styles with esbuild; the sources in docs/ stay readable."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from afterview._internal.site.minify import find_esbuild, minify, minify_site, our_assets
from tests.conftest import ON_CI, ROOT

SOURCES = ROOT / "docs" / "assets"


def esbuild() -> Path:
    """esbuild from `npm ci`; skipped without it (a failure on CI)."""
    found = find_esbuild(ROOT)
    if found is None:
        if ON_CI:
            pytest.fail("node_modules/.bin/esbuild missing (run `npm ci`)")
        pytest.skip("node_modules/.bin/esbuild missing (run `npm ci`)")
    return found


def test_built_assets_are_minified_and_sources_are_not(built_site: Path) -> None:
    """Every script and stylesheet of ours written in docs/ is smaller in the built site than in its source."""
    esbuild()
    built = our_assets(built_site)
    names = {path.name for path in built}
    assert {"composer.js", "composer-state.js", "composer.css", "afterview.css"} <= names
    assert "afterview-data.js" not in names
    sources = {path: SOURCES / path.relative_to(built_site / "assets") for path in built}
    written = {path: source for path, source in sources.items() if source.exists()}  # not generated ones
    assert len(written) >= 10
    for path, source in written.items():
        assert path.stat().st_size < 0.9 * source.stat().st_size, path.name
        assert "/*" in source.read_text(encoding="utf-8")


def test_a_file_esbuild_cannot_parse_stops_the_build_with_its_message(tmp_path: Path) -> None:
    """Broken JavaScript is not shipped silently: esbuild's error names the problem."""
    broken = tmp_path / "broken.js"
    broken.write_text("function (\n", encoding="utf-8")
    with pytest.raises(subprocess.CalledProcessError) as caught:
        minify([broken], esbuild(), tmp_path)
    assert b"error" in (caught.value.stderr or b"").lower()


def test_without_esbuild_the_site_is_left_as_written(tmp_path: Path) -> None:
    """A copy built where npm was never run keeps the readable files, and still works the same."""
    site = tmp_path / "site"
    scripts = site / "assets" / "javascripts" / "afterview"
    scripts.mkdir(parents=True)
    shutil.copy(SOURCES / "javascripts" / "afterview" / "timing.js", scripts / "timing.js")
    before = (scripts / "timing.js").read_bytes()
    assert minify_site(site, tmp_path) == 0
    assert (scripts / "timing.js").read_bytes() == before
