"""The quick answers: questions as headings, each with a short answer and a link that goes deeper, and
weak and strong notes side by side that read well on a phone and on a laptop."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "docs" / "answers"
PAIRS_PAGE = "before-and-after"
NOT_QUESTION_PAGES = ("index", PAIRS_PAGE)
SENTENCES = range(2, 6)
# Periods that end a title, not a sentence ("a.m." is followed by a small letter, so it never splits).
ABBREVIATION = re.compile(r"\b(?:Mrs|Mr|Ms|Mx|Dr)\.")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[\"“]?[A-Z0-9])")
HEADING = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.DOTALL)
LINK = re.compile(r'<a [^>]*href="([^"]+)"')
# The questions the issue asks for at the least, by the anchor of the heading that answers each.
REQUIRED_QUESTIONS = {
    "timing": ("too-late", "week-later", "late-at-night", "weekend", "time-zones"),
    "writing": ("how-long", "attachments", "salary", "salary-too-low", "went-badly"),
    "names-and-titles": ("mr-or-first-name", "unknown-gender", "mx", "doctor", "no-name", "several-people"),
    "reaching-them": ("channel", "no-email", "receptionist"),
    "situations": ("second-interview", "internal", "agency-recruiter", "one-way-video", "group-interview"),
    "after-sending": ("no-reply", "follow-up-on-thank-you", "typo", "wrong-name"),
    "decisions": ("after-rejection", "after-offer", "more-time", "after-verbal-yes", "after-withdrawing"),
}
NEW_TEMPLATES = (
    "thank-you-internal-candidate",
    "thank-you-agency-recruiter",
    "thank-you-second-interview",
    "thank-you-one-way-video",
)
MIN_PAIRS = 6
MIN_CHANGES_PER_PAIR = 3


@dataclass(frozen=True)
class Answer:
    """One question heading on a built answers page and the answer beneath it."""

    page: str
    anchor: str
    question: str
    html: str

    @property
    def text(self) -> str:
        """The answer as plain text."""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", self.html)).split())

    @property
    def links(self) -> list[str]:
        """The answer's links, as written in the page."""
        return LINK.findall(self.html)


def plain(html: str) -> str:
    """Markup as the words a reader sees."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def sentences(text: str) -> list[str]:
    """A text split into sentences, titles such as "Ms." and "a.m." kept inside theirs."""
    return [part for part in SENTENCE_END.split(ABBREVIATION.sub(lambda m: m[0][:-1], text)) if part.strip()]


def article(html: str) -> str:
    """The page's own content, without the date it was last reviewed."""
    content = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
    return re.sub(r'<p class="av-reviewed">.*?</p>', "", content, flags=re.DOTALL)


def question_pages() -> list[str]:
    """The answers pages that hold questions, by name."""
    return sorted(p.stem for p in ANSWERS.glob("*.md") if p.stem not in NOT_QUESTION_PAGES)


def answers_on(site: Path, name: str) -> list[Answer]:
    """The question headings of one built answers page, each with its answer."""
    content = article((site / "answers" / name / "index.html").read_text(encoding="utf-8"))
    parts = HEADING.split(content)
    return [
        Answer(name, anchor, plain(re.sub(r'<a class="headerlink".*?</a>', "", heading)), body)
        for anchor, heading, body in zip(parts[1::3], parts[2::3], parts[3::3], strict=True)
    ]


@pytest.fixture(scope="module")
def answers(built_site: Path) -> list[Answer]:
    """Every question and answer in the built answers section."""
    return [answer for name in question_pages() for answer in answers_on(built_site, name)]


def target_exists(site: Path, page: str, href: str) -> bool:
    """Whether a relative link from an answers page reaches a built page and, if it names one, its anchor."""
    parts = urlsplit(href)
    folder = (site / "answers" / page / parts.path).resolve()
    built = folder / "index.html"
    if not built.is_file():
        return False
    return not parts.fragment or f'id="{parts.fragment}"' in built.read_text(encoding="utf-8")


def test_at_least_thirty_questions_each_a_heading_phrased_as_a_question(answers: list[Answer]) -> None:
    """The section asks 30 or more questions, and every heading on its question pages is one."""
    assert len(answers) >= 30, len(answers)
    not_questions = [a.question for a in answers if not a.question.endswith("?")]
    assert not not_questions, not_questions
    assert len({a.question.lower() for a in answers}) == len(answers), "a question is asked twice"


def test_every_question_the_issue_names_has_its_heading(answers: list[Answer]) -> None:
    """Timing, length, channel, names and titles, the new situations, follow-ups and decisions are all asked."""
    found = {(a.page, a.anchor) for a in answers}
    missing = [(page, anchor) for page, anchors in REQUIRED_QUESTIONS.items() for anchor in anchors]
    assert not [key for key in missing if key not in found], [key for key in missing if key not in found]


