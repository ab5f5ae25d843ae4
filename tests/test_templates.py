"""The shipped template pack: coverage of situations and channels, and the four elements in every note."""

from __future__ import annotations

import pytest

from afterview._internal.engine.catalog import Example, Template
from afterview._internal.engine.checker import check
from afterview._internal.engine.lint import checker_context
from afterview._internal.engine.rules import ELEMENTS

REQUIRED_SITUATIONS = {
    "phone-screen",
    "video-interview",
    "one-way-video",
    "on-site",
    "second-interview",
    "final-round",
    "internal",
    "informational",
    "panel",
    "group",
    "post-interview-update",
    "clarification",
    "no-reply",
    "competing-offer",
    "rejection",
    "withdrawal",
    "offer-accepted",
    "offer-declined",
    "reference",
    "recruiter",
    "agency-recruiter",
}


def test_pack_has_at_least_24_templates(templates: tuple[Template, ...]) -> None:
    """The pack ships at least 24 templates."""
    assert len(templates) >= 24


def test_every_required_situation_has_an_email_template(templates: tuple[Template, ...]) -> None:
    """Each situation the pack promises has an email version."""
    covered = {t.situation for t in templates if t.channel == "email"}
    assert covered >= REQUIRED_SITUATIONS, REQUIRED_SITUATIONS - covered


def test_common_thank_you_has_linkedin_and_card_versions(templates: tuple[Template, ...]) -> None:
    """The common thank-you exists as a LinkedIn message and as a handwritten card."""
    thank_you_channels = {t.channel for t in templates if t.kind == "thank-you"}
    assert {"email", "linkedin", "handwritten"} <= thank_you_channels


def test_two_follow_ups_for_no_reply(templates: tuple[Template, ...]) -> None:
    """A first and a last follow-up exist for when no reply came."""
    assert len([t for t in templates if t.situation == "no-reply"]) >= 2


def test_panel_templates_give_each_interviewer_a_variant(
    templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> None:
    """Panel notes are consistent but not identical: every interviewer's note differs."""
    panels = [t for t in templates if t.situation == "panel"]
    assert panels
    for template in panels:
        assert template.variants, template.id
        for example in examples:
            bodies = [template.render(example.values_for(i), i).body for i in template.recipients]
            assert len(set(bodies)) == len(bodies) >= 3, template.id


def cases(templates: tuple[Template, ...], examples: tuple[Example, ...]) -> list[tuple[Template, Example, int]]:
    """Every template with every example person and every recipient of a panel."""
    return [(t, e, r) for t in templates for e in examples for r in t.recipients]


def test_every_rendered_template_has_the_four_elements_and_no_error(
    templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> None:
    """Gratitude, highlight, interest and signature are found, and no error, in every rendered note."""
    checked = 0
    for template, example, recipient in cases(templates, examples):
        values = example.values_for(recipient, template.situation)
        note = template.render(values, recipient)
        for subject in note.subjects or (None,):
            result = check(note.body, template.channel, checker_context(template, subject, values))
            label = f"{template.id} / {example.id} / recipient {recipient + 1}"
            assert result.elements == dict.fromkeys(ELEMENTS, True), label
            assert not result.has_errors, (label, result.findings)
            checked += 1
    assert checked >= len(templates) * len(examples)


@pytest.mark.parametrize("channel", ["email", "linkedin", "handwritten"])
def test_email_signatures_carry_contact_and_linkedin_only_for_email(
    templates: tuple[Template, ...], channel: str
) -> None:
    """Email signatures have a contact line and LinkedIn (point 17); cards and messages sign with the name."""
    for template in (t for t in templates if t.channel == channel):
        signature = template.parts["signature"]
        has_links = "{sender_linkedin}" in signature and (
            "{sender_email}" in signature or "{sender_phone}" in signature
        )
        assert has_links == (channel == "email"), template.id
        assert "{sender_name}" in signature, template.id


def test_unfilled_template_is_flagged_by_the_checker(templates: tuple[Template, ...]) -> None:
    """A template copied without filling it in fails the checker's placeholder rule."""
    for template in templates:
        note = template.render({})
        codes = {f.code for f in check(note.body, template.channel, {"subject": note.subject}).findings}
        assert "AV401" in codes, template.id
