"""Property-based tests of rendering: any values, no placeholder left, no crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.catalog import Template, load_examples
from afterview.fields import FIELDS
from afterview.lint import lint
from afterview.markup import example_note
from afterview.render import PLACEHOLDER, fill
from tests.conftest import ROOT

TEMPLATES = lint([ROOT / "templates"]).templates
TRICKY = st.sampled_from(
    [
        '"quoted"',
        "{recipient_name}",
        "{",
        "}",
        "<script>alert(1)</script>",
        "Zoë Ærø",
        "José — 東京",
        "a & b",
        "\\n",
        "$1",
        "\\1",
        "{{ x }}",
        "&amp;",
        "🙂",
    ]
)
VALUE = st.one_of(st.text(max_size=40), TRICKY)
VALUES = st.fixed_dictionaries({field.name: VALUE for field in FIELDS})


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(TEMPLATES), values=VALUES, recipient=st.integers(min_value=0, max_value=5))
def test_any_values_render_without_leftover_placeholders(
    template: Template, values: dict[str, str], recipient: int
) -> None:
    """Every {field} of the template is replaced, and a value is inserted literally, never re-filled."""
    note = template.render(values, recipient % len(template.recipients))
    sentinel = {name: f"\x00{name}\x00" for name in values}
    skeleton = template.render(sentinel, recipient % len(template.recipients))
    assert not PLACEHOLDER.search(skeleton.body)
    expected = skeleton.body
    for name, value in values.items():
        expected = expected.replace(f"\x00{name}\x00", value.strip() or f"[{name}]")
    if all(value.strip() for value in values.values()):
        assert note.body == expected


@given(text=st.text(max_size=60), values=VALUES)
def test_fill_is_a_single_pass(text: str, values: dict[str, str]) -> None:
    """Filling the output of fill again changes nothing that came from a value."""
    once = fill("{recipient_name}", values)
    value = values["recipient_name"].strip()
    assert once == (value if value else "[Their name]")


@settings(max_examples=60)
@given(template=st.sampled_from(TEMPLATES), values=VALUES)
def test_example_markup_escapes_every_value(template: Template, values: dict[str, str]) -> None:
    """A value with markup never reaches the page as markup."""
    example = load_examples()[0]
    poisoned = type(example)(example.id, example.label, {**example.values, **values}, example.panel)
    html = example_note(template, poisoned)
    assert "<script" not in html
