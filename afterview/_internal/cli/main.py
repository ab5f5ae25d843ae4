"""The `afterview` command: lint templates, check drafts, render, list, scaffold templates and office sites.

Conventions on every command: results on standard output, summaries and notes on standard error; a mistake
in how a command is called, or input it cannot use, is one line on standard error and exit status 2;
findings give exit status 1. Inside a career office's site folder the commands use its mkdocs.yml.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from ..engine.catalog import SCHEMA_PATH, ExampleDataError, Template, load_examples
from ..engine.checker import CheckResult, Finding, check
from ..engine.lint import LintResult, lint_loaded
from ..engine.loading import LintFinding, load
from ..engine.perspective import moment_issues
from ..engine.render import marker, parse_today, reading_day
from ..engine.rules import CHANNELS, RULES_BY_CODE, Rule
from ..engine.version import __version__
from ..site.office import Office, OfficeError, find_office
from ..site.settings import SettingsError
from .annotations import github_annotation, github_check_annotation
from .drafts import DraftError, decode_draft

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "github")
DATA_FORMATS = ("text", "json")
STDIN_NAME = "draft"
TEMPLATE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:T\d{1,2}:\d{2})?\s*$")


class UsageError(Exception):
    """A mistake in how the command was called, or input it cannot use; printed as one line, exit 2."""


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
    lint_cmd.add_argument(
        "paths", nargs="*", type=Path, help="files or folders (default: the site's templates, ours and the office's)"
    )
    add_config_option(lint_cmd, "lint its template folders with its house rules")
    add_output_options(lint_cmd)

    check_cmd = sub.add_parser("check", help="check a draft note you wrote")
    check_cmd.add_argument("file", help="the draft as a text file, or - for standard input")
    check_cmd.add_argument("--channel", choices=CHANNELS, default="email", help="how the note is sent (default email)")
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
    add_config_option(check_cmd, "add its house rules")
    add_output_options(check_cmd)
    check_cmd.add_argument("--json", action="store_const", const="json", dest="format", help="same as --format json")

    render_cmd = sub.add_parser("render", help="print a template filled with your details")
    render_cmd.add_argument("id", help="the template's id (see `afterview list`)")
    render_cmd.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", help="a value for one field (repeatable)"
    )
    render_cmd.add_argument(
        "--example", metavar="NAME", help="fill it with an example sender's details, exactly as lint checks it"
    )
    render_cmd.add_argument("--recipient", type=int, default=1, help="n-th panel member (panel templates; default 1)")
    render_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR", help="another template folder")
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
    add_config_option(render_cmd, "use its templates")
    render_cmd.add_argument("--format", choices=DATA_FORMATS, default="text", help="text, or json with the fields")

    list_cmd = sub.add_parser("list", help="list the template catalog")
    list_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR", help="another template folder")
    list_cmd.add_argument(
        "--hidden", action="store_true", help="list the templates the office hides, and the pages that link to them"
    )
    add_config_option(list_cmd, "list its templates too")
    list_cmd.add_argument("--format", choices=DATA_FORMATS, default="text", help="text, or json")

    new_cmd = sub.add_parser("new", help="start a new template from an existing one")
    new_cmd.add_argument("id", help="the new template's id: lower-case words joined by hyphens")
    new_cmd.add_argument("--from", dest="model", required=True, metavar="MODEL", help="id of the template to copy")
    new_cmd.add_argument(
        "--dir", type=Path, help="where to write it (default: the office's first template folder, or templates/)"
    )
    add_config_option(new_cmd, "copy from its templates and write into its folder")

    init_cmd = sub.add_parser("init", help="start a career office's own site in a new folder")
    init_cmd.add_argument("dir", type=Path, help="the folder to create (it must not exist, or be empty)")
    init_cmd.add_argument("--name", help="the office's name (default: from the folder's name)")
    init_cmd.add_argument(
        "--source",
        metavar="WHEEL_OR_URL",
        help="where the site installs Afterview from: a wheel file (copied into wheels/), or its URL "
        "(default: a package index)",
    )

    offline_cmd = sub.add_parser("offline", help="build a copy of the site that works opened as files")
    offline_cmd.add_argument("-d", "--dir", type=Path, default=Path("afterview-offline"), help="output folder")
    offline_cmd.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE", help="the site's mkdocs.yml"
    )
    generate_cmd = sub.add_parser(
        "generate", help="write the site's pages and a config as plain files, for an engine without MkDocs plugins"
    )
    generate_cmd.add_argument("dir", type=Path, help="the folder to write (emptied first if this command wrote it)")
    generate_cmd.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE", help="the site's mkdocs.yml"
    )

    finish_cmd = sub.add_parser(
        "finish", help="after an engine built a generated folder: minify, and write the nginx policy file"
    )
    finish_cmd.add_argument("dir", type=Path, help="the folder `afterview generate` wrote, built by the engine")
    return main


def add_config_option(command: argparse.ArgumentParser, what: str) -> None:
    """--config: a career office's mkdocs.yml (default: the one in the current folder, if it uses afterview)."""
    command.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=f"a career office's mkdocs.yml: {what} (default: ./mkdocs.yml when it uses the afterview plugin)",
    )


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


