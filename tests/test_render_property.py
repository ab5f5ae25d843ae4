"""Property-based tests of rendering: any values, no crash, no placeholder left, no doubled punctuation."""

from __future__ import annotations

import re
from html import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview._internal.engine.catalog import Example, Template, load_examples
from afterview._internal.engine.fields import FIELDS, OPTIONAL_FIELDS
from afterview._internal.engine.lint import lint
from afterview._internal.engine.readability import PATTERNS
from afterview._internal.engine.render import PLACEHOLDER, fill, marker, render_text
from afterview._internal.site.markup import example_note
from tests.conftest import ROOT

TEMPLATES = lint([ROOT / "templates"]).templates
TRICKY = st.sampled_from(
    [
        '"quoted"',
        "{recipient_name}",
        "{",
        "}",
        "<script>alert(1)</script>",
        "Zoë Ærø",
        "José — 東京",
        "a & b",
        "\\n",
        "$1",
        "\\1",
        "{{ x }}",
        "&amp;",
        "🙂",
        "[[",
        "]] || [[",
    ]
)
VALUE = st.one_of(st.text(max_size=40), TRICKY)
VALUES = st.fixed_dictionaries({field.name: VALUE for field in FIELDS})

# Values shaped the way people type: words in any case, stray spaces, trailing marks, one or two sentences.
WORD = st.sampled_from(
    [
        *("the", "plan", "you", "explained", "I", "ran", "Zoë", "onboarding", "on", "Thursday", "Ltd.", "dr.", "role"),
        *("a", "when", "led", "running", "Ms.", "intern", "internship", "friday", "3/6", "2", "days", "ago", "by"),
        *("she", "their"),
    ]
)
SPACES = st.sampled_from([" ", "  ", " \u00a0", "\t"])
ENDING = st.sampled_from(["", ".", "!", "?", "!!", "..", ". ", " .", ",", "?!"])


@st.composite
def typed_answer(draw: st.DrawFn) -> str:
    """One answer as a person might type it: a phrase or sentences, messy spacing and punctuation."""
    sentences = []
    for _ in range(draw(st.integers(min_value=1, max_value=2))):
        words = draw(st.lists(WORD, min_size=1, max_size=7))
        spaces = draw(st.lists(SPACES, min_size=len(words), max_size=len(words)))
        sentences.append("".join(w + s for w, s in zip(words, spaces, strict=True)).strip() + draw(ENDING))
    return draw(st.sampled_from(["", " ", "  "])) + " ".join(sentences) + draw(st.sampled_from(["", " ", "\n"]))


TYPED = st.fixed_dictionaries({field.name: typed_answer() for field in FIELDS})
DOUBLED_MARKS = re.compile(r"(?<!\.)\.\.(?!\.)|[!?][!?]|,,|[,;:][ ]*[.!?]")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(TEMPLATES), values=VALUES, recipient=st.integers(min_value=0, max_value=5))
def test_any_values_render_without_crash_or_leftover_placeholders(
    template: Template, values: dict[str, str], recipient: int
) -> None:
    """Any text at all: no template {field} or [[ ]] syntax is left, and a required empty field shows its [Label]."""
    index = recipient % len(template.recipients)
    sentinel = {name: f"\x00{name}\x00" for name in values}
    skeleton = template.render(sentinel, index, "2026-03-05")
    assert not PLACEHOLDER.search(skeleton.body)
    assert "[[" not in skeleton.body and "||" not in skeleton.body
    note = template.render(values, index, "2026-03-05")
    shown = note.body + "\n".join(note.subjects)
    for name in template.unfilled(values, index):
        assert name not in OPTIONAL_FIELDS
        assert marker(name) in shown
    typed = "".join(values.values())
    for syntax in ("{", "}", "[[", "]]", "||"):
        if syntax not in typed:
            assert syntax not in shown, (syntax, shown)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    template=st.sampled_from(TEMPLATES),
    values=TYPED,
    recipient=st.integers(min_value=0, max_value=5),
    read_on=st.sampled_from([None, "2026-03-05", "2026-03-16T08:00", "2027-02-01", "not a day"]),
    tone=st.sampled_from(["", "formal", "warm", "brief"]),
)
def test_typed_answers_leave_no_placeholder_and_no_doubled_punctuation(
    template: Template, values: dict[str, str], recipient: int, read_on: str | None, tone: str
) -> None:
    """Filled fields never show a [Label]; blank optional ones vanish; no doubled mark or stray space appears,
    whatever the day of reading and the tone."""
    index = recipient % len(template.recipients)
    t = template
    note = render_text(t.parts, t.subjects, t.variants, values, index, "2026-03-05T10:00", read_on, tone)
    for text in (note.body, *note.subjects):
        for name, value in values.items():
            if value.strip() or name in OPTIONAL_FIELDS:
                assert marker(name) not in text, (name, text)
        assert not DOUBLED_MARKS.search(text), text
        assert not PATTERNS["stray-spaces"].search(text), text
        assert not PATTERNS["dangling-separator"].search(text), text


@given(text=st.text(max_size=60), values=VALUES, field=st.sampled_from([field.name for field in FIELDS]))
def test_fill_is_a_single_pass(text: str, values: dict[str, str], field: str) -> None:
    """Each {field} is filled once: braces that arrive inside a value are written as typed, and only a second
    fill would fill them; text without braces is never changed, so filling it twice changes nothing."""
    prose = text.replace("{", "(").replace("}", ")")
    assert fill(prose, values) == prose
    value = values["recipient_name"].strip()
    expected = value if value else marker("recipient_name")
    once = fill(prose + "{recipient_name}" + prose, values)
    assert once == prose + expected + prose
    if "{" not in value:
        assert fill(once, values) == once
    nested = {**values, "company": f"{{{field}}}{prose}"}
    once = fill("{company}", nested)
    assert once == f"{{{field}}}{prose}".strip()
    assert fill(once, nested) == fill(f"{{{field}}}", nested) + prose.rstrip()


PROBE = "<av-probe>"


@settings(max_examples=60)
@given(template=st.sampled_from(TEMPLATES), values=VALUES)
def test_example_markup_escapes_every_value(template: Template, values: dict[str, str]) -> None:
    """Every value ends in a tag: each one the note shows reaches the page as text, never as markup."""
    example = load_examples()[0]
    poisoned_values = {name: value + PROBE for name, value in values.items()}
    poisoned = Example(example.id, example.label, {**example.values, **poisoned_values}, (poisoned_values,))
    html = example_note(template, poisoned)
    assert "<av-probe" not in html and "<script" not in html
    shown = poisoned.values_for(0, template.situation)
    note = template.render(shown, 0)
    label = f"{shown['sender_name']} {shown['recipient_name']} {note.subject or ''} {note.body}"
    assert html.count(escape(PROBE)) == label.count(PROBE) > 0
