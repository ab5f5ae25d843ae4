"""The guide: every chapter point has a page, pages show generated notes, nothing is copied from the chapter.

The source chapter is not stored in the repository. ``tests/data/chapter-fingerprints.txt`` holds
hashes of its sentences (8 words or more) and of every run of 10 consecutive words; regenerate it
with ``python tests/test_guide.py CHAPTER.md > tests/data/chapter-fingerprints.txt``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from afterview._internal.engine.rules import DRAFT_RULES, GREETING_LINE, SIGNOFF_LINE

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE = DOCS / "guide"
FINGERPRINTS = Path(__file__).resolve().parent / "data" / "chapter-fingerprints.txt"
POINTS = range(1, 18)
RUN_LENGTH = 10
MIN_SENTENCE_WORDS = 8
NOTE_MACROS = re.compile(r"\{\{[^}]*\b(?:example_note|excerpt|template_links)\(")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
SENTENCE_BREAK = re.compile(r"[.!?:;]+(?:\s|$)|\n| - |\*\*")


def words(text: str) -> list[str]:
    """Lower-case words with punctuation and markup dropped."""
    return WORD.findall(text.lower().replace("\u2019", "'"))


def digest(chunk: Iterable[str]) -> str:
    """A short stable hash of a run of normalised words."""
    return hashlib.sha256(" ".join(chunk).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Fingerprints:
    """Hashes of a text's long sentences (with their length in words) and of its 10-word runs."""

    sentences: frozenset[tuple[int, str]]
    runs: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Fingerprints:
        """Fingerprint a source text."""
        sentences = set()
        for piece in SENTENCE_BREAK.split(text):
            sentence = words(piece)
            if len(sentence) >= MIN_SENTENCE_WORDS:
                sentences.add((len(sentence), digest(sentence)))
        all_words = words(text)
        runs = {digest(all_words[i : i + RUN_LENGTH]) for i in range(len(all_words) - RUN_LENGTH + 1)}
        return cls(frozenset(sentences), frozenset(runs))

    def dump(self) -> str:
        """The fingerprint file's text."""
        lines = [f"s {n} {h}" for n, h in sorted(self.sentences)] + [f"r {h}" for h in sorted(self.runs)]
        return "\n".join(lines) + "\n"

    @classmethod
    def load(cls, text: str) -> Fingerprints:
        """Read a fingerprint file (lines `s WORDS HASH` and `r HASH`; `#` starts a comment)."""
        sentences, runs = set(), set()
        for line in text.splitlines():
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if fields[0] == "s":
                sentences.add((int(fields[1]), fields[2]))
            elif fields[0] == "r":
                runs.add(fields[1])
            else:
                raise ValueError(f"unreadable fingerprint line: {line!r}")
        return cls(frozenset(sentences), frozenset(runs))

    def copies_in(self, text: str) -> list[str]:
        """Every passage of text that repeats a fingerprinted sentence or 10-word run."""
        found = []
        tokens = words(text)
        lengths = {n for n, _ in self.sentences}
        for n in sorted(lengths | {RUN_LENGTH}):
            for i in range(len(tokens) - n + 1):
                chunk = tokens[i : i + n]
                hashed = digest(chunk)
                if (n, hashed) in self.sentences or (n == RUN_LENGTH and hashed in self.runs):
                    found.append(" ".join(chunk))
        return found


def front_matter(path: Path) -> dict[str, object]:
    """The YAML front matter of a Markdown page (empty when it has none)."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    end = text.index("\n---", 4)
    data = yaml.safe_load(text[4:end]) or {}
    assert isinstance(data, dict), path
    return data


def guide_pages() -> list[Path]:
    """The hand-written guide pages."""
    return sorted(GUIDE.rglob("*.md"))


def hand_written_pages() -> list[Path]:
    """Every Markdown page in docs/ (template pages are generated at build time and not among them)."""
    return sorted(DOCS.rglob("*.md"))


def declared_points(path: Path) -> list[int]:
    """The chapter points a page says it covers."""
    points = front_matter(path).get("points") or []
    assert isinstance(points, list), path
    return [int(p) for p in points]


class ArticleText(HTMLParser):
    """The text inside a built page's <article> element."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article" or self.depth:
            self.depth += tag == "article"

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chunks.append(data)


def article_text(html: str) -> str:
    """Visible article text of a built page."""
    parser = ArticleText()
    parser.feed(html)
    return " ".join(parser.chunks)


class Links(HTMLParser):
    """Every href in a built page's <article> element."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside += tag == "article"
        href = dict(attrs).get("href")
        if self.inside and tag == "a" and href:
            self.hrefs.append(href)

    def handle_endtag(self, tag: str) -> None:
        self.inside -= tag == "article" and self.inside > 0


def article_links(page: Path, site: Path) -> set[str]:
    """Site-relative URLs the article of a built page links to (fragments dropped)."""
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    here = "/" + page.relative_to(site).as_posix()
    return {urljoin(here, href).split("#")[0] for href in parser.hrefs if "://" not in href}


@pytest.fixture(scope="module")
def chapter() -> Fingerprints:
    """The chapter's fingerprints."""
    return Fingerprints.load(FINGERPRINTS.read_text(encoding="utf-8"))


def test_every_point_has_a_guide_page() -> None:
    """Each of the 17 chapter points is declared by a guide page other than the points overview."""
    covered = {p for page in guide_pages() if page.name != "points.md" for p in declared_points(page)}
    assert set(POINTS) - covered == set()
    assert covered <= set(POINTS)


