"""The site's search box, typed into as job seekers ask: the right page in the top three results.

A label is a page ("guide/timing/") or a heading on a page ("answers/timing/#too-late"). A page label
is met when the page is among the first three results; a heading label when that heading shows as a
link inside one of the first three results, so the reader sees a title that answers the question.

`python -m tests.test_search_queries SITE_DIR [--tuning]` prints each query's top three for a built site
(`--tuning`: only the tuning queries, so that the held-out questions stay unseen while pages are tuned).

Measured on December 4, 2026. First round, when the quick answers and the search settings for questions
were added: keywords 38 of 38, 12 of 14 and 11 of 14; questions 30 of 30; held-out questions, written
by someone who had never seen the site, 26 of 30 (87 %), short of the 90 % target.

Those misses were then seen, so every set above became tuning data and is named so: `keywords`,
`keywords_2`, `keywords_3`, `questions`, `questions_2`. Second round, tuned on all of them, then
measured once on 30 new held-out questions by another writer: 23 of 30 (77 %). Its misses were long
questions where a sibling heading matched more of the words, a tool or template whose title shares
common words ("send", "thank", "email", "round") and a misspelling ("seperate").

Third round, measured on December 7, 2026. The second round's held-out questions became tuning data
(`questions_held_out_2`), and `questions_3` was written for this round: 30 questions before any change
(19 of 30 in the top three, 63 %), then three more batches, each written after some tuning and measured
once before anything was changed for it: 9 of 20, 14 of 20 and 10 of 15. Those first looks, not the
tuned figures, are the honest guide to what unseen questions get. The changes: question headings in
the words people type (days later, never sent, 1am, HireVue, rejection, withdrew, HR, a tour) and
without rare word forms ("interviewed", "sending"), which Lunr scores as rare words; fillers (now,
still, even, ok, please) as stop words; the draft checker's page boosted down; and a search worker
that rewrites a typed question into the pages' words (assets/javascripts/search-worker.js: mail,
CV, Zoom, spelt, bombed, common misspellings, "rejected" finding "rejection") and matches the
commonest title words and one- or two-letter words whole. Tuning figures after the last change:
keywords 37 of 38, keywords_2 13 of 14, keywords_3 14 of 14, questions 30 of 30, questions_2 29 of 30,
questions_held_out_2 30 of 30, questions_3 80 of 85 (94 %).
Held out (then `questions_held_out`, search-questions-held-out-3.yaml): 40 questions by a writer who never saw
the site, labelled after the last tuning change by a reader who saw the site's sections but not its search
results, measured once: 32 of 40 (80 %), short of the 90 % target. Two of the eight misses have no answer
on the site (more time to decide on an offer; what to tell references beforehand); the others were a
card question answered by template pages, a rejection note that asks for feedback, a short "no reply
after interview" whose sibling heading won, a wrong-name correction, a question about remote work and
leave, and thanking references after the offer. From now on they are seen.

Fourth round, measured on December 7, 2026. The third round's held-out questions became tuning data
(`questions_held_out_3`; the five whose answer was added in this round were relabelled to name it), and
`questions_4` was written for this round: 30 questions, measured once before any change: 16 of 30 (53 %), six
of the misses on situations the site did not answer yet. One of them ("no reply after interview", a hit)
repeated a `questions_held_out_3` question word for word and was dropped, leaving 15 of 29. The changes:
answers for asking for more time on an offer, for feedback after a rejection, about remote work or booked time
off, for what to tell references beforehand and thanking them after the offer; a link rather than an
attachment; wording for a wrong-name correction; headings for no reply after the interview and for posting a
card; the follow-up waits said one way across the site; more of the words people type in the search worker
(referee, wfh, PTO, hired); and template pages weighted 0.75 in search (site/pages.py), so that an answer
outranks templates which only share its common words. At 0.5 the templates fell too far for keyword searches
that want one (keywords 32 of 38); at 0.75 three keyword searches still lose their template to a guide or an
answer page (keywords was 37 of 38 before). Tuning figures after the last change: keywords 35 of 38,
keywords_2 14 of 14, keywords_3 14 of 14, questions 30 of 30, questions_2 30 of 30, questions_held_out_2 30 of
30, questions_3 80 of 85, questions_held_out_3 40 of 40, questions_4 28 of 29.
Held out (`questions_held_out`, search-questions-held-out-4.yaml): 40 questions by another writer who never
saw the site, labelled after the last tuning change by a reader who saw the site's sections but not its search
results, measured once: 35 of 40 (88 %), short of the 90 % target. One miss has no answer on the site (backing
out of an offer after a spoken yes); the others: asking for more time on an offer (the answer exists, its
template pages won), the "format" of a note after an HR round, a separate thank-you to a coordinator (typed
"seperate"), and a question about time zones typed in Indian English. From now on they are seen
(`questions_held_out_4`).

Fifth round, December 7, 2026. Held out (`questions_held_out`, search-questions-held-out-5.yaml): 40 questions
by another writer who never saw the site, labelled by a reader who saw the site's sections but not its search
results, measured once before any change of this round: 33 of 40 (82 %). Five of the seven misses brought the
right page into the top three without showing the heading that answers (a greeting for an unknown gender, more
time on an offer, a salary figure given too low, no name and only a careers address, backing out after a
spoken yes); the other two were keeping the door open after a final-round rejection (template pages for final
rounds won) and adding the interviewer on LinkedIn, typed in Australian English. From now on they are seen
(`questions_held_out_5`).

Sixth round, December 7, 2026. Tuned on every set above, with the fifth round's held-out questions as
`questions_held_out_5`. The changes: answers for backing out of an offer after a verbal yes and for a salary
figure given too low (the three held-out questions about them, two in `questions_held_out_5` and one in
`questions_held_out_4`, relabelled to name them); headings in the words people type, so that a question's words
reach the section that answers it and not only its page: a greeting when you can't tell sir or madam, more time
to consider an offer, only a general careers address, keeping the door open after a rejection even after the
final round, adding the interviewer on LinkedIn before they decide ("too forward"), a separate thank-you to the
coordinator who organized the interviews; and more of the words people type in the search worker (renege,
ma'am, male and female, "email id", lowballed, pushy, timezone, organised, straight, til, reckon). A longer
heading also matches more unrelated questions: words in the new headings ("future roles", "by email", "write
back", "gave", "again", "accepted") each cost a tuning question until they were taken out. Tuning figures
after the last change: keywords 35 of 38, keywords_2 14 of 14, keywords_3 14 of 14, questions 30 of 30,
questions_2 30 of 30, questions_held_out_2 30 of 30, questions_3 79 of 85, questions_held_out_3 40 of 40,
questions_4 28 of 29, questions_held_out_4 39 of 40, questions_held_out_5 40 of 40.
Held out (`questions_held_out`, search-questions-held-out-6.yaml): 40 questions by another writer who never saw
the site, written before this round's changes, labelled after its last change by a reader who saw the site's
sections but not its search results, measured once: 37 of 40 (92 %), meeting the 90 % target. The three misses
brought the right page into the top three without the answering heading: a note a week late (the timing
answers page), a follow-up a week after the promised Friday, typed as a long run-on sentence, and withdrawing
because of another offer (the withdrawal template page, without its section). Its floor sits just below.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

DATA = Path(__file__).parent / "data"
QUERIES_FILE = DATA / "search-queries.yaml"
# Questions by people who had never seen the site; once measured, their misses were tuned on.
SEEN_QUESTIONS = "questions_2"
SEEN_HELD_OUT = "questions_held_out_2"
# Questions written for the third round before any of its changes, then tuned on.
OWN_QUESTIONS = "questions_3"
# The third round's held-out questions, measured once and then tuned on.
SEEN_HELD_OUT_3 = "questions_held_out_3"
# Questions written for the fourth round before any of its changes, then tuned on.
OWN_QUESTIONS_4 = "questions_4"
# The fourth round's held-out questions, measured once and then seen.
SEEN_HELD_OUT_4 = "questions_held_out_4"
# The fifth round's held-out questions, measured once and then seen.
SEEN_HELD_OUT_5 = "questions_held_out_5"
# Questions by another writer who has never seen the site, kept out of every measurement until the
# last change of a tuning round; only their labels are added.
HELD_OUT_QUESTIONS = "questions_held_out"
QUESTION_FILES = {
    SEEN_QUESTIONS: DATA / "search-questions-2.yaml",
    SEEN_HELD_OUT: DATA / "search-questions-held-out-2.yaml",
    OWN_QUESTIONS: DATA / "search-questions-3.yaml",
    SEEN_HELD_OUT_3: DATA / "search-questions-held-out-3.yaml",
    OWN_QUESTIONS_4: DATA / "search-questions-4.yaml",
    SEEN_HELD_OUT_4: DATA / "search-questions-held-out-4.yaml",
    SEEN_HELD_OUT_5: DATA / "search-questions-held-out-5.yaml",
    HELD_OUT_QUESTIONS: DATA / "search-questions-held-out-6.yaml",
}
HELD_OUT_FILE = QUESTION_FILES[HELD_OUT_QUESTIONS]
# Question sets written apart from the site, now tuning data.
SEEN_QUESTION_SETS = (
    SEEN_QUESTIONS,
    SEEN_HELD_OUT,
    OWN_QUESTIONS,
    SEEN_HELD_OUT_3,
    OWN_QUESTIONS_4,
    SEEN_HELD_OUT_4,
    SEEN_HELD_OUT_5,
)
TUNING_PARTS = ("keywords", "keywords_2", "keywords_3", "questions", *SEEN_QUESTION_SETS)
PARTS = (*TUNING_PARTS, HELD_OUT_QUESTIONS)
QUESTION_PARTS = ("questions", *SEEN_QUESTION_SETS, HELD_OUT_QUESTIONS)
TOP = 3
# The target is nine held-out questions in ten in the top three. Each part's floor sits a little below
# what was last measured (see the module docstring), so that a change which costs answers fails.
FLOORS = {
    "keywords": 0.88,
    "keywords_2": 0.9,
    "keywords_3": 0.9,
    "questions": 0.95,
    SEEN_QUESTIONS: 0.95,
    SEEN_HELD_OUT: 0.93,
    OWN_QUESTIONS: 0.9,
    SEEN_HELD_OUT_3: 0.92,
    OWN_QUESTIONS_4: 0.93,
    SEEN_HELD_OUT_4: 0.93,
    SEEN_HELD_OUT_5: 0.93,
    HELD_OUT_QUESTIONS: 0.9,
}
RESULT_ITEMS = ".md-search-result__item"
RESULT_LINKS = ".md-search-result__item > .md-search-result__link"
SEARCH_BOX = "input.md-search__input"
RESULTS_META = ".md-search-result__meta"
SETTLE_MS = 150  # results read twice this far apart must agree


@dataclass(frozen=True)
class Query:
    """A question as typed, the pages that answer it, and the part of the set it belongs to."""

    text: str
    pages: tuple[str, ...]
    part: str

    @property
    def held_out(self) -> bool:
        """Whether the query was kept out of tuning."""
        return self.part == HELD_OUT_QUESTIONS


@dataclass(frozen=True)
class Outcome:
    """What the search box showed for one query: the first pages, and every link shown inside them."""

    query: Query
    top: tuple[str, ...]
    shown: frozenset[str] = frozenset()

    @property
    def hit(self) -> bool:
        """Whether an expected page is among the top results, or an expected heading shows inside them."""
        return any(label in self.shown if "#" in label else label in self.top for label in self.query.pages)


def questions_in(path: Path) -> list[dict[str, object]]:
    """The labelled questions of one questions file."""
    questions: list[dict[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return questions


def load_queries(parts: tuple[str, ...] = PARTS) -> tuple[Query, ...]:
    """The labelled query set: tuning queries, then held-out ones."""
    data = yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))
    data |= {part: questions_in(path) for part, path in QUESTION_FILES.items() if part in parts and path.is_file()}
    return tuple(Query(entry["query"], tuple(entry["pages"]), part) for part in parts for entry in data.get(part, ()))


def location(href: str, base: str) -> str:
    """A result link as a site-relative location, with its section anchor if it has one."""
    parts = urlsplit(href)
    path = parts.path.removeprefix(urlsplit(base).path).lstrip("/")
    return f"{path}#{parts.fragment}" if parts.fragment else path


def page_path(href: str, base: str) -> str:
    """A result link as a site-relative page path, without its section anchor."""
    return location(href, base).split("#")[0]


def top_results(page: Page, base: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The first results' pages in their order on screen, and every link shown inside those results."""
    groups = page.locator(RESULT_ITEMS).evaluate_all(
        """items => items.map(item => [...item.querySelectorAll(':scope > .md-search-result__link')]
             .map(link => link.href))"""
    )
    pages: list[str] = []
    shown: set[str] = set()
    for hrefs in groups:
        if not hrefs or (path := page_path(hrefs[0], base)) in pages:
            continue
        if len(pages) == TOP:
            break
        pages.append(path)
        shown.update(location(href, base) for href in hrefs)
    return tuple(pages), frozenset(shown)


