"""No broken internal link or anchor anywhere in the built site, generated pages included."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]
LOCAL_BASE = "http://site.invalid/"
# The HTML standard scrolls to the top of the page for these fragments even without a matching id.
ALWAYS_VALID_FRAGMENTS = {"", "top"}
LINK_ATTRIBUTES = {
    "a": "href",
    "link": "href",
    "area": "href",
    "img": "src",
    "script": "src",
    "source": "src",
    "iframe": "src",
    "form": "action",
}


class PageLinks(HTMLParser):
    """The ids a page defines and the links it makes (tag, attribute value)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        attribute = LINK_ATTRIBUTES.get(tag)
        if attribute and attribute in values:
            self.links.append((tag, values[attribute]))


def parse(path: Path) -> PageLinks:
    """The ids and links of one built HTML file."""
    page = PageLinks()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def page_url(site: Path, path: Path) -> str:
    """The URL a built file is served at, on a stand-in host."""
    return LOCAL_BASE + path.relative_to(site).as_posix()


def target_file(site: Path, url: str) -> Path | None:
    """The built file a same-site URL points to, or None when nothing is there."""
    relative = unquote(urlsplit(url).path).lstrip("/")
    candidate = site / relative
    if relative == "" or relative.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def same_site(url: str) -> str | None:
    """The URL on the stand-in host when it stays on our site (site_url included), else None."""
    if url.startswith(SITE_URL):
        return LOCAL_BASE + url[len(SITE_URL) :]
    return url if url.startswith(LOCAL_BASE) else None


def broken_links(site: Path) -> list[str]:
    """Every same-site link whose file or fragment does not exist, as `page: link (reason)`."""
    pages = {path: parse(path) for path in sorted(site.rglob("*.html"))}
    problems = []
    for path, page in pages.items():
        base = page_url(site, path)
        for tag, raw in page.links:
            if raw.startswith(("mailto:", "tel:", "data:", "javascript:")):
                continue
            url = same_site(urljoin(base, raw.strip()))
            if url is None:
                continue
            target = target_file(site, url)
            where = f"{path.relative_to(site)}: <{tag}> {raw}"
            if target is None:
                problems.append(f"{where} (no such file)")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if target.suffix == ".html" and fragment not in ALWAYS_VALID_FRAGMENTS:
                ids = pages[target].ids if target in pages else parse(target).ids
                if fragment not in ids:
                    problems.append(f"{where} (no id {fragment!r} on {target.relative_to(site)})")
    return problems


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    """Every href/src that stays on the site names a built file and, with a #fragment, an id on it."""
    problems = broken_links(built_site)
    assert not problems, f"{len(problems)} broken link(s):\n" + "\n".join(problems)


def test_link_check_sees_generated_template_links(built_site: Path) -> None:
    """The gallery's generated links to template pages are among the links checked."""
    gallery = built_site / "templates" / "index.html"
    base = page_url(built_site, gallery)
    targets = {target_file(built_site, urljoin(base, href)) for tag, href in parse(gallery).links if tag == "a"}
    template_pages = {path for path in (built_site / "templates").glob("*/index.html")}
    assert template_pages, "no generated template pages were built"
    assert template_pages <= targets


def test_link_check_reports_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    """The checker itself flags a link to a missing file and to an id the target lacks."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="#top">ok</a>'
        '<a href="b/">missing page</a><a href="a/#gone">missing id</a>'
        '<a href="https://elsewhere.example/x">external</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">Here</h2>', encoding="utf-8")
    problems = broken_links(tmp_path)
    assert len(problems) == 2, problems
    assert "b/ (no such file)" in problems[0]
    assert "no id 'gone'" in problems[1]


@pytest.mark.parametrize("url", [SITE_URL, SITE_URL + "guide/"])
def test_site_url_links_count_as_internal(url: str) -> None:
    """Absolute links to our own site_url (canonical links) are checked like relative ones."""
    assert same_site(url) is not None
