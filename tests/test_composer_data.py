"""What the composer reads from the build's export: checklist wording, person fields, channel names."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from afterview._internal.engine.fields import FIELDS
from afterview._internal.engine.rules import DRAFT_RULES
from afterview._internal.site.export import CHECKLIST_LABELS, browser_data, checklist_label, data_scripts, third_person
from afterview._internal.site.markup import CHANNEL_NAMES
from afterview._internal.site.settings import Settings
from afterview._internal.site.site_catalog import load_site


def test_every_draft_rule_has_plain_checklist_wording() -> None:
    """Each draft rule reads as what is good, in a few words, without a rule code."""
    assert set(CHECKLIST_LABELS) == {rule.name for rule in DRAFT_RULES}
    for rule in DRAFT_RULES:
        label = checklist_label(rule)
        assert label[0].isupper() and not label.lower().startswith("should"), label
        assert "AV" not in label and len(label) <= 45, label


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("should greet the person by name", "Greets the person by name"),
        ("should stay calm", "Stays calm"),
        ("should reply within a day", "Replies within a day"),
        ("should be short", "Is short"),
        ("should not use slang", "Does not use slang"),
        ("should watch the tone", "Watches the tone"),
    ],
)
def test_a_new_rule_without_wording_is_turned_into_the_affirmative(message: str, label: str) -> None:
    """A house rule or a rule added later still reads as what is good."""
    rule = dataclasses.replace(DRAFT_RULES[0], name="not-in-the-table", message=message)
    assert checklist_label(rule) == label


def test_third_person_spelling() -> None:
    """Verbs take -s, -es or -ies as in English."""
    assert [third_person(v) for v in ("fix", "try", "say", "have")] == ["Fixes", "Tries", "Says", "Has"]


def test_export_carries_the_composer_labels_and_person_fields() -> None:
    """Channel names, person fields and rule wording reach the browser from the Python registries."""
    settings = Settings()
    data = browser_data(load_site(settings), settings.public())
    assert data["channelNames"] == CHANNEL_NAMES
    assert data["personFields"] == [f.name for f in FIELDS if f.group == "them"] + ["recipient_email"]
    assert all(rule["checklistLabel"] for rule in data["rules"])
    assert data["settings"]["follow_up_business_days"] == settings.follow_up_business_days


def handed_over(script: str) -> tuple[str, Any]:
    """What a data file hands to the page: (where, value)."""
    separator = "] = " if script.startswith("(") else " = "
    target, value = script.split(separator, 1)
    return target + separator.strip(" ="), json.loads(value.rstrip().rstrip(";"))


def test_the_data_is_split_into_a_small_first_paint_and_parts_loaded_later() -> None:
    """The first-paint script has labels and fields but no template, rule or table; the engine, the index and each
    template are files of their own, together holding exactly the whole data."""
    settings = Settings()
    site = load_site(settings)
    whole = browser_data(site, settings.public())
    scripts = data_scripts(site, settings.public())
    target, first = handed_over(scripts["assets/javascripts/afterview-data.js"])
    assert target == "window.AFTERVIEW_DATA"
    assert first["templates"] == [] and first["fields"] == whole["fields"]
    assert not {"engine", "patterns", "checker", "rules", "examples", "sentence_model"} & set(first)
    folder = "assets/javascripts/afterview-data/"
    files = {"engine": "engine.js", "index": "index.js", "model": "sentence-model.js", "templates": "templates/"}
    assert first["files"] == files
    target, engine = handed_over(scripts[folder + "engine.js"])
    assert target == '(window.AFTERVIEW_PARTS = window.AFTERVIEW_PARTS || {})["engine"]'
    target, index = handed_over(scripts[folder + "index.js"])
    assert [t["id"] for t in index] == [t["id"] for t in whole["templates"]]
    assert not any("parts" in t or "why" in t for t in index) and all(t["title"] for t in index)
    templates = []
    for entry in whole["templates"]:
        target, template = handed_over(scripts[f"{folder}templates/{entry['id']}.js"])
        assert target.endswith(f'["template:{entry["id"]}"]')
        templates.append(template)
    target, model = handed_over(scripts[folder + "sentence-model.js"])
    assert target.endswith('["model"]')
    rest = {key: value for key, value in first.items() if key not in ("files", "templates")}
    assert {**rest, **engine, "sentence_model": model, "templates": templates} == whole
    assert len(scripts) == 4 + len(whole["templates"])