def test_point_pages_show_generated_notes() -> None:
    """Every page that declares points links to templates or shows an example through a macro."""
    for page in hand_written_pages():
        if declared_points(page):
            assert NOTE_MACROS.search(page.read_text(encoding="utf-8")), page.relative_to(ROOT)


def test_guide_pages_hard_code_no_note() -> None:
    """Guide pages show notes only through macros: no source line is a note's greeting or sign-off."""
    for page in [*guide_pages(), DOCS / "index.md"]:
        source = page.read_text(encoding="utf-8")
        for pattern in (GREETING_LINE, SIGNOFF_LINE):
            match = re.search(pattern, source, re.IGNORECASE | re.MULTILINE | re.ASCII)
            assert match is None, f"{page.relative_to(ROOT)}: {match.group(0) if match else ''}"


def test_guide_titles_and_descriptions_are_unique() -> None:
    """Every guide page has its own meaningful title and description."""
    pages = [*guide_pages(), *sorted((DOCS / "checklists").glob("*.md")), DOCS / "index.md"]
    titles, descriptions = [], []
    for page in pages:
        meta = front_matter(page)
        title, description = str(meta.get("title", "")), str(meta.get("description", ""))
        assert len(title.split()) >= 1 and len(description.split()) >= 6, page.relative_to(ROOT)
        titles.append(title.lower())
        descriptions.append(description.lower())
    assert len(set(titles)) == len(titles)
    assert len(set(descriptions)) == len(descriptions)


def test_fingerprints_catch_copies_and_pass_paraphrase() -> None:
    """The copy check finds a copied sentence and a copied 10-word run, and lets a rewrite through."""
    source = (
        "Mind the gap between the train and the platform edge at every station. "
        "Short one here. Passengers should always keep their tickets until they leave the station area today."
    )
    prints = Fingerprints.of(source)
    assert prints.copies_in("As they say: MIND the gap between the train, and the platform edge at every station!")
    assert prints.copies_in("Honestly, keep their tickets until they leave the station area today and beyond.")
    assert not prints.copies_in("Watch your step when you get off the train, and hold on to your ticket.")
    assert Fingerprints.load(prints.dump()) == prints


def test_fingerprint_file_is_not_empty(chapter: Fingerprints) -> None:
    """The stored chapter fingerprints cover a real chapter (dozens of sentences, hundreds of runs)."""
    assert len(chapter.sentences) >= 20
    assert len(chapter.runs) >= 300


def test_docs_do_not_copy_the_chapter(chapter: Fingerprints) -> None:
    """No page source repeats a chapter sentence of 8+ words or any 10 consecutive chapter words."""
    for page in hand_written_pages():
        assert chapter.copies_in(page.read_text(encoding="utf-8")) == [], page.relative_to(ROOT)


def test_built_pages_do_not_copy_the_chapter(built_site: Path, chapter: Fingerprints) -> None:
    """No built page (template pages included) repeats the chapter's sentences or 10-word runs."""
    for page in sorted(built_site.rglob("*.html")):
        copies = chapter.copies_in(article_text(page.read_text(encoding="utf-8")))
        assert copies == [], page.relative_to(built_site)


def test_home_page_links_to_the_tools_and_the_gallery(built_site: Path) -> None:
    """The home page links to the composer, the gallery, the draft checker and the panel template."""
    links = article_links(built_site / "index.html", built_site)
    assert {"/tools/composer/", "/templates/", "/tools/checker/", "/templates/thank-you-panel/"} <= links


def test_points_page_keeps_every_anchor(built_site: Path) -> None:
    """The 17-points page has the anchors #point-1 to #point-17 that generated links use."""
    html = (built_site / "guide" / "points" / "index.html").read_text(encoding="utf-8")
    for point in POINTS:
        assert f'id="point-{point}"' in html


def test_checklists_have_every_rule_of_each_channel(built_site: Path) -> None:
    """The checklist page has one checkbox per draft rule for each channel's tab."""
    html = (built_site / "checklists" / "index.html").read_text(encoding="utf-8")
    expected = sum(len(r.channels) for r in DRAFT_RULES if r.target == "draft")
    assert len(re.findall(r'<input type="checkbox"', html)) == expected
    for rule in DRAFT_RULES:
        assert rule.message.replace('"', "&quot;") in html


def iter_pdf_pages(pdf: bytes) -> Iterator[bytes]:
    """Page objects of a PDF (Chromium writes them uncompressed)."""
    yield from re.findall(rb"/Type\s*/Page(?![s\w])", pdf)


@pytest.mark.browser
def test_printable_checklist_prints_on_one_page(site_server: str, page: object) -> None:
    """The printable checklist prints on a single A4 page and on a single Letter page."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.goto(f"{site_server}/checklists/printable/")
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, print_background=False)
        assert len(list(iter_pdf_pages(pdf))) == 1, paper


def main(argv: list[str]) -> int:
    """Print the fingerprint file of the chapter given as the only argument."""
    if len(argv) != 2:
        print("usage: python tests/test_guide.py CHAPTER.md > tests/data/chapter-fingerprints.txt", file=sys.stderr)
        return 2
    text = Path(argv[1]).read_text(encoding="utf-8")
    print("# Fingerprints of the source chapter: `s WORDS HASH` per sentence, `r HASH` per 10-word run.")
    print(Fingerprints.of(text).dump(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
