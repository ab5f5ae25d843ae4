"""The site as job seekers meet it: plain pages without rule codes, US spelling, last-reviewed dates,
the catalog for early careers in the order of a job search, and LinkedIn notes that fit their box."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page

from afterview._internal.engine.catalog import Example, Template, in_journey_order, schema_choices
from afterview._internal.engine.rules import LINKEDIN_FREE_CONNECTION_NOTE_LIMIT
from afterview._internal.site.markup import SITUATION_NAMES, TONE_NAMES

ROOT = Path(__file__).resolve().parent.parent
# Pages for career offices and contributors: the only ones where rule codes and internals belong.
MAINTAINER_PAGES = ("reference/", "self-hosting/")
RULE_CODE = re.compile(r"\bAV\d{3}\b")
INTERNALS = re.compile(r"chapter points?|\bpoints? \d+(?:, \d+)+", re.IGNORECASE)
# British spellings (and a British date order) that US English writes differently.
BRITISH = re.compile(
    r"\b(?:colou?rs?(?<!colors)(?<!color)|\w*(?:organis|personalis|apologis|recognis|realis|summaris|prioritis|"
    r"customis|minimis|optimis)\w*|favour\w*|behaviour\w*|honour\w*|programmes?|centres?|catalogue|travell\w+|"
    r"cancell\w+|enrol|judgement|fortnight|whilst|amongst|learnt|spelt|CV|headteacher|diary)\b"
    r"|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)
LONG_NAMES = {"recipient_name": "Dr. Oluwaseun Adeyemi-Clarke", "sender_name": "María Fernanda Castillo Ruiz"}
EARLY_CAREER_SITUATIONS = ("career-fair", "info-session", "networking-event", "coffee-chat", "internship", "alumni")


class VisibleText(HTMLParser):
    """The text a reader sees: no scripts, styles or attributes; code samples kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.in_code = 0
        self.prose: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "svg"):
            self.skipping += 1
        elif tag in ("code", "pre"):
            self.in_code += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "svg"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("code", "pre"):
            self.in_code = max(0, self.in_code - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping and not self.in_code:
            self.prose.append(data)


def prose_of(page: Path) -> str:
    """A built page's visible prose (outside code samples)."""
    parser = VisibleText()
    parser.feed(page.read_text(encoding="utf-8"))
    return " ".join(parser.prose)


def built_pages(site: Path) -> dict[str, Path]:
    """Every built HTML page by site-relative URL, the search page and assets left out."""
    pages = {}
    for page in site.rglob("index.html"):
        url = "" if page.parent == site else page.parent.relative_to(site).as_posix() + "/"
        if not url.startswith(("assets/", "search/")):
            pages[url] = page
    return pages


def job_seeker_pages(site: Path) -> dict[str, Path]:
    """The pages written for job seekers: everything but the career offices' and contributors' section."""
    return {url: page for url, page in built_pages(site).items() if not url.startswith(MAINTAINER_PAGES)}


def test_job_seeker_pages_show_no_rule_codes_or_chapter_points(built_site: Path) -> None:
    """Template pages, the gallery, checklists and the guide say "Why?", never "AV105" or "chapter points 4, 5"."""
    pages = job_seeker_pages(built_site)
    assert any(url.startswith("templates/thank-you") for url in pages) and "checklists/" in pages
    found = {
        url: sorted(set(RULE_CODE.findall(text) + INTERNALS.findall(text)))
        for url, page in pages.items()
        if RULE_CODE.search(text := prose_of(page)) or INTERNALS.search(text)
    }
    assert not found, found


def test_template_pages_link_each_element_to_its_explanation(built_site: Path) -> None:
    """Each of the four elements on a template page has a "Why?" link into the guide."""
    html = (built_site / "templates" / "thank-you-career-fair" / "index.html").read_text(encoding="utf-8")
    whys = re.findall(r'<a class="av-why" href="([^"]+)">Why\?</a>', html)
    assert len([href for href in whys if "what-to-write" in href]) == 4, whys


def test_built_pages_use_us_spelling(built_site: Path) -> None:
    """No British spelling or day-month date in any page's prose (code samples and config keys aside)."""
    found = {url: sorted(set(BRITISH.findall(prose_of(page)))) for url, page in built_pages(built_site).items()}
    found = {url: words for url, words in found.items() if words}
    assert not found, found


def test_spelling_check_catches_british_forms() -> None:
    """The spelling pattern flags what it is meant to and leaves US forms alone."""
    for british in ("colour", "organisation", "apologise", "favour", "centre", "CV", "9 April", "programme"):
        assert BRITISH.search(f"a {british} here"), british
    for american in ("color", "colors", "organization", "apologize", "favor", "center", "April 9", "program"):
        assert not BRITISH.search(f"a {american} here"), american


def test_guide_pages_show_when_they_were_last_reviewed(built_site: Path) -> None:
    """Every guide page and the sources page end with a "Last reviewed" date in US style."""
    pages = [p for url, p in built_pages(built_site).items() if url.startswith("guide/") or url == "sources/"]
    assert len(pages) >= 12
    for page in pages:
        text = prose_of(page)
        assert re.search(r"Last reviewed\s+[A-Z][a-z]+ \d{1,2}, \d{4}", text), page


def test_sources_page_links_to_surveys_and_career_offices(built_site: Path) -> None:
    """The sources page cites several published sources with outside links, in sections a reader can scan."""
    html = (built_site / "sources" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(https?://[^"]+)"', html)
    outside = {link for link in links if "afterview" not in link}
    assert len(outside) >= 8, outside
    assert 'id="surveys"' in html and 'id="career-offices"' in html


def test_maintainer_pages_stay_out_of_job_seekers_search(built_site: Path) -> None:
    """The rules and performance pages are not in the search index; self-hosting pages are de-boosted."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0]: doc for doc in index["docs"]}
    assert not [loc for loc in locations if loc.startswith("reference/")]
    assert locations["self-hosting/"].get("boost", 1) < 1


def test_gallery_search_excerpt_reads_as_sentences(built_site: Path, templates: tuple[Template, ...]) -> None:
    """The gallery's search entry has no filter labels run together ("Any situationPhone screen...")
    and each card reads as its title, a space, then its summary."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    gallery = next(doc for doc in index["docs"] if doc["location"] == "templates/")
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", gallery["text"])).split())
    assert "Any situation" not in text and "What happened?" not in text
    missing = [t.id for t in templates if f"{t.title} {t.summary}" not in text]
    assert not missing, (missing, text[:300])


def test_navigation_puts_job_seekers_first(built_site: Path) -> None:
    """The nav starts with the reader's sections; maintainer pages sit under the career offices' section."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    sections = [next(iter(entry)) for entry in config["nav"]]
    assert sections[0] == "Home" and "Tonight" not in sections
    maintainers = next(entry for entry in config["nav"] if "career offices" in next(iter(entry)))
    pages = json.dumps(maintainers)
    assert "reference/rules.md" in pages and "reference/performance.md" in pages
    assert sections.index(next(iter(maintainers))) == len(sections) - 1


def test_catalog_serves_early_careers(templates: tuple[Template, ...]) -> None:
    """At least 45 templates, with an email note for each early-career situation, tone versions and a correction."""
    assert len(templates) >= 45
    emails = {t.situation for t in templates if t.channel == "email"}
    assert set(EARLY_CAREER_SITUATIONS) <= emails
    assert {t.tone for t in templates if t.situation == "interview" and t.kind == "thank-you"} >= set(TONE_NAMES)
    assert any(t.situation == "correction" for t in templates)
    connections = {t.situation for t in templates if t.kind == "connection-request"}
    assert {"career-fair", "info-session", "networking-event"} <= connections


def test_every_situation_and_tone_has_a_plain_name() -> None:
    """The gallery and template pages can name every situation and tone the schema allows."""
    assert set(schema_choices("situation")) == set(SITUATION_NAMES)
    assert set(schema_choices("tone")) == set(TONE_NAMES)


@pytest.mark.parametrize("long_names", [False, True], ids=["example-names", "long-names"])
def test_linkedin_connection_notes_fit_the_note_box(
    templates: tuple[Template, ...], examples: tuple[Example, ...], long_names: bool
) -> None:
    """Every connection request, filled for every example person, fits LinkedIn's free-account note limit."""
    connections = [t for t in templates if t.kind == "connection-request"]
    assert connections
    for template in connections:
        assert template.channel == "linkedin"
        for example in examples:
            values = example.values_for(0, template.situation) | (LONG_NAMES if long_names else {})
            body = template.render(values).body
            assert len(body) <= LINKEDIN_FREE_CONNECTION_NOTE_LIMIT, (template.id, example.id, len(body), body)


def test_journey_order_puts_thank_yous_first_and_thanks_last(templates: tuple[Template, ...]) -> None:
    """Thank-yous, then connection requests, updates, follow-ups, decisions, and thanks to helpers last."""
    ordered = in_journey_order(reversed(templates))
    kinds = [t.kind for t in ordered]
    ranks = [schema_choices("kind").index(kind) for kind in kinds]
    assert ranks == sorted(ranks)
    assert kinds[0] == "thank-you" and kinds[-1] == "thanks"
    assert ordered[0].situation == "interview"


@pytest.mark.browser
def test_gallery_shows_templates_in_journey_order(
    page: Page, site_server: str, templates: tuple[Template, ...]
) -> None:
    """In the browser, the gallery lists thank-yous first and thanks to helpers last, not by file name."""
    page.goto(f"{site_server}/templates/")
    cards = page.locator(".av-card .av-card__link").evaluate_all(
        "links => links.map(link => link.getAttribute('href').split('/').filter(Boolean).pop())"
    )
    by_id = {t.id: t for t in in_journey_order(templates)}
    assert cards == list(by_id), cards
    assert cards != sorted(cards)
    first_follow_up = next(i for i, tid in enumerate(cards) if by_id[tid].kind == "follow-up")
    assert all(by_id[tid].kind in ("thank-you", "connection-request", "update") for tid in cards[:first_follow_up])
    page.locator(".av-filter select[name=situation]").select_option(label="Career fair or recruiter's booth")
    shown = page.locator(".av-card:not([hidden]) .av-card__link").all_inner_texts()
    assert shown and all("career fair" in title.lower() for title in shown), shown
