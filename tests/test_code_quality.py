"""Hygiene gates: ruff and mypy are clean on the project's Python code."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a Python tool module from the project root."""
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


def test_ruff_finds_nothing() -> None:
    """`ruff check` passes on afterview, macros, tests, benchmarks and setup.py."""
    result = run("ruff", "check", "afterview", "macros", "tests", "benchmarks", "setup.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_changes_nothing() -> None:
    """`ruff format --check` passes: the code is formatted the one way ruff formats it."""
    result = run("ruff", "format", "--check", "afterview", "macros", "tests", "benchmarks", "setup.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing() -> None:
    """`mypy` (strict, configured in pyproject.toml) passes on the package, the macros, the tests and the benchmarks."""
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
