"""The built site is valid HTML by the W3C Nu checker (vnu), apart from named theme issues."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ON_CI, ROOT

VnuReport = dict[str, list[dict[str, str]]]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class ThemeIssue:
    """A vnu error in Material's own markup that we accept, and why."""

    message: re.Pattern[str]
    extract: re.Pattern[str]
    why: str

    def covers(self, error: dict[str, str]) -> bool:
        """Whether a vnu message is this issue."""
        return bool(self.message.search(error.get("message", "")) and self.extract.search(error.get("extract", "")))


THEME_ISSUES = (
    ThemeIssue(
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
        re.compile(r'id="__(?:drawer|search)"'),
        'Material\'s base.html puts autocomplete="off" on the hidden drawer and search checkboxes so '
        "browsers do not restore their open state; harmless, and fixing it means overriding base.html.",
    ),
    ThemeIssue(
        re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"),
        re.compile(r'class="md-nav__link[^"]*" for="__nav_[\d_]+"'),
        "Material's partials/nav-item.html writes an empty tabindex on section labels when "
        "navigation.sections is on; browsers ignore the empty value.",
    ),
    ThemeIssue(
        re.compile(r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden"),
        re.compile(r'for="__(?:toc|nav_[\d_]+|drawer|search)"'),
        "Material's navigation labels toggle visually hidden checkboxes (its CSS-only drawer and "
        "table of contents); the checkboxes are display:none by design.",
    ),
)


def vnu_command() -> list[str] | None:
    """The command that runs vnu, or None when java or the jar is missing."""
    java = shutil.which("java")
    return [java, "-jar", str(VNU_JAR)] if java and VNU_JAR.is_file() else None


def vnu_errors(files: list[Path]) -> list[dict[str, str]]:
    """Every error vnu reports for these HTML files, in one run."""
    command = vnu_command()
    assert command is not None
    result = subprocess.run(
        [*command, "--format", "json", "--skip-non-html", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]


def describe(site: Path, error: dict[str, str]) -> str:
    """One vnu error as `page:line: message`."""
    url = error.get("url", "")
    page = Path(unquote(urlsplit(url).path))
    shown = page.relative_to(site) if page.is_relative_to(site) else url
    return f"{shown}:{error.get('lastLine', '?')}: {error.get('message')}\n    {error.get('extract', '').strip()}"


CANARY = '<!doctype html><html lang="en"><title>x</title><p><div>x</div></p><td highlight>y</td>'


@pytest.fixture(scope="module")
def vnu_report(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> VnuReport:
    """vnu's errors, one run over every built page plus a broken canary page (skipped without vnu, except on CI)."""
    if vnu_command() is None:
        reason = "java or node_modules/vnu-jar missing (run `npm ci`)"
        if ON_CI:
            pytest.fail(reason + "; CI=true makes this a failure")
        pytest.skip(reason)
    canary = tmp_path_factory.mktemp("vnu") / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    errors = vnu_errors([*sorted(built_site.rglob("*.html")), canary])
    return {
        "site": [e for e in errors if not e.get("url", "").endswith("/canary.html")],
        "canary": [e for e in errors if e.get("url", "").endswith("/canary.html")],
    }


def test_built_site_has_no_html_errors_of_our_own(built_site: Path, vnu_report: VnuReport) -> None:
    """vnu finds no error in the built site except the named theme issues."""
    ours = [e for e in vnu_report["site"] if not any(issue.covers(e) for issue in THEME_ISSUES)]
    if ours:
        pytest.fail(f"{len(ours)} HTML error(s):\n" + "\n".join(describe(built_site, e) for e in ours), pytrace=False)


def test_vnu_reports_errors_the_allow_list_does_not_hide(vnu_report: VnuReport) -> None:
    """vnu really runs: the canary page's invalid markup is reported and not covered by the allow-list."""
    canary = vnu_report["canary"]
    assert canary
    assert not any(any(issue.covers(e) for issue in THEME_ISSUES) for e in canary)
