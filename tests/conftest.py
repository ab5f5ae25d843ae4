"""Shared fixtures: the catalog, the example data, a built site, and Debian's Chromium for Playwright."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterview._internal.engine.catalog import Example, Template, load_examples
from afterview._internal.engine.lint import lint
from tests.static_server import CHROMIUM, CHROMIUM_ARGS, serve

ROOT = Path(__file__).resolve().parent.parent
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Every run of the suite lints from scratch (no results from earlier runs); within the run, tests and the builds
# and commands they start share one fresh cache folder, as one contributor's commands would.
os.environ["AFTERVIEW_CACHE_DIR"] = tempfile.mkdtemp(prefix="afterview-test-cache-")


@pytest.fixture(scope="session")
def templates() -> tuple[Template, ...]:
    """The shipped templates, after lint."""
    result = lint([ROOT / "templates"])
    assert not result.findings, "\n".join(map(str, result.findings))
    return result.templates


@pytest.fixture(scope="session")
def examples() -> tuple[Example, ...]:
    """The shared example people."""
    return load_examples()


def build_site(config: Path, destination: Path) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` for a config into a folder; returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(destination)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site, built once per test session with --strict."""
    destination = tmp_path_factory.mktemp("site") / "site"
    result = build_site(ROOT / "mkdocs.yml", destination)
    assert result.returncode == 0, result.stderr
    return destination


def axe_script() -> Path:
    """axe-core as shipped in the axe-playwright-python package (the `test` extra)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec and spec.origin, "axe-playwright-python is not installed: pip install -e '.[test]'"
    return Path(spec.origin).with_name("axe.min.js")


def chromium_available() -> bool:
    """Whether Debian's Chromium and Playwright are installed."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip browser tests when Chromium is missing, except under CI=true, where they then fail."""
    if ON_CI or chromium_available():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM} (CI=true makes this a failure)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's Chromium, headless, without any background network traffic."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": list(CHROMIUM_ARGS),
    }


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """The built site served over HTTP on 127.0.0.1 (a random free port)."""
    with serve(built_site) as url:
        yield url


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The afterview command in a fresh process."""
    return subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# What a person types into the composer in the browser tests: lower case, a company with its legal form, sentences.
TYPED_INTO_THE_COMPOSER = {
    "recipient_name": "jordan",
    "company": "Fabrikam Ltd.",
    "role": "UX Researcher",
    "highlight": "You explained how the new onboarding flow is tested.",
    "strength": "I ran 40 usability sessions last year.",
    "sender_name": "Kim Park",
    "sender_email": "kim@example.org",
}


def evaluate_in_node(request: dict[str, Any]) -> list[Any]:
    """What JavaScript expressions over the browser modules give, run in Node by tests/js/evaluate.mjs:
    request = {"names": modules, "calls": [[source, args], ...]} (and "data": False to load no exported data)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    result = subprocess.run(
        [node, "tests/js/evaluate.mjs"],
        cwd=ROOT,
        input=json.dumps(request),
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    results: list[Any] = json.loads(result.stdout)
    return results