def search(page: Page, base: str, text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Type a query into the search box like a person and read the settled top results."""
    box = page.locator(SEARCH_BOX)
    box.fill("")
    page.wait_for_function("links => document.querySelectorAll(links).length === 0", arg=RESULT_LINKS)
    box.fill(text[:-1])
    box.press_sequentially(text[-1:])
    page.wait_for_function(
        """([meta, links]) => {
             const shown = document.querySelector(meta)?.textContent ?? "";
             return /no matching|matching document/i.test(shown) || document.querySelectorAll(links).length > 0;
           }""",
        arg=[RESULTS_META, RESULT_LINKS],
    )
    previous: tuple[tuple[str, ...], frozenset[str]] | None = None
    current = top_results(page, base)
    while current != previous:
        page.wait_for_timeout(SETTLE_MS)
        previous, current = current, top_results(page, base)
    return current


def run_queries(page: Page, base: str, queries: tuple[Query, ...]) -> list[Outcome]:
    """Open the home page and type every query into Material's search box."""
    page.goto(base + "/")
    page.locator(SEARCH_BOX).click()
    page.wait_for_function(
        "meta => !/initializ/i.test(document.querySelector(meta)?.textContent ?? '')", arg=RESULTS_META
    )
    return [Outcome(query, *search(page, base, query.text)) for query in queries]


def share(outcomes: list[Outcome]) -> float:
    """The share of queries with an expected page in the top results."""
    return sum(o.hit for o in outcomes) / len(outcomes) if outcomes else 0.0


def summary(outcomes: list[Outcome]) -> str:
    """Hit rates per part and every miss with what came up instead."""
    parts = {name: [o for o in outcomes if o.query.part == name] for name in PARTS}
    lines = [
        f"all {share(outcomes):.0%} of {len(outcomes)}; "
        + "; ".join(f"{name} {share(part):.0%} of {len(part)}" for name, part in parts.items() if part)
    ]
    lines += [
        f"MISS {o.query.text!r}: wanted {', '.join(o.query.pages)}; got {', '.join(o.top)}"
        for o in outcomes
        if not o.hit
    ]
    return "\n".join(lines)


def label_exists(site: Path, label: str) -> bool:
    """Whether a label names a built page and, for a heading, an anchor on it."""
    path, _, anchor = label.partition("#")
    page = site / path / "index.html"
    return page.is_file() and (not anchor or f'id="{anchor}"' in page.read_text(encoding="utf-8"))


def test_query_set_is_large_and_names_real_pages(built_site: Path) -> None:
    """At least 30 keyword queries and 40 questions; every label names a real heading."""
    queries = load_queries()
    questions = [q for q in queries if q.part in QUESTION_PARTS]
    assert len(queries) - len(questions) >= 30 and len(questions) >= 40
    written_apart = [entry for path in QUESTION_FILES.values() if path.is_file() for entry in questions_in(path)]
    assert all(str(entry["needs"]).strip() and (entry["pages"] or entry.get("label_note")) for entry in written_apart)
    # Sets written apart may share a short question word for word; within one set it is listed once.
    for part in PARTS:
        texts = [q.text.lower() for q in queries if q.part == part]
        assert len(set(texts)) == len(texts), f"a query is listed twice in {part}"
    missing = [(q.text, label) for q in queries for label in q.pages if not label_exists(built_site, label)]
    assert not missing, missing


def test_search_box_finds_the_right_page_in_the_top_three(page: Page, site_server: str) -> None:
    """Typed into the real search box, the tuning queries bring up their page or heading in the top three."""
    outcomes = run_queries(page, site_server, load_queries(TUNING_PARTS))
    report = summary(outcomes)
    print(report)
    for part in TUNING_PARTS:
        floor = FLOORS[part]
        assert share([o for o in outcomes if o.query.part == part]) >= floor, f"{part} below {floor:.0%}\n{report}"


def test_held_out_questions_find_the_right_page_in_the_top_three(page: Page, site_server: str) -> None:
    """At least 30 questions by a writer who never saw the site, labelled, reach their floor."""
    if not HELD_OUT_FILE.is_file():
        pytest.skip(f"no held-out questions yet: {HELD_OUT_FILE.name} is added after the last tuning change")
    queries = load_queries((HELD_OUT_QUESTIONS,))
    assert len(queries) >= 30, f"only {len(queries)} held-out questions in {HELD_OUT_FILE.name}"
    outcomes = run_queries(page, site_server, queries)
    report = summary(outcomes)
    print(report)
    floor = FLOORS[HELD_OUT_QUESTIONS]
    assert share(outcomes) >= floor, f"{HELD_OUT_QUESTIONS} below {floor:.0%}\n{report}"


@pytest.mark.parametrize("query", ["a", "is it a late note", "A late note for an interviewer"])
def test_stop_words_are_neither_searched_nor_highlighted(page: Page, site_server: str, query: str) -> None:
    """ "a" marks nothing (not "answer", "apology" or "America"); in a question only the real words are marked."""
    run_queries(page, site_server, ())
    search(page, site_server, query)
    marked = page.locator(".md-search-result mark").evaluate_all("marks => marks.map(m => m.textContent)")
    words = [word.lower() for word in query.split() if word.lower() not in ("a", "is", "it", "for", "an")]
    assert all(any(mark.lower().startswith(word) for word in words) for mark in marked), marked
    assert bool(marked) == bool(words), marked
    links = page.locator(RESULT_LINKS).evaluate_all("links => links.map(link => link.href)")
    highlighted = {term for href in links for term in parse_qs(urlsplit(href).query).get("h", [""])[0].split()}
    assert highlighted <= set(words), highlighted


@pytest.mark.parametrize(
    ("query", "headings"),
    [
        ("seperate", ("answers/names-and-titles/#several-people", "answers/situations/#panel")),
        ("cv", ("answers/writing/#attachments",)),
        ("spelt", ("answers/after-sending/#wrong-name",)),
        ("rejected", ("answers/decisions/#after-rejection", "answers/decisions/#feedback")),
    ],
)
def test_words_the_pages_dont_use_find_the_answer(
    page: Page, site_server: str, query: str, headings: tuple[str, ...]
) -> None:
    """A misspelling, a UK word and another form of a word, none of them on the pages, find the answer."""
    run_queries(page, site_server, ())
    _, shown = search(page, site_server, query)
    assert shown & set(headings), sorted(shown)


if __name__ == "__main__":
    from playwright.sync_api import sync_playwright

    from tests.static_server import CHROMIUM, serve

    with serve(Path(sys.argv[1])) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        chosen = load_queries(TUNING_PARTS if "--tuning" in sys.argv else PARTS)
        results = run_queries(browser.new_page(), url, chosen)
        for outcome in results:
            mark = "hit " if outcome.hit else "MISS"
            print(f"{mark} {outcome.query.part} {outcome.query.text!r}: {', '.join(outcome.top)}")
            if not outcome.hit:
                print(f"     shown: {', '.join(sorted(outcome.shown))}")
        print(summary(results).splitlines()[0])
        browser.close()