def plural(count: int, word: str) -> str:
    """`1 warning`, `2 warnings`."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def draft_name(name: str) -> str:
    """How findings name the draft: its file, or "draft" for standard input."""
    return STDIN_NAME if name == "-" else name


def read_draft(name: str) -> str:
    """The draft's text from a file or standard input, in whatever encoding it was saved."""
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise UsageError(f"{name}: {error.strerror or error}") from None
    return decode_draft(raw, draft_name(name))


def check_summary(findings: Sequence[Finding]) -> str:
    """One closing line in plain words."""
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    if not findings:
        return "No problems found."
    if not errors:
        return f"No errors; {plural(warnings, 'warning')}."
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}."


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


def site_rules_for(office: Office) -> tuple[Rule, ...]:
    """The draft rules a check applies: the registry's plus the office's house rules."""
    from ..site.site_catalog import site_rules

    return site_rules(office.settings)


def run_check(args: argparse.Namespace) -> int:
    """`afterview check`: findings as text, JSON or annotations; exit 1 on any error finding."""
    rules = site_rules_for(find_office(args.config))
    name = draft_name(args.file)
    text = read_draft(args.file)
    result = check(text, args.channel, check_context(args), rules)
    skip = ignored(args)
    findings = [f for f in result.findings if f.code not in skip]
    shown = CheckResult(result.elements, tuple(findings))
    left_out = len(result.findings) - len(findings)
    if args.format == "json":
        print(json.dumps(shown.to_dict(), ensure_ascii=False))
    elif args.format == "github":
        for found in findings:
            print(github_check_annotation(name, found))
    elif not text.strip():
        print(f"{name}: the draft is empty; write your note (or paste it) and check again.", file=sys.stderr)
        return EXIT_FINDINGS if shown.has_errors else EXIT_OK
    else:
        for element, present in result.elements.items():
            print(f"{'found  ' if present else 'MISSING'} {element}")
        for found in findings:
            print(check_line(name, found))
    if args.format != "json":
        print(check_summary(findings) + (f" ({left_out} left out by --ignore)" if left_out else ""), file=sys.stderr)
    return EXIT_FINDINGS if shown.has_errors else EXIT_OK


def print_lint(result: LintResult, findings: Sequence[LintFinding], output: str) -> None:
    """Lint findings in the chosen format."""
    if output == "json":
        data = {
            "passed": [t.id for t in result.templates],
            "findings": [
                {"path": f.path, "line": f.line, "code": f.code, "message": f.message, "fix": f.fix} for f in findings
            ],
        }
        print(json.dumps(data, ensure_ascii=False))
        return
    for found in findings:
        print(github_annotation(found) if output == "github" else found)


