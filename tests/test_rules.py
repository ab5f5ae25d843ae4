"""The rule registry is well formed, and each draft rule trips on its own fixture and on nothing clean."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

from afterview._internal.engine.checker import CHECKS, CheckResult, check, compile_pattern
from afterview._internal.engine.rules import (
    DRAFT_RULES,
    ELEMENTS,
    RULES,
    RULES_BY_CODE,
    TEMPLATE_RULES,
    DraftCheck,
    Rule,
)

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
CASES: dict[str, Any] = yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))


def run(case: dict[str, Any]) -> CheckResult:
    """Check a fixture draft with the channel and context its index entry gives."""
    text = (FIXTURES / case["file"]).read_bytes().decode("utf-8")
    return check(text, case.get("channel", "email"), case.get("context") or {})


@pytest.mark.parametrize("rule", DRAFT_RULES, ids=lambda rule: rule.code)
def test_each_draft_rule_has_a_fixture_that_trips_only_that_rule(rule: Rule) -> None:
    """The rule's fixture draws exactly one finding, with the rule's code, on the documented line."""
    case = CASES["fail"].get(rule.code)
    assert case, f"{rule.code} has no failing fixture: add one to tests/fixtures/rules/cases.yaml"
    result = run(case)
    assert [(found.code, found.line) for found in result.findings] == [(rule.code, case["line"])]
    assert result.findings[0].message.startswith(rule.message)
    missing = {element for element, present in result.elements.items() if not present}
    assert missing == ({rule.element} if rule.check == "element" else set())


def test_fixture_index_matches_the_registry_and_the_folder() -> None:
    """No fixture for a rule that is gone, and every draft file is listed exactly once."""
    assert set(CASES["fail"]) <= {rule.code for rule in DRAFT_RULES}
    listed = [case["file"] for case in [*CASES["fail"].values(), *CASES["pass"], *CASES["fixed"]]]
    on_disk = sorted(str(path.relative_to(FIXTURES)) for path in FIXTURES.rglob("*.txt"))
    assert sorted(listed) == on_disk


@pytest.mark.parametrize("case", CASES["pass"], ids=lambda case: Path(case["file"]).stem)
def test_clean_edge_case_draws_no_finding(case: dict[str, Any]) -> None:
    """A draft that is fine (for the reason its entry gives) has all four elements and no finding."""
    result = run(case)
    assert result.findings == (), [(found.code, found.line, found.message) for found in result.findings]
    assert all(result.elements.values())


@pytest.mark.parametrize("case", CASES["fixed"], ids=lambda case: Path(case["file"]).stem)
def test_fixed_checker_mistake_stays_fixed(case: dict[str, Any]) -> None:
    """A draft the checker once misjudged now gets exactly the expected codes."""
    assert [found.code for found in run(case).findings] == case["expect"], case["bug"]


def test_clean_set_is_broad_and_really_has_crlf_line_ends() -> None:
    """At least 12 clean edge cases, and the CRLF one was not normalised by an editor or git."""
    assert len(CASES["pass"]) >= 12
    raw = (FIXTURES / "pass" / "crlf-line-ends.txt").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") > 10


def test_codes_are_well_formed_and_unique() -> None:
    """Every rule has a code AVnnn and a kebab-case name; no code or name is used twice."""
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert all(re.fullmatch(r"AV\d{3}", code) for code in codes), codes
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name) for name in names), names
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_reads_should_has_a_fix_and_a_severity(rule: Rule) -> None:
    """Messages start with "should ", fixes are sentences, severities are error or warning."""
    assert rule.message.startswith("should ") and rule.message == rule.message.strip()
    assert rule.fix.strip() and rule.fix[0].isupper() and "\n" not in rule.fix
    assert rule.severity in ("error", "warning")


def test_template_and_draft_rules_are_numbered_apart() -> None:
    """Template rules are AV0nn and errors; draft rules are AV1nn to AV5nn."""
    assert all(rule.target == "template" and rule.code.startswith("AV0") for rule in TEMPLATE_RULES)
    assert all(rule.severity == "error" for rule in TEMPLATE_RULES)
    assert all(rule.target == "draft" and "AV101" <= rule.code <= "AV599" for rule in DRAFT_RULES)


@pytest.mark.parametrize("rule", DRAFT_RULES, ids=lambda rule: rule.code)
def test_draft_rule_cites_a_chapter_point_and_usable_settings(rule: Rule) -> None:
    """A chapter point 1 to 17, known channels and element, patterns that compile, JSON-ready data."""
    assert isinstance(rule.point, int) and 1 <= rule.point <= 17
    assert rule.channels and set(rule.channels) <= {"email", "linkedin", "handwritten"}
    assert rule.element is None or rule.element in ELEMENTS
    for pattern in rule.patterns:
        compile_pattern(pattern)
    assert json.loads(json.dumps(rule.to_dict()))["code"] == rule.code


def test_every_kind_of_check_has_one_function_and_every_rule_a_known_kind() -> None:
    """The dispatch table covers the typed kinds exactly; no draft rule names a kind without a function."""
    assert set(CHECKS) == set(get_args(DraftCheck))
    assert all(rule.check in CHECKS for rule in DRAFT_RULES)


def test_severity_by_kind_names_real_kinds_and_severities() -> None:
    """A rule's kind-specific severities are error or warning, for kinds the rule applies to."""
    for rule in DRAFT_RULES:
        assert set(rule.severity_by_kind.values()) <= {"error", "warning"}
        assert not rule.kinds or set(rule.severity_by_kind) <= set(rule.kinds), rule.code


