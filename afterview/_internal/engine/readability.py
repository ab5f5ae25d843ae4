"""Defects a reader would notice in a rendered note, and the natural senders lint renders every template with.

Each detector looks at the finished note (and the values typed, to tell which field a piece of text came
from): a [Label] left for a filled field, a full stop inside a sentence, doubled punctuation or words,
"on yesterday", a pasted sentence inside a phrase, a lower-case greeting, a dangling separator, stray spaces.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .fields import FIELDS_BY_NAME
from .render import REASON_LEAD, marker, tidy

ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|LLC|Plc|etc|vs|approx|e\.g|i\.e|[A-Za-z])$", re.IGNORECASE
)
PATTERNS: dict[str, re.Pattern[str]] = {
    "doubled-punctuation": re.compile(r"(?<!\.)\.\.(?!\.)|[!?][!?.,;:]|[,;:][ ]*[,;:.!?]|\.[ ]*[;:!?]"),
    "doubled-word": re.compile(r"\b(\w+)[ ]+\1\b", re.IGNORECASE),
    "on-relative-day": re.compile(
        r"\b(?:on|at) (?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|last \w+|"
        r"earlier|recently|on|at|in)\b",
        re.IGNORECASE,
    ),
    "article-pair": re.compile(r"\b(?:the|a|an) (?:the|a|an)\b", re.IGNORECASE),
    "lower-case-greeting": re.compile(r"^(?:Dear|Hi|Hello|Good \w+) [a-z]"),
    "dangling-separator": re.compile(r"^[ ]*[|/,;\u00b7-]|[|\u00b7][ ]*$|\|[ ]*\||\([ ]*\)", re.MULTILINE),
    "stray-spaces": re.compile(r"[^\n ][ ]{2,}|[ ]+$|^[ ]+\S|[ ]+[,.;:!?]", re.MULTILINE),
    "capital-inside-sentence": re.compile(r"(?<=[a-z,] )(?:The|My|Our|Your|This|That|These|How|What|When)(?= [a-z])"),
}
STOP_THEN_LOWER = re.compile(r"(?<!\.)\.[ ]+[a-z]")
STOP_THEN_CAPITAL = re.compile(r"[.!?][ ]+[A-Z]")
SUBJECT_START = re.compile(r"^(?:I|you|we|they|it|there)(?:'\w+)? \w", re.IGNORECASE)
SUBJECT_AND_VERB = re.compile(
    r"^(?:the|your|my|our|this|that)\b[^.!?]*? (?:is|are|was|were)\b[^.!?]*[.!?]$", re.IGNORECASE
)
MID_SENTENCE_BEFORE = re.compile(r"[a-z,][ ]*$")
# "That stood out to me, since I ran ...": a sentence with its own subject carried on after "since" or "because".
REASON_BEFORE = re.compile(REASON_LEAD + r"[ ]+$", re.IGNORECASE)
CONTINUES_AFTER = re.compile(r"^[.!?]?[ ]+[a-z]")


@dataclass(frozen=True)
class Defect:
    """One thing a reader would notice, with the text around it."""

    kind: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.excerpt!r}"


def around(text: str, start: int, end: int) -> str:
    """The matched text with a little context, on one line."""
    return " ".join(text[max(start - 25, 0) : end + 25].split())


def after_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation such as Dr. or Ltd. rather than a sentence."""
    return bool(ABBREVIATION.search(text[:stop]))


def pattern_defects(text: str) -> list[Defect]:
    """Defects visible in the text alone."""
    found = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            found.append(Defect(kind, around(text, match.start(), match.end())))
    for match in STOP_THEN_LOWER.finditer(text):
        if not after_abbreviation(text, match.start()):
            found.append(Defect("period-inside-sentence", around(text, match.start(), match.end())))
    return found


