"""The browser code's own checks: ESLint over every script, and the Node unit tests of the pure modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ON_CI, ROOT

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"


def node_tools() -> str:
    """Node's path; skips (fails on CI) when node or the npm tools are missing."""
    node = shutil.which("node")
    if node and ESLINT.exists():
        return node
    reason = "node or node_modules missing (run `npm ci`)"
    if ON_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def run(command: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command from the project root, Python's interpreter exported for the Node tests."""
    env = {**os.environ, "PYTHON": sys.executable}
    return subprocess.run(
        command, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


def test_eslint_is_clean() -> None:
    """ESLint (eslint.config.mjs) finds nothing in the site's scripts and the Node tests."""
    node = node_tools()
    result = run([node, str(ESLINT), "--max-warnings", "0", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_node_unit_tests_pass() -> None:
    """The pure modules' unit tests (tests/js, Node's own runner) pass."""
    node = node_tools()
    result = run([node, "--test", "tests/js/"])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout


def test_eslint_catches_a_real_mistake() -> None:
    """The lint really applies to our scripts: an undefined name in a script there is reported."""
    node = node_tools()
    source = '(function () {\n  "use strict";\n  undefinedThing();\n})();\n'
    name = "docs/assets/javascripts/afterview/canary.js"
    result = run([node, str(ESLINT), "--stdin", "--stdin-filename", name], stdin=source)
    assert result.returncode == 1 and "no-undef" in result.stdout
