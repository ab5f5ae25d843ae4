"""Bytes a browser transfers for a page, by kind of resource, measured in Chromium; and what a page loads of ours
at first paint (our JS, CSS and data named in its HTML), gzip-compressed, counted from the built files, with the
composer's at several catalog sizes side by side (`python -m benchmarks.page_weight`)."""

from __future__ import annotations

import argparse
import gzip
import posixpath
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.static_server import CHROMIUM_ARGS, serve

DATA_SCRIPT = re.compile(r"/assets/javascripts/afterview-data(?:\.js|/.*)$")
OUR_ASSETS = re.compile(
    r"/assets/(?:javascripts/(?:afterview|bundles)[^/]*(?:/.*)?"
    r"|stylesheets/(?:bundles/.*|(?:afterview|tools|composer|print|answers)[^/]*))$"
)
OUR_BUDGET_BYTES = 40 * 1024
# At first paint a page loads at most this much of our JS, CSS and data, gzip-compressed, in at most this many files.
FIRST_PAINT_BUDGET_BYTES = 40 * 1024
FIRST_PAINT_BUDGET_FILES = 4
# A page of each kind: the guide's, a template's, the gallery, and the two tools.
PAGE_KINDS = {
    "Home": "/",
    "Guide page": "/guide/what-to-write/",
    "Template page": "/templates/thank-you-on-site/",
    "Gallery": "/templates/",
    "Composer": "/tools/composer/",
    "Checker": "/tools/checker/",
}
CATALOG_SIZES = (500, 5000)
LINKED = re.compile(r"<(?:script\b[^>]*?\ssrc|link\b[^>]*?\srel=\"stylesheet\"[^>]*?\shref)=\"([^\"]+)\"")
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


@dataclass(frozen=True)
class FirstPaint:
    """Our files a page's HTML loads (site path -> gzip-compressed bytes, level 9)."""

    name: str
    path: str
    files: dict[str, int]

    @property
    def total(self) -> int:
        """Their gzip-compressed bytes together."""
        return sum(self.files.values())

    @property
    def within_budget(self) -> bool:
        """At most FIRST_PAINT_BUDGET_BYTES in at most FIRST_PAINT_BUDGET_FILES files."""
        return self.total <= FIRST_PAINT_BUDGET_BYTES and len(self.files) <= FIRST_PAINT_BUDGET_FILES


def gzip_size(path: Path) -> int:
    """A file's size gzip-compressed at level 9."""
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def first_paint(site: Path, name: str, path: str) -> FirstPaint:
    """Our JS, CSS and data a built page names in its HTML (what is fetched after first paint is not counted)."""
    html = (site / path.strip("/") / "index.html").read_text(encoding="utf-8")
    files = {}
    for link in LINKED.findall(html):
        if "://" in link or link.startswith("//"):
            continue
        where = posixpath.normpath(posixpath.join(path, urlsplit(link).path))
        if OUR_ASSETS.search(where) or DATA_SCRIPT.search(where):
            files[where] = gzip_size(site / where.lstrip("/"))
    return FirstPaint(name, path, files)


def first_paints(site: Path, pages: dict[str, str] | None = None) -> list[FirstPaint]:
    """First-paint weight of a page of each kind."""
    return [first_paint(site, name, path) for name, path in (pages or PAGE_KINDS).items()]


def composer_by_catalog(site: Path, sizes: tuple[int, ...], workdir: Path) -> list[tuple[int, FirstPaint]]:
    """The composer's first paint for the shipped site and for synthetic catalogs of the given sizes."""
    from afterview._internal.site.minify import minify_site
    from benchmarks.synthetic import PROJECT_ROOT, write_catalog, write_config
    from benchmarks.timing import build

    composer = PAGE_KINDS["Composer"]
    shipped = len(list((site / "templates").glob("*/index.html")))
    points = [(shipped, first_paint(site, "Composer", composer))]
    for size in sizes:
        folder = workdir / f"catalog-{size}"
        write_catalog(folder / "templates", size)
        built = folder / "site"
        build(write_config(folder, folder / "templates"), built)
        minify_site(built, PROJECT_ROOT)  # as the shipped site's build does: its config is outside the project
        points.append((size, first_paint(built, "Composer", composer)))
    return points


def kib(size: int) -> str:
    """Bytes as KiB, one decimal."""
    return f"{size / 1024:.1f} KiB"


def first_paint_table(paints: list[FirstPaint]) -> str:
    """A Markdown table: each page kind's first-paint files and gzip-compressed weight against the budget."""
    rows = [
        "| Page | Our files at first paint | gzip | Within budget |",
        "| --- | ---: | ---: | --- |",
    ]
    for paint in paints:
        verdict = "yes" if paint.within_budget else "**no**"
        rows.append(f"| {paint.name} (`{paint.path}`) | {len(paint.files)} | {kib(paint.total)} | {verdict} |")
    return "\n".join(rows)


def catalog_table(points: list[tuple[int, FirstPaint]]) -> str:
    """A Markdown table: the composer's first paint at each catalog size, side by side, and whether it is flat."""
    header = "| Composer, first paint | " + " | ".join(f"{size:,} templates" for size, _ in points) + " |"
    rows = [header, "| --- |" + " ---: |" * len(points)]
    rows.append("| Our files | " + " | ".join(str(len(p.files)) for _, p in points) + " |")
    rows.append("| gzip | " + " | ".join(kib(p.total) for _, p in points) + " |")
    flat = max(p.total for _, p in points) - min(p.total for _, p in points) <= FLAT_TOLERANCE_BYTES
    return "\n".join(rows) + f"\n\nFlat (within {FLAT_TOLERANCE_BYTES} bytes): {'yes' if flat else '**no**'}"


# The first-paint data names the catalog's situations and channels, which a catalog may add to; nothing else grows.
FLAT_TOLERANCE_BYTES = 512


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks.page_weight SITE`: first paint per page kind, and the composer's by catalog size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build -d SITE)")
    parser.add_argument("--sizes", default=",".join(str(s) for s in CATALOG_SIZES), help="synthetic catalog sizes")
    args = parser.parse_args(argv)
    print(first_paint_table(first_paints(args.site)))
    sizes = tuple(int(size) for size in args.sizes.split(",") if size)
    with tempfile.TemporaryDirectory(prefix="afterview-weight-") as temporary:
        print()
        print(catalog_table(composer_by_catalog(args.site, sizes, Path(temporary))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