def test_each_answer_is_two_to_five_sentences(answers: list[Answer]) -> None:
    """Short enough to read at 11 p.m., long enough to answer: two to five sentences."""
    wrong = {f"{a.page}#{a.anchor}": len(sentences(a.text)) for a in answers}
    assert not {key: count for key, count in wrong.items() if count not in SENTENCES}, wrong


def test_each_answer_links_to_a_guide_page_or_template_that_resolves(built_site: Path, answers: list[Answer]) -> None:
    """Every answer ends in a link that goes deeper, to a guide page or a template that exists."""
    problems = []
    for answer in answers:
        deeper = [href for href in answer.links if re.match(r"\.\./\.\./(?:guide|templates)/", href)]
        if not deeper or not all(target_exists(built_site, answer.page, href) for href in deeper):
            problems.append((answer.page, answer.anchor, answer.links))
    assert not problems, problems


def test_situations_link_the_new_templates_by_id(answers: list[Answer]) -> None:
    """The internal, agency, second-interview and one-way video answers each link their own template."""
    linked = {href for answer in answers for href in answer.links}
    assert not [tid for tid in NEW_TEMPLATES if f"../../templates/{tid}/" not in linked], sorted(linked)


def test_sentence_splitting_keeps_titles_and_times_whole() -> None:
    """The sentence count is not fooled by "Ms." or "9 a.m.", and does see a real second sentence."""
    assert len(sentences('Write "Dear Ms. Raman," for 9 a.m. where she is. Then wait.')) == 2
    assert len(sentences("Use Dr. Chen. Or Mx. Lee! Fine?")) == 3
    assert len(sentences("One sentence only.")) == 1


def test_the_quick_answers_page_lists_every_question(built_site: Path, answers: list[Answer]) -> None:
    """The section's first page links to each question, so none is reachable only through search."""
    index = (built_site / "answers" / "index.html").read_text(encoding="utf-8")
    listed = {href.rstrip("/") for href in LINK.findall(article(index))}
    unlisted = [f"{a.page}#{a.anchor}" for a in answers if f"{a.page}/#{a.anchor}" not in listed]
    assert not unlisted, unlisted


def test_search_boosts_the_answers_and_leaves_out_the_list_of_questions(built_site: Path) -> None:
    """Questions rank above pages that only mention the words; the list of questions stays out of results."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    boosts = {doc["location"]: doc.get("boost", 1) for doc in index["docs"]}
    assert "answers/" not in boosts
    for name in question_pages():
        assert boosts[f"answers/{name}/"] > 1, name


def pair_markup(site: Path) -> list[str]:
    """Each weak-and-strong pair on the built pairs page."""
    content = article((site / "answers" / PAIRS_PAGE / "index.html").read_text(encoding="utf-8"))
    return content.split('<div class="av-pair">')[1:]


def test_pairs_show_a_weak_and_a_strong_note_with_a_text_note_on_each_change(built_site: Path) -> None:
    """Six or more situations, each a weak note and a strong one, every change explained in words."""
    pairs = pair_markup(built_site)
    assert len(pairs) >= MIN_PAIRS, len(pairs)
    for pair in pairs:
        assert "<img" not in pair
        assert 'av-pair__side--weak"' in pair and 'av-pair__side--strong"' in pair
        weak = pair.split('av-pair__side--strong"')[0]
        assert len(plain(weak).split()) >= 15, plain(weak)
        parts = re.findall(
            r'<p class="av-pair__line">(.*?)</p>\s*<p class="av-pair__why">(.*?)</p>', pair, flags=re.DOTALL
        )
        assert len(parts) >= MIN_CHANGES_PER_PAIR, pair[:200]
        notes = [plain(why).removeprefix("What changed:").strip() for _, why in parts]
        assert all(len(note.split()) >= 2 for note in notes), notes


@pytest.mark.browser
@pytest.mark.parametrize(("width", "side_by_side"), [(1280, True), (375, False)], ids=["laptop", "phone"])
def test_pairs_sit_side_by_side_on_a_laptop_and_stack_on_a_phone(
    page: Page, site_server: str, width: int, side_by_side: bool
) -> None:
    """At 1280 px the weak note sits left of the rewrite; at 375 px it sits above it, nothing wider than the screen."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_server}/answers/{PAIRS_PAGE}/")
    weak = page.locator(".av-pair__side--weak").first.bounding_box()
    strong = page.locator(".av-pair__side--strong").first.bounding_box()
    assert weak and strong
    if side_by_side:
        assert strong["x"] >= weak["x"] + weak["width"] and abs(strong["y"] - weak["y"]) < 2
        note = page.locator(".av-pair__why").first.bounding_box()
        line = page.locator(".av-pair__line").first.bounding_box()
        assert note and line and note["x"] >= line["x"] + line["width"], "margin notes sit beside the lines"
    else:
        assert strong["y"] >= weak["y"] + weak["height"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width
