"""Craft checks: every template, every persona of the reading corpus, every tone, in Python and in JavaScript.

Each note is rendered on the persona's day of writing (a handwritten card as read three days later, when the
post brings it), and again as read nine days later (a reminder draft),
by render.py and by render.js (in Node, with the data the build exports). Both must agree to the character,
and no note may show the flaws a hiring manager notices: a [marker] for a filled field, a doubled word or
role word, a title with a full name, "Hi Ms.", a bare full name greeted whole outside the formal tone, a
line or subject starting in lower case (or a link given a capital), a lone lower-case "i", a company or name
left in lower case, a capital where a value lands mid-sentence, "!" in the formal tone, a typed sentence
pasted mid-sentence, "on yesterday", or "yesterday" in a note read days after the interview (a card always).
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from afterview._internal.engine import render
from afterview._internal.engine.address import GROUP_WORDS, address, name_parts
from afterview._internal.engine.catalog import Template, schema_choices
from afterview._internal.engine.fields import FIELDS_BY_NAME, SENTENCE_FIELDS
from afterview._internal.engine.language import SENTENCE_FIELD_NAMES, segment_problems
from afterview._internal.engine.lint import lint
from afterview._internal.engine.loading import load
from afterview._internal.engine.paths import TEMPLATES_DIR
from afterview._internal.engine.readability import REASON_BEFORE
from afterview._internal.engine.render import as_name, is_sentence, marker, render_text, tidy

ROOT = Path(__file__).resolve().parent.parent
PERSONAS: list[dict[str, Any]] = yaml.safe_load((ROOT / "tests/reading/personas.yaml").read_text("utf-8"))["personas"]
TEMPLATES: dict[str, Template] = {t.id: t for t in lint([ROOT / "templates"]).templates}
TONES: tuple[str, ...] = ("", *schema_choices("tone"))
READ_LATER = timedelta(days=9)
ENGINE_CASES: list[dict[str, Any]] = json.loads((ROOT / "tests/data/engine_cases.json").read_text("utf-8"))["cases"]
NODE = shutil.which("node")

# Flaws of today's template prose, not of the engine (the prose is being rewritten to the engine's contract).
# Known flaws of the template prose, marked as expected failures: none today.
PROSE_DEFECTS: dict[tuple[str, str], str] = {}

Case = tuple[str, dict[str, str], int, str, str | None, str]


def persona_values(persona: dict[str, Any]) -> dict[str, str]:
    """A persona's typed values as strings."""
    return {name: str(value) for name, value in persona["fields"].items()}


def reading_days(persona: dict[str, Any]) -> tuple[str | None, str]:
    """Read on the day of writing, and nine days later."""
    written = date.fromisoformat(persona["today"][:10])
    return None, (written + READ_LATER).isoformat()


def cases() -> Iterator[tuple[dict[str, Any], Case]]:
    """Every template, persona, recipient, reading day and tone."""
    for template in TEMPLATES.values():
        for persona in PERSONAS:
            for recipient in template.recipients:
                for typed_read_on in reading_days(persona):
                    read_on = render.reading_day(template.channel, persona["today"], typed_read_on)
                    for tone in TONES:
                        yield (
                            persona,
                            (template.id, persona_values(persona), recipient, persona["today"], read_on, tone),
                        )


ALL_CASES = list(cases())


def python_note(case: Case) -> dict[str, Any]:
    """One case rendered by render.py."""
    template_id, values, recipient, today, read_on, tone = case
    t = TEMPLATES[template_id]
    note = render_text(t.parts, t.subjects, t.variants, values, recipient, today, read_on, tone)
    return {"subjects": list(note.subjects), "body": note.body}


