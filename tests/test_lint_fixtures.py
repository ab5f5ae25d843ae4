"""The linter held to a corpus of broken templates: exact codes and lines, clear one-line messages, no traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview._internal.engine.catalog import Example
from afterview._internal.engine.lint import LintResult, lint
from afterview._internal.engine.loading import LintFinding, display_path
from afterview._internal.engine.rules import RULES_BY_CODE, TEMPLATE_RULES
from tests.conftest import ROOT

BROKEN = Path(__file__).parent / "fixtures" / "broken_templates"
EXPECTED: dict[str, Any] = yaml.safe_load((BROKEN / "expected.yaml").read_text(encoding="utf-8"))
PRINTED = re.compile(r"(?P<path>[^\n]+):(?P<line>[1-9]\d*): (?P<code>AV\d{3}) should [^\n]+ \(fix: [^\n]+\)")
SHIPPED = ROOT / "templates"
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def case_paths(name: str) -> list[Path]:
    """What to lint for a case: the folders it needs first, then the broken file."""
    return [BROKEN / folder for folder in EXPECTED[name].get("with") or []] + [BROKEN / name]


def lint_case(name: str, examples: tuple[Example, ...]) -> LintResult:
    """Lint one broken template (after the folders its case names)."""
    return lint(case_paths(name), examples)


def pairs(findings: tuple[LintFinding, ...] | list[LintFinding]) -> list[list[object]]:
    """Findings as the [code, line] pairs expected.yaml lists."""
    return [[found.code, found.line] for found in findings]


def afterview_lint(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    """`afterview lint PATHS` in a subprocess, as a contributor runs it."""
    return subprocess.run(
        [sys.executable, "-m", "afterview", "lint", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def cli_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """The CLI run once on every broken template (two at a time: each run is mostly start-up)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(EXPECTED, pool.map(lambda name: afterview_lint(case_paths(name)), EXPECTED), strict=True))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_template_gets_exactly_the_expected_findings(name: str, examples: tuple[Example, ...]) -> None:
    """Lint reports exactly the listed [code, line] pairs, all in the broken file, which is not returned."""
    result = lint_case(name, examples)
    assert pairs(result.findings) == EXPECTED[name]["findings"], [str(found) for found in result.findings]
    target = (BROKEN / name).resolve()
    assert {Path(found.path).resolve() for found in result.findings} == {target}
    assert all(template.path is None or template.path.resolve() != target for template in result.templates)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_template_findings_read_should_and_print_on_one_line(name: str, examples: tuple[Example, ...]) -> None:
    """Every message starts with "should" and prints as `path:line: CODE message (fix: ...)`."""
    for found in lint_case(name, examples).findings:
        assert found.message.startswith("should ")
        printed = PRINTED.fullmatch(str(found))
        assert printed, str(found)
        assert (printed["path"], int(printed["line"]), printed["code"]) == (found.path, found.line, found.code)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_on_broken_template_exits_one_without_traceback(
    name: str, cli_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    """`afterview lint FILE` exits 1, prints one well-formed line per expected finding, and no traceback."""
    run = cli_runs[name]
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    printed = [PRINTED.fullmatch(line) for line in run.stdout.splitlines()]
    assert all(printed), run.stdout
    assert [[match["code"], int(match["line"])] for match in printed if match] == EXPECTED[name]["findings"]


def test_index_lists_every_broken_file_and_covers_every_template_rule() -> None:
    """At least 30 distinct cases; each file on disk is a case or a case's helper; AV001 to AV014 all occur."""
    helpers = {
        str(path.relative_to(BROKEN))
        for name in EXPECTED
        for folder in EXPECTED[name].get("with") or []
        for path in (BROKEN / folder).glob("*.yaml")
    }
    on_disk = {str(path.relative_to(BROKEN)) for path in BROKEN.rglob("*.yaml")} - {"expected.yaml"}
    assert on_disk == set(EXPECTED) | helpers
    assert len(EXPECTED) >= 30
    assert len({(BROKEN / name).read_bytes() for name in EXPECTED}) == len(EXPECTED)
    reported = {code for case in EXPECTED.values() for code, _ in case["findings"]}
    assert reported == {rule.code for rule in TEMPLATE_RULES}


def test_shipped_templates_lint_clean(examples: tuple[Example, ...]) -> None:
    """The shipped pack has no finding and every file comes back as a template."""
    result = lint([SHIPPED], examples)
    assert result.findings == (), [str(found) for found in result.findings]
    assert len(result.templates) == len(list(SHIPPED.glob("*.yaml")))


def test_folder_mixing_good_and_broken_reports_only_the_broken(tmp_path: Path, examples: tuple[Example, ...]) -> None:
    """In one folder, shipped templates come back as templates and each broken file gets its own findings.

    Most broken files are copies of a shipped template; each gets a title of its own here (on the same line), so
    that it is broken only in the way its case is about, not also as an unedited copy (AV021).
    """
    single = [name for name in EXPECTED if "/" not in name]
    for path in SHIPPED.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    for number, name in enumerate(single):
        data = (BROKEN / name).read_bytes()
        if ["AV021", 3] not in EXPECTED[name]["findings"]:
            own_title = b"title: Broken case %d" % number
            data = re.sub(rb"^title: [A-Za-z][^\r\n]*", own_title, data, count=1, flags=re.MULTILINE)
        (tmp_path / name).write_bytes(data)
    result = lint([tmp_path], examples)
    assert {template.id for template in result.templates} == {path.stem for path in SHIPPED.glob("*.yaml")}
    by_file: dict[str, list[LintFinding]] = {}
    for found in result.findings:
        by_file.setdefault(Path(found.path).name, []).append(found)
    assert {name: pairs(found) for name, found in by_file.items()} == {
        name: EXPECTED[name]["findings"] for name in single
    }


def copy_of_shipped(source: str, folder: Path, new_id: str, title: str | None = None) -> Path:
    """A shipped template saved under a new id (and perhaps a new title), as a contributor copies one."""
    text = (SHIPPED / f"{source}.yaml").read_text(encoding="utf-8").replace(f"id: {source}\n", f"id: {new_id}\n", 1)
    if title is not None:
        text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.MULTILINE)
    path = folder / f"{new_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def title_line(path: Path) -> int:
    """The line of a template file's `title:`."""
    return next(
        number
        for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if row.startswith("title:")
    )


