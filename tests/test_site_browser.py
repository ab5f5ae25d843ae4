"""The built site in Chromium: clean loads, nothing off-site, search, copy, gallery filter, axe, 375 px."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Locator, Page, Request, Response, Route

from afterview._internal.engine.catalog import Template
from afterview._internal.engine.render import PLACEHOLDER
from afterview._internal.site.markup import template_plain_text, template_url
from tests.conftest import axe_script

pytestmark = pytest.mark.browser

NewContext = Callable[..., BrowserContext]
KEY_PAGES = {"home": "", "guide": "guide/", "gallery": "templates/", "answers": "answers/timing/"}
NARROW = {"width": 375, "height": 740}
CLIPBOARD = ["clipboard-read", "clipboard-write"]
COPY = ".md-code__button[data-md-type=copy]"
COPY_BUTTON = f"figure.av-note {COPY}"
PAGES_IN_FLIGHT = 6

# <link rel=...> values that browsers never fetch: an outside href on them is a plain reference.
NON_FETCHING_RELS = {"canonical", "alternate", "author", "license", "help", "next", "prev", "me", "bookmark"}
FETCHING_ATTRIBUTES = {"src", "srcset", "data", "poster", "background", "xlink:href"}
ABSOLUTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_FETCH = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.IGNORECASE)
JS_FETCH = re.compile(
    r"""(?:\b(?:fetch|importScripts|Worker|SharedWorker|sendBeacon|EventSource|WebSocket|import)\s*\(\s*|"""
    r"""\.src\s*=\s*)['"`]((?:https?:)?//[^'"`]+)"""
)
# Material fetches from outside only when the page has these hooks: repository facts from the
# GitHub API for the header's source link, and Mermaid from unpkg for diagrams.
MATERIAL_OUTSIDE_FETCH_HOOKS = ('data-md-component="source"', 'class="mermaid"')


def url_of(site: str, path: str) -> str:
    """The served URL of a site-relative path."""
    return f"{site}/{path}"


def page_paths(site: Path) -> list[str]:
    """Every page of the built site as a site-relative URL path, home first."""
    paths = ["" if p.parent == site else p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")]
    return [*sorted(paths, key=lambda p: (p != "", p)), "404.html"]


def template_with_variants(templates: tuple[Template, ...]) -> Template:
    """A template with one note per interviewer (tabs on its page)."""
    return next(t for t in templates if t.variants)


def template_without_variants(templates: tuple[Template, ...]) -> Template:
    """A template with a single note."""
    return next(t for t in templates if not t.variants)


def key_pages(templates: tuple[Template, ...]) -> dict[str, str]:
    """Home, the guide, the gallery, an answers page and a template page (the one with the most on it)."""
    return {**KEY_PAGES, "template": template_url(template_with_variants(templates).id)}


class TrafficLog:
    """Everything a browser context asks for, and everything that goes wrong while it does."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.requests: list[str] = []
        self.offsite: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []

    def attach(self, context: BrowserContext) -> None:
        """Record every request of the context; off-site ones are recorded and refused."""
        context.route(lambda url: not self.is_local(url), self.refuse)
        context.on("request", self.on_request)
        context.on("requestfailed", lambda r: self.failures.append(f"{r.url}: {r.failure}"))
        context.on("response", self.on_response)
        context.on("weberror", lambda e: self.errors.append(f"uncaught: {e.error}"))

    def watch(self, page: Page, path: str) -> None:
        """Record the console errors of one page."""

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.errors.append(f"{path or '/'}: {message.text}")

        page.on("console", on_console)

    def is_local(self, url: str) -> bool:
        """Whether a URL is on the site's origin (or never touches the network)."""
        return url.startswith(self.origin + "/") or not url.lower().startswith(("http:", "https:", "ws:", "wss:"))

    def on_request(self, request: Request) -> None:
        self.requests.append(request.url)
        if not self.is_local(request.url):
            self.offsite.append(request.url)

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failures.append(f"{response.url}: HTTP {response.status}")

    @staticmethod
    def refuse(route: Route) -> None:
        route.abort()


def batches(items: list[str], size: int) -> Iterator[list[str]]:
    """Consecutive slices of a list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def test_every_page_loads_without_errors_or_offsite_requests(
    built_site: Path, site_server: str, context: BrowserContext, templates: tuple[Template, ...]
) -> None:
    """Each built page, every template page included, loads with no console error, no failed or off-site request."""
    log = TrafficLog(site_server)
    log.attach(context)
    paths = page_paths(built_site)
    assert {template_url(t.id) for t in templates} <= set(paths)
    for batch in batches(paths, PAGES_IN_FLIGHT):
        pages = []
        for path in batch:
            page = context.new_page()
            log.watch(page, path)
            page.goto(url_of(site_server, path), wait_until="commit")
            pages.append(page)
        for page in pages:
            page.wait_for_load_state("networkidle")
            page.close()
    assert not log.offsite, "requests left the site:\n" + "\n".join(sorted(set(log.offsite)))
    assert not log.failures, "\n".join(log.failures)
    assert not log.errors, "\n".join(log.errors)
    # The log also saw what pages request after load (the search index).
    assert any(url.endswith("/search/search_index.json") for url in log.requests)


class FetchedUrls(HTMLParser):
    """Absolute URLs an HTML page would make the browser fetch (not plain links)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and not set(values.get("rel", "").lower().split()) <= NON_FETCHING_RELS:
            self._add(values.get("href", ""))
        if tag in ("image", "use", "feimage"):
            self._add(values.get("href", ""))
        for name in FETCHING_ATTRIBUTES & values.keys():
            for candidate in values[name].split(","):
                self._add(candidate.strip().split(" ")[0])
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self._add(values.get("content", "").partition("url=")[2])
        self.urls.extend(m.group(1) for m in CSS_FETCH.finditer(values.get("style", "")))
        self._in = tag if tag in ("style", "script") else None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.urls.extend(m.group(1) for m in CSS_FETCH.finditer(data))
        elif self._in == "script":
            self.urls.extend(m.group(1) for m in JS_FETCH.finditer(data))

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def _add(self, url: str) -> None:
        if ABSOLUTE.match(url):
            self.urls.append(url.strip())


def test_built_files_reference_nothing_outside_to_fetch(built_site: Path) -> None:
    """No page, stylesheet or script of ours names an outside URL to load; Material's outside fetches stay unhooked."""
    found: list[str] = []
    for html in built_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        parser = FetchedUrls()
        parser.feed(text)
        found += [f"{html.relative_to(built_site)}: {url}" for url in parser.urls]
        found += [f"{html.relative_to(built_site)}: has {h}" for h in MATERIAL_OUTSIDE_FETCH_HOOKS if h in text]
    for css in built_site.rglob("*.css"):
        found += [f"{css.relative_to(built_site)}: {m.group(1)}" for m in CSS_FETCH.finditer(css.read_text("utf-8"))]
    for script in (built_site / "assets" / "javascripts").rglob("*.js"):
        if script.parent.name in ("lunr", "min", "workers") or script.name.startswith("bundle."):
            continue  # Material's own code: covered by the hooks above and by the page walk
        text = script.read_text(encoding="utf-8")
        found += [f"{script.relative_to(built_site)}: {m.group(1)}" for m in JS_FETCH.finditer(text)]
    assert not found, "\n".join(found)


def word_unique_to_a_template(templates: tuple[Template, ...], index: dict[str, Any]) -> tuple[Template, str]:
    """A template and a word of its parts that no other page of the search index contains."""
    page_texts: dict[str, str] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        page_texts[page] = page_texts.get(page, "") + " " + (doc["title"] + " " + doc["text"]).lower()
    for template in templates:
        body = PLACEHOLDER.sub(" ", " ".join(template.parts.values()))
        heading = set(re.findall(r"[a-z]+", f"{template.title} {template.summary}".lower()))
        for word in sorted({w.lower() for w in re.findall(r"[A-Za-z]{7,}", body)} - heading):
            stem = word[:-2]  # lunr stems words, so a page with any ending of the stem would match too
            if {p for p, text in page_texts.items() if re.search(rf"\b{stem}", text)} == {template_url(template.id)}:
                return template, word
    raise AssertionError("no template has a body word unique to its page in the search index")


def test_search_finds_a_template_by_a_word_of_its_body(
    built_site: Path, site_server: str, page: Page, templates: tuple[Template, ...]
) -> None:
    """Typing a word found only in one template's text into Material's search lists that template's page."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    template, word = word_unique_to_a_template(templates, index)
    page.goto(url_of(site_server, "guide/"))
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(word)  # Material reads key presses, not a pasted value
    result = page.locator(f".md-search-result__item a[href*='{template_url(template.id)}']")
    result.first.wait_for(state="visible", timeout=15_000)


def copied_text(page: Page, button: Locator) -> str:
    """Click a copy button and read back what landed on the clipboard."""
    page.evaluate("navigator.clipboard.writeText('')")
    button.click()
    page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
    return str(page.evaluate("navigator.clipboard.readText()"))


def test_copy_button_copies_exactly_the_template_text(
    site_server: str, new_context: NewContext, templates: tuple[Template, ...]
) -> None:
    """The copy button on a template's note puts exactly template_plain_text on the clipboard, per interviewer tab."""
    page = new_context(permissions=CLIPBOARD).new_page()
    single = template_without_variants(templates)
    page.goto(url_of(site_server, template_url(single.id)))
    assert copied_text(page, page.locator(COPY_BUTTON).first) == template_plain_text(single)

    panel = template_with_variants(templates)
    page.goto(url_of(site_server, template_url(panel.id)))
    tab_set = page.locator(".tabbed-set[data-tabs=av-template]")
    for recipient in range(1 + len(panel.variants)):
        tab_set.locator(".tabbed-labels > label").nth(recipient).click()
        button = tab_set.locator(".tabbed-block").nth(recipient).locator(COPY)
        assert copied_text(page, button) == template_plain_text(panel, recipient), recipient


def test_keyboard_reaches_and_activates_the_copy_button(
    site_server: str, new_context: NewContext, templates: tuple[Template, ...]
) -> None:
    """Tab from the top of a template page reaches the copy button, and Enter copies the template."""
    template = template_without_variants(templates)
    page = new_context(permissions=CLIPBOARD).new_page()
    page.goto(url_of(site_server, template_url(template.id)))
    page.evaluate("navigator.clipboard.writeText('')")
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({json.dumps(COPY_BUTTON)})"):
            break
    else:
        pytest.fail("300 presses of Tab never reached the copy button")
    page.keyboard.press("Enter")
    page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
    assert page.evaluate("navigator.clipboard.readText()") == template_plain_text(template)


def visible_cards(page: Page) -> list[dict[str, str]]:
    """The gallery cards on screen, as their data attributes."""
    return list(
        page.eval_on_selector_all(
            ".av-card", "cards => cards.filter(c => c.offsetParent !== null).map(c => ({...c.dataset}))"
        )
    )


def test_gallery_filter_narrows_counts_and_reads_the_query(
    site_server: str, page: Page, templates: tuple[Template, ...]
) -> None:
    """Choosing "Panel interview" shows only panel templates and updates the count; ?situation=panel preselects it."""
    panel = [t for t in templates if t.situation == "panel"]
    total = len(templates)
    page.goto(url_of(site_server, "templates/"))
    assert len(visible_cards(page)) == total
    assert page.locator(".av-filter__count").inner_text() == f"{total} of {total} templates"

    page.locator(".av-filter select[name=situation]").select_option(label="Panel interview")
    shown = visible_cards(page)
    assert len(shown) == len(panel) > 0
    assert {card["situation"] for card in shown} == {"panel"}
    assert page.locator(".av-filter__count").inner_text() == f"{len(panel)} of {total} templates"

    page.goto(url_of(site_server, "templates/?situation=panel"))
    assert page.locator(".av-filter select[name=situation]").input_value() == "panel"
    assert len(visible_cards(page)) == len(panel)

    page.goto(url_of(site_server, "templates/?situation=no-such-situation"))
    assert len(visible_cards(page)) == total


def test_gallery_shows_every_card_without_javascript(
    site_server: str, new_context: NewContext, templates: tuple[Template, ...]
) -> None:
    """With JavaScript off the gallery still lists every template, even with a filter in the URL."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto(url_of(site_server, "templates/?situation=panel"))
    assert len(visible_cards(page)) == len(templates)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_key_pages_have_no_serious_axe_violation(
    site_server: str, new_context: NewContext, templates: tuple[Template, ...], scheme: str
) -> None:
    """axe-core (with the 24 px touch-target rule) finds no serious violation on home, guide, gallery and a template."""
    page = new_context(color_scheme=scheme).new_page()
    expected_scheme = "slate" if scheme == "dark" else "default"
    problems = []
    for name, path in key_pages(templates).items():
        page.goto(url_of(site_server, path))
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected_scheme
        page.add_script_tag(path=axe_script())
        violations = page.evaluate(
            "axe.run(document, {rules: {'target-size': {enabled: true}}}).then(r => r.violations)"
        )
        for violation in violations:
            if violation["impact"] in ("serious", "critical"):
                targets = [" ".join(node["target"]) for node in violation["nodes"][:5]]
                problems.append(f"{name} ({scheme}): {violation['id']} {violation['impact']}: {targets}")
    assert not problems, "\n".join(problems)


def test_key_pages_fit_a_375px_screen(
    site_server: str, new_context: NewContext, templates: tuple[Template, ...]
) -> None:
    """At 375 px wide no key page scrolls sideways, and note blocks wrap rather than scroll."""
    page = new_context(viewport=NARROW).new_page()
    for name, path in key_pages(templates).items():
        page.goto(url_of(site_server, path))
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], name
        overflowing = page.eval_on_selector_all(
            "figure.av-note pre > code",
            "codes => codes.filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth).length",
        )
        assert overflowing == 0, name
    assert page.eval_on_selector("figure.av-note pre", "pre => getComputedStyle(pre).whiteSpace") == "pre-wrap"
