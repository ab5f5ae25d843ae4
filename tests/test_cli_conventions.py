"""The `afterview` command tried as a new user and a career office would: every mistake is one line with exit 2,
bad input is refused, drafts in any common encoding are read, and inside an office's folder every command
uses that site's templates and house rules."""

from __future__ import annotations

import argparse
import codecs
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from afterview._internal.cli.main import parser
from afterview._internal.engine.lint import rendered_notes
from afterview._internal.engine.loading import load
from tests.conftest import ROOT
from tests.test_cli import GOOD_EMAIL, afterview

PANEL = "thank-you-panel"
SINGLE = "thank-you-phone-screen"
OFFICE_TEMPLATE = "thank-you-careers-fair-card"


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 with one line on stderr holding the words, nothing on stdout, no traceback."""
    assert result.returncode == 2, result
    stderr = str(result.stderr)
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    for word in words:
        assert word in stderr, (word, stderr)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("offline", "--config", "missing.yml"), ("missing.yml: no such config file",)),
        (("render", SINGLE, "--set", "interview_date=2026-13-45"), ("2026-13-45 is not a date",)),
        (("render", SINGLE, "--recipient", "9"), ("has one version; use 1",)),
        (("render", SINGLE, "--recipient", "0"), ("has one version; use 1",)),
        (("render", SINGLE, "--recipient", "-1"), ("has one version; use 1",)),
        (("list", "--templates", "/nope"), ("/nope: no such file or folder",)),
        (("new", "Bad_ID", "--from", SINGLE), ("'Bad_ID' cannot be an id",)),
        (("render", SINGLE, "--example", "nobody"), ("use one of maya-okafor",)),
    ],
)
def test_every_mistake_is_one_line_with_exit_two(tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]) -> None:
    """Impossible dates, recipients out of range, missing folders and files, bad ids: refused, one line, exit 2."""
    result = afterview(*args, cwd=tmp_path)
    one_line_error(result, *words)
    assert result.stdout == ""
    assert not list(tmp_path.glob("*.yaml")), "nothing is written for a refused command"


def test_offline_without_a_config_is_one_line(tmp_path: Path) -> None:
    """`afterview offline -d DIR` in a folder with no mkdocs.yml says so, in one line."""
    one_line_error(afterview("offline", "-d", "out", cwd=tmp_path), "mkdocs.yml: no such config file", "--config")


def test_a_panel_template_takes_one_recipient_per_version() -> None:
    """A panel template renders each of its versions; one past the last is refused."""
    versions = len(load([ROOT / "templates" / f"{PANEL}.yaml"]).templates[0].recipients)
    assert afterview("render", PANEL, "--recipient", str(versions)).returncode == 0
    one_line_error(afterview("render", PANEL, "--recipient", str(versions + 1)), f"use a number from 1 to {versions}")


def test_a_card_is_phrased_for_the_day_it_arrives() -> None:
    """A card written the day after the interview arrives days later: it names the weekday, never "yesterday";
    an email sent the same day says "yesterday"."""
    typed = ("--set", "interview_date=yesterday", "--today", "2026-03-04")
    card = afterview("render", "thank-you-on-site-card", *typed)
    email = afterview("render", "thank-you-on-site", *typed)
    assert card.returncode == email.returncode == 0, (card.stderr, email.stderr)
    assert "yesterday" not in card.stdout and "on Tuesday" in card.stdout, card.stdout
    assert "yesterday" in email.stdout, email.stdout


@pytest.mark.parametrize(
    ("encode", "name"),
    [
        (lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16 with BOM"),
        (lambda text: text.replace("\n", "\r\n").encode("cp1252"), "Windows-1252 with CRLF"),
        (lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8 with BOM"),
    ],
)
def test_drafts_saved_in_common_encodings_are_read(tmp_path: Path, encode: object, name: str) -> None:
    """The same note saved as UTF-16, Windows-1252 or UTF-8 with a BOM checks exactly like plain UTF-8."""
    text = GOOD_EMAIL.replace("Maya Okafor", "Maya Okafor-Núñez")
    plain, other = tmp_path / "plain.txt", tmp_path / "other.txt"
    plain.write_text(text, encoding="utf-8")
    other.write_bytes(encode(text))  # type: ignore[operator]
    expected = json.loads(afterview("check", str(plain), "--format", "json").stdout)
    got = afterview("check", str(other), "--format", "json")
    assert got.returncode == 0, (name, got.stderr)
    assert json.loads(got.stdout) == expected, name


def test_a_word_document_is_named_with_the_way_out(tmp_path: Path) -> None:
    """A .docx gets a message that says what it is and how to save it as text."""
    document = tmp_path / "thank-you.docx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    one_line_error(afterview("check", str(document)), "thank-you.docx is a Word or OpenDocument file", "Plain Text")


def test_counts_read_as_english_and_standard_input_is_the_draft(tmp_path: Path) -> None:
    """`1 problem in 1 file`; a draft on standard input is called "draft" in findings."""
    source = (ROOT / "templates" / f"{SINGLE}.yaml").read_text(encoding="utf-8")
    broken = tmp_path / f"{SINGLE}.yaml"
    broken.write_text(source.replace("{recipient_name}", "{recipeint_name}", 1), encoding="utf-8")
    linted = afterview("lint", str(broken), cwd=tmp_path)
    assert linted.stderr.strip() == "0 templates passed; 1 problem in 1 file."
    assert "did you mean {recipient_name}" in linted.stdout and "AV006" not in linted.stdout
    checked = afterview("check", "-", stdin=GOOD_EMAIL.replace("next steps.", "next steps!!"))
    assert any(line.startswith("draft:9: AV503") for line in checked.stdout.splitlines()), checked.stdout


def test_findings_go_to_stdout_and_summaries_to_stderr(tmp_path: Path) -> None:
    """On lint and check alike: results on stdout, the closing count on stderr."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_EMAIL, encoding="utf-8")
    checked = afterview("check", str(draft))
    assert "found   gratitude" in checked.stdout and "No problems found." not in checked.stdout
    assert checked.stderr.strip() == "No problems found."
    linted = afterview("lint")
    assert linted.stdout == "" and "templates passed; 0 problems in 0 files." in linted.stderr


