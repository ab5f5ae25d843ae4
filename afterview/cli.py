"""The `afterview` command: lint templates, check drafts, render, list, scaffold templates and office sites."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .annotations import github_annotation, github_check_annotation
from .catalog import ExampleDataError, Template
from .checker import CheckResult, Finding, check
from .lint import LintResult, lint
from .loading import LintFinding, load
from .paths import TEMPLATES_DIR
from .render import marker, parse_today
from .rules import CHANNELS, RULES_BY_CODE, Rule
from .settings import Settings, SettingsError, raw_settings, settings_from

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "github")


class UsageError(Exception):
    """A mistake in how the command was called; printed as one line, exit 2."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `afterview check: error: ... (see --help)`."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    main = Parser(prog="afterview", description="Thank-you and follow-up notes after interviews.")
    main.add_argument("--version", action="version", version=f"afterview {__version__}")
    sub = main.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)

    lint_cmd = sub.add_parser("lint", help="validate template files and folders")
    lint_cmd.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped templates)")
    lint_cmd.add_argument("--config", type=Path, metavar="FILE", help="a career office's mkdocs.yml: lint its folders")
    add_output_options(lint_cmd)

    check_cmd = sub.add_parser("check", help="check a draft note you wrote")
    check_cmd.add_argument("file", help="the draft as a text file, or - for standard input")
    check_cmd.add_argument("--channel", choices=CHANNELS, default="email")
    check_cmd.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="NAME",
        help="the person the note is for (repeatable); checks the greeting",
    )
    check_cmd.add_argument("--kind", metavar="KIND", help="the kind of note, e.g. thank-you, follow-up or decision")
    check_cmd.add_argument("--company", metavar="NAME", help="the company the note is for; checks no other is named")
    check_cmd.add_argument(
        "--connection-request", action="store_true", help="a LinkedIn connection-request note (its length limit)"
    )
    check_cmd.add_argument(
        "--config", type=Path, metavar="FILE", help="a career office's mkdocs.yml: add its house rules"
    )
    add_output_options(check_cmd)
    check_cmd.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")

    render_cmd = sub.add_parser("render", help="print a template filled with your details")
    render_cmd.add_argument("id")
    render_cmd.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    render_cmd.add_argument("--recipient", type=int, default=1, help="n-th panel member (panel templates)")
    render_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR")
    render_cmd.add_argument(
        "--today",
        metavar="YYYY-MM-DD[THH:MM]",
        help="the day you write the note (default: now); typed days such as 'yesterday' or '3/6' are read from it",
    )
    render_cmd.add_argument(
        "--read-on",
        metavar="YYYY-MM-DD[THH:MM]",
        help="the day the note will be read (default: the day you write it); days are phrased from it",
    )

    list_cmd = sub.add_parser("list", help="list the template catalog")
    list_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR")

    new_cmd = sub.add_parser("new", help="start a new template from an existing one")
    new_cmd.add_argument("id")
    new_cmd.add_argument("--from", dest="model", required=True, metavar="MODEL", help="id of the template to copy")
    new_cmd.add_argument("--dir", type=Path, default=TEMPLATES_DIR, help="where to write it (default: templates/)")

    init_cmd = sub.add_parser("init", help="start a career office's own site in a new folder")
    init_cmd.add_argument("dir", type=Path, help="the folder to create (it must not exist, or be empty)")
    init_cmd.add_argument("--name", help="the office's name (default: from the folder's name)")
    offline_cmd = sub.add_parser("offline", help="build a copy of the site that works opened as files")
    offline_cmd.add_argument("-d", "--dir", type=Path, default=Path("afterview-offline"), help="output folder")
    offline_cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE")
    return main


def add_output_options(command: argparse.ArgumentParser) -> None:
    """--format and --ignore, the same on lint and check."""
    command.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text: path:line: CODE message; json: one JSON object; github: annotations for GitHub Actions",
    )
    command.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODE",
        type=rule_code,
        help="leave out findings of this rule (repeatable, or comma-separated)",
    )


def rule_code(text: str) -> str:
    """A rule code given to --ignore: a registry code, or a house rule's HR code."""
    codes = [code.strip().upper() for code in text.split(",") if code.strip()]
    for code in codes:
        if code not in RULES_BY_CODE and not (code.startswith("HR") and code[2:].isdigit() and len(code) == 5):
            raise argparse.ArgumentTypeError(f"{code!r} is not a rule code (see the Rules page, e.g. AV503)")
    return ",".join(codes)


