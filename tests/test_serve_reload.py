"""`mkdocs serve` rebuilds when a template's YAML changes (on a temporary copy)."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROJECT_PARTS = ("mkdocs.yml", "docs", "templates", "macros", "afterview", "overrides")
STARTUP_SECONDS = 120
RELOAD_SECONDS = 45


@dataclass(frozen=True)
class Served:
    """A running `mkdocs serve` on a project copy."""

    project: Path
    url: str
    log: Path


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    """The body of a page, or "" while the server is not answering."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_until(condition: Callable[[], bool], seconds: float, what: str, log: Path) -> None:
    """Poll a condition until it holds; fail with the server's log after the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"{what} within {seconds} s; mkdocs serve said:\n{log.read_text(encoding='utf-8')[-4000:]}")


def copy_project(destination: Path) -> Path:
    """The parts of the project a build needs, copied without caches."""
    destination.mkdir(parents=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """`mkdocs serve` on a copy of the project, once its first build answers."""
    project = copy_project(tmp_path / "project")
    address = f"127.0.0.1:{free_port()}"
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    with log.open("w", encoding="utf-8") as output:
        # python -m puts the copy first on sys.path, so `afterview` is the copy's package, not the installed one.
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", address],
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://{address}/"
        wait_until(lambda: bool(fetch(url)), STARTUP_SECONDS, "the first build did not answer", log)
        yield Served(project, url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_rebuilds_after_a_template_edit(served: Served) -> None:
    """Editing a template's title shows up on the served page without a restart."""
    template_file = sorted((served.project / "templates").glob("*.yaml"))[0]
    page_url = f"{served.url}templates/{template_file.stem}/"
    assert "<h1" in fetch(page_url)

    new_title = f"Reloaded title {secrets.token_hex(3)}"
    lines = template_file.read_text(encoding="utf-8").splitlines(keepends=True)
    title_line = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[title_line] = f"title: {new_title}\n"
    template_file.write_text("".join(lines), encoding="utf-8")
    wait_until(
        lambda: new_title in fetch(page_url), RELOAD_SECONDS, "the new template title did not appear", served.log
    )
