"""The `afterview` command: lint templates, check drafts, render, list and scaffold templates."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from mkdocs.exceptions import ConfigurationError

from .annotations import github_annotation
from .catalog import TEMPLATES_DIR, ExampleDataError, Template
from .checker import check
from .lint import lint
from .rules import CHANNELS
from .site import lint_house, rules_for_file, settings_for_file

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called; printed as one line, exit 2."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `afterview check: error: ... (see --help)`."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    main = Parser(prog="afterview", description="Thank-you and follow-up notes after interviews.")
    sub = main.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)

    lint_cmd = sub.add_parser("lint", help="validate template files and folders")
    lint_cmd.add_argument("paths", nargs="*", type=Path, help="files or folders (default: templates/)")
    lint_cmd.add_argument("--config", type=Path, metavar="FILE", help="a career office's mkdocs.yml: lint its folders")
    lint_cmd.add_argument(
        "--format", choices=("text", "github"), default="text", help="github: ::error annotations for GitHub Actions"
    )

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
    check_cmd.add_argument("--json", action="store_true", help="print one JSON object")
    check_cmd.add_argument(
        "--config", type=Path, metavar="FILE", help="a career office's mkdocs.yml: add its house rules"
    )

    render_cmd = sub.add_parser("render", help="print a template filled with your details")
    render_cmd.add_argument("id")
    render_cmd.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    render_cmd.add_argument("--recipient", type=int, default=1, help="n-th panel member (panel templates)")
    render_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR")

    list_cmd = sub.add_parser("list", help="list the template catalog")
    list_cmd.add_argument("--templates", action="append", type=Path, metavar="DIR")

    new_cmd = sub.add_parser("new", help="start a new template from an existing one")
    new_cmd.add_argument("id")
    new_cmd.add_argument("--from", dest="model", required=True, metavar="MODEL", help="id of the template to copy")
    new_cmd.add_argument("--dir", type=Path, default=TEMPLATES_DIR, help="where to write it (default: templates/)")
    offline_cmd = sub.add_parser("offline", help="build a copy of the site that works opened as files")
    offline_cmd.add_argument("-d", "--dir", type=Path, default=Path("afterview-offline"), help="output folder")
    offline_cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE")
    return main


def read_draft(name: str) -> str:
    """The draft's text from a file or standard input."""
    try:
        return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{name}: not UTF-8 text") from None
    except OSError as error:
        raise UsageError(f"{name}: {error.strerror or error}") from None


def run_check(args: argparse.Namespace) -> int:
    """`afterview check`: findings as lines or JSON; exit 1 on any error finding."""
    result = check(read_draft(args.file), args.channel, {"recipients": args.to}, rules_for_file(args.config))
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        for name, present in result.elements.items():
            print(f"{'found  ' if present else 'MISSING'} {name}")
        for found in result.findings:
            line = found.line if found.line is not None else 1
            print(f"{args.file}:{line}: {found.code} {found.message}")
        if not result.findings:
            print("No problems found.")
    return EXIT_FINDINGS if result.has_errors else EXIT_OK


def run_lint(args: argparse.Namespace) -> int:
    """`afterview lint`: one line per finding; exit 1 when there is any."""
    if args.config and args.paths:
        raise UsageError("give either --config (lints the office's template_dirs) or paths, not both")
    paths = args.paths or [TEMPLATES_DIR]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    result = lint_house(settings_for_file(args.config)) if args.config else lint(paths)
    for found in result.findings:
        print(github_annotation(found) if args.format == "github" else found)
    files = len(result.templates) + len({f.path for f in result.findings})
    print(
        f"{len(result.templates)} templates passed, {len(result.findings)} problems in {files} files checked",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if result.findings else EXIT_OK


def catalog(dirs: Sequence[Path] | None) -> dict[str, Template]:
    """The valid templates of these folders (default: the shipped ones), by id."""
    result = lint(dirs or [TEMPLATES_DIR])
    return {template.id: template for template in result.templates}


def find_template(templates: dict[str, Template], template_id: str) -> Template:
    """A template by id, or a usage error that lists near names."""
    if template_id in templates:
        return templates[template_id]
    near = [t for t in templates if template_id in t or t in template_id][:5]
    hint = f"; did you mean {', '.join(near)}?" if near else "; see `afterview list`"
    raise UsageError(f"no template with id {template_id!r}{hint}")


def run_render(args: argparse.Namespace) -> int:
    """`afterview render`: the note with the given values; [markers] where a value is missing."""
    template = find_template(catalog(args.templates), args.id)
    values: dict[str, str] = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep or key not in template.fields:
            raise UsageError(
                f"--set {item!r}: use FIELD=VALUE with a field of this template: {', '.join(template.fields)}"
            )
        values[key] = value
    note = template.render(values, max(args.recipient, 1) - 1)
    if note.subject:
        print(f"Subject: {note.subject}\n")
    print(note.body)
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
    "offline": run_offline,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `afterview` console command."""
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigurationError, ExampleDataError) as error:
        print(f"afterview {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