def ignored(args: argparse.Namespace) -> set[str]:
    """The codes --ignore names."""
    return {code for item in args.ignore for code in item.split(",")}


def read_draft(name: str) -> str:
    """The draft's text from a file or standard input."""
    try:
        return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not UTF-8 text") from None
    except OSError as error:
        raise UsageError(f"{name}: {error.strerror or error}") from None


def office_settings(config_file: Path | None) -> Settings:
    """A career office's settings read from its mkdocs.yml (Afterview's defaults without one)."""
    if config_file is None:
        return Settings()
    from mkdocs.exceptions import MkDocsException

    from .plugin import read_config

    try:
        written = read_config(config_file)
    except (MkDocsException, OSError) as error:
        raise UsageError(str(error)) from None
    return settings_from(raw_settings(written), config_file.resolve())


def check_summary(result: CheckResult, findings: Sequence[Finding]) -> str:
    """One closing line in plain words."""
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if not findings:
        return "No problems found."
    if not errors:
        return f"No errors; {plural(warnings, 'warning')}."
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}."


def plural(count: int, word: str) -> str:
    """`1 warning`, `2 warnings`."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def check_line(name: str, found: Finding) -> str:
    """`path:line: CODE message (severity)`, without the line for a finding about the whole note."""
    where = f"{name}:{found.line}" if found.line is not None else name
    return f"{where}: {found.code} {found.message} ({found.severity})"


def check_context(args: argparse.Namespace) -> dict[str, Any]:
    """What `afterview check` tells the checker besides the text."""
    context: dict[str, Any] = {"recipients": args.to}
    if args.kind:
        context["kind"] = args.kind
    if args.company:
        context["company"] = args.company
    if args.connection_request:
        context["linkedin_format"] = "connection"
    return context


def run_check(args: argparse.Namespace) -> int:
    """`afterview check`: findings as text, JSON or annotations; exit 1 on any error finding."""
    rules = site_rules_for(office_settings(args.config))
    text = read_draft(args.file)
    result = check(text, args.channel, check_context(args), rules)
    skip = ignored(args)
    findings = [f for f in result.findings if f.code not in skip]
    shown = CheckResult(result.elements, tuple(findings))
    if args.format == "json":
        print(json.dumps(shown.to_dict(), ensure_ascii=False))
    elif args.format == "github":
        for found in findings:
            print(github_check_annotation(args.file, found))
    elif not text.strip():
        print(f"{args.file}: the draft is empty; write your note (or paste it) and check again.")
    else:
        for name, present in result.elements.items():
            print(f"{'found  ' if present else 'MISSING'} {name}")
        for found in findings:
            print(check_line(args.file, found))
        left_out = len(result.findings) - len(findings)
        print(check_summary(shown, findings) + (f" ({left_out} left out by --ignore)" if left_out else ""))
    return EXIT_FINDINGS if shown.has_errors else EXIT_OK


def site_rules_for(settings: Settings) -> tuple[Rule, ...]:
    """The draft rules a check applies: the registry's plus the office's house rules."""
    from .site import site_rules

    return site_rules(settings)


def print_lint(result: LintResult, findings: Sequence[LintFinding], output: str) -> None:
    """Lint findings in the chosen format."""
    if output == "json":
        data = {
            "passed": [t.id for t in result.templates],
            "findings": [
                {"path": f.path, "line": f.line, "code": f.code, "message": f.message, "fix": fix_of(f.code)}
                for f in findings
            ],
        }
        print(json.dumps(data, ensure_ascii=False))
        return
    for found in findings:
        print(github_annotation(found) if output == "github" else found)


def fix_of(code: str) -> str:
    """A rule's fix, or nothing for an unknown code."""
    rule = RULES_BY_CODE.get(code)
    return rule.fix if rule else ""


