"""The `afterview` command as a user runs it: exit codes, output formats, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GOOD_EMAIL = """Subject: Thank you - Product Designer interview on Tuesday

Dear Ms. Raman,

Thank you for meeting with me on Tuesday about the Product Designer role.

I especially enjoyed hearing how your team moved every booking screen into one design system.

I am excited about the chance to join Larkspur Health and look forward to the next steps.

Best regards,
Maya Okafor
maya.okafor@example.com | 020 7946 0321
https://www.linkedin.com/in/maya-okafor
"""


def afterview(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_check_json_prints_exactly_one_object_and_exits_zero(tmp_path: Path) -> None:
    """A good draft: one JSON object with the documented keys, all elements found, exit 0."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EMAIL, encoding="utf-8")
    result = afterview("check", str(draft), "--json")
    assert result.returncode == 0, result.stdout
    data = json.loads(result.stdout)
    assert set(data) == {"elements", "findings"}
    assert data["elements"] == {"gratitude": True, "highlight": True, "interest": True, "signature": True}
    assert data["findings"] == []


def test_check_exits_one_on_an_error_and_reports_the_line(tmp_path: Path) -> None:
    """An unfilled placeholder is an error: exit 1, finding with its line."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EMAIL.replace("Ms. Raman", "[Interviewer name]"), encoding="utf-8")
    result = afterview("check", str(draft), "--json")
    assert result.returncode == 1
    finding = next(f for f in json.loads(result.stdout)["findings"] if f["code"] == "AV401")
    assert finding == {"code": "AV401", "severity": "error", "line": 3, "message": finding["message"]}
    assert finding["message"].startswith("should ")


def test_check_warning_only_exits_zero_and_prints_path_line_code(tmp_path: Path) -> None:
    """Warnings do not fail the command; text output reads path:line: CODE message."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EMAIL.replace("next steps.", "next steps!!"), encoding="utf-8")
    result = afterview("check", str(draft))
    assert result.returncode == 0
    assert f"{draft}:9: AV503 should not use repeated exclamation marks" in result.stdout


def test_check_reads_standard_input_and_channel() -> None:
    """`-` reads the draft from standard input; a LinkedIn draft needs no subject."""
    body = GOOD_EMAIL.split("\n", 2)[2]
    result = afterview("check", "-", "--channel", "linkedin", "--json", stdin=body)
    assert result.returncode == 0
    assert "AV301" not in result.stdout


def test_check_takes_the_kind_the_company_and_the_connection_format(tmp_path: Path) -> None:
    """--kind sets the pay rule's severity, --company names the addressee, --connection-request the limit."""
    draft = tmp_path / "note.txt"
    draft.write_text(GOOD_EMAIL.replace("the next steps.", "the next steps. What is the salary range?"), "utf-8")
    as_thanks = afterview("check", str(draft), "--kind", "thank-you", "--company", "Calloway Freight", "--json")
    found = {f["code"]: (f["severity"], f["line"]) for f in json.loads(as_thanks.stdout)["findings"]}
    assert as_thanks.returncode == 1 and found == {"AV404": ("error", 9), "AV505": ("error", 9)}
    at_offer = afterview("check", str(draft), "--kind", "decision", "--company", "larkspur health", "--json")
    assert at_offer.returncode == 0 and json.loads(at_offer.stdout)["findings"] == []
    note = tmp_path / "connect.txt"
    note.write_text("Hi Ms. Raman, thank you for Tuesday. " + "I enjoyed our talk about the design system. " * 8)
    long_note = afterview("check", str(note), "--channel", "linkedin", "--connection-request", "--json")
    assert "AV202" in [f["code"] for f in json.loads(long_note.stdout)["findings"]]


@pytest.mark.parametrize(
    "args",
    [
        ("check", "does-not-exist.txt"),
        ("check",),
        ("check", "x", "--channel", "fax"),
        ("render", "no-such-template"),
        ("lint", "no/such/folder"),
    ],
)
def test_bad_usage_exits_two_with_one_line_and_no_traceback(args: tuple[str, ...]) -> None:
    """Bad usage or an unreadable file: exit 2, a short message, never a traceback."""
    result = afterview(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() and len(result.stderr.strip().splitlines()) <= 3


def test_check_rejects_a_binary_file(tmp_path: Path) -> None:
    """A file that is not UTF-8 text is a usage error."""
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"\x00\x01\x02\xffbad")
    result = afterview("check", str(draft))
    assert result.returncode == 2 and "draft.txt is a binary file, not plain text; save it as" in result.stderr


