"""The template schema is the contract: every field documented, and the shipped files declare it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from afterview._internal.engine.catalog import SCHEMA_PATH
from afterview._internal.engine.paths import TEMPLATES_DIR


def properties(node: dict[str, Any], path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every property of the schema, nested ones included, with its path."""
    for name, child in node.get("properties", {}).items():
        yield (*path, name), child
        yield from properties(child, (*path, name))
    if isinstance(node.get("items"), dict):
        yield from properties(node["items"], (*path, "[]"))


def test_schema_is_valid_draft_2020_12() -> None:
    """The schema itself validates against the JSON Schema meta-schema."""
    Draft202012Validator.check_schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_every_field_has_a_title_a_description_and_an_example() -> None:
    """Editors show a title, a description and an example for every field."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    incomplete = [
        ".".join(path)
        for path, node in properties(schema)
        if not all(node.get(key) for key in ("title", "description", "examples"))
    ]
    assert incomplete == []


def test_every_template_declares_the_schema_for_editors() -> None:
    """Each template file starts with the yaml-language-server $schema comment."""
    for path in TEMPLATES_DIR.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=template.schema.json", path.name
