"""Fill a template's placeholders: the one rendering algorithm (mirrored in render.js).

The template language, beyond {field} placeholders:

- ``[[text with {field}]]`` is an optional segment: it appears only when every field in it is filled.
  A line left empty by optional segments disappears.
- ``[[phrase frame || sentence frame]]`` is a shape choice around one sentence-shaped field (fields.py
  ``shape="sentence"``): the first frame when the sender typed a phrase ("the plan to rebuild onboarding"),
  the second when they typed one or more full sentences ("You explained how the flow is tested.").

Values are tidied as people type them (fields.py ``shape``): spaces trimmed and collapsed, names typed all
in lower case capitalized, a day turned into what a person would write ("yesterday", "on Tuesday"),
a phrase's stray full stop dropped, a sentence capitalized and ended, no doubled word or full stop where
a value meets the template's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .fields import FIELDS_BY_NAME, SENTENCE_FIELDS

PART_ORDER: tuple[str, ...] = ("greeting", "gratitude", "highlight", "update", "interest", "closing", "signature")
VARIANT_PARTS: tuple[str, ...] = ("gratitude", "highlight", "interest", "closing")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SEGMENT = re.compile(r"\[\[((?:(?!\[\[|\]\])[\s\S])*)\]\]")
CHOICE = "||"
PARAGRAPH_BREAK = "\n\n"
BLANK = "___"

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?![\s\S])")
ISO_TODAY = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2})(?::[0-9]{2}){0,2})?(?![\s\S])")

# Patterns read the same in Python (re.ASCII | re.IGNORECASE) and JavaScript (flag i): ASCII classes only.
FLAGS = re.ASCII | re.IGNORECASE
NOT_LETTER_BEFORE = r"(?<![A-Za-z0-9_])"
NOT_LETTER_AFTER = r"(?![A-Za-z0-9_])"
ABBREVIATION_END = re.compile(
    NOT_LETTER_BEFORE
    + r"(?:mr|mrs|ms|mx|dr|prof|st|jr|sr|inc|ltd|co|corp|llc|plc|bros|etc|vs|approx|dept|no|[A-Za-z])\.(?![\s\S])",
    FLAGS,
)
SENTENCE_START = re.compile(
    r"^(?:(?:i|we|you|they|he|she|it|there)(?:['\u2019](?:m|ve|d|ll|re|s))?[ ]+[A-Za-z]"
    r"|(?:really|loved|enjoyed|learned|learnt|thanks|glad|also|and|but|as|since|after|during)[ ,])",
    FLAGS,
)
# "Your style guide is very detailed." ends like a sentence and has a verb of its own (not in a "that is" clause).
FINITE_VERB = re.compile(
    r"(?<!that)(?<!which)(?<!who) (?:is|are|was|were|seems|seemed|sounds|sounded|looks|looked|felt|feels)"
    + NOT_LETTER_AFTER,
    FLAGS,
)
SENTENCE_GAP = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*[ ]+[\"'\u201c\u2018(]*[A-Za-z0-9\u00c0-\uffff]")
ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*(?![\s\S])")
LEADING_WORD = re.compile(
    r"^(the|a|an|my|our|your|their|his|her|its|this|that|these|those|how|what|why|when|where|which|who|some|"
    r"any|each|every|all|one) ",
    FLAGS,
)
ARTICLE = re.compile(r"^(?:the|a|an) ", FLAGS)
ROLE_PREFIX = re.compile(r"^(?:the )?(?:role|position|job) (?:of|as) ", FLAGS)
ROLE_SUFFIX = re.compile(r" (?:role|position|job|opening)(?![\s\S])", FLAGS)
RELATIVE_DAY = re.compile(
    r"^(?:yesterday|today|tonight|tomorrow|this|last|earlier|recently|on|at|in|during|over|just|the other)"
    + NOT_LETTER_AFTER,
    FLAGS,
)
AGO = re.compile(r" ago(?![\s\S])", FLAGS)
DAY_NAME = re.compile(
    NOT_LETTER_BEFORE + r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|may(?= [0-9]))" + NOT_LETTER_AFTER,
    FLAGS,
)
NAME_PUNCTUATION = " '\u2019.-"
NAME_WORD_START = re.compile(r"(^|[ '\u2019-])([^ '\u2019-])")
REPEATED_MARKS = re.compile(r"([!?])[!?]+")
DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
SPACE_BEFORE_MARK = re.compile(r" +([,.;:!?])")
REPEATED_COMMAS = re.compile(r",[,;]+")
COMMA_BEFORE_STOP = re.compile(r"[,;:]+(?=[.!?])")
DOUBLED_WORD = re.compile(r"(?<![A-Za-z0-9_'])([A-Za-z]+)(?: \1)+(?![A-Za-z0-9_'])", FLAGS)
TRAILING_COMMA = re.compile(r"[ ,;:]+(?![\s\S])")
WORD_EDGE = r"A-Za-z0-9_'\u2019/&+-"
WORD_BEFORE_SLOT = re.compile(r"(?<![" + WORD_EDGE + r"])([A-Za-z]+) +(?![\s\S])")
WORD_AFTER_SLOT = re.compile(r"^ +([A-Za-z]+)(?![" + WORD_EDGE + r"])")
VALUE_FIRST_WORD = re.compile(r"^([A-Za-z]+) ")
VALUE_LAST_WORD = re.compile(r" ([A-Za-z]+)(?![\s\S])")
CONTINUES_SENTENCE = re.compile(r"^ *[a-z,;:]")


@dataclass(frozen=True)
class Note:
    """A rendered note: its subject options (email only) and its body."""

    subjects: tuple[str, ...]
    body: str

    @property
    def subject(self) -> str | None:
        """The first subject option, or None for channels without one."""
        return self.subjects[0] if self.subjects else None


def marker(name: str) -> str:
    """The visible stand-in for a field nobody has filled in yet, e.g. [Their name]."""
    field = FIELDS_BY_NAME.get(name)
    return f"[{field.label if field else name}]"


def placeholders(text: str) -> list[str]:
    """The field names a piece of template text uses, in order of appearance."""
    return PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace each {field} in one pass, so braces inside a value are never filled again."""

    def replace(match: re.Match[str]) -> str:
        value = (values.get(match.group(1)) or "").strip()
        return value if value else marker(match.group(1))

    return PLACEHOLDER.sub(replace, text)


