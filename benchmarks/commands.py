"""`afterview list` against `afterview lint` on the shipped catalog: what a contributor waits for at the prompt."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .synthetic import PROJECT_ROOT
from .timing import measured_environment, median, run_wall


@dataclass(frozen=True)
class CommandTimes:
    """Median wall-clock seconds of each command, each run in a fresh process."""

    list_seconds: float
    list_warm_seconds: float
    lint_cold_seconds: float
    lint_warm_seconds: float
    runs: int


def measure(cache_dir: Path, repeats: int) -> CommandTimes:
    """Time `list` and `lint` with nothing kept from earlier runs, and with the loads and lint results on disk."""
    base = measured_environment()
    command = [sys.executable, "-m", "afterview"]
    cold_env, warm_env = {**base, "AFTERVIEW_CACHE_DIR": ""}, {**base, "AFTERVIEW_CACHE_DIR": str(cache_dir)}
    run_wall([*command, "lint"], PROJECT_ROOT, warm_env)  # fills the cache and the file system's page cache
    listed, listed_warm, cold, warm = [], [], [], []
    for _ in range(repeats):
        listed.append(run_wall([*command, "list"], PROJECT_ROOT, cold_env))
        listed_warm.append(run_wall([*command, "list"], PROJECT_ROOT, warm_env))
        cold.append(run_wall([*command, "lint"], PROJECT_ROOT, cold_env))
        warm.append(run_wall([*command, "lint"], PROJECT_ROOT, warm_env))
    return CommandTimes(median(listed), median(listed_warm), median(cold), median(warm), repeats)
