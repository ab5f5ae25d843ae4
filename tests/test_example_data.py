"""The shared example data: complete for every field, and a broken file names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview._internal.engine.catalog import EXAMPLES_PATH, ExampleDataError, load_examples
from afterview._internal.engine.fields import FIELDS


def test_shipped_examples_fill_every_field() -> None:
    """Each example person, with each panel member, gives a value for every field a template may use."""
    examples = load_examples()
    assert len(examples) >= 4
    for example in examples:
        assert len(example.panel) >= 3, example.id
        for recipient in range(len(example.panel)):
            values = example.values_for(recipient)
            assert all(values.get(field.name, "").strip() for field in FIELDS), example.id


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """The shipped example file with one piece of text replaced."""
    text = EXAMPLES_PATH.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "examples.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """The 1-based line where a piece of text first appears."""
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_missing_value_names_the_values_line(tmp_path: Path) -> None:
    """A value left out is reported at the example's `values:` line, naming the field."""
    path = broken_copy(tmp_path, "      offer_deadline:", "      offer_deadline_typo:")
    with pytest.raises(ExampleDataError, match=r":\d+: example .* should give a value for offer_deadline") as error:
        load_examples(path)
    assert f"{path}:{line_of(path, 'values:')}:" in str(error.value)


def test_panel_person_without_highlight_names_their_line(tmp_path: Path) -> None:
    """A panel member without a highlight is reported at that member's line."""
    path = broken_copy(tmp_path, "        highlight: the plan to bring", "        moment: the plan to bring")
    with pytest.raises(ExampleDataError, match="panel person 1 should have highlight"):
        load_examples(path)


def test_malformed_yaml_is_a_one_line_error(tmp_path: Path) -> None:
    """Broken YAML gives the file and line, not a traceback from the parser."""
    path = tmp_path / "examples.yaml"
    path.write_text("examples:\n  - id: a\n    label: [unclosed\n", encoding="utf-8")
    with pytest.raises(ExampleDataError, match=rf"^{path}:\d+: cannot read the example data"):
        load_examples(path)


def test_reference_and_recruiter_notes_go_to_those_contacts() -> None:
    """A note to a reference or a recruiter is addressed to that contact; the highlight stays the panel's."""
    for example in load_examples():
        for situation in ("reference", "recruiter"):
            values = example.values_for(0, situation)
            assert values["recipient_name"] == example.contacts[situation]["recipient_name"]
            assert values["recipient_name"] != example.panel[0]["recipient_name"]
            assert values["highlight"] == example.panel[0]["highlight"]
        assert example.values_for(1, "panel")["recipient_name"] == example.panel[1]["recipient_name"]


def test_contact_without_a_name_names_its_line(tmp_path: Path) -> None:
    """A contact missing its name is reported at the contact's line."""
    path = broken_copy(tmp_path, "        recipient_name: Mr. Osei", "        name: Mr. Osei")
    with pytest.raises(ExampleDataError, match="contact reference should have recipient_name") as error:
        load_examples(path)
    assert f"{path}:{line_of(path, 'reference:')}:" in str(error.value)
