"""Packaging glue: the wheel carries the site's files (templates, guide pages, theme overrides) in the package.

The source tree keeps them at the top of the repository; building a wheel copies them to
afterview/site/, where afterview/_internal/engine/paths.py finds them once installed.
"""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# One definition each, read from the package's own modules without importing the package (and its dependencies).
SITE_PARTS: tuple[str, ...] = runpy.run_path(str(HERE / "afterview" / "_internal" / "engine" / "paths.py"))[
    "SITE_PARTS"
]
MINIFY = runpy.run_path(str(HERE / "afterview" / "_internal" / "site" / "minify.py"))
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".DS_Store")


class BuildWithSiteFiles(build_py):
    """build_py, plus the site's files under afterview/site/ in the build folder."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "afterview" / "site"
        for name in SITE_PARTS:
            source = HERE / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=SKIPPED, dirs_exist_ok=True)
            elif source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
        MINIFY["minify_package_assets"](target / "docs", HERE)


setup(cmdclass={"build_py": BuildWithSiteFiles})