def run_node(calls: list[list[Any]]) -> list[Any]:
    """The results of engine calls made by render.js in Node (tests/js/engine-runner.mjs)."""
    if NODE is None:
        pytest.fail("Node.js is needed for the JavaScript half of the craft checks")
    result = subprocess.run(
        [NODE, str(ROOT / "tests/js/engine-runner.mjs")],
        input=json.dumps({"cases": calls}),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out: list[Any] = json.loads(result.stdout)
    return out


@pytest.fixture(scope="module")
def python_notes() -> list[dict[str, Any]]:
    """Every case rendered in Python."""
    return [python_note(case) for _, case in ALL_CASES]


@pytest.fixture(scope="module")
def javascript_notes() -> list[dict[str, Any]]:
    """Every case rendered in JavaScript."""
    return run_node([["render_template", *case] for _, case in ALL_CASES])


# Words that take no capital inside a sentence, typed first by the personas ("Six years in the ICU").
COMMON_WORDS = frozenset(
    {
        *("the", "a", "an", "my", "our", "your", "their", "this", "that", "how", "what", "why", "when", "where"),
        *("six", "eight", "twelve", "two", "three", "running", "led", "built", "moving", "trained"),
    }
)
TITLE = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?"
TITLE_WITH_FULL_NAME = re.compile(r"\b" + TITLE + r" [A-Z\u00c0-\u00de][\w'\u2019-]+ [A-Z\u00c0-\u00de][\w'\u2019-]+")
FIRST_NAME_GREETING_WITH_TITLE = re.compile(r"^(?:Hi|Hello|Hey),? " + TITLE + r"(?![\w])", re.MULTILINE)
DOUBLED_WORD = re.compile(r"(?<![\w'\u2019])(\w+) \1(?![\w'\u2019])", re.IGNORECASE)
ROLE_WORD = r"(?:role|position|job|internship|opening|post)"
DOUBLED_ROLE_WORD = re.compile(r"\b" + ROLE_WORD + " " + ROLE_WORD + r"\b|\bintern internship\b", re.IGNORECASE)
DOUBLED_PREPOSITION = re.compile(
    r"\b(?:on|by|within) (?:on|by|within|in)\b"
    r"|\b(?:on|at|in) (?:yesterday|today|tomorrow|this morning|this afternoon|last week|as soon as possible|soon)\b"
    r"|\bby (?:as soon as possible|soon|yesterday)\b",
    re.IGNORECASE,
)
GREETING_LINE = re.compile(r"^(?:Dear|Hi|Hello|Hey) ([^,\n]+),", re.MULTILINE)
LINK_LINE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|\S+@|\S+\.[a-z]{2,}/)")
CAPITALIZED_LINK = re.compile(r"^(?:Https?://|Www\.)", re.MULTILINE)
LOWER_CASE_I = re.compile(r"(?<![\w'\u2019.-])i(?=['\u2019](?:m|ve|d|ll)\b| |,)")
LEFTOVER_SYNTAX = re.compile(r"\{[a-z_]+\}|\[\[|\]\]|\|\|")
SENTENCE_END = ".!?\n\u2026"


def texts(note: dict[str, Any]) -> list[str]:
    """The body and every subject line of a note."""
    return [note["body"], *note["subjects"]]


