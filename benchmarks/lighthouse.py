"""Lighthouse mobile scores of one page of each type, served by nginx with the configuration `afterview init` writes.

Usage: python -m benchmarks.lighthouse [--site DIR] [--runs 3] [--pages /,/tools/composer/]
Without --site the shipped site is built first. Prints a Markdown table; `python -m benchmarks.run` includes it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from afterview._internal.cli.scaffold import ServerPaths, deploy_files
from tests.static_server import free_port, wait_until_listening

from .synthetic import PROJECT_CONFIG, PROJECT_ROOT
from .timing import build

LIGHTHOUSE = PROJECT_ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
PAGES = {
    "Home": "/",
    "Guide page": "/guide/what-to-write/",
    "Template page": "/templates/thank-you-on-site/",
    "Composer": "/tools/composer/",
    "Checker": "/tools/checker/",
    "Templates gallery": "/templates/",
}
PERFORMANCE_TARGET = 98
ACCESSIBILITY_TARGET = 100
RUNS = 3


@dataclass(frozen=True)
class PageScores:
    """Lighthouse's scores of one page over several runs, and the accessibility audits that failed in any run."""

    name: str
    path: str
    performance: tuple[int, ...]
    accessibility: tuple[int, ...]
    failed_audits: tuple[str, ...] = ()

    @property
    def performance_median(self) -> float:
        """The median performance score."""
        return statistics.median(self.performance)

    @property
    def accessibility_median(self) -> float:
        """The median accessibility score."""
        return statistics.median(self.accessibility)


@dataclass(frozen=True)
class LighthouseResults:
    """The scores of every measured page, or why none were measured."""

    pages: tuple[PageScores, ...] = ()
    skipped: str = ""
    version: str = ""
    # Lighthouse's measure of this machine's CPU speed in each run (higher is faster): the score's main noise.
    benchmark_index: tuple[float, ...] = ()


def missing_tools() -> str:
    """One line naming what is missing to run Lighthouse through nginx, or ''."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        return "nginx is not installed, so the Lighthouse table was skipped"
    if not LIGHTHOUSE.exists():
        return "Lighthouse is not installed (run `npm ci`), so the Lighthouse table was skipped"
    if not Path(CHROME).exists():
        return f"no Chromium at {CHROME} (set CHROME_PATH), so the Lighthouse table was skipped"
    return ""


def nginx_config(site: Path, prefix: Path, port: int) -> Path:
    """deploy/nginx.conf as `afterview init` writes it, for a server in a temporary folder, on a local port."""
    files = deploy_files("Afterview", ServerPaths(str(site), str(prefix), str(prefix / "nginx.pid"), str(prefix)))
    (prefix / "afterview-headers.conf").write_text(files["deploy/afterview-headers.conf"], encoding="utf-8")
    text = files["deploy/nginx.conf"].replace("listen 8080;", f"listen 127.0.0.1:{port};")
    config = prefix / "nginx.conf"
    config.write_text(("user root;\n" if os.geteuid() == 0 else "") + text, encoding="utf-8")
    return config


@contextmanager
def nginx_serving(site: Path) -> Iterator[str]:
    """The built site served by nginx with the shipped configuration on 127.0.0.1; stopped afterwards."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with tempfile.TemporaryDirectory(prefix="afterview-nginx-") as temporary:
        prefix = Path(temporary)
        port = free_port()
        config = nginx_config(site, prefix, port)
        command = [nginx, "-p", f"{prefix}/", "-c", str(config), "-e", str(prefix / "error.log"), "-g", "daemon off;"]
        subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30, check=True)
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if not wait_until_listening(port, server):
                raise RuntimeError("nginx did not start listening")
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=20)


# A Lighthouse run now and then fails to start Chromium on a busy machine; it is tried again this many times in all.
ATTEMPTS = 3