def looks_like_sentence(value: str) -> bool:
    """Whether a typed value reads as a sentence: it starts with a subject or holds a sentence end."""
    text = tidy(value)
    ends = (match.start() for match in STOP_THEN_CAPITAL.finditer(text))
    if SUBJECT_START.search(text) or SUBJECT_AND_VERB.search(text):
        return True
    return any(not after_abbreviation(text, end) for end in ends)


def pasted_sentences(text: str, values: Mapping[str, str]) -> list[Defect]:
    """A value that reads as a sentence but sits inside another one: after a lower-case word or before one."""
    found = []
    lowered = text.lower()
    for name, value in values.items():
        if not looks_like_sentence(str(value)):
            continue
        core = tidy(str(value)).strip(".!? ").lower()
        start = lowered.find(core) if len(core) >= 8 else -1
        while start >= 0:
            end = start + len(core)
            as_reason = bool(REASON_BEFORE.search(text[:start])) and bool(SUBJECT_START.match(text[start:]))
            if not as_reason and (MID_SENTENCE_BEFORE.search(text[:start]) or CONTINUES_AFTER.match(text[end:])):
                found.append(Defect("sentence-inside-phrase", f"{name}: " + around(text, start, end)))
            start = lowered.find(core, end)
    return found


def placeholders_left(text: str, values: Mapping[str, str]) -> list[Defect]:
    """A [Label] marker or a {field} left for a field the sender filled or may leave blank."""
    found = []
    typed = " ".join(str(value) for value in values.values())
    for name, field in FIELDS_BY_NAME.items():
        filled = bool(tidy(str(values.get(name) or "")))
        if (filled or field.optional) and marker(name) in text and marker(name) not in typed:
            found.append(Defect("placeholder-left", marker(name)))
    for match in re.finditer(r"\{[a-z_]+\}|\[\[|\]\]|\|\|", text):
        found.append(Defect("placeholder-left", around(text, match.start(), match.end())))
    return found


def note_defects(text: str, values: Mapping[str, str]) -> list[Defect]:
    """Everything a reader would notice in one rendered note (subject or body) made from these values."""
    return pattern_defects(text) + pasted_sentences(text, values) + placeholders_left(text, values)


# Two senders typing as people do: lint renders every template with them (rule AV015).
NATURAL_SENDERS: tuple[dict[str, str], ...] = (
    {
        "sender_name": "sam lee",
        "sender_email": "",
        "sender_phone": "",
        "sender_linkedin": "",
        "recipient_name": "dr. lund ",
        "recipient_title": "",
        "company": "Fabrikam Ltd.",
        "role": "the UX Researcher position",
        "interview_date": "yesterday",
        "highlight": "You explained how the new onboarding flow is tested. I liked that it starts with real users!",
        "strength": "I ran 40 usability sessions last year.",
        "documents": "the case study I mentioned.",
        "update": "i have since finished the accessibility course",
        "clarification": "You asked how I would handle a missed deadline. My answer was too short.",
        "better_answer": "i would tell the client the same day and offer a new date with a plan to meet it",
        "update_why": "",
        "decision_date": "by the end of next week",
        "offer_deadline": "Friday, March 21",
        "start_date": "Monday, April 7",
    },
    {
        "sender_name": "Ana  Lima",
        "sender_email": "ana@example.org",
        "sender_phone": "  ",
        "sender_linkedin": "linkedin.com/in/ana-lima",
        "recipient_name": "jordan",
        "recipient_title": "head of research",
        "company": "Northwind Traders",
        "role": "a data analyst role",
        "interview_date": "on Thursday",
        "highlight": "The plan to move reporting into one dashboard.",
        "strength": "my experience with SQL and forecasting,",
        "documents": "my portfolio",
        "update": "I passed the certification exam.",
        "clarification": "your question about my biggest mistake",
        "better_answer": "I once launched a survey without a pilot. Now I always try it on five people first.",
        "update_why": "it is the certification your job posting asks for",
        "decision_date": "before the end of the month",
        "offer_deadline": "next Wednesday",
        "start_date": "early May",
    },
)