def tidy(text: str) -> str:
    """Whitespace collapsed to single spaces, no space before punctuation, no repeated marks or words."""
    text = " ".join(text.split())
    text = DOUBLED_WORD.sub(r"\1", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    text = REPEATED_MARKS.sub(r"\1", text)
    text = DOUBLE_STOP.sub(".", text)
    text = COMMA_BEFORE_STOP.sub("", text)
    return REPEATED_COMMAS.sub(",", text)


def is_sentence(value: str) -> bool:
    """Whether a typed answer is one or more full sentences rather than a phrase."""
    text = tidy(value)
    if not text:
        return False
    if SENTENCE_START.search(text) or text[-1] in "!?":
        return True
    if text[-1] == "." and FINITE_VERB.search(text) and not ABBREVIATION_END.search(text):
        return True
    return any(not ABBREVIATION_END.search(text[: gap.start() + 1]) for gap in SENTENCE_GAP.finditer(text))


def upper_first(text: str) -> str:
    """The text with its first character in upper case."""
    return text[:1].upper() + text[1:] if text else text


def as_sentences(value: str) -> str:
    """A typed answer as sentences of a note: capitalized and ended with a full stop if it has none."""
    text = upper_first(TRAILING_COMMA.sub("", tidy(value)))
    return text if not text or ENDS_SENTENCE.search(text) else text + "."


def as_phrase(value: str) -> str:
    """A typed answer fitted inside a sentence: no stray full stop or comma, no capital on a leading 'The'."""
    text = TRAILING_COMMA.sub("", tidy(value))
    if text.endswith(".") and not text.endswith("..") and not ABBREVIATION_END.search(text):
        text = text[:-1]
    word = LEADING_WORD.match(text)
    if word:
        text = word.group(1).lower() + text[len(word.group(1)) :]
    return text


def as_name(value: str) -> str:
    """A name; typed all in lower case ("dr. lund"), each word capitalized ("Dr. Lund"); anything else as typed."""
    text = TRAILING_COMMA.sub("", tidy(value))
    looks_like_name = all(char.isalpha() or char in NAME_PUNCTUATION for char in text)
    if looks_like_name and text == text.lower() and text != text.upper():
        text = NAME_WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def as_role(value: str) -> str:
    """A job title without the article or the word "role" that the template already has."""
    text = as_phrase(value)
    text = ROLE_PREFIX.sub("", text)
    text = ARTICLE.sub("", text)
    return ROLE_SUFFIX.sub("", text)


def parse_today(today: str | None) -> tuple[date, int | None] | None:
    """The day of writing and, when given, the hour: "2026-12-02" or "2026-12-02T09:30"."""
    match = ISO_TODAY.match(today or "")
    if not match:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return day, int(match.group(4)) if match.group(4) is not None else None


def relative_day(day: date, today: str | None) -> str:
    """An interview date as the note says it, seen from the day of writing."""
    written = parse_today(today)
    absolute = f"on {MONTHS[day.month - 1]} {day.day}"
    if written is None:
        return absolute
    now, hour = written
    days = (now - day).days
    if days == 0:
        return "this morning" if hour is not None and hour < 12 else "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    return absolute if day.year == now.year or 0 < days < 183 else f"{absolute}, {day.year}"


def as_day(value: str, today: str | None = None) -> str:
    """When the interview was, ready to follow a verb: "yesterday", "on Tuesday", "last week", "on 12/3"."""
    text = as_phrase(value)
    iso = ISO_DATE.match(text)
    if iso:
        try:
            return relative_day(date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), today)
        except ValueError:
            pass
    text = DAY_NAME.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:].lower(), text)
    if not text:
        return text
    if RELATIVE_DAY.match(text) or AGO.search(text):
        return text[:1].lower() + text[1:]
    return "on " + text