PAY_QUESTION = (FIXTURES / "AV505-salary.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("thank-you", ["error"]),
        ("thanks", ["error"]),
        ("follow-up", ["warning"]),
        (None, ["warning"]),
        ("decision", []),
    ],
)
def test_pay_question_severity_depends_on_the_kind_of_note(kind: str | None, expected: list[str]) -> None:
    """Pay in a thank-you is a thing to fix, in a follow-up a suggestion, at the offer stage nothing."""
    context = {"kind": kind} if kind else {}
    found = [f.severity for f in check(PAY_QUESTION, "email", context).findings if f.code == "AV505"]
    assert found == expected
    assert "thank-you" in RULES_BY_CODE["AV505"].fix and "offer" in RULES_BY_CODE["AV505"].fix


def test_connection_note_between_the_free_and_the_premium_limit_is_a_warning() -> None:
    """250 characters fit LinkedIn Premium but not a free account; 301 fit neither; a message may be long."""
    note = "Hi Ms. Raman, thank you for Tuesday. " + "I enjoyed hearing about the design system. " * 5
    connection = {"linkedin_format": "connection"}
    within_premium = check(note[:250], "linkedin", connection).findings
    assert [(f.code, f.severity) for f in within_premium if f.code == "AV202"] == [("AV202", "warning")]
    over = check(note * 2, "linkedin", connection).findings
    assert [(f.code, f.severity, f.line) for f in over if f.code == "AV202"] == [("AV202", "error", None)]
    assert not [f for f in check(note * 2, "linkedin").findings if f.code == "AV202"]
    assert [f.code for f in check("x " * 4001, "linkedin").findings if f.code == "AV202"] == ["AV202"]


def test_two_companies_without_context_is_a_warning_and_names_the_second() -> None:
    """Without the addressee known, the second company named is reported as a suggestion on its line."""
    text = (
        (FIXTURES / "AV404-other-company.txt")
        .read_text(encoding="utf-8")
        .replace("about the Supply Chain Analyst role.", "about the Supply Chain Analyst role at Calloway Freight.")
    )
    found = [(f.code, f.severity, f.line) for f in check(text).findings if f.code == "AV404"]
    assert found == [("AV404", "warning", 9)]
    assert "Northwind Logistics" in next(f.message for f in check(text).findings if f.code == "AV404")


def test_byte_order_mark_is_not_part_of_the_first_line() -> None:
    """A BOM before "Subject:" still gives a subject; only one BOM is dropped."""
    text = (FIXTURES / "AV302-vague-subject.txt").read_text(encoding="utf-8")
    assert [f.code for f in check("\ufeff" + text).findings] == [f.code for f in check(text).findings]
    assert "AV301" in [f.code for f in check("\ufeff\ufeff" + text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\ufeff",
        "\r\n\r\n",
        "\x00\x01\x02 binary \xff\xfe",
        "Thank you for the tour.\n" * 50_000,
        "word " * 250_000,
    ],
    ids=["empty", "bom-only", "crlf-only", "control-characters", "1-mb-of-lines", "1-mb-on-one-line"],
)
def test_odd_input_gets_a_result(text: str) -> None:
    """Empty, control characters or a megabyte of text: the checker returns elements and findings, never raises."""
    result = check(text)
    assert set(result.elements) == set(ELEMENTS)
    assert all(f.code in RULES_BY_CODE for f in result.findings)


def test_crlf_and_bom_read_like_plain_line_ends() -> None:
    """A draft saved with a byte-order mark and Windows line ends gets exactly the plain draft's findings."""
    text = (FIXTURES / "AV406-doubled-role-word.txt").read_text(encoding="utf-8")
    windows = "\ufeff" + text.replace("\n", "\r\n")
    assert check(windows).to_dict() == check(text).to_dict()