def test_lint_passes_on_shipped_templates() -> None:
    """The shipped pack lints clean."""
    result = afterview("lint")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_lint_fails_with_file_line_code_and_fix(tmp_path: Path) -> None:
    """A broken template: exit 1 and `path:line: CODE message (fix: ...)`."""
    source = (ROOT / "templates" / "thank-you-phone-screen.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "thank-you-phone-screen.yaml"
    broken.write_text(source.replace("{recipient_name}", "{recipeint_name}", 1), encoding="utf-8")
    line = next(i for i, text in enumerate(broken.read_text().splitlines(), 1) if "recipeint" in text)
    result = afterview("lint", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert f"thank-you-phone-screen.yaml:{line}: AV005 " in result.stdout
    assert "(fix: " in result.stdout


def test_render_fills_values_and_marks_the_rest() -> None:
    """`render --set` fills fields; unfilled ones show as [Label]."""
    result = afterview("render", "thank-you-phone-screen", "--set", "recipient_name=Dr. Ngozi Eze")
    assert result.returncode == 0
    assert result.stdout.startswith("Subject: ")
    assert "Dear Dr. Eze," in result.stdout
    assert "[Your full name]" in result.stdout


def test_list_shows_every_template() -> None:
    """`list` prints one line per template."""
    result = afterview("list")
    assert result.returncode == 0
    ids = {line.split()[0] for line in result.stdout.splitlines()}
    assert {p.stem for p in (ROOT / "templates").glob("*.yaml")} == ids


def test_new_scaffolds_a_template_that_lints_clean(tmp_path: Path) -> None:
    """`new ID --from MODEL` writes a copy under the new id that passes lint once its title, summary and why are its
    own; it refuses to overwrite."""
    result = afterview("new", "thank-you-walk", "--from", "thank-you-informational", "--dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    created = tmp_path / "thank-you-walk.yaml"
    text = created.read_text(encoding="utf-8")
    assert "id: thank-you-walk\n" in text
    unedited = afterview("lint", str(created))
    assert unedited.returncode == 1 and {line.split()[1] for line in unedited.stdout.splitlines()} == {"AV021"}
    created.write_text(
        text.replace("title: ", "title: After a walk, ", 1)
        .replace("summary: ", "summary: After a walk around the office, ", 1)
        .replace("why: >-\n  ", "why: >-\n  A walk leaves one moment to recall. ", 1),
        encoding="utf-8",
    )
    assert afterview("lint", str(created)).returncode == 0
    again = afterview("new", "thank-you-walk", "--from", "thank-you-informational", "--dir", str(tmp_path))
    assert again.returncode == 2 and "already exists" in again.stderr


NO_HIGHLIGHT = GOOD_EMAIL.replace(
    "I especially enjoyed hearing how your team moved every booking screen into one design system.\n\n", ""
)


def test_check_text_shows_severity_and_says_when_only_warnings(tmp_path: Path) -> None:
    """Each line ends with its severity; a draft with only warnings says "No errors; 1 warning." and exits 0."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EMAIL.replace("next steps.", "next steps!!"), encoding="utf-8")
    result = afterview("check", str(draft))
    assert result.returncode == 0
    assert f"{draft}:9: AV503 should not use repeated exclamation marks" in result.stdout
    assert next(line for line in result.stdout.splitlines() if "AV503" in line).endswith("(warning)")
    assert result.stderr.strip() == "No errors; 1 warning."


def test_check_finding_about_the_whole_note_has_no_line_number(tmp_path: Path) -> None:
    """A missing element is about the whole note: `path: CODE message`, and line null in JSON."""
    draft = tmp_path / "draft.txt"
    draft.write_text(NO_HIGHLIGHT, encoding="utf-8")
    text = afterview("check", str(draft))
    assert text.returncode == 1
    assert f"{draft}: AV102 should mention a specific moment of the conversation (error)" in text.stdout
    assert "1 error" in text.stderr
    found = json.loads(afterview("check", str(draft), "--format", "json").stdout)["findings"]
    assert [f["line"] for f in found if f["code"] == "AV102"] == [None]


def test_check_says_an_empty_draft_is_empty(tmp_path: Path) -> None:
    """A file with only blank lines: one plain sentence, not a list of every missing element."""
    draft = tmp_path / "draft.txt"
    draft.write_text("\n  \n", encoding="utf-8")
    result = afterview("check", str(draft))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"{draft}: the draft is empty; write your note (or paste it) and check again."


def test_check_ignore_and_github_format(tmp_path: Path) -> None:
    """--ignore drops findings (any case, repeatable or comma-separated); --format github prints annotations."""
    draft = tmp_path / "draft.txt"
    draft.write_text(NO_HIGHLIGHT.replace("next steps.", "next steps!!"), encoding="utf-8")
    annotations = afterview("check", str(draft), "--format", "github").stdout.splitlines()
    assert f"::error file={draft},title=AV102::should mention" in annotations[0]
    assert any(line.startswith(f"::warning file={draft},line=7,title=AV503::") for line in annotations)
    ignored = afterview("check", str(draft), "--ignore", "av102", "--ignore", "AV503,AV105")
    assert ignored.returncode == 0, ignored.stdout
    assert "AV102" not in ignored.stdout and "AV503" not in ignored.stdout
    assert ignored.stderr.strip() == "No problems found. (2 left out by --ignore)"
    unknown = afterview("check", str(draft), "--ignore", "AV9999")
    assert unknown.returncode == 2 and "'AV9999' is not a rule code" in unknown.stderr


def test_lint_json_format_and_ignore(tmp_path: Path) -> None:
    """lint --format json is one object with path, line, code, message and fix; --ignore lets the file pass."""
    source = (ROOT / "templates" / "thank-you-phone-screen.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "thank-you-phone-screen.yaml"
    broken.write_text(source.replace("id: thank-you-phone-screen", "id: thank-you-phone-scren"), encoding="utf-8")
    result = afterview("lint", str(broken), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["passed"] == []
    assert [(f["path"], f["line"], f["code"]) for f in data["findings"]] == [
        ("thank-you-phone-screen.yaml", 2, "AV003")
    ]
    assert data["findings"][0]["fix"].startswith("Rename the file")
    assert afterview("lint", str(broken), "--ignore", "AV003", cwd=tmp_path).returncode == 0


def test_version() -> None:
    """`afterview --version` prints the installed package's version."""
    from afterview import __version__

    result = afterview("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"afterview {__version__}"
