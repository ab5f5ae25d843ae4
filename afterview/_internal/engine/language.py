"""Static checks of the template language's [[...]] segments (lint rule AV016); render.py gives them meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fields import OPTIONAL_FIELDS, SENTENCE_FIELDS
from .render import CHOICE, CONTINUATION_CHOICE, REASON_LEAD, SEGMENT, placeholders

STANDS_AFTER = re.compile(r"(?:^|[.!?][ ]+)$")
STANDS_BEFORE = re.compile(r"^\.?(?:$|[ ]+[A-Z\[])")
SENTENCE_FIELD_NAMES = ", ".join(f"{{{name}}}" for name in sorted(SENTENCE_FIELDS))
# "[[, given {strength} || , since {strength}]]": typed sentences carry on as the reason, after "since" or "because".
REASON_SLOT = re.compile(REASON_LEAD + r" \{[a-z_]+\}[.!?]?$")


@dataclass(frozen=True)
class SegmentProblem:
    """What is wrong and the text to point the contributor at."""

    anchor: str
    detail: str


def stands_alone(text: str, name: str) -> bool:
    """Whether every {name} in the text is a sentence of its own: after a sentence end, before the next one."""
    slot = "{" + name + "}"
    spots = [match.start() for match in re.finditer(re.escape(slot), text)]
    return bool(spots) and all(
        STANDS_AFTER.search(text[:spot]) and STANDS_BEFORE.match(text[spot + len(slot) :]) for spot in spots
    )


def choice_problems(inner: str) -> list[str]:
    """What is wrong with a [[phrase frame || sentence frame]], [[pp || ps || sp || ss]] or six-frame choice."""
    frames = inner.split(CHOICE)
    if len(frames) not in (2, 4, 6):
        return [
            f"has {len(frames)} frames: give two ([[phrase frame || sentence frame]]), four, one for each shape "
            "of its first two sentence-shaped fields ([[pp || ps || sp || ss]], p = phrase, s = sentence), or six, "
            "adding frames for a second field that gives its own reason ([[pp || ps || sp || ss || pt || st]])"
        ]
    if len(frames) in (4, 6):
        pair = [name for name in dict.fromkeys(placeholders(frames[0])) if name in SENTENCE_FIELDS]
        if len(pair) < 2:
            listed = ", ".join(f"{{{name}}}" for name in pair) or "none"
            return [
                "a four-frame choice [[pp || ps || sp || ss]] chooses by two sentence-shaped fields "
                f"({SENTENCE_FIELD_NAMES}); its first frame has {listed}"
            ]
        return []
    phrase, sentence = frames[0].strip(), frames[1].strip()
    names = [name for name in dict.fromkeys(placeholders(phrase)) if name in SENTENCE_FIELDS]
    if len(names) != 1:
        found = "none" if not names else ", ".join(f"{{{name}}}" for name in names)
        return [f"a choice needs exactly one sentence-shaped field ({SENTENCE_FIELD_NAMES}); it has {found}"]
    if CONTINUATION_CHOICE.match(phrase):
        if not CONTINUATION_CHOICE.match(sentence) or not REASON_SLOT.search(sentence):
            return [
                "a choice that opens with a comma carries on the sentence before it: open both frames with a "
                f"comma, and end the sentence frame with `since {{{names[0]}}}` or `because {{{names[0]}}}`"
            ]
        return []
    if not stands_alone(sentence, names[0]):
        return [
            f"in the sentence frame after ||, {{{names[0]}}} should stand as its own sentence: "
            "put it first or after a full stop, and start a new sentence after it"
        ]
    return []


def segment_problems(text: str) -> list[SegmentProblem]:
    """Every malformed segment, optional field outside a segment and sentence-shaped field stuck in a phrase."""
    problems: list[SegmentProblem] = []
    outside = SEGMENT.sub(" ", text)
    for bracket in ("[[", "]]"):
        spot = outside.find(bracket)
        if spot >= 0:
            anchor = (
                outside[spot : spot + 24].split("\n")[0] if bracket == "[[" else outside[max(spot - 22, 0) : spot + 2]
            )
            detail = (
                f"`{bracket}` has no partner (segments open with [[, close with ]] on the same line, and do not nest)"
            )
            return [SegmentProblem(anchor.split("\n")[-1], detail)]
    for match in SEGMENT.finditer(text):
        inner = match.group(1)
        if "\n" in inner:
            problems.append(SegmentProblem(match.group(0), "a [[...]] segment should sit on one line"))
        elif CHOICE in inner:
            problems.extend(SegmentProblem(match.group(0), detail) for detail in choice_problems(inner))
        elif not placeholders(inner):
            problems.append(SegmentProblem(match.group(0), "a [[...]] segment should hold at least one {field}"))
    for name in dict.fromkeys(placeholders(outside)):
        if name in OPTIONAL_FIELDS:
            problems.append(
                SegmentProblem(
                    "{" + name + "}",
                    f"{{{name}}} may be left blank: put it in [[...]] with the words and separator that go with it",
                )
            )
        elif name in SENTENCE_FIELDS and not stands_alone(outside, name):
            problems.append(
                SegmentProblem(
                    "{" + name + "}",
                    f"{{{name}}} may be typed as a full sentence: use [[phrase frame || sentence frame]] "
                    "or let it stand as its own sentence",
                )
            )
    return problems