def run_lighthouse(url: str, report: Path) -> dict[str, object]:
    """One Lighthouse mobile run (its default form factor and throttling) of a URL; its JSON report."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--only-categories=performance,accessibility",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    for attempt in range(ATTEMPTS):
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROME}, capture_output=True, timeout=300)
        if done.returncode == 0:
            break
        if attempt == ATTEMPTS - 1:
            raise subprocess.CalledProcessError(done.returncode, command[:2], stderr=done.stderr)
    data: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return data


def benchmark_index(report: Mapping[str, object]) -> float:
    """The CPU benchmark index Lighthouse measured on this machine for one run (0 if the report has none)."""
    environment = report.get("environment")
    value = environment.get("benchmarkIndex") if isinstance(environment, Mapping) else None
    return float(value) if isinstance(value, int | float) else 0.0


def scores(report: Mapping[str, object]) -> tuple[int, int, list[str]]:
    """Performance and accessibility scores (0-100) of a report, and the accessibility audits it failed."""
    categories: dict[str, dict[str, object]] = report["categories"]  # type: ignore[assignment]
    audits: dict[str, dict[str, object]] = report["audits"]  # type: ignore[assignment]

    def percent(name: str) -> int:
        score = categories[name]["score"]
        return round(100 * float(score)) if isinstance(score, int | float) else 0

    refs: list[dict[str, object]] = categories["accessibility"]["auditRefs"]  # type: ignore[assignment]
    failed = [
        str(ref["id"]) for ref in refs if ref.get("weight") and audits[str(ref["id"])].get("score") not in (None, 1)
    ]
    return percent("performance"), percent("accessibility"), failed


def measure(site: Path, pages: Mapping[str, str] = PAGES, runs: int = RUNS) -> LighthouseResults:
    """Each page `runs` times, pages interleaved, through nginx."""
    skipped = missing_tools()
    if skipped:
        return LighthouseResults(skipped=skipped)
    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=False).stdout
    performance: dict[str, list[int]] = {name: [] for name in pages}
    accessibility: dict[str, list[int]] = {name: [] for name in pages}
    failed: dict[str, set[str]] = {name: set() for name in pages}
    speeds: list[float] = []
    with nginx_serving(site) as base, tempfile.TemporaryDirectory(prefix="afterview-lighthouse-") as reports:
        for run in range(runs):
            for index, (name, path) in enumerate(pages.items()):
                report = run_lighthouse(base + path, Path(reports) / f"{run}-{index}.json")
                page_performance, page_accessibility, page_failed = scores(report)
                speeds.append(benchmark_index(report))
                performance[name].append(page_performance)
                accessibility[name].append(page_accessibility)
                failed[name].update(page_failed)
    return LighthouseResults(
        tuple(
            PageScores(name, path, tuple(performance[name]), tuple(accessibility[name]), tuple(sorted(failed[name])))
            for name, path in pages.items()
        ),
        version=version.strip(),
        benchmark_index=tuple(speeds),
    )


def met(ok: bool) -> str:
    """A table cell saying whether a target is met."""
    return "met" if ok else "**not met**"


def section(results: LighthouseResults) -> str:
    """The Lighthouse table for docs/reference/performance.md."""
    intro = "## Lighthouse\n\n"
    if results.skipped:
        return intro + results.skipped + "."
    lines = [
        "| Page | Performance | Accessibility | Target | Accessibility audits failed |",
        "|---|---|---|---|---|",
    ]
    for page in results.pages:
        ok = page.performance_median >= PERFORMANCE_TARGET and page.accessibility_median >= ACCESSIBILITY_TARGET
        each = "/".join(str(score) for score in page.performance)
        lines.append(
            f"| {page.name} (`{page.path}`) | {page.performance_median:g} ({each}) | "
            f"{page.accessibility_median:g} | ≥ {PERFORMANCE_TARGET} and {ACCESSIBILITY_TARGET} — {met(ok)} | "
            + (", ".join(f"`{audit}`" for audit in page.failed_audits) or "none")
            + " |"
        )
    runs = len(results.pages[0].performance) if results.pages else 0
    return (
        intro
        + f"Lighthouse {results.version} in its mobile mode (emulated phone, throttled network and CPU), headless "
        "Chromium, each page served by nginx with the configuration `afterview init` writes (gzip, caching "
        f"headers, Content-Security-Policy). Medians of {runs} runs, pages taken in turn; the performance scores "
        "of each run in brackets. A busy machine lowers the performance score (total blocking time), so "
        "compare runs made on a quiet machine." + speed_note(results.benchmark_index) + "\n\n" + "\n".join(lines)
    )


def speed_note(indexes: Sequence[float]) -> str:
    """A sentence on how fast Lighthouse found the machine over the runs, or '' without figures."""
    measured = [index for index in indexes if index > 0]
    if not measured:
        return ""
    return (
        f" Lighthouse's CPU benchmark index of this machine ranged from {min(measured):,.0f} to "
        f"{max(measured):,.0f} over the runs (median {statistics.median(measured):,.0f}); the same page scores "
        "lower in a slower run."
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Build the site (or take a built one), run Lighthouse on each page type, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the shipped site first)")
    parser.add_argument("--runs", type=int, default=RUNS, help="Lighthouse runs per page (the median is reported)")
    parser.add_argument("--pages", help="comma-separated URL paths (default: one page of each type)")
    args = parser.parse_args(argv)
    pages = {path: path for path in args.pages.split(",")} if args.pages else PAGES
    if args.site:
        print(section(measure(args.site, pages, args.runs)))
        return 0
    with tempfile.TemporaryDirectory(prefix="afterview-lighthouse-site-") as temporary:
        site = Path(temporary) / "site"
        build(PROJECT_CONFIG, site)
        print(section(measure(site, pages, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
