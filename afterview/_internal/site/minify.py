"""Bundle and minify the site's own scripts and stylesheets, with esbuild from npm (`npm ci`).

The browser code is written as ES modules (docs/assets/javascripts/afterview/); each page loads one script of
ours, a bundle of its entry (entries/) made by esbuild, and one stylesheet, a bundle of its page kind
(stylesheets/pages/). The bundles are committed (docs/assets/*/bundles/), so a site builds and works without
Node; `npm run bundle` writes them again after a change of the sources, and a test fails while a
committed bundle differs from what esbuild makes of the sources.

From a source checkout, each build minifies its copies of the bundles (the files in docs/ stay readable). A
wheel is built with its copies already minified (setup.py), so a career office's build needs no Node. Without
esbuild the site is served as written, which works the same, only heavier. Pages load only the bundles; the
source modules are copied with the rest of docs/ but never loaded.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.afterview")

SOURCE_MODULES = "assets/javascripts/afterview"
SCRIPT_BUNDLES = "assets/javascripts/bundles"
STYLE_BUNDLES = "assets/stylesheets/bundles"
# (entry folder, output folder, esbuild options), docs-relative: one bundle per page (JS) or page kind (CSS).
BUNDLES = (
    (SOURCE_MODULES + "/entries", SCRIPT_BUNDLES, ("--format=iife",)),
    ("assets/stylesheets/pages", STYLE_BUNDLES, ()),
)
HOUSE_STYLESHEET = "assets/stylesheets/afterview-house.css"
DOCS = Path("docs")
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
    """The bundles of our own JS and CSS a page loads, and the house stylesheet (never the exported data, the
    theme's or vendored files)."""
    bundles = [path for _, folder, _ in BUNDLES for path in sorted((site_dir / folder).glob("*.*"))]
    house = site_dir / HOUSE_STYLESHEET
    return [*bundles, *([house] if house.is_file() else [])]


def bundle(esbuild: Path, project_dir: Path, out_docs: Path) -> list[Path]:
    """Bundle every entry of docs/ in project_dir into out_docs/<bundle folder>; returns the files written.
    Raises CalledProcessError with esbuild's message."""
    written = []
    for entries, folder, options in BUNDLES:
        sources = sorted((project_dir / DOCS / entries).glob("*.*"))
        result = subprocess.run(
            [
                str(esbuild.resolve()),
                *(path.relative_to(project_dir).as_posix() for path in sources),
                "--bundle",
                *options,
                "--log-level=error",
                "--charset=utf8",
                f"--outdir={out_docs.resolve() / folder}",
            ],
            cwd=project_dir,
            capture_output=True,
            timeout=120,
            check=False,
        )
        if result.returncode:
            raise subprocess.CalledProcessError(result.returncode, "esbuild", stderr=result.stderr)
        written += [out_docs / folder / path.name for path in sources]
    return written


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


def main() -> int:
    """`npm run bundle`: write the committed bundles again from the sources (in a source checkout)."""
    project_dir = Path(__file__).resolve().parents[3]
    esbuild = find_esbuild(project_dir)
    if esbuild is None:
        print("esbuild is not installed: run `npm ci` first", file=sys.stderr)
        return 2
    for path in bundle(esbuild, project_dir, project_dir / DOCS):
        print(path.relative_to(project_dir).as_posix())
    return 0


if __name__ == "__main__":
    sys.exit(main())
