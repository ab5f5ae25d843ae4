"""Measure what the site costs: build cost of our macros, catalog scale, composer latency, page weight.

Usage: python -m benchmarks.run [--sizes 100,1000,5000] [--repeats 3]
                                [--only build,scale,commands,latency,weight,lighthouse]
                                [--write-docs]
Prints Markdown tables; --write-docs also writes them to docs/reference/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as `python benchmarks/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "benchmarks"

from benchmarks import commands, lighthouse, page_weight, scale
from benchmarks.plain_site import write_markdown_docs, write_plain_config, write_plain_docs
from benchmarks.report import BuildCost, Latency, Results, docs_page, markdown
from benchmarks.synthetic import PROJECT_CONFIG, PROJECT_ROOT
from benchmarks.timing import build
from tests.static_server import CHROMIUM

DOCS_PAGE = PROJECT_ROOT / "docs" / "reference" / "performance.md"
LATENCY_SCRIPT = PROJECT_ROOT / "benchmarks" / "composer_latency.py"
LATENCY_LINE = re.compile(r"^(?P<label>.+?): median [\d.]+ ms, p95 (?P<p95>[\d.]+) ms", re.MULTILINE)
WEIGHED_PAGES = {
    "Home": "/",
    "Guide page": "/guide/what-to-write/",
    "Template page": "/templates/thank-you-on-site/",
    "Composer": "/tools/composer/",
}
# The build cost is a ratio of two builds that differ by a few tenths of a second: more builds steady its median.
BUILD_COST_REPEATS = 7
SECTIONS = ("build", "scale", "commands", "latency", "weight", "lighthouse")


def environment() -> dict[str, str]:
    """Date, machine and versions the figures belong to."""
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "Markdown", "jsonschema", "PyYAML")
    )
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return {
        "Date": datetime.date.today().isoformat(),
        "Machine": f"{os.cpu_count()} CPU cores, {platform.system()} {platform.machine()}; "
        f"load average at start {load}",
        "Python": platform.python_version(),
        "Packages": versions,
        "Browser": chromium or "not found",
    }


def build_cost(workdir: Path, repeats: int) -> tuple[BuildCost, Path]:
    """Alternate builds of the shipped site and its plain twin; returns the figures and the shipped site."""
    shipped = workdir / "shipped"
    build(PROJECT_CONFIG, shipped)  # warms caches and gives the twins their pages
    plain_folder, html_folder = workdir / "plain", workdir / "html"
    pages = write_markdown_docs(shipped, plain_folder / "docs", workdir)
    plain_config = write_plain_config(plain_folder, plain_folder / "docs")
    write_plain_docs(shipped, html_folder / "docs")
    html_config = write_plain_config(html_folder, html_folder / "docs")
    build(plain_config, plain_folder / "site")
    build(html_config, html_folder / "site")
    ours, cold, plain, html = [], [], [], []
    for _ in range(repeats):
        ours.append(build(PROJECT_CONFIG, shipped))
        plain.append(build(plain_config, plain_folder / "site"))
        html.append(build(html_config, html_folder / "site"))
        cold.append(build(PROJECT_CONFIG, shipped, lint_cache=False))
    return BuildCost(pages, tuple(ours), tuple(plain), tuple(cold), tuple(html)), shipped


def composer_latency(site: Path, label: str) -> Latency:
    """p95 latencies from benchmarks/composer_latency.py for a built site."""
    if not LATENCY_SCRIPT.is_file():
        return Latency(label, None, None, "benchmarks/composer_latency.py not written yet")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.composer_latency", "--site", str(site)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found = {m.group("label"): float(m.group("p95")) for m in LATENCY_LINE.finditer(result.stdout)}
    handler = next((v for k, v in found.items() if "updated" in k), None)
    frame = next((v for k, v in found.items() if "frame" in k), None)
    if handler is None:
        return Latency(label, None, None, f"composer_latency.py failed: {(result.stderr or result.stdout)[-200:]}")
    return Latency(label, handler, frame, "" if result.returncode == 0 else "some keystrokes did not show")


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the tables and optionally write the docs page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="catalog sizes for the scale section")
    parser.add_argument("--repeats", type=int, default=3, help="builds per site in the build-cost section (≥ 3)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {', '.join(SECTIONS)}")
    parser.add_argument("--write-docs", action="store_true", help=f"write {DOCS_PAGE.relative_to(PROJECT_ROOT)}")
    args = parser.parse_args(argv)
    chosen = set(args.only.split(","))
    if chosen - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(chosen - set(SECTIONS)))}")
    if args.repeats < 3:
        parser.error("--repeats must be at least 3")
    sizes = sorted(int(size) for size in args.sizes.split(","))
    results = Results(environment())
    with tempfile.TemporaryDirectory(prefix="afterview-benchmarks-") as temporary:
        workdir = Path(temporary)
        shipped = None
        if "build" in chosen:
            print("build cost: shipped site against its plain twins ...", file=sys.stderr)
            results.build_cost, shipped = build_cost(workdir, max(args.repeats, BUILD_COST_REPEATS))
        if "scale" in chosen:
            for size in sizes:
                print(f"scale: {size:,} templates ...", file=sys.stderr)
                results.scale.append(scale.measure(size, workdir / "scale", args.repeats))
        if "commands" in chosen:
            print("commands: afterview list and lint ...", file=sys.stderr)
            results.commands = commands.measure(workdir / "cache", max(args.repeats, 5))
        if shipped is None and chosen & {"latency", "weight", "lighthouse"}:
            shipped = workdir / "shipped"
            build(PROJECT_CONFIG, shipped)
        if "latency" in chosen and shipped is not None:
            print("composer latency ...", file=sys.stderr)
            results.latency.append(composer_latency(shipped, f"Shipped ({len(scale_catalog(shipped))} templates)"))
            big = next((point for point in results.scale if point.templates == 1000), None)
            if big:
                results.latency.append(composer_latency(big.site, "Synthetic, 1,000 templates"))
        if "weight" in chosen and shipped is not None:
            print("page weight ...", file=sys.stderr)
            results.weights = page_weight.measure(shipped, WEIGHED_PAGES, CHROMIUM)
            results.our_files = page_weight.our_asset_files(shipped)
            print("first paint by catalog size ...", file=sys.stderr)
            points = page_weight.composer_by_catalog(shipped, page_weight.CATALOG_SIZES, workdir / "weight")
            paints = page_weight.first_paints(shipped)
            results.first_paint = [page_weight.first_paint_table(paints), page_weight.catalog_table(points)]
        if "lighthouse" in chosen and shipped is not None:
            print("Lighthouse through nginx ...", file=sys.stderr)
            results.lighthouse = lighthouse.measure(shipped)
            if results.lighthouse.skipped:
                print(results.lighthouse.skipped, file=sys.stderr)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    results.environment["Machine"] += f", at the end {load}"
    print(markdown(results))
    if args.write_docs:
        DOCS_PAGE.write_text(docs_page(results), encoding="utf-8")
        print(f"wrote {DOCS_PAGE.relative_to(PROJECT_ROOT)}", file=sys.stderr)
    return 0


def scale_catalog(site: Path) -> list[Path]:
    """The template pages of a built site."""
    return sorted((site / "templates").glob("*/index.html"))


if __name__ == "__main__":
    sys.exit(main())
