"""The graded reading corpus: every note read and graded as a hiring manager reads it, and graded well.

Personas (tests/reading/personas.yaml) type as people do; each note of each persona's three templates is
rendered into tests/reading/notes.md and graded 1-5 against tests/reading/RUBRIC.md (grades.yaml). A grade
belongs to the exact text it was given for, so any change to the prose or the engine asks for a new reading.
"""

from __future__ import annotations

from statistics import mean
from typing import Any

import pytest
import yaml

from tests.reading.render import GRADES_PATH, CorpusNote, corpus_notes, personas

MIN_PERSONAS = 12
TEMPLATES_PER_PERSONA = 3
TARGET_MEAN = 4.0
LOWEST_GRADE = 3
GRADE_AGAIN = "run python -m tests.reading.render and have them graded again"


@pytest.fixture(scope="module")
def notes() -> list[CorpusNote]:
    """Every note of the corpus, rendered today."""
    return corpus_notes()


@pytest.fixture(scope="module")
def grading() -> dict[str, Any]:
    """grades.yaml as written."""
    data = yaml.safe_load(GRADES_PATH.read_text(encoding="utf-8")) or {}
    assert isinstance(data, dict), f"{GRADES_PATH.name} should be a mapping with graded_on, reader and grades"
    return data


def test_corpus_has_enough_personas_each_with_three_templates() -> None:
    """At least 12 personas, each with three different templates."""
    people = personas()
    assert len(people) >= MIN_PERSONAS, f"{len(people)} personas; the corpus needs at least {MIN_PERSONAS}"
    ids = [person["id"] for person in people]
    assert len(set(ids)) == len(ids), "persona ids should be unique"
    for person in people:
        templates = person["templates"]
        assert len(set(templates)) == len(templates) == TEMPLATES_PER_PERSONA, person["id"]


def test_grades_file_says_who_graded_and_when(grading: dict[str, Any]) -> None:
    """grades.yaml names its reader and the day of grading, and maps note ids to grades."""
    assert str(grading.get("reader") or "").strip(), "grades.yaml should describe its reader"
    assert grading.get("graded_on"), "grades.yaml should give the day the notes were graded (graded_on)"
    assert isinstance(grading.get("grades"), dict), "grades.yaml should map persona/template ids to grades"


def test_every_note_has_a_grade_for_its_current_text(notes: list[CorpusNote], grading: dict[str, Any]) -> None:
    """Each note has a grade whose text_sha matches today's rendering; a stale or missing grade names the note."""
    grades = grading.get("grades") or {}
    missing = [note.note_id for note in notes if note.note_id not in grades]
    changed = [
        note.note_id
        for note in notes
        if note.note_id in grades and str(grades[note.note_id].get("text_sha")) != note.sha
    ]
    problems = []
    if missing:
        problems.append(f"{len(missing)} notes have no grade: {', '.join(missing)}")
    if changed:
        problems.append(f"{len(changed)} notes changed since they were graded: {', '.join(changed)}")
    assert not problems, "; ".join(problems) + f"; {GRADE_AGAIN}"


def test_every_grade_is_for_a_note_of_the_corpus(notes: list[CorpusNote], grading: dict[str, Any]) -> None:
    """No grade is left for a note the corpus no longer has."""
    current = {note.note_id for note in notes}
    stray = sorted(set(grading.get("grades") or {}) - current)
    assert not stray, f"grades for notes no longer in the corpus: {', '.join(stray)}"


def graded(notes: list[CorpusNote], grading: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The grade entry of every note of the corpus, by note id (a missing one fails the caller's test)."""
    grades = grading.get("grades") or {}
    return {note.note_id: grades[note.note_id] for note in notes if note.note_id in grades}


def test_every_grade_is_whole_and_has_a_reason(notes: list[CorpusNote], grading: dict[str, Any]) -> None:
    """Every note is graded with a whole number from 1 to 5 and a one-line reason."""
    given = graded(notes, grading)
    assert len(given) == len(notes), f"{len(notes) - len(given)} notes are not graded yet; {GRADE_AGAIN}"
    for note_id, entry in given.items():
        assert entry.get("grade") in (1, 2, 3, 4, 5), f"{note_id}: a grade is a whole number from 1 to 5"
        assert str(entry.get("reason") or "").strip(), f"{note_id}: give a one-line reason"


def test_grades_reach_the_target(notes: list[CorpusNote], grading: dict[str, Any]) -> None:
    """The mean grade is at least 4.0 and no note is below 3."""
    given = graded(notes, grading)
    values = [entry["grade"] for entry in given.values()]
    low = sorted(note_id for note_id, entry in given.items() if entry["grade"] < LOWEST_GRADE)
    assert not low, f"graded below {LOWEST_GRADE}: {', '.join(low)}"
    assert mean(values) >= TARGET_MEAN, f"mean grade {mean(values):.2f}, the target is {TARGET_MEAN}"


def test_notes_file_is_current(notes: list[CorpusNote]) -> None:
    """notes.md, the text the reader grades, is what the templates render today."""
    from tests.reading.render import NOTES_PATH, notes_markdown

    written = NOTES_PATH.read_text(encoding="utf-8") if NOTES_PATH.exists() else ""
    assert written == notes_markdown(notes), f"notes.md is out of date; {GRADE_AGAIN}"
