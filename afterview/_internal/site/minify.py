"""Minify the site's own scripts and stylesheets, with esbuild from npm (`npm ci`).

From a source checkout, each build minifies its copies (the files in docs/ stay readable). A wheel is
built with its copies already minified (setup.py), so a career office's build needs no Node. Without
esbuild the site is served as written, which works the same, only heavier.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.afterview")

OUR_SCRIPTS = "assets/javascripts/afterview"
OUR_STYLES = ("afterview", "tools", "composer", "print")
DATA_SCRIPT = "afterview-data.js"
ESBUILD = Path("node_modules") / ".bin" / "esbuild"
# Written next to the packaged docs when their scripts and styles were minified as the wheel was built.
MINIFIED_MARK = ".minified"


def find_esbuild(start: Path) -> Path | None:
    """esbuild from node_modules in `start` or the nearest folder above it that has one."""
    for folder in (start, *start.parents):
        candidate = folder / ESBUILD
        if candidate.is_file():
            return candidate
    return None


def our_assets(site_dir: Path) -> list[Path]:
    """The built copies of our own JS and CSS (never the exported data, the theme's or vendored files)."""
    scripts = sorted((site_dir / OUR_SCRIPTS).glob("*.js"))
    styles = sorted(
        path for path in (site_dir / "assets" / "stylesheets").glob("*.css") if path.stem.split("-")[0] in OUR_STYLES
    )
    return [path for path in [*scripts, *styles] if path.name != DATA_SCRIPT]


def minify(files: Iterable[Path], esbuild: Path, site_dir: Path) -> None:
    """Minify the files in place, in one esbuild process; raises CalledProcessError with esbuild's message."""
    paths = [str(path) for path in files]
    if not paths:
        return
    result = subprocess.run(
        [
            str(esbuild),
            *paths,
            "--minify",
            "--log-level=error",
            "--charset=utf8",
            f"--outdir={site_dir}",
            f"--outbase={site_dir}",
            "--allow-overwrite",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    if result.returncode:
        raise subprocess.CalledProcessError(result.returncode, "esbuild", stderr=result.stderr)


def minify_package_assets(docs_dir: Path, source_dir: Path) -> bool:
    """Minify the docs' own scripts and styles in place as a wheel is built, and mark them; False without esbuild."""
    esbuild = find_esbuild(source_dir.resolve())
    if esbuild is None:
        return False
    minify(our_assets(docs_dir), esbuild, docs_dir)
    (docs_dir / MINIFIED_MARK).write_text("", encoding="utf-8")
    return True


def minify_site(site_dir: Path, project_dir: Path, docs_dir: Path | None = None) -> int:
    """Minify our assets in a built site; returns how many files were minified (0 without esbuild, or when the
    installed package's docs_dir already holds them minified)."""
    if docs_dir is not None and (docs_dir / MINIFIED_MARK).is_file():
        return 0
    esbuild = find_esbuild(project_dir.resolve())
    files = our_assets(site_dir)
    if esbuild is None:
        log.info("esbuild is not installed (run `npm ci`): the site's scripts and styles are served unminified")
        return 0
    minify(files, esbuild, site_dir)
    return len(files)
