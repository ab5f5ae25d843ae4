"""Template lint: schema, ids, placeholders, markup, and the checker run on rendered examples."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from .catalog import SCHEMA_PATH, Example, Template, load_examples, template_files
from .checker import check
from .render import PLACEHOLDER, fill, note_parts
from .rules import DRAFT_RULES, ELEMENTS, RULES_BY_CODE, Rule
from .yamlsource import YamlError, YamlSource, parse_yaml

MAX_BYTES = 20_000
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|javascript:|&[a-zA-Z]+;|&#\d+;")
STRAY_BRACE = re.compile(r"[{}]")


@dataclass(frozen=True)
class LintFinding:
    """A problem in a template file, printed as `path:line: CODE message`."""

    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        fix = RULES_BY_CODE[self.code].fix if self.code in RULES_BY_CODE else ""
        return f"{self.path}:{self.line}: {self.code} {self.message}" + (f" (fix: {fix})" if fix else "")


@dataclass(frozen=True)
class LintResult:
    """The templates that passed and the findings of those that did not."""

    templates: tuple[Template, ...]
    findings: tuple[LintFinding, ...]


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    """The template schema's validator (loaded once)."""
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def finding(path: Path | str, line: int, code: str, detail: str = "") -> LintFinding:
    """A finding whose message is the rule's "should ..." plus what exactly is wrong."""
    message = RULES_BY_CODE[code].message + (f": {detail}" if detail else "")
    return LintFinding(str(path), line, code, message)


def read_source(path: Path, display: str) -> tuple[YamlSource | None, list[LintFinding]]:
    """Read and parse a file, reporting size, encoding, emptiness, tabs and YAML syntax."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [finding(display, 1, "AV001", f"cannot read the file ({error.strerror})")]
    if len(raw) > MAX_BYTES:
        return None, [finding(display, 1, "AV010", f"it is {len(raw):,} bytes")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [finding(display, line, "AV001", f"byte 0x{raw[error.start]:02x} is not UTF-8")]
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [finding(display, 1, "AV011")]
    if "\t" in text:
        return None, [finding(display, text.count("\n", 0, text.index("\t")) + 1, "AV012")]
    try:
        source = parse_yaml(text)
    except YamlError as error:
        return None, [finding(display, error.line, "AV001", str(error))]
    if not isinstance(source.data, dict):
        return None, [finding(display, 1, "AV001", "the file should be a mapping of keys such as id:, title:")]
    return source, []


def schema_code(error: ValidationError) -> str:
    """The rule a schema error belongs to."""
    path = list(error.absolute_path)
    if error.validator == "required" and path == ["parts"]:
        return "AV007"
    if path == [] and error.validator in ("required", "not") and "subjects" in str(error.message + str(error.instance.get("channel", ""))):
        return "AV013"
    if path[:1] == ["subjects"] and error.validator == "not":
        return "AV013"
    return "AV002"


def describe(error: ValidationError) -> str:
    """A short description of a schema error that names the field."""
    where = ".".join(str(p) for p in error.absolute_path) or "top level"
    message = error.message
    if error.validator == "not" and isinstance(error.instance, dict):
        message = f"subjects: only email templates have subject lines (this one is {error.instance.get('channel')})"
        return message
    if error.validator == "enum":
        message = f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if len(message) > 200:
        message = message[:197] + "..."
    return f"{where}: {message}"


def schema_findings(source: YamlSource, display: str) -> list[LintFinding]:
    """Every schema violation, at the line of the offending key."""
    findings = []
    for error in sorted(validator().iter_errors(source.data), key=lambda e: list(map(str, e.absolute_path))):
        if error.validator == "if":
            continue
        findings.append(finding(display, source.line(tuple(error.absolute_path)), schema_code(error),
                                describe(error)))
    return findings


def text_locations(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    """Every piece of note text with its path: parts, variants and subjects."""
    places: list[tuple[tuple[str | int, ...], str]] = []
    places += [(("parts", name), text) for name, text in data.get("parts", {}).items()]
    places += [(("subjects", i), text) for i, text in enumerate(data.get("subjects", []))]
    for index, variant in enumerate(data.get("variants", [])):
        places += [(("variants", index, name), text) for name, text in variant.items()]
    return places


def content_findings(template: Template, source: YamlSource, display: str, stem: str) -> list[LintFinding]:
    """Id, placeholder, markup and highlight checks on schema-valid data."""
    findings = []
    if template.id != stem:
        findings.append(finding(display, source.line(("id",)), "AV003", f"id is {template.id!r}, file is {stem!r}"))
    declared = set(template.fields)
    used: set[str] = set()
    for path, text in text_locations(dict(source.data)):
        line = source.line(path)
        names = PLACEHOLDER.findall(text)
        used.update(names)
        for name in dict.fromkeys(names):
            if name not in declared:
                findings.append(finding(display, line, "AV005", f"{{{name}}} is not listed in fields"))
        leftover = PLACEHOLDER.sub("", text)
        if STRAY_BRACE.search(leftover):
            findings.append(finding(display, line, "AV005",
                                    "a brace that is not a {field} placeholder (fields are lower_case names)"))
        if MARKUP.search(text):
            findings.append(finding(display, line, "AV009", f"found {MARKUP.search(text).group(0)!r}"))  # type: ignore[union-attr]
    for name in template.fields:
        if name not in used:
            findings.append(finding(display, source.line(("fields",)), "AV006", f"{name} is never used"))
    if "{highlight}" not in template.parts.get("highlight", ""):
        findings.append(finding(display, source.line(("parts", "highlight")), "AV014"))
    return findings


def example_findings(template: Template, examples: Sequence[Example], display: str,
                     rules: Sequence[Rule] = DRAFT_RULES) -> list[LintFinding]:
    """Render the template with every example person and report what the checker finds."""
    source = template.source
    findings: dict[tuple[int, str], LintFinding] = {}

    def report(line: int, detail: str) -> None:
        findings.setdefault((line, detail.split(" ", 1)[0]), finding(display, line, "AV008", detail))

    recipients = range(1 + len(template.variants)) if template.variants else range(1)
    for example in examples:
        for recipient in recipients:
            values = example.values_for(recipient)
            note = template.render(values, recipient)
            where = f"(example {example.id}, recipient {recipient + 1})"
            for index, subject in enumerate(note.subjects or (None,)):
                result = check(note.body, template.channel, checker_context(template, subject, values), rules)
                for found in result.findings:
                    if index and found.line is not None:
                        continue
                    part = part_of_line(template, recipient, values, found.line)
                    path = ("subjects", index) if found.code.startswith("AV30") else part_path(template, recipient, part)
                    line = source.line(path) if source else 1
                    report(line, f"{found.code} {found.message} {where}")
            for part, text in note_parts(template.parts, template.variants, recipient):
                if part in ELEMENTS and not part_has_element(fill(text.strip(), values), part, template.channel,
                                                             rules):
                    line = source.line(part_path(template, recipient, part)) if source else 1
                    report(line, f"the {part} part on its own should contain its element {where}")
    return list(findings.values())


def part_path(template: Template, recipient: int, part: str | None) -> tuple[str | int, ...]:
    """Where in the YAML a part of the n-th recipient's note is written (a variant or the main parts)."""
    if part is None:
        return ("parts",)
    if recipient > 0 and template.variants:
        index = (recipient - 1) % len(template.variants)
        if part in template.variants[index]:
            return ("variants", index, part)
    return ("parts", part)