def shaped(name: str, value: str, standalone: bool, today: str | None) -> str:
    """One value tidied for its field's shape and its place: its own sentence, or inside one."""
    field = FIELDS_BY_NAME.get(name)
    shape = field.shape if field else "phrase"
    if shape == "sentence":
        return as_sentences(value) if standalone else as_phrase(value)
    if shape == "name":
        return as_name(value)
    if shape == "role":
        return as_role(value)
    if shape == "date":
        return as_day(value, today)
    if shape in ("contact", "organization"):
        return TRAILING_COMMA.sub("", tidy(value))
    return as_phrase(value)


def filled(name: str, values: Mapping[str, str]) -> bool:
    """Whether the sender gave a value for a field (spaces alone do not count)."""
    return bool(tidy(str(values.get(name) or "")))


def choose_segments(text: str, values: Mapping[str, str]) -> str:
    """Each [[...]] segment resolved: kept or dropped (optional), or its phrase or sentence frame (choice)."""

    def resolve(match: re.Match[str]) -> str:
        frames = match.group(1).split(CHOICE)
        if len(frames) == 1:
            names = placeholders(frames[0])
            return frames[0] if names and all(filled(name, values) for name in names) else ""
        sentence_fields = [name for name in placeholders(frames[0]) if name in SENTENCE_FIELDS]
        answer = str(values.get(sentence_fields[0]) or "") if sentence_fields else ""
        return frames[1].strip() if is_sentence(answer) else frames[0].strip()

    lines = []
    for line in text.split("\n"):
        if not SEGMENT.search(line):
            lines.append(line)
            continue
        resolved = SEGMENT.sub(resolve, line)
        resolved = SPACE_BEFORE_MARK.sub(r"\1", " ".join(resolved.split()))
        if resolved:
            lines.append(resolved)
    return "\n".join(lines)


def starts_sentence(before: str) -> bool:
    """Whether text placed after `before` begins a sentence (or a line)."""
    stripped = before.rstrip(" ")
    return not stripped or stripped[-1] in ".!?\n" or stripped.endswith("\u2026")