def existing(paths: Sequence[Path]) -> list[Path]:
    """The paths, each checked to exist (a usage error names the first that does not)."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    return list(paths)


def run_lint(args: argparse.Namespace) -> int:
    """`afterview lint`: one line per finding on stdout, the count on stderr; exit 1 when there is any."""
    if args.config and args.paths:
        raise UsageError("give either --config (lints the office's template_dirs) or paths, not both")
    office = None if args.paths else find_office(args.config)
    if office is None:
        result = lint_paths(existing(args.paths))
    elif office.config is not None:
        from ..site.site_catalog import lint_house

        result = lint_house(office.settings)
    else:
        result = lint_paths(office.template_dirs)
    skip = ignored(args)
    findings = [f for f in result.findings if f.code not in skip]
    print_lint(result, findings, args.format)
    files = len({f.path for f in findings})
    print(
        f"{plural(len(result.templates), 'template')} passed; {plural(len(findings), 'problem')} in "
        f"{plural(files, 'file')}.",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if findings else EXIT_OK


def lint_paths(paths: Sequence[Path]) -> LintResult:
    """Lint some files and folders, comparing them with the shipped templates they do not stand in for (same id or
    file name), so that an unedited copy (AV021) fails here and not only in the test suite."""
    from ..engine.paths import TEMPLATES_DIR

    loaded = load(paths)
    ids = {template.id for template in loaded.templates}
    names = {template.path.name for template in loaded.templates if template.path}
    shipped = [
        template
        for template in load([TEMPLATES_DIR]).templates
        if template.id not in ids and (template.path is None or template.path.name not in names)
    ]
    return lint_loaded(loaded, read_before=shipped)


def catalog(office: Office, extra: Sequence[Path] | None = None) -> dict[str, Template]:
    """The readable, schema-valid templates of the site (ours, then the office's, which replace the ones it
    overrides) and of any extra folders, by id; no lint."""
    from ..site.site_catalog import load_catalog

    shipped, house = load_catalog(office.settings)
    more = load(existing(extra or [])).templates
    return {template.id: template for template in (*shipped.templates, *house.templates, *more)}


def find_template(templates: dict[str, Template], template_id: str, folders: Sequence[Path] = ()) -> Template:
    """A template by id, or a usage error: why a file with that id is invalid, or near names."""
    if template_id in templates:
        return templates[template_id]
    for folder in folders:
        candidate = folder / f"{template_id}.yaml"
        if candidate.is_file():
            problems = load([candidate]).findings
            if problems:
                raise UsageError(f"{template_id} cannot be used: {problems[0]}")
    near = [t for t in templates if template_id in t or t in template_id][:5]
    hint = f"; did you mean {', '.join(near)}?" if near else "; see `afterview list`"
    raise UsageError(f"no template with id {template_id!r}{hint}")


def checked_values(template: Template, settings: Sequence[str]) -> dict[str, str]:
    """--set FIELD=VALUE pairs, each for a field of the template; an impossible ISO date is refused."""
    values: dict[str, str] = {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or key not in template.fields:
            raise UsageError(
                f"--set {item!r}: use FIELD=VALUE with a field of this template: {', '.join(template.fields)}"
            )
        day = ISO_DAY.match(value)
        if day:
            try:
                date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            except ValueError:
                raise UsageError(f"--set {item!r}: {value.strip()} is not a date; write it as YYYY-MM-DD") from None
        values[key] = value
    return values


def example_values(template: Template, name: str, recipient: int) -> dict[str, str]:
    """An example sender's values for this template, as lint renders them."""
    examples = load_examples()
    chosen = next((e for e in examples if name in (e.id, e.label)), None)
    if chosen is None:
        raise UsageError(f"--example {name!r}: use one of {', '.join(e.id for e in examples)}")
    return chosen.values_for(recipient, template.situation)


