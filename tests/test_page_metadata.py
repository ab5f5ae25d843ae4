"""Every page has its own meaningful title and description; the site has a sitemap and a 404 page."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
SITE_URL: str = CONFIG["site_url"]
SITE_NAME: str = CONFIG["site_name"]
SITE_DESCRIPTION: str = CONFIG["site_description"]
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# What a search result shows without cutting it short, with room for the " - Afterview" suffix.
TITLE_LENGTH = range(10, 101)
DESCRIPTION_LENGTH = range(40, 301)


class HeadMetadata(HTMLParser):
    """The <title> text and the meta description of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.description: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and values.get("name") == "description":
            self.description = values.get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def metadata(path: Path) -> HeadMetadata:
    """Title and description of a built page."""
    head = HeadMetadata()
    head.feed(path.read_text(encoding="utf-8"))
    head.close()
    head.title = " ".join(head.title.split())
    return head


def content_pages(site: Path) -> dict[str, Path]:
    """Every built page a reader can reach, by URL path (the 404 page and search excluded)."""
    pages = {}
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        if relative.split("/")[0] in ("search", "assets"):
            continue
        pages["/" if relative == "." else f"/{relative}/"] = path
    return pages


def sitemap_paths(site: Path) -> set[str]:
    """The URL paths the sitemap lists."""
    tree = ET.parse(site / "sitemap.xml")
    return {urlsplit(loc.text or "").path for loc in tree.getroot().iterfind("sm:url/sm:loc", SITEMAP_NS)}


def test_every_page_has_a_title_of_sensible_length(built_site: Path) -> None:
    """Each page's <title> says more than the site name and fits a search result."""
    problems = []
    for url, path in content_pages(built_site).items():
        title = metadata(path).title
        if title.strip() == SITE_NAME or len(title) not in TITLE_LENGTH:
            problems.append(f"{url}: {title!r}")
    assert not problems, "titles missing or of odd length:\n" + "\n".join(problems)


def test_page_titles_are_unique(built_site: Path) -> None:
    """No two pages share a <title>."""
    titles = Counter(metadata(path).title for path in content_pages(built_site).values())
    assert not [title for title, count in titles.items() if count > 1], titles.most_common(5)


def test_every_page_has_its_own_description(built_site: Path) -> None:
    """Each page has a meta description of sensible length; only the home page may use the site's."""
    problems = []
    for url, path in content_pages(built_site).items():
        description = metadata(path).description
        if description is None or len(description.strip()) not in DESCRIPTION_LENGTH:
            problems.append(f"{url}: {description!r}")
        elif description == SITE_DESCRIPTION and url != "/":
            problems.append(f"{url}: the site-wide default description")
    assert not problems, "descriptions missing, default or of odd length:\n" + "\n".join(problems)


def test_page_descriptions_are_unique(built_site: Path) -> None:
    """No two pages share a meta description."""
    counts = Counter(metadata(path).description for path in content_pages(built_site).values())
    assert not [text for text, count in counts.items() if count > 1], counts.most_common(3)


def test_sitemap_lists_exactly_the_built_pages(built_site: Path) -> None:
    """sitemap.xml is valid XML on our site_url and lists every page, generated template pages included."""
    listed = sitemap_paths(built_site)
    base = urlsplit(SITE_URL).path.rstrip("/")
    built = {base + url for url in content_pages(built_site)}
    assert any("/templates/" in url and url != f"{base}/templates/" for url in listed)
    assert listed == built


def test_site_has_a_not_found_page(built_site: Path) -> None:
    """404.html exists and is a full page with a title."""
    page = built_site / "404.html"
    assert page.is_file()
    assert SITE_NAME in metadata(page).title
