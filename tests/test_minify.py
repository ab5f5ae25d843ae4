"""The pages' bundles are made by esbuild from the sources and committed; the build minifies them, and the
source modules stay out of the built site."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from afterview._internal.site.minify import (
    BUNDLES,
    SOURCE_MODULES,
    bundle,
    find_esbuild,
    minify,
    minify_site,
    our_assets,
)
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
    """Every bundle of ours committed in docs/ is smaller in the built site than as committed, where it stays
    readable (it names the source files it was made of)."""
    esbuild()
    built = our_assets(built_site)
    names = {path.name for path in built}
    assert {"composer.js", "checker.js", "gallery.js", "composer.css", "tools.css", "site.css"} <= names
    assert "afterview-data.js" not in names
    sources = {path: SOURCES / path.relative_to(built_site / "assets") for path in built}
    written = {path: source for path, source in sources.items() if source.exists()}  # not the house stylesheet
    assert len(written) >= 7
    for path, source in written.items():
        assert path.stat().st_size < 0.9 * source.stat().st_size, path.name
        assert "docs/assets/" in source.read_text(encoding="utf-8")
        assert "docs/assets/" not in path.read_text(encoding="utf-8"), path.name


def test_committed_bundles_are_what_esbuild_makes_of_the_sources(tmp_path: Path) -> None:
    """A change of a source module or stylesheet without `python -m afterview._internal.site.minify` fails here."""
    made = bundle(esbuild(), ROOT, tmp_path)
    assert {path.parent.relative_to(tmp_path).as_posix() for path in made} == {folder for _, folder, _ in BUNDLES}
    committed = {p for _, folder, _ in BUNDLES for p in (ROOT / "docs" / folder).iterdir()}
    assert {path.relative_to(tmp_path) for path in made} == {path.relative_to(ROOT / "docs") for path in committed}
    for path in made:
        expected = ROOT / "docs" / path.relative_to(tmp_path)
        assert path.read_bytes() == expected.read_bytes(), f"{expected.name}: run `npm run bundle`"


def test_pages_load_bundles_never_the_source_modules(built_site: Path) -> None:
    """Every script of ours a built page loads is a bundle: the ES modules it is made of are never loaded."""
    assert (ROOT / "docs" / SOURCE_MODULES / "render.js").is_file()
    loaded = set()
    for page in built_site.rglob("*.html"):
        loaded |= set(re.findall(r'<script src="([^"]*assets/javascripts/[^"]+)"', page.read_text(encoding="utf-8")))
    ours = {src.split("assets/javascripts/", 1)[1] for src in loaded}
    ours = {path for path in ours if not path.startswith(("bundle.", "vendor/", "workers/", "lunr/"))}
    assert ours == {"afterview-data.js", "bundles/composer.js", "bundles/checker.js", "bundles/gallery.js"}


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
    scripts = site / "assets" / "javascripts" / "bundles"
    scripts.mkdir(parents=True)
    shutil.copy(SOURCES / "javascripts" / "bundles" / "composer.js", scripts / "composer.js")
    before = (scripts / "composer.js").read_bytes()
    assert minify_site(site, tmp_path) == 0
    assert (scripts / "composer.js").read_bytes() == before
