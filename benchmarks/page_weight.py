"""Bytes a browser transfers for a page, by kind of resource, measured in Chromium."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.static_server import CHROMIUM_ARGS, serve

DATA_SCRIPT = re.compile(r"/assets/javascripts/afterview-data\.js$")
OUR_ASSETS = re.compile(
    r"/assets/(?:javascripts/afterview[^/]*(?:/.*)?|stylesheets/(?:afterview|tools|composer|print)[^/]*)$"
)
OUR_BUDGET_BYTES = 40 * 1024
CATEGORIES = ("html", "ours", "data", "theme", "search", "other")


@dataclass
class PageWeight:
    """Response body bytes of one page load, by category (ours = our own JS and CSS)."""

    name: str
    path: str
    bytes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    ours: dict[str, int] = field(default_factory=dict)
    third_party: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Everything the page transferred."""
        return sum(self.bytes.values())


def category(path: str, resource_type: str) -> str:
    """Which line of the table a response belongs on."""
    if DATA_SCRIPT.search(path):
        return "data"
    if OUR_ASSETS.search(path):
        return "ours"
    if resource_type == "document":
        return "html"
    if resource_type in ("script", "stylesheet"):
        return "theme"
    if "/search/" in path or "workers/search" in path:
        return "search"
    return "other"


def measure(site: Path, pages: dict[str, str], chromium: str) -> list[PageWeight]:
    """Load each page (name -> site path) in a fresh browser context and sum what it transferred."""
    from playwright.sync_api import sync_playwright

    results = []
    with serve(site) as origin, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            for name, path in pages.items():
                weight = PageWeight(name, path)
                context = browser.new_context()
                page = context.new_page()

                def record(response: Any, weight: PageWeight = weight) -> None:
                    url = response.url
                    if not url.startswith(origin):
                        weight.third_party.append(url)
                        return
                    try:
                        size = len(response.body())
                    except Exception:  # a redirect or an aborted request has no body
                        return
                    where = urlsplit(url).path
                    kind = category(where, response.request.resource_type)
                    weight.bytes[kind] += size
                    if kind == "ours":
                        weight.ours[where] = size

                context.on("response", record)
                page.goto(origin + path, wait_until="networkidle")
                context.close()
                results.append(weight)
        finally:
            browser.close()
    return results


def our_asset_files(site: Path) -> dict[str, int]:
    """Every file of our own JS and CSS in a built site, with its size (the data script excluded)."""
    return {
        "/" + p.relative_to(site).as_posix(): p.stat().st_size
        for p in sorted((site / "assets").rglob("*"))
        if p.is_file()
        and OUR_ASSETS.search("/" + p.relative_to(site).as_posix())
        and not DATA_SCRIPT.search("/" + p.relative_to(site).as_posix())
    }
