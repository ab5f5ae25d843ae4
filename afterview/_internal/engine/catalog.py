"""The template catalog and the shared example data, loaded from YAML."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .fields import FIELDS_BY_NAME
from .paths import TEMPLATES_DIR
from .render import Note, field_frame, render_text, unfilled_fields
from .yamlsource import YamlError, YamlSource, parse_yaml

SCHEMA_PATH = TEMPLATES_DIR / "template.schema.json"
EXAMPLES_PATH = TEMPLATES_DIR / "data" / "examples.yaml"


@dataclass(frozen=True)
class Template:
    """One note template, as validated data."""

    id: str
    title: str
    summary: str
    situation: str
    kind: str
    stage: str
    channel: str
    send_when: str
    points: tuple[int, ...]
    fields: tuple[str, ...]
    parts: Mapping[str, str]
    why: str
    subjects: tuple[str, ...] = ()
    variants: tuple[dict[str, str], ...] = ()
    tone: str = ""
    path: Path | None = None
    source: YamlSource | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], path: Path | None = None, source: YamlSource | None = None) -> Template:
        """Build a template from schema-valid data."""
        return cls(
            id=data["id"],
            title=data["title"],
            summary=data["summary"],
            situation=data["situation"],
            kind=data["kind"],
            stage=data["stage"],
            channel=data["channel"],
            send_when=data["send_when"],
            points=tuple(data["points"]),
            fields=tuple(data["fields"]),
            parts=dict(data["parts"]),
            why=data["why"],
            subjects=tuple(data.get("subjects", ())),
            variants=tuple(dict(v) for v in data.get("variants", ())),
            tone=data.get("tone", ""),
            path=path,
            source=source,
        )

    @property
    def recipients(self) -> range:
        """Indexes of the notes the template produces: the main note, then one per variant (panels)."""
        return range(1 + len(self.variants))

    def render(
        self, values: Mapping[str, str], recipient: int = 0, today: str | None = None, read_on: str | None = None
    ) -> Note:
        """The note in this template's tone, for the n-th recipient, written on `today` and read on `read_on`."""
        return render_text(self.parts, self.subjects, self.variants, values, recipient, today, read_on, self.tone)

    def unfilled(self, values: Mapping[str, str], recipient: int = 0) -> list[str]:
        """The required fields the n-th recipient's note still shows as [markers]."""
        return unfilled_fields(self.parts, self.subjects, self.variants, values, recipient)

    def field_frame(self, name: str) -> str | None:
        """The sentence around a field with ___ for it, e.g. "Our discussion of ___ has stayed with me..."."""
        return field_frame(self.parts, self.subjects, name)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the browser export."""
        return {
            "id": self.id,
            "title": self.title,
            "summary": self.summary,
            "situation": self.situation,
            "kind": self.kind,
            "stage": self.stage,
            "channel": self.channel,
            "send_when": self.send_when,
            "points": list(self.points),
            "fields": list(self.fields),
            "subjects": list(self.subjects),
            "parts": dict(self.parts),
            "variants": [dict(v) for v in self.variants],
            "why": self.why,
            "tone": self.tone,
        }


@cache
def schema_choices(key: str) -> tuple[str, ...]:
    """The allowed values of one of the schema's enumerated keys (situation, kind, channel, tone), in its order."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return tuple(schema["properties"][key]["enum"])


def journey_key(template: Template) -> tuple[int, int, int, int]:
    """Where a template sits in a job search: kind (thank-yous first), situation, channel, tone."""

    def rank(key: str, value: str) -> int:
        choices = schema_choices(key)
        return choices.index(value) if value in choices else len(choices)

    return (
        rank("kind", template.kind),
        rank("situation", template.situation),
        rank("channel", template.channel),
        rank("tone", template.tone) if template.tone else -1,
    )


def in_journey_order(templates: Iterable[Template]) -> list[Template]:
    """Templates in the order a job seeker needs them (stable for templates that tie)."""
    return sorted(templates, key=journey_key)


@dataclass(frozen=True)
class Example:
    """A fictional sender and the people they met, used to render example notes."""

    id: str
    label: str
    values: Mapping[str, str]
    panel: tuple[Mapping[str, str], ...]
    contacts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def values_for(self, recipient: int = 0, situation: str = "") -> dict[str, str]:
        """All field values for a note to the n-th person of the panel, or to the contact of a situation.

        A note to someone met outside the interview (a recruiter at a career fair, an alum, a reference)
        goes to that person (`contacts:`), not to an interviewer; the highlight comes from the contact
        when it has one, from the panel otherwise.
        """
        return {**self.values, **self.panel[recipient % len(self.panel)], **self.contacts.get(situation, {})}


class ExampleDataError(ValueError):
    """The shared example data is unreadable or incomplete: `path:line: what is wrong`."""


PERSON_FIELDS = ("recipient_name", "recipient_title", "highlight")
CONTACT_FIELDS = ("recipient_name", "recipient_title")


def load_examples(path: Path = EXAMPLES_PATH) -> tuple[Example, ...]:
    """The shared example data set, checked so that every field of every template can be filled."""
    try:
        source = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YamlError) as error:
        line = getattr(error, "line", 1)
        raise ExampleDataError(f"{path}:{line}: cannot read the example data ({error})") from None
    items = source.data.get("examples") if isinstance(source.data, dict) else None
    if not isinstance(items, list) or not items:
        raise ExampleDataError(f"{path}:1: should have a non-empty list under `examples:`")
    return tuple(example_from(item, index, source, path) for index, item in enumerate(items))


def example_from(item: Any, index: int, source: YamlSource, path: Path) -> Example:
    """One example person, or an error naming the line and the missing or wrong key."""

    def fail(where: tuple[str | int, ...], message: str) -> ExampleDataError:
        return ExampleDataError(f"{path}:{source.line(('examples', index, *where))}: {message}")

    if not isinstance(item, dict):
        raise fail((), "each example should be a mapping with id, label, values and panel")
    for key, kind in (("id", str), ("label", str), ("values", dict), ("panel", list)):
        if not isinstance(item.get(key), kind):
            raise fail((key,), f"example {index + 1} should have `{key}:` ({kind.__name__})")
    needed = [name for name in FIELDS_BY_NAME if name not in PERSON_FIELDS]
    missing = [name for name in needed if not str(item["values"].get(name, "")).strip()]
    if missing:
        raise fail(("values",), f"example {item['id']} should give a value for {', '.join(missing)}")
    if not item["panel"]:
        raise fail(("panel",), f"example {item['id']} should have at least one person in `panel:`")
    for number, person in enumerate(item["panel"]):
        absent = [name for name in PERSON_FIELDS if not isinstance(person, dict) or not person.get(name)]
        if absent:
            raise fail(("panel", number), f"panel person {number + 1} should have {', '.join(absent)}")
    contacts = item.get("contacts") or {}
    if not isinstance(contacts, dict):
        raise fail(("contacts",), "`contacts:` should map a situation (reference, recruiter) to a person")
    for situation, person in contacts.items():
        if not isinstance(person, dict) or not all(person.get(name) for name in CONTACT_FIELDS):
            raise fail(("contacts", situation), f"contact {situation} should have {', '.join(CONTACT_FIELDS)}")
    return Example(
        item["id"],
        item["label"],
        {k: str(v) for k, v in item["values"].items()},
        tuple({k: str(v) for k, v in person.items()} for person in item["panel"]),
        {situation: {k: str(v) for k, v in person.items()} for situation, person in contacts.items()},
    )


def template_files(paths: Iterable[Path]) -> list[Path]:
    """Template files named by paths: a directory stands for its *.yaml files (not sub-folders)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files