def test_every_option_has_help_text() -> None:
    """Each option and argument of every command says what it is for."""
    main = parser()
    subcommands = next(a for a in main._actions if isinstance(a, argparse._SubParsersAction))
    missing = [
        f"{name} {action.dest}"
        for name, command in subcommands.choices.items()
        for action in command._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert not missing, missing


def test_render_example_is_exactly_what_lint_checks() -> None:
    """`render ID --example NAME` prints the body lint rendered for that example sender."""
    template = load([ROOT / "templates" / f"{PANEL}.yaml"]).templates[0]
    from afterview._internal.engine.catalog import load_examples

    example = load_examples()[1]
    checked = [note.body for note in rendered_notes(template, [example])]
    for recipient, body in enumerate(checked, start=1):
        shown = afterview("render", PANEL, "--example", example.id, "--recipient", str(recipient), "--format", "json")
        assert json.loads(shown.stdout)["body"] == body


def test_render_of_an_invalid_template_says_why(tmp_path: Path) -> None:
    """A template file that does not load is named with its finding, not reported as unknown."""
    source = (ROOT / "templates" / f"{SINGLE}.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "my-card.yaml").write_text(source.replace(f"id: {SINGLE}", "id: my-card").replace("title:", "titel:"))
    result = afterview("render", "my-card", "--templates", str(folder))
    one_line_error(result, "my-card cannot be used", "AV002")


def test_an_unedited_copy_fails_lint_on_its_own(tmp_path: Path) -> None:
    """`afterview new` then `afterview lint FILE`, as the command's own next step says: the copy of a shipped
    template that changed only its id is refused (AV021), naming the original; an edited one passes."""
    written = afterview("new", "my-card", "--from", SINGLE, "--dir", str(tmp_path))
    assert written.returncode == 0, written.stderr
    copy = tmp_path / "my-card.yaml"
    result = afterview("lint", str(copy))
    assert result.returncode == 1, result
    assert "AV021" in result.stdout and f"{SINGLE}.yaml" in result.stdout
    edited = copy.read_text(encoding="utf-8").replace("title: ", "title: My own card, ", 1)
    copy.write_text(edited, encoding="utf-8")
    assert "AV021" not in afterview("lint", str(copy)).stdout


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site made by `afterview init`, as a career office starts one."""
    folder = tmp_path_factory.mktemp("offices") / "northfield"
    created = afterview("init", str(folder), "--name", "Northfield Careers")
    assert created.returncode == 0, created.stderr
    return folder


def test_inside_an_office_list_shows_its_templates(office: Path) -> None:
    """`list` in the office's folder shows its own template; `list --config mkdocs.yml` too."""
    for args in (("list",), ("list", "--config", "mkdocs.yml")):
        result = afterview(*args, cwd=office)
        assert result.returncode == 0, result.stderr
        assert OFFICE_TEMPLATE in {line.split()[0] for line in result.stdout.splitlines()}


def test_inside_an_office_new_writes_into_its_folder_as_its_readme_says(tmp_path: Path) -> None:
    """The scaffold README's `afterview new` command runs as written and writes into templates/, with the schema;
    until its title, summary and why are rewritten, lint names the new file as a copy (AV021)."""
    office = tmp_path / "office"
    assert afterview("init", str(office)).returncode == 0
    readme = (office / "README.md").read_text(encoding="utf-8")
    command = next(part for part in readme.split("`") if part.startswith("afterview new "))
    result = afterview(*command.split()[1:], cwd=office)
    assert result.returncode == 0, result.stderr
    written = office / "templates" / f"{command.split()[2]}.yaml"
    assert written.is_file() and (office / "templates" / "template.schema.json").is_file()
    assert "pytest" not in result.stderr and "mkdocs build --strict" in result.stderr
    assert afterview("render", command.split()[2], cwd=office).returncode == 0
    linted = afterview("lint", cwd=office)
    assert f"templates/{command.split()[2]}.yaml:" in linted.stdout and "AV021" in linted.stdout, linted.stdout


def test_inside_an_office_lint_and_check_use_its_templates_and_house_rules(office: Path) -> None:
    """`lint` with no argument lints the office's templates; `check` applies its house rule HR001."""
    linted = afterview("lint", cwd=office)
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert "1 template passed" in linted.stderr or "templates passed" in linted.stderr
    draft = office / "draft.txt"
    draft.write_text(GOOD_EMAIL.replace("Dear Ms. Raman,", "To whom it may concern,"), encoding="utf-8")
    checked = afterview("check", str(draft), cwd=office)
    assert "HR001" in checked.stdout, checked.stdout


def test_list_hidden_names_the_pages_that_mention_a_hidden_template(tmp_path: Path) -> None:
    """`list --hidden` shows what the office hides and which guide pages link to it."""
    office = tmp_path / "office"
    afterview("init", str(office))
    config = office / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      template_dirs:", "      hide: [thank-you-panel]\n      template_dirs:"
        ),
        encoding="utf-8",
    )
    result = afterview("list", "--hidden", "--format", "json", cwd=office)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == ["thank-you-panel"] and "index.md" in rows[0]["linked_from"]


def test_a_reader_that_stops_early_gets_no_error() -> None:
    """`afterview list | head -1`: the command stops quietly when the reader of its output has gone."""
    process = subprocess.Popen(
        [sys.executable, "-m", "afterview", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=60) == 0
    assert stderr == ""


def test_render_points_at_a_moment_written_about_the_reader() -> None:
    """A moment typed about the reader ("how they cut ...") is printed as typed, and stderr offers the composer's
    rewording; the same value typed to the reader draws nothing."""
    values = ["recipient_name=dr. amara singh", "company=brightline logistics", "sender_name=tom becker"]
    args = [arg for value in values for arg in ("--set", value)]
    third = "highlight=how they cut dock wait times with a simple dashboard"
    written = afterview("render", "thank-you-coffee-chat", *args, "--set", third)
    assert written.returncode == 0 and "how they cut dock wait times" in written.stdout
    assert "highlight reads as written about the reader" in written.stderr
    assert "how you cut dock wait times with a simple dashboard" in written.stderr
    direct = "highlight=how you cut dock wait times with a simple dashboard"
    plain = afterview("render", "thank-you-coffee-chat", *args, "--set", direct)
    assert plain.returncode == 0 and "reads as written" not in plain.stderr