def fill_text(text: str, values: Mapping[str, str], today: str | None = None) -> str:
    """One piece of template text rendered: segments chosen, each value shaped for its place and joined cleanly.

    Where a value meets the template's words, a repeated word ("on on", "role role") and a second full
    stop ("Ltd.." ) are dropped. Braces inside a value are never filled again.
    """
    text = choose_segments(text, values)
    out: list[str] = []
    last = 0
    skip_stop = False
    for match in PLACEHOLDER.finditer(text):
        between = text[last : match.start()]
        if skip_stop and between.startswith("."):
            between = between[1:]
        out.append(between)
        name = match.group(1)
        before = "".join(out)
        after = text[match.end() :]
        standalone = starts_sentence(before) and not CONTINUES_SENTENCE.match(after)
        raw = str(values.get(name) or "")
        value = shaped(name, raw, standalone, today) if tidy(raw) else ""
        if not value:
            out.append(marker(name))
            last, skip_stop = match.end(), False
            continue
        before_word = WORD_BEFORE_SLOT.search(before)
        value_word = VALUE_FIRST_WORD.match(value)
        if before_word and value_word and before_word.group(1).lower() == value_word.group(1).lower():
            value = value[value_word.end() :]
        after_word = WORD_AFTER_SLOT.match(after)
        end_word = VALUE_LAST_WORD.search(value)
        if after_word and end_word and after_word.group(1).lower() == end_word.group(1).lower():
            value = value[: end_word.start()]
        out.append(value)
        skip_stop = value[-1:] in ".!?\u2026"
        last = match.end()
    tail = text[last:]
    if skip_stop and tail.startswith("."):
        tail = tail[1:]
    out.append(tail)
    return "".join(out)


def note_parts(
    parts: Mapping[str, str], variants: list[dict[str, str]] | tuple[dict[str, str], ...], recipient: int = 0
) -> list[tuple[str, str]]:
    """The template's parts in reading order, with the variant for the n-th recipient applied."""
    chosen = dict(parts)
    if recipient > 0 and variants:
        chosen.update(variants[(recipient - 1) % len(variants)])
    return [(name, chosen[name]) for name in PART_ORDER if chosen.get(name)]


def render_text(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    variants: list[dict[str, str]] | tuple[dict[str, str], ...],
    values: Mapping[str, str],
    recipient: int = 0,
    today: str | None = None,
) -> Note:
    """Render subjects and body of a template's raw parts with the given values.

    today: the day the note is written ("2026-12-02", or "2026-12-02T09:30" for "this morning"), against
    which an ISO interview date ("2026-12-01") is phrased ("yesterday"); without it, "on December 1".
    """
    rendered = [fill_text(text.strip(), values, today) for _, text in note_parts(parts, variants, recipient)]
    body = PARAGRAPH_BREAK.join(text for text in rendered if text)
    return Note(tuple(fill_text(subject, values, today) for subject in subjects), body)


def unfilled_fields(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    variants: list[dict[str, str]] | tuple[dict[str, str], ...],
    values: Mapping[str, str],
    recipient: int = 0,
) -> list[str]:
    """The required fields the note still shows as [markers], in order of first appearance."""
    texts = [text for _, text in note_parts(parts, variants, recipient)] + list(subjects)
    names = [name for text in texts for name in placeholders(choose_segments(text, values))]
    return [name for name in dict.fromkeys(names) if not filled(name, values)]


def display_text(text: str) -> str:
    """Template text as a reader copies it: optional segments shown, the phrase frame of each choice."""
    return SEGMENT.sub(lambda match: match.group(1).split(CHOICE)[0].strip(), text)


def field_frame(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    name: str,
) -> str | None:
    """The sentence around a field, with ___ for it and [Label] for the others: shown under the field's input."""
    texts = [display_text(text.strip()) for _, text in note_parts(parts, ())] + [display_text(s) for s in subjects]
    for text in texts:
        for line in text.split("\n"):
            spot = line.find("{" + name + "}")
            if spot < 0:
                continue
            start = max(line.rfind(". ", 0, spot), line.rfind("! ", 0, spot), line.rfind("? ", 0, spot))
            start = start + 2 if start >= 0 else 0
            ends = [i for i in (line.find(mark, spot) for mark in (". ", "! ", "? ")) if i >= 0]
            end = min(ends) + 1 if ends else len(line)
            sentence = line[start:end].replace("{" + name + "}", BLANK)
            return fill(sentence, {})
    return None
