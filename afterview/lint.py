"""Template lint: schema, ids, placeholders, markup, and the checker run on rendered examples."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import reprlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema loads only when a file is validated (`afterview list` reads cached loads)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from . import cache
from .catalog import SCHEMA_PATH, Example, Template, load_examples, template_files
from .checker import SUBJECT_CHECKS, check, detect_elements, prepare
from .editorial import BRIEF_TONE_WORDS, BUDGETS, CLOSING_LINES, STOCK_CLAIMS
from .fields import FIELDS_BY_NAME
from .language import segment_problems
from .readability import NATURAL_SENDERS, note_defects
from .render import PLACEHOLDER, fill_text, note_parts
from .rules import DRAFT_RULES, ELEMENTS, RULES_BY_CODE, Rule, TemplateCheck
from .yamlsource import Path as YamlPath
from .yamlsource import YamlError, YamlSource, parse_yaml

MAX_BYTES = 20_000
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|javascript:|&[a-zA-Z]+;|&#\d+;")
BRACED = re.compile(r"\{[^{}\s]*\}|[{}][^{}\s]*")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
REQUIRED = re.compile(r"'(.+)' is a required property")

# The parts every template needs (AV007): one per element of a note. template.schema.json lists the
# same (tests/test_architecture.py holds them equal).
REQUIRED_PARTS: tuple[str, ...] = ELEMENTS
SUBJECT_CHANNEL = "email"
TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "a mapping of keys",
    "boolean": "true or false",
    "null": "empty",
}
PATTERN_WORDS = {"^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case words joined by hyphens"}
SHORT = reprlib.Repr()
SHORT.maxstring, SHORT.maxother, SHORT.maxlist, SHORT.maxdict, SHORT.maxlevel = 60, 60, 5, 4, 2


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
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(inline_refs(schema, schema.get("$defs", {})))


def inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with each "#/$defs/name" reference replaced by its definition.

    Same meaning, but the validator no longer resolves a reference for every part of every file
    (about 40% of schema time). A reference with sibling keywords the definition also has is kept.
    """
    if isinstance(node, list):
        return [inline_refs(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    inlined = {key: inline_refs(value, defs) for key, value in node.items() if key != "$ref"}
    ref = node.get("$ref")
    if ref is None:
        return inlined
    name = ref.removeprefix("#/$defs/") if isinstance(ref, str) else ""
    if name in defs and name != ref and not set(inlined) & set(defs[name]):
        return {**inline_refs(defs[name], defs), **inlined}
    return {**inlined, "$ref": ref}


def finding(path: Path | str, line: int, code: str, detail: str = "") -> LintFinding:
    """A finding whose one-line message is the rule's "should ..." plus what exactly is wrong."""
    detail = " ".join(detail.split())
    message = RULES_BY_CODE[code].message + (f": {detail}" if detail else "")
    return LintFinding(str(path), line, code, message)


def read_source(path: Path, display: str) -> tuple[YamlSource | None, list[LintFinding]]:
    """Read and parse a file, reporting size, encoding, emptiness, tabs and YAML syntax."""
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_BYTES else b""
    except OSError as error:
        return None, [finding(display, 1, "AV001", f"cannot read the file ({error.strerror or error})")]
    if size > MAX_BYTES:
        return None, [finding(display, 1, "AV010", f"it is {size:,} bytes")]
    if raw.startswith(UTF16_BOMS):
        return None, [finding(display, 1, "AV001", "the file is saved as UTF-16")]
    if b"\x00" in raw:
        return None, [finding(display, 1, "AV001", "the file has NUL bytes: it is binary, or UTF-16 without a BOM")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            finding(
                display,
                line,
                "AV001",
                f"byte 0x{raw[error.start]:02x} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?)",
            )
        ]
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [finding(display, 1, "AV011")]
    if "\t" in text:
        return None, [finding(display, text.count("\n", 0, text.index("\t")) + 1, "AV012")]
    try:
        source = parse_yaml(text)
    except YamlError as error:
        return None, [finding(display, error.line, "AV001", str(error))]
    if source.data is None:
        return None, [finding(display, 1, "AV011", "the document holds no data")]
    if not isinstance(source.data, dict):
        return None, [
            finding(
                display,
                source.line(()),
                "AV001",
                f"the file is {kind_of(source.data)}, not a mapping of keys such as id: and title:",
            )
        ]
    return source, []


def kind_of(value: Any) -> str:
    """What a YAML value is, in the words TYPE_WORDS uses for schema types."""
    schema_type = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }.get(type(value), "")
    return TYPE_WORDS.get(schema_type, f"a {type(value).__name__}")


def dotted(path: Iterable[str | int]) -> str:
    """A data path as a contributor reads it: parts.highlight, variants[1].closing."""
    return "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path).lstrip(".")


def did_you_mean(word: str, choices: Iterable[str], template: str = "`{}`") -> str:
    """A hint naming the closest allowed spelling, or the allowed values when none is close."""
    choices = [str(choice) for choice in choices]
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    listed = ", ".join(template.format(choice) for choice in choices)
    return f" (did you mean {template.format(close[0])}?)" if close else f" (allowed: {listed})"


def length_words(error: Any, unit: str) -> str:
    """`has N units; the limit is M` for min/max length and item counts."""
    most = error.validator.startswith("max")
    return f"has {len(error.instance)} {unit}; {'at most' if most else 'at least'} {error.validator_value}"


DESCRIBE: dict[str, Callable[[Any], str]] = {
    "type": lambda e: (
        f"expected {TYPE_WORDS.get(str(e.validator_value), e.validator_value)}, found "
        + ("an empty value" if e.instance is None else f"{kind_of(e.instance)} {SHORT.repr(e.instance)}")
    ),
    "enum": lambda e: (
        f"{SHORT.repr(e.instance)} is not allowed" + did_you_mean(str(e.instance), e.validator_value, "{}")
    ),
    "required": lambda e: missing_key(e.message),
    "minLength": lambda e: length_words(e, "characters"),
    "maxLength": lambda e: length_words(e, "characters"),
    "minItems": lambda e: length_words(e, "items"),
    "maxItems": lambda e: length_words(e, "items"),
    "minimum": lambda e: f"{e.instance} is below the minimum, {e.validator_value}",
    "maximum": lambda e: f"{e.instance} is above the maximum, {e.validator_value}",
    "pattern": lambda e: f"{SHORT.repr(e.instance)} is not {PATTERN_WORDS.get(e.validator_value, e.validator_value)}",
    "minProperties": lambda e: "has no parts; give it at least one",
}


def missing_key(message: str) -> str:
    """`'why' is a required property` as `why:` is missing."""
    match = REQUIRED.fullmatch(message)
    return f"`{match.group(1)}:` is missing" if match else message


def plain_message(error: Any) -> str:
    """The validator's own message, cut short."""
    return str(error.message)[:200]


def schema_problems(error: ValidationError, data: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    """Where one schema error is (the offending key or item) and what it says."""
    path: YamlPath = tuple(error.absolute_path)
    instance: Any = error.instance
    if error.validator == "additionalProperties":
        schema: Any = error.schema
        allowed = list(schema.get("properties", {}))
        extras = [key for key in instance if key not in allowed]
        return [
            ((*path, key), f"{dotted(path) or 'the file'} has an unknown key `{key}`" + did_you_mean(str(key), allowed))
            for key in extras
        ]
    if error.validator == "uniqueItems":
        items = list(instance)
        index = next((i for i, item in enumerate(items) if item in items[:i]), 0)
        return [((*path, index), f"{dotted(path)}: {SHORT.repr(items[index])} is listed twice")]
    describe = DESCRIBE.get(str(error.validator), plain_message)
    return [(path, f"{dotted(path)}: {describe(error)}" if path else describe(error))]


def is_required_part_error(error: ValidationError) -> bool:
    """The schema's own report of a missing required part, which rule AV007 reports instead."""
    return error.validator == "required" and tuple(error.absolute_path) == ("parts",)


def is_subjects_condition_error(error: ValidationError) -> bool:
    """The schema's conditional on channel and subjects (wherever it sits), which rule AV013 reports instead."""
    conditional = any(keyword in ("then", "else") for keyword in error.absolute_schema_path)
    return conditional and "subjects" in json.dumps(error.schema)


# Schema errors that a template rule of its own reports, recognised by what they say, not where they sit.
COVERED_BY_RULE: tuple[Callable[[ValidationError], bool], ...] = (is_required_part_error, is_subjects_condition_error)


def required_parts(data: dict[str, Any], source: YamlSource, display: str, wrong: set[str]) -> list[LintFinding]:
    """AV007: each required part is there."""
    parts = data.get("parts")
    if not isinstance(parts, dict):
        return []
    line = source.line(("parts",))
    missing = [name for name in REQUIRED_PARTS if name not in parts]
    return [finding(display, line, "AV007", f"parts: `{name}:` is missing") for name in missing]


def subjects_for_email(data: dict[str, Any], source: YamlSource, display: str, wrong: set[str]) -> list[LintFinding]:
    """AV013: subject lines if, and only if, the channel is email (not judged while the channel is wrong)."""
    channel = data.get("channel")
    if not isinstance(channel, str) or "channel" in wrong:
        return []
    if channel == SUBJECT_CHANNEL and "subjects" not in data:
        detail = "an email template needs `subjects:`, one to four subject lines"
        return [finding(display, source.line(("channel",)), "AV013", detail)]
    if channel != SUBJECT_CHANNEL and "subjects" in data:
        detail = f"only email templates have subject lines; this one is {channel}"
        return [finding(display, source.line(("subjects",)), "AV013", detail)]
    return []


StructureCheck = Callable[[dict[str, Any], YamlSource, str, set[str]], list[LintFinding]]
# Rules checked on the data as read, beside the schema: a template that breaks one is not loaded.
STRUCTURE_CHECKS: dict[TemplateCheck, StructureCheck] = {
    "required-part": required_parts,
    "subjects-for-email": subjects_for_email,
}


def schema_findings(source: YamlSource, display: str) -> list[LintFinding]:
    """Every schema violation and structure rule finding, at the line of the offending key or item, in file order."""
    data = source.data
    errors = [error for error in validator().iter_errors(data) if not any(c(error) for c in COVERED_BY_RULE)]
    wrong = {str(error.absolute_path[0]) for error in errors if error.absolute_path}
    findings = [
        finding(display, source.line(path), "AV002", detail)
        for error in errors
        for path, detail in schema_problems(error, data)
    ]
    for structure_check in STRUCTURE_CHECKS.values():
        findings.extend(structure_check(data, source, display, wrong))
    return sorted(findings, key=lambda found: found.line)


def text_locations(template: Template) -> list[tuple[YamlPath, str]]:
    """Every piece of note text with its path: parts, subjects and variants."""
    places: list[tuple[YamlPath, str]] = [(("parts", name), text) for name, text in template.parts.items()]
    places += [(("subjects", index), text) for index, text in enumerate(template.subjects)]
    for index, variant in enumerate(template.variants):
        places += [(("variants", index, name), text) for name, text in variant.items()]
    return places


def placeholder_problem(name: str, declared: Sequence[str]) -> str:
    """Why a placeholder is not usable, with the likely intended field."""
    if name in FIELDS_BY_NAME:
        return f"{{{name}}} is not listed in `fields:`; add it there"
    close = difflib.get_close_matches(name, list(FIELDS_BY_NAME), n=1)
    return f"{{{name}}} is not a field" + (
        f" (did you mean {{{close[0]}}}?)" if close else f" (this template's fields: {', '.join(declared)})"
    )


def stray_brace(token: str, around: str) -> str:
    """What is wrong with a brace that is not a {field} placeholder."""
    name = token.strip("{}.,;:!?").lower().replace("-", "_")
    hint = f"; did you mean {{{name}}}?" if name in FIELDS_BY_NAME else ""
    return f'`{token}` in "{around}" is not a {{field}} placeholder (names are lower_case, in one pair of braces){hint}'


def id_matches_file(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV003: the id is the file's name."""
    stem = template.path.stem if template.path else template.id
    if template.id == stem:
        return []
    return [finding(display, source.line(("id",)), "AV003", f"id is {template.id!r}, file is {stem!r}")]


def known_placeholders(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV005: every {placeholder} is a field listed in `fields:`, and no brace is stray."""
    findings = []
    for path, text in text_locations(template):
        for name in dict.fromkeys(PLACEHOLDER.findall(text)):
            if name not in template.fields:
                line = source.line_of_text(path, f"{{{name}}}")
                findings.append(finding(display, line, "AV005", placeholder_problem(name, template.fields)))
        stray = next((m for m in BRACED.finditer(text) if not PLACEHOLDER.fullmatch(m.group(0))), None)
        if stray:
            around = text[max(stray.start() - 15, 0) : stray.end() + 15]
            line = source.line_of_text(path, stray.group(0))
            findings.append(finding(display, line, "AV005", stray_brace(stray.group(0), around)))
    return findings


def no_markup(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV009: plain text only, no HTML, entities or script URLs."""
    findings = []
    for path, text in text_locations(template):
        markup = MARKUP.search(text)
        if markup:
            line = source.line_of_text(path, markup.group(0))
            findings.append(finding(display, line, "AV009", f"found {markup.group(0)!r} in {dotted(path)}"))
    return findings


def used_fields(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV006: every field listed in `fields:` appears as a placeholder somewhere."""
    used = {name for _, text in text_locations(template) for name in PLACEHOLDER.findall(text)}
    return [
        finding(display, source.line(("fields", index)), "AV006", f"{name} is never used")
        for index, name in enumerate(template.fields)
        if name not in used
    ]


def highlight_placeholder(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV014: each highlight part lets the sender fill in {highlight}."""
    return [
        finding(display, source.line(path), "AV014", f"{dotted(path)} has no {{highlight}}")
        for path, text in text_locations(template)
        if path[-1] == "highlight" and "{highlight}" not in text
    ]


def well_formed_segments(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV016: [[...]] segments close on their line; blank-able fields sit in one; sentence fields have a frame."""
    return [
        finding(display, source.line_of_text(path, problem.anchor), "AV016", f"{problem.detail} (in {dotted(path)})")
        for path, text in text_locations(template)
        for problem in segment_problems(text)
    ]


NATURAL_TODAY = "2026-03-05T15:00"


def reads_naturally(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV015: every part and subject rendered for the natural senders shows nothing a reader would notice.

    Reported once per line and kind of defect; skipped while a segment is malformed (AV016 says why).
    """
    if any(segment_problems(text) for _, text in text_locations(template)):
        return []
    findings: dict[tuple[int, str], LintFinding] = {}
    for number, sender in enumerate(NATURAL_SENDERS, start=1):
        for recipient in template.recipients:
            pieces: list[tuple[YamlPath, str]] = [
                (part_path(template, recipient, part), text)
                for part, text in note_parts(template.parts, template.variants, recipient)
            ]
            pieces += [(("subjects", index), subject) for index, subject in enumerate(template.subjects)]
            for path, text in pieces:
                rendered = fill_text(text.strip(), sender, NATURAL_TODAY)
                for defect in note_defects(rendered, sender):
                    line = source.line(path)
                    detail = f"{defect} (natural sender {number}, recipient {recipient + 1})"
                    findings.setdefault((line, defect.kind), finding(display, line, "AV015", detail))
    return list(findings.values())


def formal_without_exclamation(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """AV020: a formal template's own text has no exclamation mark."""
    if template.tone != "formal":
        return []
    return [
        finding(display, source.line_of_text(path, "!"), "AV020", f'{dotted(path)} has "!"')
        for path, text in text_locations(template)
        if "!" in text
    ]


ContentCheck = Callable[[Template, YamlSource, str], list[LintFinding]]
# Checked while a file is read and validated (read_source, the schema, load): without them there is no template.
LOADER_CHECKS: frozenset[TemplateCheck] = frozenset(
    ("readable-yaml", "file-size", "not-empty", "no-tabs", "schema", "unique-id")
)
# Checked by rendering the template with the example senders and running the draft checker (example_findings).
EXAMPLE_CHECK: TemplateCheck = "example-passes-checker"
# The lint pass's checks of a loaded template's text, by the check name of their rule (rules.py).
CONTENT_CHECKS: dict[TemplateCheck, ContentCheck] = {
    "id-matches-file": id_matches_file,
    "known-placeholder": known_placeholders,
    "no-markup": no_markup,
    "used-field": used_fields,
    "highlight-placeholder": highlight_placeholder,
    "well-formed-segments": well_formed_segments,
    "reads-naturally": reads_naturally,
    "formal-no-exclamation": formal_without_exclamation,
}


def content_findings(template: Template, source: YamlSource, display: str) -> list[LintFinding]:
    """Every content check's findings, in file order."""
    findings = [found for check in CONTENT_CHECKS.values() for found in check(template, source, display)]
    return sorted(findings, key=lambda found: found.line)


# Draft rules whose finding in a rendered example a template rule already reports with its own fix
# (the editorial lists of editorial.py): AV008 leaves them to that rule, so one problem is reported once.
REPORTED_BY_TEMPLATE_RULES: dict[str, str] = {"no-stock-claims": "no-stock-claim", "closes-once": "one-closing"}


def example_findings(
    template: Template, examples: Sequence[Example], display: str, rules: Sequence[Rule] = DRAFT_RULES
) -> list[LintFinding]:
    """Render the template with every example person and report what the checker finds, once per line."""
    rules = [rule for rule in rules if rule.name not in REPORTED_BY_TEMPLATE_RULES]
    source = template.source
    by_code = {rule.code: rule for rule in rules}
    subject_rules = [rule for rule in rules if rule.check in SUBJECT_CHECKS]
    findings: dict[tuple[int, str], LintFinding] = {}

    def report(path: YamlPath, kind: str, detail: str, where: str) -> None:
        """Keep the first example's finding of each kind per line (word counts and names vary by example)."""
        line = source.line(path) if source else 1
        findings.setdefault((line, kind), finding(display, line, "AV008", f"{detail} {where}"))

    for example in examples:
        for recipient in template.recipients:
            values = example.values_for(recipient, template.situation)
            note = template.render(values, recipient)
            where = f"(example {example.id}, recipient {recipient + 1})"
            elements: dict[str, bool] = {}
            for index, subject in enumerate(note.subjects or (None,)):
                # The first subject is checked with the body; the others only by the rules that read a subject.
                text, active = (note.body, rules) if index == 0 else ("", subject_rules)
                result = check(text, template.channel, checker_context(template, subject, values), active)
                if index == 0:
                    elements = result.elements
                for found in result.findings:
                    path = finding_path(template, recipient, values, by_code[found.code], found.line, index)
                    report(path, found.code, f"{found.code} {found.message}", where)
            for part, text in note_parts(template.parts, template.variants, recipient):
                if elements.get(part) and not part_has_element(
                    fill_text(text.strip(), values), part, template.channel, rules
                ):
                    report(
                        part_path(template, recipient, part),
                        part,
                        f"the {part} part on its own should contain its element",
                        where,
                    )
    return sorted(findings.values(), key=lambda found: found.line)


STOCK_CLAIM = re.compile("|".join(f"(?:{claim})" for claim in STOCK_CLAIMS), re.IGNORECASE | re.ASCII)
CLOSING_LINE = re.compile("|".join(f"(?:{line})" for line in CLOSING_LINES), re.IGNORECASE | re.ASCII)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
UNCOUNTED_PARTS = ("greeting", "signature")


@dataclass(frozen=True)
class RenderedPart:
    """One part of a note rendered for an example sender: where it is written and what it says."""

    path: YamlPath
    name: str
    text: str


@dataclass(frozen=True)
class RenderedNote:
    """A template rendered for one example sender and recipient, part by part."""

    where: str
    body: str
    parts: tuple[RenderedPart, ...]


def rendered_notes(template: Template, examples: Sequence[Example]) -> list[RenderedNote]:
    """The template rendered for every example sender and every recipient of a panel."""
    notes = []
    for example in examples:
        for recipient in template.recipients:
            values = example.values_for(recipient, template.situation)
            parts = tuple(
                RenderedPart(part_path(template, recipient, name), name, fill_text(text.strip(), values))
                for name, text in note_parts(template.parts, template.variants, recipient)
            )
            body = template.render(values, recipient).body
            notes.append(RenderedNote(f"(example {example.id}, recipient {recipient + 1})", body, parts))
    return notes


def sentences(text: str) -> list[str]:
    """The sentences of a piece of text (a line without a full stop counts as one)."""
    return [found.strip() for found in SENTENCE.findall(text) if found.strip()]


def no_stock_claims(template: Template, notes: Sequence[RenderedNote], display: str) -> list[LintFinding]:
    """AV017: no rendered part says something from editorial.STOCK_CLAIMS."""
    source = template.source
    findings: dict[int, LintFinding] = {}
    for note in notes:
        for part in note.parts:
            claim = STOCK_CLAIM.search(part.text)
            if claim:
                line = source.line(part.path) if source else 1
                detail = f'"{claim.group(0)}" in {dotted(part.path)} {note.where}'
                findings.setdefault(line, finding(display, line, "AV017", detail))
    return list(findings.values())


def one_closing(template: Template, notes: Sequence[RenderedNote], display: str) -> list[LintFinding]:
    """AV018: at most one sentence of a rendered note is a stock closing line (editorial.CLOSING_LINES)."""
    source = template.source
    for note in notes:
        closings = [
            (part, sentence)
            for part in note.parts
            for sentence in sentences(part.text)
            if CLOSING_LINE.search(sentence)
        ]
        if len(closings) > 1:
            part, _ = closings[1]
            quoted = "; ".join(f'"{sentence}"' for _, sentence in closings)
            line = source.line(part.path) if source else 1
            return [finding(display, line, "AV018", f"{len(closings)} closings, {quoted} {note.where}")]
    return []


def within_budget(template: Template, notes: Sequence[RenderedNote], display: str) -> list[LintFinding]:
    """AV019: the message of every rendered note keeps to its channel's sentence and word budget."""
    budget = BUDGETS["connection-request" if template.kind == "connection-request" else template.channel]
    line = template.source.line(("parts",)) if template.source else 1
    for note in notes:
        message = " ".join(part.text for part in note.parts if part.name not in UNCOUNTED_PARTS)
        counted = len(sentences(message)), len(message.split())
        if counted[0] > budget.sentences or counted[1] > budget.words:
            detail = f"{counted[0]} sentences and {counted[1]} words, over {budget.sentences} and {budget.words}"
            return [finding(display, line, "AV019", f"{detail} {note.where}")]
        if template.tone == "brief" and len(note.body.split()) > BRIEF_TONE_WORDS:
            detail = f"the brief note runs to {len(note.body.split())} words, over {BRIEF_TONE_WORDS}"
            return [finding(display, line, "AV019", f"{detail} {note.where}")]
    return []


NoteCheck = Callable[[Template, Sequence[RenderedNote], str], list[LintFinding]]
# Checks of the notes a template renders for the example senders (the editorial standard, editorial.py).
NOTE_CHECKS: dict[TemplateCheck, NoteCheck] = {
    "no-stock-claim": no_stock_claims,
    "one-closing": one_closing,
    "within-budget": within_budget,
}


def note_findings(template: Template, examples: Sequence[Example], display: str) -> list[LintFinding]:
    """Every rendered-note check's findings, in file order."""
    notes = rendered_notes(template, examples)
    findings = [found for check in NOTE_CHECKS.values() for found in check(template, notes, display)]
    return sorted(findings, key=lambda found: found.line)


def finding_path(
    template: Template, recipient: int, values: dict[str, str], rule: Rule, line: int | None, subject: int
) -> YamlPath:
    """Where in the YAML a checker finding comes from: the part of its line, the subject, or its element's part."""
    if line is not None:
        return part_path(template, recipient, part_of_line(template, recipient, values, line))
    if rule.check in SUBJECT_CHECKS:  # a finding without a line from a rule that reads the subject
        return ("subjects", subject)
    part = rule.element or ("signature" if rule.check == "signature-contact" else None)
    return part_path(template, recipient, part)


def part_path(template: Template, recipient: int, part: str | None) -> YamlPath:
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
    draft = prepare(text, channel, {"subject": "-"})
    return detect_elements(draft, [rule for rule in rules if rule.element == element])[element]


def checker_context(template: Template, subject: str | None, values: dict[str, str]) -> dict[str, Any]:
    """What the checker needs to know about a rendered template (a connection request has LinkedIn's note limit)."""
    linkedin_format = "connection" if template.kind == "connection-request" else "message"
    return {
        "subject": subject,
        "recipients": [values.get("recipient_name", "")],
        "kind": template.kind,
        "linkedin_format": linkedin_format,
    }


def part_of_line(template: Template, recipient: int, values: dict[str, str], line: int | None) -> str | None:
    """Which part of the template a line of the rendered body came from."""
    if line is None:
        return None
    current = 1
    for name, text in note_parts(template.parts, template.variants, recipient):
        height = fill_text(text.strip(), values).count("\n") + 1
        if current <= line < current + height:
            return name
        current += height + 1
    return None


def load_file(path: Path, display: str | None = None) -> tuple[Template | None, list[LintFinding]]:
    """Read one template file and validate it against the schema: the template, or why it is unusable.

    A file read and found valid before (same bytes, same schema, same code) comes from the cache.
    """
    shown = display or str(path)
    key = load_key(path)
    cached = source_from_json(cache.read_entry(key)) if key else None
    if cached is not None:
        return Template.from_data(cached.data, path, cached), []
    source, problems = read_source(path, shown)
    if source is None:
        return None, problems
    problems = schema_findings(source, shown)
    if problems:
        return None, problems
    stored = source_to_json(source) if key else None
    if key and stored is not None:
        cache.write_entry(key, stored)
    return Template.from_data(source.data, path, source), []


@lru_cache(maxsize=1)
def schema_text() -> str:
    """The template schema as written."""
    return SCHEMA_PATH.read_text(encoding="utf-8")


def load_key(path: Path) -> str | None:
    """The cache key of a file's load (None when it cannot be read or is too big to be a template)."""
    try:
        raw = path.read_bytes() if path.stat().st_size <= MAX_BYTES else None
    except OSError:
        return None
    return content_key("load", raw, schema_text()) if raw is not None else None


def source_to_json(source: YamlSource) -> Any:
    """A parsed file as plain data for the cache (None when JSON cannot hold it exactly)."""
    stored = {
        "data": source.data,
        "text": source.text,
        "lines": [[list(path), line] for path, line in source.lines.items()],
        "spans": [[list(path), first, last] for path, (first, last) in source.spans.items()],
    }
    try:
        return stored if json.loads(json.dumps(stored)) == stored else None
    except (TypeError, ValueError):
        return None


def source_from_json(stored: Any) -> YamlSource | None:
    """A cached parse back as a YamlSource (None for anything else)."""
    if not isinstance(stored, dict) or not isinstance(stored.get("data"), dict):
        return None
    lines = {tuple(path): line for path, line in stored["lines"]}
    spans = {tuple(path): (first, last) for path, first, last in stored["spans"]}
    return YamlSource(stored["data"], lines, spans, stored["text"])


def lint_template(
    template: Template, examples: Sequence[Example], display: str, rules: Sequence[Rule] = DRAFT_RULES
) -> list[LintFinding]:
    """The lint pass over one loaded template: ids, placeholders, markup, then the checker on rendered examples."""
    source = template.source
    if source is None:
        return []
    problems = content_findings(template, source, display)
    if problems:
        return problems
    found = example_findings(template, examples, display, rules) + note_findings(template, examples, display)
    return sorted(found, key=lambda each: each.line)


# Lint findings by file content, display path, examples and rules, in memory (`mkdocs serve`) and on disk
# (cache.py, for later runs): only the templates that changed are checked again.
_lint_cache: dict[str, tuple[LintFinding, ...]] = {}
MAX_CACHED = 20_000


def content_key(*parts: object) -> str:
    """A short digest of some values' text."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def cached_lint(
    template: Template, examples: Sequence[Example], display: str, rules: Sequence[Rule], context: tuple[str, str]
) -> tuple[LintFinding, ...]:
    """lint_template, remembered for the same text, path, examples and rules."""
    text = template.source.text if template.source else repr(template)
    key = content_key(text, display, *context)
    if key in _lint_cache:
        return _lint_cache[key]
    stored = cache.read_entry(key)
    if isinstance(stored, list):
        found = tuple(LintFinding(*item) for item in stored)
    else:
        found = tuple(lint_template(template, examples, display, rules))
        cache.write_entry(key, [[f.path, f.line, f.code, f.message] for f in found])
    if len(_lint_cache) >= MAX_CACHED:
        _lint_cache.clear()
    _lint_cache[key] = found
    return found


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def unique_files(paths: Iterable[Path]) -> list[Path]:
    """The template files named by paths, each once even when named twice."""
    files: dict[Path, Path] = {}
    for path in template_files(paths):
        files.setdefault(path.resolve(), path)
    return list(files.values())


def load(paths: Iterable[Path]) -> LintResult:
    """Read and validate template files and directories (each file once); a repeated id is a finding (AV004)."""
    templates: list[Template] = []
    findings: list[LintFinding] = []
    seen: dict[str, str] = {}
    for path in unique_files(paths):
        shown = display_path(path)
        template, problems = load_file(path, shown)
        findings.extend(problems)
        if template is None:
            continue
        if template.id in seen:
            line = template.source.line(("id",)) if template.source else 1
            findings.append(finding(shown, line, "AV004", f"{template.id!r} is also the id of {seen[template.id]}"))
            continue
        seen[template.id] = shown
        templates.append(template)
    return LintResult(tuple(templates), tuple(findings))


def lint_loaded(
    loaded: LintResult, examples: Sequence[Example] | None = None, rules: Sequence[Rule] = DRAFT_RULES
) -> LintResult:
    """The lint pass over a loaded catalog: the templates without findings, and every finding."""
    examples = load_examples() if examples is None else examples
    context = (content_key(examples), content_key(rules))
    passed: list[Template] = []
    findings = list(loaded.findings)
    for template in loaded.templates:
        display = display_path(template.path) if template.path else template.id
        problems = cached_lint(template, examples, display, rules, context)
        findings.extend(problems)
        if not problems:
            passed.append(template)
    return LintResult(tuple(passed), tuple(findings))


def lint(
    paths: Iterable[Path], examples: Sequence[Example] | None = None, rules: Sequence[Rule] = DRAFT_RULES
) -> LintResult:
    """Load and lint template files and directories (each file once); duplicate ids across them are findings too."""
    return lint_loaded(load(paths), examples, rules)
