"""What people actually type: every template with every messy sender reads as a note they could send.

The corpus (tests/data/messy_senders.yaml) holds fictional senders typing relative days, full sentences
with full stops, lower-case names, abbreviations, stray spaces, blank optional fields, non-ASCII names
and very long answers. The defect detectors (afterview._internal.engine.readability) are held to two things: they find
nothing on the shipped example data, and each catches a note made to trip it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from afterview._internal.engine.catalog import Example, Template
from afterview._internal.engine.checker import check
from afterview._internal.engine.fields import SENTENCE_FIELDS
from afterview._internal.engine.lint import checker_context
from afterview._internal.engine.readability import NATURAL_SENDERS, PATTERNS, note_defects
from afterview._internal.engine.render import is_sentence

CORPUS: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "data" / "messy_senders.yaml").read_text("utf-8"))
TODAY: str = CORPUS["today"]
DEFAULT_SENTENCES = {"update"}


def sender_values(sender: dict[str, Any]) -> dict[str, str]:
    """A sender's field values, the corpus defaults filling what they did not type."""
    return {**CORPUS["defaults"], **{name: str(value) for name, value in sender.items() if name != "sentences"}}


def sentence_labels(sender: dict[str, Any]) -> set[str]:
    """The fields this sender answered with full sentences (labelled by hand)."""
    defaults = {name for name in DEFAULT_SENTENCES if name not in sender}
    return set(sender.get("sentences", [])) | defaults


SENDERS = CORPUS["developed"] + CORPUS["held_out"]


def test_the_corpus_is_large_and_messy() -> None:
    """At least 40 senders, with the kinds of input the issue names."""
    assert len(SENDERS) >= 40
    values = [sender_values(sender) for sender in SENDERS]
    assert sum(v["recipient_name"] == v["recipient_name"].lower() for v in values) >= 10
    assert sum(any(v.get(f, "").rstrip().endswith(".") for f in SENTENCE_FIELDS) for v in values) >= 15
    assert sum(not v["sender_phone"].strip() for v in values) >= 20
    assert sum(any(ord(c) > 127 for c in v["sender_name"]) for v in values) >= 5
    assert any(len(v["strength"]) > 200 for v in values)
    days = {v["interview_date"] for v in values}
    assert {"yesterday", "this morning", "on Thursday", "last week", "12/3"} <= days
    assert sum(len(day) == 10 and day[4] == "-" for day in days) >= 8


@pytest.mark.parametrize("sender", SENDERS, ids=lambda sender: sender["sender_name"].strip())
def test_every_template_reads_right_for_a_messy_sender(sender: dict[str, Any], templates: tuple[Template, ...]) -> None:
    """No placeholder for a filled or optional field, no doubled mark or word, no "on yesterday", no pasted sentence."""
    values = sender_values(sender)
    found = []
    for template in templates:
        for recipient in template.recipients:
            note = template.render(values, recipient, TODAY)
            for text in (note.body, *note.subjects):
                found += [f"{template.id} #{recipient + 1}: {defect}" for defect in note_defects(text, values)]
    assert not found, "\n".join(found[:20])