def test_unedited_copies_in_an_office_folder_fail_lint_with_the_shipped_catalog(
    tmp_path: Path, examples: tuple[Example, ...]
) -> None:
    """Shipped templates and an office's folder linted together: each copy that kept the title, summary and why
    (even re-spaced or re-cased) gets one AV021 at its title, naming the original; an edited copy passes."""
    office = tmp_path / "office"
    office.mkdir()
    copies = [
        copy_of_shipped("thank-you-panel", office, "our-panel"),
        copy_of_shipped("thank-you-panel", office, "our-panel-again"),
    ]
    shouted = copy_of_shipped("thank-you-formal", office, "our-formal")
    shouted.write_text(
        shouted.read_text(encoding="utf-8").replace(
            "title: Formal thank-you after an interview", "title:  FORMAL thank-you after an interview"
        ),
        encoding="utf-8",
    )
    edited = copy_of_shipped(
        "thank-you-phone-screen", office, "our-phone-screen", "Thank-you after a call with our recruiters"
    )
    result = lint([SHIPPED, office], examples)
    originals = {path.name: "thank-you-panel.yaml" for path in copies} | {shouted.name: "thank-you-formal.yaml"}
    assert {Path(f.path).name: (f.line, f.code) for f in result.findings} == {
        name: (title_line(office / name), "AV021") for name in originals
    }
    for found in result.findings:
        assert found.message.endswith(f"same as in {display_path(SHIPPED / originals[Path(found.path).name])}")
    passed = {template.id for template in result.templates}
    assert passed == {path.stem for path in SHIPPED.glob("*.yaml")} | {edited.stem}
    run = afterview_lint([SHIPPED, office])
    assert run.returncode == 1, run.stderr
    printed = [PRINTED.fullmatch(line) for line in run.stdout.splitlines()]
    assert all(printed), run.stdout
    assert sorted((Path(m["path"]).name, m["code"]) for m in printed if m) == [
        (name, "AV021") for name in sorted(originals)
    ]


def test_unedited_copy_in_the_shipped_folder_is_the_one_reported(tmp_path: Path, examples: tuple[Example, ...]) -> None:
    """In one folder the template read second (by file name) is the copy; linted alone, it copies nothing."""
    for path in SHIPPED.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    copy = copy_of_shipped("thank-you-warm", tmp_path, "warm-thank-you")
    assert pairs(lint([tmp_path], examples).findings) == [["AV021", title_line(copy)]]
    assert lint([copy], examples).findings == ()


def test_same_file_named_twice_is_linted_once(examples: tuple[Example, ...]) -> None:
    """A file named twice (directly and through its folder) is not its own duplicate id."""
    path = SHIPPED / "thank-you-phone-screen.yaml"
    result = lint([path, SHIPPED / "." / path.name], examples)
    assert result.findings == () and len(result.templates) == 1