def leftover_markers(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """A [marker] for a field that was filled, or template syntax left in the note."""
    found = [marker(name) for name, value in values.items() if tidy(value) and marker(name) in "".join(texts(note))]
    return found + [m.group(0) for text in texts(note) for m in LEFTOVER_SYNTAX.finditer(text)]


def doubled_words(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "the the", "role role", "intern internship"."""
    return [
        m.group(0)
        for text in texts(note)
        for pattern in (DOUBLED_WORD, DOUBLED_ROLE_WORD)
        for m in pattern.finditer(text)
    ]


def wrong_address(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "Dear Dr. Wei Chen" (a title with a full name) or "Hi Ms. Raman" (a first-name greeting with a title)."""
    found = [m.group(0) for text in texts(note) for m in TITLE_WITH_FULL_NAME.finditer(text)]
    return found + [m.group(0) for m in FIRST_NAME_GREETING_WITH_TITLE.finditer(note["body"])]


def lower_case_names(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """A company or a person's name typed all in lower case and left so."""
    found = []
    for name in ("company", "sender_name", "recipient_name"):
        value = tidy(values.get(name, ""))
        if value and value == value.lower() and value != value.upper():
            found += [value for text in texts(note) if re.search(r"(?<![\w.])" + re.escape(value) + r"(?!\w)", text)]
    return found


def stray_capitals(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """A common word keeping its capital where a typed value lands mid-sentence ("I believe Six years")."""
    found = []
    for name, value in values.items():
        words = tidy(value).split(" ")
        if FIELDS_BY_NAME[name].shape not in ("sentence", "phrase") or words[0].lower() not in COMMON_WORDS:
            continue
        capitalized = words[0][:1].upper() + words[0][1:].lower()
        pattern = re.compile(r"(?<=[a-z,;:] )" + re.escape(capitalized) + r"(?![\w'\u2019])")
        found += [m.group(0) for text in texts(note) for m in pattern.finditer(text)]
    return found


def full_name_greetings(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "Dear Sarah Kim" outside the formal tone: a bare full name is greeted by first name."""
    typed = as_name(values.get("recipient_name", ""))
    title, given, surname = name_parts(typed)
    if tone == "formal" or title is not None or not given or any(w.lower() in GROUP_WORDS for w in given + surname):
        return []
    return [m.group(0) for m in GREETING_LINE.finditer(note["body"]) if m.group(1) == typed]


def line_starts(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """A line or subject starting in lower case (a link or address aside), or a link given a capital."""
    lines = [line for text in texts(note) for line in text.split("\n")]
    found = [line for line in lines if line[:1].islower() and not LINK_LINE.match(line)]
    return found + [m.group(0) for text in texts(note) for m in CAPITALIZED_LINK.finditer(text)]


def lower_case_i(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "i" typed as the pronoun and left so ("the subquery i tried", "i'm")."""
    return [text[max(0, m.start() - 20) : m.end() + 20] for text in texts(note) for m in LOWER_CASE_I.finditer(text)]


def exclamation_in_formal(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "!" in a note in the formal tone."""
    return [text for text in texts(note) if tone == "formal" and "!" in text]


JOIN_MARKS = ";:-\u2014"  # marks that join a typed sentence to the words before it ("{highlight}; {strength}")


def sentences_mid_sentence(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """A typed sentence pasted inside the template's sentence instead of standing as its own; one that starts
    with "I" may carry on after "since" or "because" as the reason ("That stood out to me, since I ran ...")."""
    found = []
    for name in SENTENCE_FIELDS:
        value = tidy(values.get(name, ""))
        if not is_sentence(value):
            continue
        core = value.rstrip(".!?")[1:]
        for text in texts(note):
            spot = text.find(core)
            while spot > 0:
                before = text[: spot - 1].rstrip(" ")
                as_reason = text[spot - 1] == "I" and bool(REASON_BEFORE.search(text[: spot - 1]))
                if before and before[-1] not in SENTENCE_END and before[-1] not in JOIN_MARKS and not as_reason:
                    found.append(text[max(0, spot - 30) : spot + 30])
                spot = text.find(core, spot + 1)
    return found


def doubled_prepositions(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "on yesterday", "on on", "by within"."""
    return [m.group(0) for text in texts(note) for m in DOUBLED_PREPOSITION.finditer(text)]


def stale_days(note: dict[str, Any], values: dict[str, str], tone: str, late: bool) -> list[str]:
    """ "yesterday" or "this morning" in a note read days after the interview."""
    typed = " ".join(v for n, v in values.items() if FIELDS_BY_NAME[n].shape == "sentence").lower()
    words = ("yesterday", "this morning", "this afternoon")
    return [w for w in words for text in texts(note) if late and w in text.lower() and w not in typed]


DEFECTS: dict[str, Callable[[dict[str, Any], dict[str, str], str, bool], list[str]]] = {
    "leftover marker": leftover_markers,
    "doubled word": doubled_words,
    "form of address": wrong_address,
    "full-name greeting": full_name_greetings,
    "line start": line_starts,
    "lower-case i": lower_case_i,
    "lower-case name": lower_case_names,
    "capital mid-sentence": stray_capitals,
    "exclamation in formal": exclamation_in_formal,
    "sentence mid-sentence": sentences_mid_sentence,
    "doubled preposition": doubled_prepositions,
    "stale day": stale_days,
}


def craft_params() -> Iterator[Any]:
    """Every template and kind of defect, the known flaws of today's prose marked as expected failures."""
    for template_id in TEMPLATES:
        for kind in DEFECTS:
            reason = PROSE_DEFECTS.get((template_id, kind))
            marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
            yield pytest.param(template_id, kind, marks=marks, id=f"{template_id}-{kind.replace(' ', '-')}")


@pytest.mark.parametrize(("template_id", "kind"), list(craft_params()))
@pytest.mark.parametrize("language", ["python", "javascript"])
def test_no_craft_defects(
    template_id: str,
    kind: str,
    language: str,
    python_notes: list[dict[str, Any]],
    javascript_notes: list[dict[str, Any]],
) -> None:
    """Every persona and tone, read on the day and nine days later, gives a note without this flaw."""
    notes = python_notes if language == "python" else javascript_notes
    found = []
    for (persona, case), note in zip(ALL_CASES, notes, strict=True):
        if case[0] != template_id:
            continue
        late = case[4] is not None
        for flaw in DEFECTS[kind](note, case[1], case[5], late):
            found.append(f"{persona['id']} tone={case[5] or '-'} read={case[4] or 'same day'}: {flaw!r}")
    assert not found, f"{len(found)} notes:\n" + "\n".join(found[:10])


def test_python_and_javascript_give_the_same_notes(
    python_notes: list[dict[str, Any]], javascript_notes: list[dict[str, Any]]
) -> None:
    """render.py and render.js agree on every template, persona, recipient, tone and reading day."""
    assert len(python_notes) == len(javascript_notes) == len(ALL_CASES) > 1000
    for (_, case), expected, got in zip(ALL_CASES, python_notes, javascript_notes, strict=True):
        assert got == expected, f"case {case!r}:\npython {expected!r}\nnode {got!r}"


PYTHON_CALLS: dict[str, Callable[..., Any]] = {
    "fill_text": render.fill_text,
    "address_hint": render.address_hint,
    "link_hint": render.link_hint,
    "strength_hint": render.strength_hint,
    "reading_day": render.reading_day,
    "perspective_issues": lambda value, company: [
        dataclasses.asdict(i) for i in render.perspective_issues(value, company)
    ],
    "address": lambda *args: list(address(*args)),
    "answer_shape": render.answer_shape,
    "as_company": render.as_company,
    "as_day": render.as_day,
    "as_name": render.as_name,
    "as_phrase": render.as_phrase,
    "as_role": render.as_role,
    "as_sentences": render.as_sentences,
    "is_sentence": render.is_sentence,
}


@pytest.mark.parametrize("case", ENGINE_CASES, ids=lambda c: f"{c['call']}{json.dumps(c['args'], ensure_ascii=False)}")
def test_each_shaping_rule_in_python(case: dict[str, Any]) -> None:
    """The shaping rules with messy input (tests/js/engine.test.mjs checks the same cases in JavaScript)."""
    assert PYTHON_CALLS[case["call"]](*case["args"]) == case["expected"]


def test_the_engine_cases_agree_in_javascript() -> None:
    """The same cases give the same results in render.js (run here too, so pytest alone covers both)."""
    results = run_node([[case["call"], *case["args"]] for case in ENGINE_CASES])
    for case, got in zip(ENGINE_CASES, results, strict=True):
        assert got == case["expected"], case


def test_a_four_frame_choice_is_well_formed_with_two_sentence_fields() -> None:
    """AV016 accepts [[pp || ps || sp || ss]] around two sentence-shaped fields and names what is wrong otherwise."""
    four = (
        "[[I enjoyed {highlight}; {strength} fits. || A {highlight}. {strength} || {highlight} B {strength}."
        " || {highlight}; {strength}]]"
    )
    assert segment_problems(four) == []
    one_field = "[[A {highlight}. || B {highlight}. || {highlight} C. || {highlight} D.]]"
    assert [problem.detail for problem in segment_problems(one_field)] == [
        "a four-frame choice [[pp || ps || sp || ss]] chooses by two sentence-shaped fields "
        f"({SENTENCE_FIELD_NAMES}); its first frame has {{highlight}}"
    ]
    three = "[[A {highlight} {strength}. || {highlight} {strength} || {highlight} B {strength}.]]"
    assert "has 3 frames" in segment_problems(three)[0].detail
    six = four[:-2] + " || I enjoyed {highlight}. {strength} || {highlight} {strength}]]"
    assert segment_problems(six) == []
    five = four[:-2] + " || I enjoyed {highlight}. {strength}]]"
    assert "has 5 frames" in segment_problems(five)[0].detail


def test_a_choice_that_opens_with_a_comma_carries_the_sentence_on() -> None:
    """AV016 accepts [[, phrase frame || , since {field}]] and names the fix for a sentence frame that cannot carry
    on; the required fields a note still shows leave out a field such a choice drops."""
    assert segment_problems("I have kept thinking about it[[, given {strength} || , because {strength}]].") == []
    for broken in ("[[, given {strength} || {strength}]]", "[[, given {strength} || , {strength} helps]]"):
        detail = segment_problems(f"It stayed with me{broken}.")[0].detail
        assert "open both frames with a comma" in detail and "`since {strength}`" in detail
    parts = {"highlight": "I keep thinking about {highlight}[[, given {strength} || , since {strength}]]."}
    assert render.unfilled_fields(parts, (), (), {}) == ["highlight"]


def test_every_engine_pattern_reads_the_same_in_javascript() -> None:
    """Patterns that ignore case stay within ASCII letters, so that Python and JavaScript fold them alike."""
    for name, pattern in render.engine_data()["patterns"].items():
        if "i" in pattern["flags"]:
            assert "\\uffff" not in pattern["source"], name


FLAWED_NOTES: dict[str, tuple[str, dict[str, str], str, bool]] = {
    "leftover marker": ("Dear [Their name],", {"recipient_name": "Priya"}, "", False),
    "doubled word": ("Thank you for the intern internship at Initech.", {}, "", False),
    "form of address": ("Dear Dr. Wei Chen,\n\nThank you.", {}, "", False),
    "full-name greeting": ("Dear Sarah Kim,\n\nThank you.", {"recipient_name": "sarah kim"}, "warm", False),
    "line start": ("Dear Ms. Chen,\n\nthank you.\nHttps://www.linkedin.com/in/chen", {}, "", False),
    "lower-case i": ("Thank you. The subquery i tried, and i'm sure.", {}, "", False),
    "lower-case name": ("Thank you for hosting me at acme corp.", {"company": "acme corp"}, "", False),
    "capital mid-sentence": (
        "I believe Six years in the ICU would help.",
        {"strength": "Six years in the ICU"},
        "",
        False,
    ),
    "exclamation in formal": ("Thank you for your time!", {}, "formal", False),
    "sentence mid-sentence": (
        "I enjoyed hearing about you mentioned the unit is piloting handoffs at length.",
        {"highlight": "You mentioned the unit is piloting handoffs."},
        "",
        False,
    ),
    "doubled preposition": ("Thank you for meeting with me on yesterday.", {}, "", False),
    "stale day": ("Thank you for meeting with me yesterday.", {}, "", True),
}


@pytest.mark.parametrize("kind", DEFECTS)
def test_each_craft_check_catches_its_flaw(kind: str) -> None:
    """Every check finds the flaw it is for, so that a clean result means something."""
    body, values, tone, late = FLAWED_NOTES[kind]
    assert DEFECTS[kind]({"body": body, "subjects": []}, values, tone, late)
    fixed = {"body": "Dear Ms. Chen,\n\nThank you for meeting with me on Tuesday.", "subjects": []}
    assert not DEFECTS[kind](fixed, values, tone, late)


MESSY = yaml.safe_load((ROOT / "tests/data/messy_senders.yaml").read_text(encoding="utf-8"))
MESSY_VALUES: list[dict[str, str]] = [
    {**MESSY["defaults"], **{k: str(v) for k, v in sender.items() if k != "sentences"}}
    for sender in MESSY["developed"] + MESSY["held_out"]
]
DAYS_OF_WRITING = ("2026-03-05T15:00", "2026-03-05T08:30", "2026-01-02", None, "not a day", "2026-02-30", "0001-01-01")
DAYS_OF_READING = (None, "2026-03-06", "2026-03-16T08:00", "2027-01-04", "soon")


def test_messy_senders_render_the_same_in_node() -> None:
    """Every template and messy sender, written and read on assorted days (some unreadable): identical notes."""
    calls = []
    python = []
    for index, values in enumerate(MESSY_VALUES):
        for position, template in enumerate(TEMPLATES.values()):
            today = DAYS_OF_WRITING[(index + position) % len(DAYS_OF_WRITING)]
            read_on = DAYS_OF_READING[(index * 3 + position) % len(DAYS_OF_READING)]
            calls.append(["render", template.id, values, 0, today, read_on])
            note = template.render(values, 0, today, read_on)
            python.append({"subjects": list(note.subjects), "body": note.body})
    for call, expected, got in zip(calls, python, run_node(calls), strict=True):
        assert got == expected, f"{call!r}:\npython {expected!r}\nnode {got!r}"


DAY_INPUTS = (
    *("yesterday", "3/6", "3/6/2026", "12/31/25", "Fri", "friday", "Thurs.", "last tuesday", "past monday"),
    *("Tuesday the 3rd", "the 3rd", "the 31st", "2 days ago", "a week ago", "999 weeks ago", "today", "this morning"),
    *("this afternoon", "last week", "next week", "end of month", "the end of next month", "end of the week"),
    *("two weeks", "within a couple of weeks", "in 3 days", "ASAP", "april 6", "6 April 2027", "March 3rd"),
    *("hoping to decide friday", "they said they'd decide by Monday", "by last Friday", "Friday, March 20"),
    *("next Friday", "soon", "summer", "next fall", "after graduation", "early May", "mid-March", "Ｔｈｕｒｓｄａｙ"),
    *("ſunday", "2026-02-30", "2026-13-45", "on on friday", "", "  ", "the other day", "١٢/٣"),
)


def test_days_read_the_same_in_node() -> None:
    """Every kind of typed day, for each kind of day field, written and read on assorted days."""
    calls: list[list[Any]] = [
        ["as_day", text, today, read_on, shape]
        for text in DAY_INPUTS
        for shape in ("date", "deadline", "start")
        for today, read_on in (("2026-03-04T19:30", None), ("2026-03-16", "2026-03-30"), (None, None))
    ]
    python = [PYTHON_CALLS[call[0]](*call[1:]) for call in calls]
    for call, expected, got in zip(calls, python, run_node(calls), strict=True):
        assert got == expected, call


DAY_TOKENS = (
    *("last", "next", "this", "past", "the", "3rd", "31st", "friday", "Fri.", "Thurs", "march", "Sept", "3/6"),
    *("12/31/25", "2", "a", "couple", "of", "days", "weeks", "ago", "end", "month", "week", "by", "on", "in"),
    *("within", "hoping", "to", "decide", "soon", "ASAP", "morning", "afternoon", "yesterday", "today", "12"),
    *("2027", ",", ".", "summer", "İ", "ſ", "2026-03-03", "2026-02-30", "early", "mid-May", "they", "said"),
)


def test_random_typed_days_read_the_same_in_node() -> None:
    """Days made of random pieces of what people type read alike in both languages."""
    chance = random.Random(16)
    texts = [" ".join(chance.choices(DAY_TOKENS, k=chance.randint(1, 5))) for _ in range(400)]
    calls: list[list[Any]] = [
        ["as_day", text, today, read_on, shape]
        for index, text in enumerate(texts)
        for shape, (today, read_on) in [
            (("date", "deadline", "start")[index % 3], ("2026-03-04T10:00", None)),
            (("deadline", "start", "date")[index % 3], ("2026-12-30", "2027-01-11")),
        ]
    ]
    python = [PYTHON_CALLS[call[0]](*call[1:]) for call in calls]
    for call, expected, got in zip(calls, python, run_node(calls), strict=True):
        assert got == expected, call


def test_cli_render_prints_the_composers_first_draft_read_later() -> None:
    """`afterview render --today ... --read-on ...` prints what render.js gives for the same values and days."""
    template = TEMPLATES["follow-up-no-reply-first"]
    persona = next(p for p in PERSONAS if p["id"] == "waiting-applicant")
    values = {name: value for name, value in persona_values(persona).items() if name in template.fields}
    args = [arg for name, value in values.items() for arg in ("--set", f"{name}={value}")]
    command = ["render", template.id, *args, "--today", persona["today"], "--read-on", "2026-03-30"]
    result = subprocess.run(
        [sys.executable, "-m", "afterview", *command], capture_output=True, text=True, cwd=ROOT, check=True
    )
    node = run_node([["render", template.id, values, 0, persona["today"], "2026-03-30"]])[0]
    assert result.stdout == f"Subject: {node['subjects'][0]}\n\n{node['body']}\n"
    assert "on Tuesday, March 3" in result.stdout and "yesterday" not in result.stdout


def test_cli_refuses_an_unreadable_reading_day() -> None:
    """--read-on that is not a day: a one-line usage error, exit 2."""
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "render", "thank-you-brief", "--read-on", "next week"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert "--read-on" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_render_js_types_no_pattern_of_its_own() -> None:
    """render.js reads every pattern from the exported engine data; its only literals mirror Python's str methods."""
    source = (ROOT / "docs/assets/javascripts/afterview/render.js").read_text(encoding="utf-8")
    literals = re.findall(r"(?:^|[=(,:!&|?] *)(/[^/*\n][^\n]*?/[gimsuy]*)(?=[;,.)])", source, re.MULTILINE)
    assert literals == ["/^(?:\\p{L}|[ '\\u2019.-])*(?![\\s\\S])/u"], literals


def test_the_export_holds_what_render_js_reads() -> None:
    """Every exported pattern and table is read by render.js, and render.js reads nothing else from the engine."""
    source = (ROOT / "docs/assets/javascripts/afterview/render.js").read_text(encoding="utf-8")
    data = render.engine_data()
    assert set(re.findall(r'\bP\("([A-Z_]+)"', source)) == set(data["patterns"])
    assert set(re.findall(r'\bC\("([A-Z_]+)"', source)) == set(data["constants"])


def test_this_time_stays_only_in_a_note_about_meeting_again() -> None:
    """A moment typed as "this time we ..." keeps "this time" in a second-interview note, and loses it elsewhere."""
    values = {
        "recipient_name": "Jon",
        "role": "Product Designer",
        "company": "Tailwind Travel",
        "interview_date": "yesterday",
        "highlight": "this time we went through the checkout redesign screen by screen",
        "strength": "I redesigned a booking checkout that cut drop-off by 18%.",
        "sender_name": "Mei Lin",
    }
    templates = {template.id: template for template in load([TEMPLATES_DIR]).templates}
    again = templates["thank-you-second-interview"].render(values, 0, "2026-03-05").body
    first = templates["thank-you-warm"].render(values, 0, "2026-03-05").body
    assert "This time we went through the checkout redesign" in again
    assert "this time" not in first.lower() and "We went through the checkout redesign" in first
