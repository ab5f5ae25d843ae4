"""How load+lint, build time and page size grow with the number of templates."""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from afterview._internal.engine.catalog import load_examples
from afterview._internal.engine.lint import lint
from afterview._internal.engine.paths import TEMPLATES_DIR

from .synthetic import write_catalog, write_config
from .timing import BuildTime, build, median


@dataclass(frozen=True)
class ScalePoint:
    """The figures for one catalog size."""

    templates: int
    lint_seconds: float
    lint_cpu_seconds: float
    lint_cold_cpu_seconds: float
    build: BuildTime
    template_page_bytes: int
    gallery_bytes: int
    data_script_bytes: int
    search_index_bytes: int
    site: Path

    @property
    def lint_ms_per_template(self) -> float:
        """Load+lint CPU time per template, in milliseconds."""
        return 1000 * self.lint_cpu_seconds / self.templates

    @property
    def build_ms_per_template(self) -> float:
        """Build CPU time per template, in milliseconds."""
        return 1000 * self.build.cpu / self.templates


def time_lint(dirs: list[Path], repeats: int, cache_dir: str) -> tuple[float, float]:
    """Median wall and CPU seconds to read, validate and lint every template in these folders.

    With a cache folder, the lint results of the run before are read back from disk, as a later build or
    `mkdocs serve` does, so mostly loading is repeated. With cache_dir "" every run checks every template again.
    """
    saved = os.environ.get("AFTERVIEW_CACHE_DIR")
    os.environ["AFTERVIEW_CACHE_DIR"] = cache_dir
    try:
        examples = load_examples()
        lint([TEMPLATES_DIR], examples)  # compile the rule patterns once, as a build has by then
        walls, cpus = [], []
        for _ in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            result = lint(dirs, examples)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - start_cpu)
            if result.findings:
                raise RuntimeError(f"synthetic catalog has lint findings, e.g. {result.findings[0]}")
    finally:
        if saved is None:
            del os.environ["AFTERVIEW_CACHE_DIR"]
        else:
            os.environ["AFTERVIEW_CACHE_DIR"] = saved
    return median(walls), median(cpus)


def measure(total: int, workdir: Path, repeats: int) -> ScalePoint:
    """Generate a catalog of `total` templates, lint it and build a site from it."""
    folder = workdir / f"catalog-{total}"
    synthetic = folder / "templates"
    write_catalog(synthetic, total)
    config = write_config(folder, synthetic)
    _, lint_cold_cpu_seconds = time_lint([TEMPLATES_DIR, synthetic], repeats, cache_dir="")
    lint_seconds, lint_cpu_seconds = time_lint([TEMPLATES_DIR, synthetic], repeats, str(folder / "cache"))
    site = folder / "site"
    builds = [build(config, site) for _ in range(repeats if total <= 1000 else 1)]
    pages = [path.stat().st_size for path in (site / "templates").glob("*/index.html")]
    return ScalePoint(
        templates=total,
        lint_seconds=lint_seconds,
        lint_cpu_seconds=lint_cpu_seconds,
        lint_cold_cpu_seconds=lint_cold_cpu_seconds,
        build=BuildTime(*(median([getattr(b, name) for b in builds]) for name in ("wall", "build", "cpu"))),
        template_page_bytes=int(statistics.median(pages)),
        gallery_bytes=(site / "templates" / "index.html").stat().st_size,
        data_script_bytes=(site / "assets" / "javascripts" / "afterview-data.js").stat().st_size,
        search_index_bytes=(site / "search" / "search_index.json").stat().st_size,
        site=site,
    )