def part_has_element(text: str, element: str, channel: str, rules: Sequence[Rule]) -> bool:
    """Whether one rendered part, read alone, shows the element it is named after."""
    return check(text, channel, {"subject": "-"}, rules).elements[element]


def checker_context(template: Template, subject: str | None, values: dict[str, str]) -> dict[str, Any]:
    """What the checker needs to know about a rendered template."""
    return {"subject": subject, "recipients": [values.get("recipient_name", "")], "kind": template.kind}


def part_of_line(template: Template, recipient: int, values: dict[str, str], line: int | None) -> str | None:
    """Which part of the template a line of the rendered body came from."""
    if line is None:
        return None
    current = 1
    for name, text in note_parts(template.parts, template.variants, recipient):
        height = fill(text.strip(), values).count("\n") + 1
        if current <= line < current + height:
            return name
        current += height + 1
    return None


def lint_file(path: Path, examples: Sequence[Example], display: str | None = None,
              rules: Sequence[Rule] = DRAFT_RULES) -> tuple[Template | None, list[LintFinding]]:
    """Lint one template file; return the template when it is usable."""
    shown = display or str(path)
    source, problems = read_source(path, shown)
    if source is None:
        return None, problems
    problems = schema_findings(source, shown)
    if problems:
        return None, problems
    template = Template.from_data(source.data, path, source)
    problems = content_findings(template, source, shown, path.stem)
    if problems:
        return None, problems
    return template, example_findings(template, examples, shown, rules)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def lint(paths: Iterable[Path], examples: Sequence[Example] | None = None,
         rules: Sequence[Rule] = DRAFT_RULES) -> LintResult:
    """Lint template files and directories; duplicate ids across them are findings too."""
    examples = load_examples() if examples is None else examples
    templates: list[Template] = []
    findings: list[LintFinding] = []
    seen: dict[str, str] = {}
    for path in template_files(paths):
        shown = display_path(path)
        template, problems = lint_file(path, examples, shown, rules)
        findings.extend(problems)
        if template is None:
            continue
        if template.id in seen:
            findings.append(finding(shown, 1, "AV004", f"{template.id!r} is also the id of {seen[template.id]}"))
            continue
        seen[template.id] = shown
        if not problems:
            templates.append(template)
    return LintResult(tuple(templates), tuple(findings))
