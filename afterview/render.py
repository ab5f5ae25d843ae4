"""Fill a template's placeholders: the one rendering algorithm (mirrored in render.js)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .fields import FIELDS_BY_NAME

PART_ORDER: tuple[str, ...] = ("greeting", "gratitude", "highlight", "update", "interest", "closing", "signature")
VARIANT_PARTS: tuple[str, ...] = ("gratitude", "highlight", "interest", "closing")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
PARAGRAPH_BREAK = "\n\n"


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
) -> Note:
    """Render subjects and body of a template's raw parts with the given values."""
    body = PARAGRAPH_BREAK.join(fill(text.strip(), values) for _, text in note_parts(parts, variants, recipient))
    return Note(tuple(fill(subject, values) for subject in subjects), body)
