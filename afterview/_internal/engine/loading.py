"""Loading templates: read each file, parse its YAML and validate it against the schema.

A file that cannot be read, is not YAML or breaks the schema gives findings and no template; the
lint pass (lint.py) then checks only what loaded. Loads are cached on disk by content (cache.py).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import reprlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema loads only when a file is validated (`afterview list` reads cached loads)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

from . import cache
from .catalog import SCHEMA_PATH, Template, template_files
from .rules import ELEMENTS, RULES_BY_CODE, TemplateCheck
from .yamlsource import Path as YamlPath
from .yamlsource import YamlError, YamlSource, parse_yaml

MAX_BYTES = 20_000
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
    # What to do about it: the rule's own fix, or for AV008 the fix of the checker rule the example broke.
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code} {self.message}" + (f" (fix: {self.fix})" if self.fix else "")


@dataclass(frozen=True)
class LoadResult:
    """The templates that loaded and the findings of the files that did not."""

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


def finding(path: Path | str, line: int, code: str, detail: str = "", fix: str | None = None) -> LintFinding:
    """A finding whose one-line message is the rule's "should ..." plus what exactly is wrong; its fix is the
    rule's own unless another is given."""
    detail = " ".join(detail.split())
    message = RULES_BY_CODE[code].message + (f": {detail}" if detail else "")
    return LintFinding(str(path), line, code, message, RULES_BY_CODE[code].fix if fix is None else fix)


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
    tab_lines = [number for number, line in enumerate(text.splitlines(), start=1) if "\t" in line]
    if tab_lines:
        return None, [finding(display, number, "AV012") for number in tab_lines]
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


# Checked while a file is read and validated (read_source, the schema, load): without them there is no template.
LOADER_CHECKS: frozenset[TemplateCheck] = frozenset(
    ("readable-yaml", "file-size", "not-empty", "no-tabs", "schema", "unique-id")
)


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


def content_key(*parts: object) -> str:
    """A short digest of some values' text."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


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


def load(paths: Iterable[Path]) -> LoadResult:
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
    return LoadResult(tuple(templates), tuple(findings))