def test_utf8_bom_and_windows_line_ends_are_accepted(tmp_path: Path, examples: tuple[Example, ...]) -> None:
    """A template saved by a Windows editor (BOM, CRLF) lints clean, and lines still count right."""
    text = (SHIPPED / "thank-you-phone-screen.yaml").read_text(encoding="utf-8")
    windows = tmp_path / "thank-you-phone-screen.yaml"
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert lint([windows], examples).findings == ()
    rows = text.splitlines()
    line = next(number for number, row in enumerate(rows, 1) if "{role}" in row)
    rows[line - 1] = rows[line - 1].replace("{role}", "{rol}")
    windows.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8"))
    assert pairs(lint([windows], examples).findings) == [["AV005", line]]


def lint_text(data: bytes, examples: tuple[Example, ...]) -> LintResult:
    """Lint bytes written to a fresh .yaml file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.yaml"
        path.write_bytes(data)
        return lint([path], examples)


def assert_well_formed(result: LintResult) -> None:
    """Findings are printable one-line `should` messages; a file is either a template or has findings."""
    assert result.findings or result.templates
    for found in result.findings:
        assert PRINTED.fullmatch(str(found)), str(found)


@FUZZ
@given(data=st.binary(max_size=2_000))
def test_lint_survives_random_bytes(examples: tuple[Example, ...], data: bytes) -> None:
    """Random bytes as a template: findings, never an exception."""
    result = lint_text(data, examples)
    assert result.findings and not result.templates
    assert_well_formed(result)


@FUZZ
@given(text=st.text(max_size=1_500))
def test_lint_survives_random_text(examples: tuple[Example, ...], text: str) -> None:
    """Random Unicode text as a template: findings, never an exception."""
    result = lint_text(text.encode("utf-8"), examples)
    assert result.findings and not result.templates
    assert_well_formed(result)


SOURCE = (SHIPPED / "thank-you-panel.yaml").read_text(encoding="utf-8")
SPLICE = st.lists(
    st.sampled_from([*"{}[]:-#&*!|>'\"\n\t ,?%@`\\x", "  ", "\n  ", "{highlight}", "<b>"]), max_size=6
).map("".join)


@FUZZ
@given(start=st.integers(0, len(SOURCE)), cut=st.integers(0, 8), insert=SPLICE)
def test_lint_survives_a_damaged_template(examples: tuple[Example, ...], start: int, cut: int, insert: str) -> None:
    """A real template with a few characters cut and YAML punctuation spliced in: findings or a template."""
    text = SOURCE[:start] + insert + SOURCE[start + cut :]
    assert_well_formed(lint_text(text.encode("utf-8"), examples))


SCALARS = (
    st.none() | st.booleans() | st.integers(-5, 40) | st.floats(allow_nan=False) | st.text(max_size=30) | st.dates()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
KEYS = [
    "id",
    "title",
    "summary",
    "channel",
    "kind",
    "points",
    "fields",
    "subjects",
    "parts",
    "variants",
    "why",
    "parts.greeting",
    "parts.highlight",
    "parts.signature",
    "variants.0",
    "variants.0.highlight",
    "extra",
]


@FUZZ
@given(key=st.sampled_from(KEYS), value=VALUES)
def test_lint_survives_any_value_in_any_field(examples: tuple[Example, ...], key: str, value: object) -> None:
    """A valid template with one field replaced by any YAML value: findings or a template, never an exception."""
    data: Any = yaml.safe_load(SOURCE)
    *parents, last = [int(part) if part.isdigit() else part for part in key.split(".")]
    target = data
    for part in parents:
        target = target[part]
    target[last] = value
    assert_well_formed(lint_text(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"), examples))


def test_problems_left_to_a_template_rule_name_real_rules() -> None:
    """Each draft rule AV008 leaves to a template rule exists, and so does the template rule that reports it."""
    from afterview._internal.engine.lint import REPORTED_BY_TEMPLATE_RULES
    from afterview._internal.engine.rules import RULES

    names = {rule.name: rule.target for rule in RULES}
    for draft_rule, template_rule in REPORTED_BY_TEMPLATE_RULES.items():
        assert names.get(draft_rule) == "draft", draft_rule
        assert names.get(template_rule) == "template", template_rule


@pytest.mark.parametrize("name", ["pressuring-closing.yaml", "vague-second-subject.yaml", "emoji-in-subject.yaml"])
def test_a_broken_example_shows_the_fix_of_the_rule_it_broke(name: str, examples: tuple[Example, ...]) -> None:
    """AV008 names the checker rule the rendered example broke, and gives that rule's fix, not its own."""
    (found,) = lint_case(name, examples).findings
    broken = RULES_BY_CODE[found.message.split(": ", 1)[1].split(" ", 1)[0]]
    assert found.code == "AV008" and broken.code != "AV008"
    assert found.fix == broken.fix != RULES_BY_CODE["AV008"].fix
    assert str(found).endswith(f"(fix: {broken.fix})")