def test_detectors_find_nothing_in_the_shipped_examples(
    templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> None:
    """The example notes on the site are well-formed: a detector that flags them is wrong."""
    found = []
    for template in templates:
        for example in examples:
            for recipient in template.recipients:
                values = example.values_for(recipient, template.situation)
                note = template.render(values, recipient)
                for text in (note.body, *note.subjects):
                    found += [f"{template.id} {example.id}: {defect}" for defect in note_defects(text, values)]
    assert not found, "\n".join(found[:20])


TRIPS: dict[str, tuple[str, dict[str, str]]] = {
    "placeholder-left": ("Best,\nKim Park\nkim@example.org | [Your phone]", {"sender_phone": ""}),
    "period-inside-sentence": ("Our discussion of the new flow. has stayed with me.", {}),
    "doubled-punctuation": ("Thank you for the interview at Fabrikam Ltd.. I enjoyed it.", {}),
    "doubled-word": ("I am excited about the the UX Researcher role role.", {}),
    "on-relative-day": ("Thank you for meeting with me on this morning.", {}),
    "sentence-inside-phrase": (
        "Our discussion of You explained how the flow is tested has stayed with me.",
        {"highlight": "You explained how the flow is tested."},
    ),
    "lower-case-greeting": ("Dear jordan,\n\nThank you.", {}),
    "dangling-separator": ("Best,\nKim Park\nkim@example.org | ", {}),
    "stray-spaces": ("Thank you for  the interview .", {}),
    "article-pair": ("Thank you for the interview for the a data analyst position.", {}),
    "capital-inside-sentence": ("I enjoyed hearing about The plan to rebuild onboarding.", {}),
}


@pytest.mark.parametrize("kind", sorted(TRIPS))
def test_each_detector_catches_a_note_made_to_trip_it(kind: str) -> None:
    """Each detector reports its own kind on its fixture, and the fixed note reports nothing."""
    text, values = TRIPS[kind]
    assert kind in {defect.kind for defect in note_defects(text, values)}


def test_every_detector_has_a_trip_fixture() -> None:
    """No detector goes untested."""
    assert set(PATTERNS) | {"period-inside-sentence", "sentence-inside-phrase", "placeholder-left"} == set(TRIPS)


def test_the_issue_example_is_fixed(templates: tuple[Template, ...]) -> None:
    """The note from the issue report: this morning, full sentences, lower-case name, a company typed with its
    legal form ("Ltd.", left out of the note), blank phone and link."""
    video = next(t for t in templates if t.id == "thank-you-video-interview")
    values = {
        "recipient_name": "jordan",
        "interview_date": "this morning",
        "role": "UX Researcher",
        "company": "Fabrikam Ltd.",
        "highlight": "You explained how the new onboarding flow is tested.",
        "strength": "I ran 40 usability sessions last year.",
        "sender_name": "Kim Park",
        "sender_email": "kim@example.org",
        "sender_phone": "",
        "sender_linkedin": "",
    }
    body = video.render(values, 0, TODAY).body
    assert body.startswith("Dear Jordan,\n")
    assert "over video this morning to talk about the UX Researcher position at Fabrikam.\n" in body
    assert "You explained how the new onboarding flow is tested; I ran 40 usability sessions last year.\n" in body
    assert body.endswith("Kim Park\nkim@example.org")
    assert not note_defects(body, values)


def shape_accuracy(group: str) -> tuple[int, int, list[str]]:
    """How many labelled answers of a corpus group is_sentence reads right, out of how many; the misses."""
    right, total, misses = 0, 0, []
    for sender in CORPUS[group]:
        values, labels = sender_values(sender), sentence_labels(sender)
        for name in sorted(SENTENCE_FIELDS):
            if name not in sender or not values[name].strip():
                continue
            total += 1
            if is_sentence(values[name]) == (name in labels):
                right += 1
            else:
                misses.append(values[name])
    return right, total, misses


def test_shape_detection_on_the_developed_answers() -> None:
    """Every hand-labelled answer the renderer was built against is read as the shape it is."""
    right, total, misses = shape_accuracy("developed")
    assert total >= 60
    assert right == total, misses


def test_shape_detection_on_held_out_answers() -> None:
    """Answers written apart from the heuristic: at least 90% read right."""
    right, total, misses = shape_accuracy("held_out")
    assert total >= 30
    assert right / total >= 0.9, misses


@pytest.mark.parametrize("sender", [*NATURAL_SENDERS, sender_values(SENDERS[0])], ids=["natural-1", "natural-2", "kim"])
def test_notes_from_natural_senders_keep_all_four_elements(
    sender: dict[str, str], templates: tuple[Template, ...]
) -> None:
    """Sentence-shaped answers keep thanks, a real moment, interest and the signature detectable."""
    missing = []
    for template in templates:
        for recipient in template.recipients:
            note = template.render(sender, recipient, TODAY)
            result = check(note.body, template.channel, checker_context(template, note.subject, sender))
            absent = [name for name, present in result.elements.items() if not present]
            if absent:
                missing.append(f"{template.id} #{recipient + 1}: {absent}")
    assert not missing, "\n".join(missing)