def run_render(args: argparse.Namespace) -> int:
    """`afterview render`: the composer's first draft for these values; [markers] where a required value is missing.

    Exit 0 even when fields are unfilled (the draft is still printed); stderr names them.
    """
    office = find_office(args.config)
    template = find_template(catalog(office, args.templates), args.id, [*office.template_dirs, *(args.templates or [])])
    count = len(template.recipients)
    if not 1 <= args.recipient <= count:
        versions = "one version" if count == 1 else f"{count} versions, one per panel member"
        choice = "1" if count == 1 else f"a number from 1 to {count}"
        raise UsageError(f"--recipient {args.recipient}: {template.id} has {versions}; use {choice}")
    recipient = args.recipient - 1
    if args.example:
        if args.set or args.today or args.read_on:
            raise UsageError("--example renders exactly what lint checks: leave out --set, --today and --read-on")
        values = example_values(template, args.example, recipient)
        note = template.render(values, recipient)
    else:
        values = checked_values(template, args.set)
        today = args.today or datetime.now().strftime("%Y-%m-%dT%H:%M")
        if parse_today(today) is None:
            raise UsageError(f"--today {today!r}: use a date such as 2026-03-05 or 2026-03-05T09:30")
        if args.read_on is not None and parse_today(args.read_on) is None:
            raise UsageError(f"--read-on {args.read_on!r}: use a date such as 2026-03-12 or 2026-03-12T09:30")
        note = template.render(values, recipient, today, reading_day(template.channel, today, args.read_on))
    unfilled = template.unfilled(values, recipient)
    if args.format == "json":
        print(json.dumps({"subject": note.subject, "body": note.body, "unfilled": unfilled}, ensure_ascii=False))
    else:
        if note.subject:
            print(f"Subject: {note.subject}\n")
        print(note.body)
    if unfilled:
        names = ", ".join(f"{name} ({marker(name)})" for name in unfilled)
        print(f"afterview render: not filled yet, shown in brackets: {names}", file=sys.stderr)
    for name, value in values.items():
        for issue in moment_issues(name, value, values.get("company", "")):
            print(
                f"afterview render: {name} reads as written about the reader or to yourself ({issue.found!r}); "
                f"the composer offers: {issue.suggestion}",
                file=sys.stderr,
            )
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    """`afterview list`: one template per line (or those the office hides, with the pages that link to them)."""
    office = find_office(args.config)
    templates = catalog(office, args.templates)
    if args.hidden:
        return list_hidden(office, templates, args.format)
    hidden = set(office.settings.hide)
    if args.format == "json":
        rows = [
            {
                "id": t.id,
                "channel": t.channel,
                "situation": t.situation,
                "title": t.title,
                "hidden": t.id in office.settings.hide,
            }
            for t in templates.values()
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    for template in templates.values():
        mark = "  (hidden)" if template.id in hidden else ""
        print(f"{template.id:38} {template.channel:12} {template.situation:22} {template.title}{mark}")
    return EXIT_OK


def list_hidden(office: Office, templates: dict[str, Template], output: str) -> int:
    """The hidden templates, each with the guide pages whose links to it read as plain words."""
    from ..engine.paths import DOCS_DIR
    from ..site.pages import template_links

    linked = template_links(DOCS_DIR)
    mentions = {template_id: linked.get(template_id, []) for template_id in office.settings.hide}
    if output == "json":
        print(json.dumps([{"id": i, "linked_from": pages} for i, pages in mentions.items()], ensure_ascii=False))
        return EXIT_OK
    if not mentions:
        print("No template is hidden (the plugin's hide option is empty).", file=sys.stderr)
    for template_id, pages in mentions.items():
        title = templates[template_id].title if template_id in templates else ""
        where = ", ".join(pages) if pages else "no guide page links to it"
        print(f"{template_id:38} {title}\n    linked from (shown as plain words): {where}")
    return EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    """`afterview new`: copy a model template under a new id, into the office's folder (never the package)."""
    if not TEMPLATE_ID.match(args.id):
        raise UsageError(
            f"{args.id!r} cannot be an id: use lower-case words and digits joined by hyphens, e.g. my-card"
        )
    office = find_office(args.config)
    templates = catalog(office)
    model = find_template(templates, args.model, office.template_dirs)
    if args.id in templates:
        raise UsageError(f"{args.id!r} is already the id of a template; choose another id")
    folder = args.dir or office.writable_templates()
    if folder is None:
        raise UsageError(
            "no template folder of yours to write into: run it in your site's folder (its mkdocs.yml lists "
            "template_dirs), or give --dir"
        )
    target = folder / f"{args.id}.yaml"
    if target.exists():
        raise UsageError(f"{target}: already exists; choose another id")
    if model.path is None:
        raise UsageError(f"{args.model}: has no file to copy")
    lines = model.path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [f"id: {args.id}\n" if line.startswith("id:") else line for line in lines]
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(lines), encoding="utf-8")
    if not (folder / SCHEMA_PATH.name).exists():
        shutil.copy2(SCHEMA_PATH, folder / SCHEMA_PATH.name)  # the editor's `$schema` line resolves beside it
    if office.config is not None:
        then = f"`afterview lint {target}`, then `mkdocs build --strict` to see its page"
    else:
        then = f"`afterview lint {target}` and `pytest`"
    print(f"Wrote {target}. Next: rewrite its title, summary, why and wording, then run {then}.", file=sys.stderr)
    print(target)
    return EXIT_OK