def run_lint(args: argparse.Namespace) -> int:
    """`afterview lint`: one line per finding; exit 1 when there is any."""
    if args.config and args.paths:
        raise UsageError("give either --config (lints the office's template_dirs) or paths, not both")
    paths = args.paths or [TEMPLATES_DIR]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    if args.config:
        from .site import lint_house

        result = lint_house(office_settings(args.config))
    else:
        result = lint(paths)
    skip = ignored(args)
    findings = [f for f in result.findings if f.code not in skip]
    print_lint(result, findings, args.format)
    files = len(result.templates) + len({f.path for f in result.findings})
    print(
        f"{len(result.templates)} templates passed, {len(findings)} problems in {files} files checked",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if findings else EXIT_OK


def catalog(dirs: Sequence[Path] | None) -> dict[str, Template]:
    """The readable, schema-valid templates of these folders (default: the shipped ones), by id; no lint."""
    result = load(dirs or [TEMPLATES_DIR])
    return {template.id: template for template in result.templates}


def find_template(templates: dict[str, Template], template_id: str) -> Template:
    """A template by id, or a usage error that lists near names."""
    if template_id in templates:
        return templates[template_id]
    near = [t for t in templates if template_id in t or t in template_id][:5]
    hint = f"; did you mean {', '.join(near)}?" if near else "; see `afterview list`"
    raise UsageError(f"no template with id {template_id!r}{hint}")


def run_render(args: argparse.Namespace) -> int:
    """`afterview render`: the composer's first draft for these values; [markers] where a required value is missing.

    Exit 0 even when fields are unfilled (the draft is still printed); stderr names them.
    """
    template = find_template(catalog(args.templates), args.id)
    values: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or key not in template.fields:
            raise UsageError(
                f"--set {item!r}: use FIELD=VALUE with a field of this template: {', '.join(template.fields)}"
            )
        values[key] = value
    today = args.today or datetime.now().strftime("%Y-%m-%dT%H:%M")
    if parse_today(today) is None:
        raise UsageError(f"--today {today!r}: use a date such as 2026-03-05 or 2026-03-05T09:30")
    if args.read_on is not None and parse_today(args.read_on) is None:
        raise UsageError(f"--read-on {args.read_on!r}: use a date such as 2026-03-12 or 2026-03-12T09:30")
    recipient = max(args.recipient, 1) - 1
    note = template.render(values, recipient, today, args.read_on)
    if note.subject:
        print(f"Subject: {note.subject}\n")
    print(note.body)
    unfilled = template.unfilled(values, recipient)
    if unfilled:
        names = ", ".join(f"{name} ({marker(name)})" for name in unfilled)
        print(f"afterview render: not filled yet, shown in brackets: {names}", file=sys.stderr)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """`afterview list`: one template per line."""
    for template in catalog(args.templates).values():
        print(f"{template.id:38} {template.channel:12} {template.situation:22} {template.title}")
    return EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    """`afterview new`: copy a model template under a new id."""
    model = find_template(catalog(None), args.model)
    target = args.dir / f"{args.id}.yaml"
    if target.exists():
        raise UsageError(f"{target}: already exists; choose another id")
    if model.path is None:
        raise UsageError(f"{args.model}: has no file to copy")
    lines = model.path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [f"id: {args.id}\n" if line.startswith("id:") else line for line in lines]
    args.dir.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(lines), encoding="utf-8")
    print(f"Wrote {target}. Next: edit it, then run `afterview lint {target}` and `pytest`.")
    return EXIT_OK


def run_init(args: argparse.Namespace) -> int:
    """`afterview init DIR`: a career office's site, ready to build."""
    from .scaffold import ScaffoldError, write_scaffold

    try:
        written = write_scaffold(args.dir, args.name)
    except ScaffoldError as error:
        raise UsageError(str(error)) from None
    print(f"Wrote {len(written)} files to {args.dir}. Next: cd {args.dir} && mkdocs serve (see its README.md).")
    return EXIT_OK


def run_offline(args: argparse.Namespace) -> int:
    """`afterview offline`: the site as plain files, to zip and share or open from a USB stick."""
    from .offline import build_offline

    index = build_offline(args.config, args.dir) / "index.html"
    print(f"Wrote the offline edition to {args.dir}. Open {index} in a browser.")
    return EXIT_OK


COMMANDS = {
    "check": run_check,
    "lint": run_lint,
    "render": run_render,
    "list": run_list,
    "new": run_new,
    "init": run_init,
    "offline": run_offline,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `afterview` console command."""
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (UsageError, SettingsError, ExampleDataError) as error:
        print(f"afterview {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
