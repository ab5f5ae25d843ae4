"""Render the graded reading corpus: every persona with each of its templates, into notes.md.

Each note is written on the persona's `today` and read that day, except a handwritten card, read when the
post brings it (render.reading_day), and a follow-up after silence, read on the day the composer's follow-up
reminder rings (timing.follow_up_dates after the typed decision day), as the composer's reminder draft phrases
it. A persona already past the decision day writes its follow-ups that day.

`python -m tests.reading.render` writes tests/reading/notes.md, one section per note headed by its
stable id `persona/template`, holding only the subject and the body a hiring manager would read.

A persona with `takes_advice` retypes a field as it would after the composer's advice beside it (strength_hint,
link_hint); the renderer refuses one for a field where the composer shows no advice.
A persona marked `accepts_rewording: true` takes the composer's one-tap rewording of a moment typed about
the reader in the third person ("she told me ..." becomes "you told me ..."), as the composer's "Use this
wording" button does. Others keep what they typed: for an agency recruiter, "they" is rightly the client.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from afterview._internal.engine.catalog import Template
from afterview._internal.engine.days import DAY_LEAD, parse_moment, read_day
from afterview._internal.engine.loading import load
from afterview._internal.engine.paths import TEMPLATES_DIR
from afterview._internal.engine.render import link_hint, perspective_issues, reading_day, strength_hint, tidy
from afterview._internal.engine.timing import follow_up_dates

HERE = Path(__file__).parent
PERSONAS_PATH = HERE / "personas.yaml"
NOTES_PATH = HERE / "notes.md"
RUBRIC_PATH = HERE / "RUBRIC.md"
GRADES_PATH = HERE / "grades.yaml"
SHA_LENGTH = 12
# The composer's advice beside a field, by field: what a persona's `takes_advice` answers.
FIELD_ADVICE = {"strength": strength_hint, "documents": link_hint}
# The follow-up templates of the composer's plan, by their place in it (timing.follow_up_dates).
FOLLOW_UP_STEPS = {"follow-up-no-reply-first": 0, "follow-up-no-reply-final": 1}
REMINDER_HOUR = "T09:00"


@dataclass(frozen=True)
class CorpusNote:
    """One rendered note of the corpus: its id and the text a reader sees."""

    note_id: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        """The subject line (for an email) and the body, as graded."""
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body

    @property
    def sha(self) -> str:
        """The first hex digits of the text's SHA-256: a grade belongs to this exact text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:SHA_LENGTH]


def personas(path: Path = PERSONAS_PATH) -> list[dict[str, Any]]:
    """The personas of the corpus, as written in personas.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["personas"])


def shipped_templates() -> dict[str, Template]:
    """The shipped templates by id, loaded as the command line loads them."""
    return {template.id: template for template in load([TEMPLATES_DIR]).templates}


def reworded(value: str, company: str) -> str:
    """The value after the composer's offered rewording, when it offers one (as one tap accepts it)."""
    issues = perspective_issues(value, company)
    return issues[0].suggestion if issues else value


def read_on(persona: dict[str, Any], template: Template) -> str | None:
    """The day the persona's note from this template is read: a follow-up's reminder day when it is still to
    come, else the template channel's reading day."""
    today = str(persona["today"])
    step = FOLLOW_UP_STEPS.get(template.id)
    written = parse_moment(today)
    typed = tidy(str(persona["fields"].get("decision_date") or ""))
    lead = DAY_LEAD.match(typed)
    decision = read_day(typed[lead.end() :] if lead else typed, written.day, True) if written and typed else None
    if step is not None and written and decision and decision.day and decision.day > written.day:
        return follow_up_dates(decision.day)[step].isoformat() + REMINDER_HOUR
    return reading_day(template.channel, today)


def render_note(persona: dict[str, Any], template: Template) -> CorpusNote:
    """The persona's note from one template, written on the persona's `today` and read that day (a card later)."""
    typed = {key: str(value) for key, value in persona["fields"].items() if key in template.fields}
    for name, retyped in dict(persona.get("takes_advice") or {}).items():
        advice = FIELD_ADVICE.get(name)
        if advice is None or advice(str(persona["fields"].get(name) or "")) is None:
            raise ValueError(f"{persona['id']}: the composer gives no advice on {name}, so takes_advice can't apply")
        if name in typed:
            typed[name] = str(retyped)
    if persona.get("accepts_rewording"):
        typed = {key: reworded(value, typed.get("company", "")) for key, value in typed.items()}
    today = str(persona["today"])
    note = template.render(typed, 0, today, read_on(persona, template))
    return CorpusNote(f"{persona['id']}/{template.id}", note.subject or "", note.body)


def corpus_notes() -> list[CorpusNote]:
    """Every note of the corpus, in the order of personas.yaml."""
    templates = shipped_templates()
    return [
        render_note(persona, templates[template_id]) for persona in personas() for template_id in persona["templates"]
    ]


def notes_markdown(notes: list[CorpusNote]) -> str:
    """notes.md: one section per note, its id as the heading, then the text as the reader gets it."""
    sections = ["# Notes to grade\n"]
    for note in notes:
        sections.append(f"## {note.note_id}\n\n{note.text}\n")
    return "\n".join(sections)


def main() -> None:
    """Write notes.md beside this file."""
    notes = corpus_notes()
    NOTES_PATH.write_text(notes_markdown(notes), encoding="utf-8")
    print(f"wrote {len(notes)} notes to {NOTES_PATH.name}; have them graded against {RUBRIC_PATH.name}")


if __name__ == "__main__":
    main()
