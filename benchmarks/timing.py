"""Running MkDocs builds and timing them."""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPORTED = re.compile(r"Documentation built in ([\d.]+) seconds")


@dataclass(frozen=True)
class BuildTime:
    """One build: wall time of the whole `mkdocs build` process, the build time MkDocs reports (wall), and the
    CPU time (user + system) the process used, which other work on the machine hardly changes."""

    wall: float
    build: float
    cpu: float


class BuildFailed(RuntimeError):
    """`mkdocs build` exited with an error."""


def measured_environment() -> dict[str, str]:
    """The environment a measured command runs in: Python's bytecode is written and reused, as on an office's
    machine, even where the shell turns it off; MkDocs' notice about MkDocs 2 is left out."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def build(config: Path, destination: Path, lint_cache: bool = True) -> BuildTime:
    """Build a site (not --strict: a benchmark measures, the tests judge) and time it.

    Without lint_cache the build checks every template again (no lint results kept from earlier builds).
    """
    env = measured_environment()
    if not lint_cache:
        env["AFTERVIEW_CACHE_DIR"] = ""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(destination)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=config.parent, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise BuildFailed(f"mkdocs build -f {config} failed:\n{result.stderr[-3000:]}")
    reported = reported_seconds(result.stderr)
    return BuildTime(wall, reported if reported is not None else wall, cpu)


def run_wall(command: Sequence[str], cwd: Path, env: dict[str, str]) -> float:
    """Wall-clock seconds of one command, which must succeed."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - start


def reported_seconds(log: str) -> float | None:
    """The "Documentation built in N seconds" figure of a build log, if printed."""
    match = REPORTED.search(log)
    return float(match.group(1)) if match else None


def median(values: Sequence[float]) -> float:
    """The median of some timings."""
    return statistics.median(values)
