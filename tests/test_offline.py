"""The offline edition (`afterview offline`): plain files that work from file://, with no request elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterview._internal.site.offline import WORKER_SHIM, external_references

from .conftest import ROOT


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped site built by `afterview offline` into a temp folder."""
    destination = tmp_path_factory.mktemp("offline") / "afterview-offline"
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "offline", "-d", str(destination)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote the offline edition" in result.stderr
    return destination


def test_offline_edition_references_nothing_outside_itself(offline_site: Path) -> None:
    """No page loads a script, style sheet or image from another host (unpkg included)."""
    assert external_references(offline_site) == []
    assert "unpkg" not in (offline_site / "index.html").read_text(encoding="utf-8")


def test_offline_edition_ships_the_worker_shim_and_inline_search_index(offline_site: Path) -> None:
    """The vendored iframe-worker shim and the search index as a script are in the folder."""
    shim = offline_site / WORKER_SHIM
    assert shim.read_bytes() == (ROOT / "docs" / WORKER_SHIM).read_bytes()
    assert (shim.parent / "LICENSE.txt").is_file()
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert f'src="{WORKER_SHIM}"' in (offline_site / "index.html").read_text(encoding="utf-8")


def test_offline_edition_uses_file_links(offline_site: Path) -> None:
    """Pages are page.html files and the gallery links to them (folders do not open index.html from disk)."""
    gallery = (offline_site / "templates" / "index.html").read_text(encoding="utf-8")
    assert 'href="../templates/thank-you-phone-screen.html"' in gallery
    assert (offline_site / "templates" / "thank-you-phone-screen.html").is_file()


@pytest.fixture()
def requests_seen(page: Any) -> Iterator[list[str]]:
    """Every URL the page requests while the test runs."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    yield seen


@pytest.mark.browser
def test_search_works_from_files(offline_site: Path, page: Any, requests_seen: list[str]) -> None:
    """Opened with file://, the search box finds a template page, and nothing but file:// is requested."""
    page.goto((offline_site / "index.html").as_uri())
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("phone screen", delay=50)
    result = page.locator('.md-search-result__item a[href*="thank-you-phone-screen"]').first
    result.wait_for(state="attached", timeout=15_000)
    assert [url for url in requests_seen if not url.startswith(("file://", "data:"))] == []


@pytest.mark.browser
def test_composer_renders_a_note_from_files(offline_site: Path, page: Any, requests_seen: list[str]) -> None:
    """Opened with file://, the composer replaces its loading text with a form and a note."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((offline_site / "tools" / "composer.html").as_uri() + "?template=thank-you-phone-screen")
    page.locator(".av-composer__form").wait_for(timeout=15_000)
    assert page.locator(".av-composer__loading").count() == 0
    note = page.locator(".av-composer__output")
    assert "Thank you" in note.inner_text() or "thank you" in note.inner_text()
    assert errors == []
    assert [url for url in requests_seen if not url.startswith(("file://", "data:"))] == []


@pytest.mark.browser
def test_template_page_from_files_shows_the_note(offline_site: Path, page: Any) -> None:
    """A template page opened from disk shows its copyable note and links back to the gallery by file."""
    page.goto((offline_site / "templates" / "thank-you-phone-screen.html").as_uri())
    assert page.locator("figure.av-note--template pre").first.inner_text().strip()
    page.goto((offline_site / "templates" / "index.html").as_uri())
    page.locator('a.av-card__link[href$="thank-you-phone-screen.html"]').click()
    assert page.url.endswith("/templates/thank-you-phone-screen.html")


@pytest.mark.browser
def test_composer_loads_a_chosen_template_from_files(offline_site: Path, page: Any, requests_seen: list[str]) -> None:
    """Opened with file:// and no template asked for, the composer loads the catalog's index and, once one is
    chosen, that template's file: the note appears, and only files were requested."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((offline_site / "tools" / "composer.html").as_uri())
    page.locator("#av-situation").select_option("rejection")
    page.locator("[data-role=note-text]").first.wait_for(timeout=15_000)
    assert "templates/" in " ".join(url for url in requests_seen if "afterview-data" in url)
    assert errors == []
    assert [url for url in requests_seen if not url.startswith(("file://", "data:"))] == []


@pytest.mark.browser
def test_checker_checks_a_draft_from_files(offline_site: Path, page: Any, requests_seen: list[str]) -> None:
    """Opened with file://, the checker loads its rules and judges a pasted draft, requesting only files."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((offline_site / "tools" / "checker.html").as_uri())
    page.fill("#av-draft", "Hi Tom,\nthanks!! for the chat\nAna")
    page.locator(".av-finding").first.wait_for(timeout=15_000)
    assert "Checking" not in page.locator(".av-checker__summary").inner_text()
    assert errors == []
    assert [url for url in requests_seen if not url.startswith(("file://", "data:"))] == []
