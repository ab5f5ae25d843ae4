"""Template lint over loaded templates: ids, placeholders, markup, and the checker run on rendered examples."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import cache
from .catalog import Example, Template, load_examples
from .checker import SUBJECT_CHECKS, check, detect_elements, prepare
from .editorial import BRIEF_TONE_WORDS, BUDGETS, CLOSING_LINES, STOCK_CLAIMS, TEMPLATE_STOCK_LINES
from .fields import FIELDS_BY_NAME
from .language import segment_problems
from .loading import (
    LintFinding,
    LoadResult,
    content_key,
    display_path,
    dotted,
    finding,
    load,
)
from .readability import NATURAL_SENDERS, note_defects
from .render import PLACEHOLDER, fill_text, note_parts
from .rules import DRAFT_RULES, Rule, TemplateCheck
from .yamlsource import Path as YamlPath
from .yamlsource import YamlSource

MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|javascript:|&[a-zA-Z]+;|&#\d+;")
BRACED = re.compile(r"\{[^{}\s]*\}|[{}][^{}\s]*")


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
    # A field whose name is misspelled in a placeholder gets AV005's "did you mean", not "remove the field".
    misspelled = {
        close
        for name in used - set(FIELDS_BY_NAME)
        for close in difflib.get_close_matches(name, list(FIELDS_BY_NAME), n=1)
    }
    return [
        finding(display, source.line(("fields", index)), "AV006", f"{name} is never used")
        for index, name in enumerate(template.fields)
        if name not in used and name not in misspelled
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

    def report(path: YamlPath, kind: str, detail: str, where: str, fix: str | None = None) -> None:
        """Keep the first example's finding of each kind per line (word counts and names vary by example)."""
        line = source.line(path) if source else 1
        findings.setdefault((line, kind), finding(display, line, "AV008", f"{detail} {where}", fix))

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
                    report(path, found.code, f"{found.code} {found.message}", where, by_code[found.code].fix)
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


STOCK_CLAIM = re.compile(
    "|".join(f"(?:{claim})" for claim in (*STOCK_CLAIMS, *TEMPLATE_STOCK_LINES)), re.IGNORECASE | re.ASCII
)
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
    """AV017: no rendered part says something from editorial.STOCK_CLAIMS or TEMPLATE_STOCK_LINES."""
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


@dataclass(frozen=True)
class LintResult:
    """The templates that passed and the findings of those that did not."""

    templates: tuple[Template, ...]
    findings: tuple[LintFinding, ...]


@lru_cache(maxsize=1)
def engine_key() -> str:
    """A digest of the package's own code and data (the note engine, the rules, the sentence model), so that
    findings cached by one version are never read by another, even an unreleased one."""
    internals = Path(__file__).resolve().parents[1]
    files = sorted([*internals.rglob("*.py"), *internals.rglob("*.json")])
    return content_key(*(path.read_bytes() for path in files))


# Lint findings by file content, display path, examples, rules and engine, kept on disk (cache.py): a later build or
# command checks again only the templates that changed.
def cached_lint(
    template: Template, examples: Sequence[Example], display: str, rules: Sequence[Rule], context: tuple[str, ...]
) -> tuple[LintFinding, ...]:
    """lint_template, remembered for the same text, path, examples and rules."""
    text = template.source.text if template.source else repr(template)
    key = content_key(text, display, *context)
    stored = cache.read_entry(key)
    if isinstance(stored, list):
        return tuple(LintFinding(*item) for item in stored)
    found = tuple(lint_template(template, examples, display, rules))
    cache.write_entry(key, [[f.path, f.line, f.code, f.message, f.fix] for f in found])
    return found


def description(template: Template) -> tuple[str, ...]:
    """A template's title, summary and why, compared regardless of case and spacing."""
    return tuple(" ".join(text.split()).casefold() for text in (template.title, template.summary, template.why))


def not_a_copy(shown: Sequence[tuple[Template, str]]) -> list[LintFinding]:
    """AV021: no template has the title, summary and why of one before it (a copy that changed only its id)."""
    first: dict[tuple[str, ...], str] = {}
    findings = []
    for template, display in shown:
        original = first.setdefault(description(template), display)
        if original != display:
            line = template.source.line(("title",)) if template.source else 1
            findings.append(finding(display, line, "AV021", f"they are the same as in {original}"))
    return findings


def written_at(template: Template) -> float:
    """When a template's file was last written (0 without a file): of two alike, the later one is the copy."""
    try:
        return template.path.stat().st_mtime if template.path else 0.0
    except OSError:
        return 0.0


def copy_order(template: Template, folders: Mapping[Path | None, int]) -> tuple[int, float]:
    """Where a template stands when alike ones are compared: by the folder it was loaded from (in the order the
    folders came), then by when it was written. A file listed after a folder is the copy of one in it, whatever a
    fresh checkout made of the files' times; within one folder the newer file is the copy."""
    return folders[folder_of(template)], written_at(template)


def folder_of(template: Template) -> Path | None:
    """The folder a template was loaded from (None for one given as data)."""
    return template.path.parent if template.path else None


CatalogCheck = Callable[[Sequence[tuple[Template, str]]], list[LintFinding]]
# Checks that compare the templates linted together (with their display paths): those read before first, then
# the others in copy_order, so that of two alike the later one is the copy.
CATALOG_CHECKS: dict[TemplateCheck, CatalogCheck] = {"not-a-copy": not_a_copy}


def shown_as(templates: Sequence[Template]) -> list[tuple[Template, str]]:
    """Each template with the path a finding names it by."""
    return [(template, display_path(template.path) if template.path else template.id) for template in templates]


def lint_loaded(
    loaded: LoadResult,
    examples: Sequence[Example] | None = None,
    rules: Sequence[Rule] = DRAFT_RULES,
    read_before: Sequence[Template] = (),
) -> LintResult:
    """The lint pass over a loaded catalog: the templates without findings, and every finding.

    read_before: templates linted on their own before these (the shipped catalog under an office's), which
    the checks across templates compare these with ("not-a-copy"); their own findings are not repeated.
    """
    examples = load_examples() if examples is None else examples
    context = (content_key(examples), content_key(rules), engine_key())
    shown = shown_as(loaded.templates)
    folders: dict[Path | None, int] = {}
    for template, _ in shown:
        folders.setdefault(folder_of(template), len(folders))
    compared = [*shown_as(read_before), *sorted(shown, key=lambda pair: copy_order(pair[0], folders))]
    own_paths = {display for _, display in shown}
    across: dict[str, list[LintFinding]] = {}
    for found in (found for catalog_check in CATALOG_CHECKS.values() for found in catalog_check(compared)):
        if found.path in own_paths:
            across.setdefault(found.path, []).append(found)
    passed: list[Template] = []
    findings = list(loaded.findings)
    for template, display in shown:
        own = cached_lint(template, examples, display, rules, context)
        problems = sorted([*own, *across.get(display, [])], key=lambda found: found.line)
        findings.extend(problems)
        if not problems:
            passed.append(template)
    return LintResult(tuple(passed), tuple(findings))


def lint(
    paths: Iterable[Path], examples: Sequence[Example] | None = None, rules: Sequence[Rule] = DRAFT_RULES
) -> LintResult:
    """Load and lint template files and directories (each file once); duplicate ids across them are findings too."""
    return lint_loaded(load(paths), examples, rules)