def run_init(args: argparse.Namespace) -> int:
    """`afterview init DIR`: a career office's site, ready to build."""
    from .scaffold import ScaffoldError, write_scaffold

    try:
        written = write_scaffold(args.dir, args.name, args.source)
    except ScaffoldError as error:
        raise UsageError(str(error)) from None
    print(
        f"Wrote {plural(len(written), 'file')} to {args.dir}. Next: cd {args.dir} && mkdocs serve (see its README.md).",
        file=sys.stderr,
    )
    return EXIT_OK


def run_offline(args: argparse.Namespace) -> int:
    """`afterview offline`: the site as plain files, to zip and share or open from a USB stick."""
    from mkdocs.exceptions import MkDocsException

    from ..site.offline import build_offline

    if not args.config.is_file():
        raise UsageError(f"{args.config}: no such config file; run it in your site's folder or give --config FILE")
    try:
        index = build_offline(args.config, args.dir) / "index.html"
    except MkDocsException as error:
        raise UsageError(f"{args.config}: {' '.join(str(error).split())}") from None
    print(f"Wrote the offline edition to {args.dir}. Open {index} in a browser.", file=sys.stderr)
    return EXIT_OK


def run_generate(args: argparse.Namespace) -> int:
    """`afterview generate DIR`: the whole docs tree and an engine config, as files any engine builds."""
    from ..site.generate import GenerateError, generate
    from ..site.site_catalog import CatalogError

    try:
        written = generate(args.config, args.dir)
    except (GenerateError, CatalogError) as error:
        raise UsageError(str(error)) from None
    print(
        f"Wrote {plural(len(written), 'file')} to {args.dir / 'docs'} and {args.dir / 'mkdocs.yml'}. Next: build "
        f"{args.dir} with your engine (e.g. cd {args.dir} && zensical build), then afterview finish {args.dir}.",
        file=sys.stderr,
    )
    return EXIT_OK


def run_finish(args: argparse.Namespace) -> int:
    """`afterview finish DIR`: what the plugin does after a build, for a site built from a generated folder."""
    from ..site.generate import GenerateError, finish_generated

    try:
        site_dir = finish_generated(args.dir)
    except GenerateError as error:
        raise UsageError(str(error)) from None
    print(f"Finished {site_dir}: scripts minified where esbuild is installed, policy file written.", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "check": run_check,
    "lint": run_lint,
    "render": run_render,
    "list": run_list,
    "new": run_new,
    "init": run_init,
    "offline": run_offline,
    "generate": run_generate,
    "finish": run_finish,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `afterview` console command."""
    args = parser().parse_args(argv)
    try:
        status = COMMANDS[args.command](args)
        sys.stdout.flush()
        return status
    except (UsageError, SettingsError, ExampleDataError, OfficeError, DraftError) as error:
        print(f"afterview {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader of our output stopped early (`afterview list | head`): nothing is wrong, and nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"afterview {args.command}: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
