"""The draft checker: which of the four elements a note has, and what each rule finds in it.

``docs/assets/javascripts/afterview/checker.js`` is the same algorithm in the browser; the
parity tests hold the two to identical output, so change both together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from .rules import (
    CHANNELS,
    COMPANY_JOINERS,
    COMPANY_NOT_NAMES,
    COMPANY_SUFFIXES,
    DRAFT_RULES,
    ELEMENTS,
    NAME_TITLES,
    ROLE_ELEMENTS,
    ROLE_RULES,
    SENTENCE_ROLES,
    DraftCheck,
    Rule,
    Severity,
    shared_patterns,
)
from .sentence_model import FLAGGED_CODES_REMEMBERED, MODEL_FOLD, QUESTION_FEATURE, TOKEN, flagged_codes

FLAGS = re.IGNORECASE | re.MULTILINE | re.ASCII
# The kinds of check whose findings can depend on the subject line (all others read only the body).
SUBJECT_CHECKS = frozenset(
    {"forbid", "subject-missing", "subject-vague", "subject-long", "sentence-forbid", "company-case"}
)
EXCERPT_LENGTH = 40
# A note is a few hundred words: a longer text is checked on its lines within this many characters, so that a
# pasted document still gets its result at once.
MAX_CHECKED_CHARACTERS = 20_000
BYTE_ORDER_MARK = "\ufeff"
# How many findings of sentence-forbid rules in single sentences are remembered, all rules together.
SENTENCE_FINDS_REMEMBERED = 16384
# A word written in capitals: an A-Z letter and no a-z one (checked case-sensitively, unlike the registry).
CAPITALS_WORD = re.compile(r"[^a-z]*[A-Z][^a-z]*")
CAPITAL_LETTER = re.compile(r"[A-Z]")
# What separates the words of a name: Python's (Unicode) whitespace, "." and ",".
NAME_SEPARATORS = re.compile(r"[\s.,]+")
# A letter of the Latin alphabet: a company name without one has no case to get wrong.
LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Finding:
    """One problem a rule found, with the 1-based line it starts on (None for the whole note)."""

    code: str
    severity: str
    message: str
    line: int | None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `afterview check --json` prints."""
        return {"code": self.code, "severity": self.severity, "message": self.message, "line": self.line}


@dataclass(frozen=True)
class CheckResult:
    """What the checker found in one draft."""

    elements: dict[str, bool]
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def has_errors(self) -> bool:
        """True when any finding is an error."""
        return any(finding.severity == "error" for finding in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `afterview check --json` prints."""
        return {"elements": dict(self.elements), "findings": [f.to_dict() for f in self.findings]}


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a registry pattern with the flags shared with the browser."""
    return re.compile(pattern, FLAGS)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a draft (a greeting, a sign-off or a name on its own line counts as one) and its line."""

    text: str
    line: int


@dataclass(frozen=True)
class Draft:
    """A draft split into what the rules look at."""

    body: str
    subject: str | None
    subject_line: int | None
    element_text: str
    sentences: tuple[Sentence, ...] = ()


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """The sentences of a text, each on one line (a line break ends a sentence), stripped, in order."""
    found = []
    for match in compile_pattern(shared_patterns()["sentence"]).finditer(body):
        text = match.group(0).strip()
        if text:
            found.append(Sentence(text, line_of(body, match.start())))
    return tuple(found)


def prepare(text: str, channel: str, context: dict[str, Any]) -> Draft:
    """Drop a byte-order mark, normalise line ends, take out an email's subject, blank the last sign-off line."""
    body = text.removeprefix(BYTE_ORDER_MARK).replace("\r\n", "\n").replace("\r", "\n")
    subject: str | None = context.get("subject")
    subject_line: int | None = None
    if channel == "email" and subject is None:
        match = compile_pattern(shared_patterns()["subject_line"]).search(body)
        if match:
            subject = match.group(1).strip()
            subject_line = line_of(body, match.start())
            body = body[: match.start()] + " " * (match.end() - match.start()) + body[match.end() :]
    signoffs = list(compile_pattern(shared_patterns()["signoff_line"]).finditer(body))
    element_text = body
    if signoffs:
        last = signoffs[-1]
        element_text = body[: last.start()] + " " * (last.end() - last.start()) + body[last.end() :]
    return Draft(body, subject, subject_line, element_text, split_sentences(body))


def checked_part(text: str) -> str:
    """The text, or for a text longer than a note, its whole lines within MAX_CHECKED_CHARACTERS."""
    if len(text) <= MAX_CHECKED_CHARACTERS:
        return text
    head = text[:MAX_CHECKED_CHARACTERS]
    cut = head.rfind("\n")
    return head[:cut] if cut > 0 else head


def line_of(text: str, index: int) -> int:
    """The 1-based line number of a character index."""
    return text.count("\n", 0, index) + 1


def excerpt(matched: str) -> str:
    """A short, single-line quotation of what a rule matched."""
    flat = " ".join(matched.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 3] + "..."


def applies(rule: Rule, channel: str, context: dict[str, Any]) -> bool:
    """Whether a rule runs for this channel and kind of note."""
    kind = context.get("kind")
    return channel in rule.channels and (not rule.kinds or kind is None or kind in rule.kinds)


def detect_elements(draft: Draft, rules: Sequence[Rule]) -> dict[str, bool]:
    """Which of the four elements the draft contains."""
    found = {name: False for name in ELEMENTS}
    for rule in rules:
        if rule.check == "element" and rule.element in found:
            text = draft.body if rule.element == "signature" else draft.element_text
            found[rule.element] = any(compile_pattern(p).search(text) for p in rule.patterns)
    return found


def name_tokens(name: str) -> set[str]:
    """Lower-case words of a name, without titles such as Ms or Dr."""
    words = NAME_SEPARATORS.split(name.lower())
    return {word for word in words if word and word not in NAME_TITLES}


Report = Callable[..., Finding]
CheckFunction = Callable[[Rule, Draft, str, dict[str, Any], dict[str, bool], Report], list[Finding]]


def evaluate(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool]
) -> list[Finding]:
    """Run one rule on a prepared draft."""
    kind = context.get("kind")

    def finding(line: int | None, detail: str = "", severity: Severity | None = None) -> Finding:
        message = rule.message + (f' (found "{detail}")' if detail else "")
        return Finding(rule.code, severity or rule.severity_for(kind), message, line)

    if rule.check not in CHECKS:
        raise ValueError(f"{rule.code}: unknown check {rule.check!r}")
    return CHECKS[rule.check](rule, draft, channel, context, elements, finding)


def element_missing(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """One whole-note finding when the rule's element is missing."""
    return [] if elements.get(rule.element or "") else [finding(None)]


def required(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """One whole-note finding when none of the rule's patterns is in the body."""
    return [] if any(compile_pattern(p).search(draft.body) for p in rule.patterns) else [finding(None)]


def too_many_words(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A body longer than the channel's word limit."""
    limit = rule.limits.get(channel)
    count = len(compile_pattern(shared_patterns()["word"]).findall(draft.body))
    return [finding(None, f"{count} words, over {limit}")] if limit and count > limit else []


def subject_missing(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """An email without a subject line."""
    return [] if draft.subject else [finding(None)]


def forbid(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """One finding per line on which a forbidden pattern matches (the subject counts as a line)."""
    results: list[Finding] = []
    if draft.subject:
        for pattern in rule.patterns:
            match = compile_pattern(pattern).search(draft.subject)
            if match:
                results.append(finding(draft.subject_line, excerpt(match.group(0))))
                break
    # Forbid patterns are single-line, so a body none of them matches has no line they match:
    # one search of the whole body saves a search per line in the common, clean case.
    if not any(compile_pattern(pattern).search(draft.body) for pattern in rule.patterns):
        return results
    for number, line in enumerate(draft.body.split("\n"), start=1):
        for pattern in rule.patterns:
            match = compile_pattern(pattern).search(line)
            if match:
                results.append(finding(number, excerpt(match.group(0))))
                break
    return results


def vague_subject(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A subject too short or too generic to say what the email is for."""
    if not draft.subject:
        return []
    words = len(compile_pattern(shared_patterns()["word"]).findall(draft.subject))
    generic = any(compile_pattern(p).search(draft.subject) for p in rule.patterns)
    if generic or words < rule.limits["min_words"]:
        return [finding(draft.subject_line, excerpt(draft.subject))]
    return []


def long_subject(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A subject too long to read in an inbox list."""
    length = len(draft.subject or "")
    return [finding(draft.subject_line, f"{length} characters")] if length > rule.limits["max_chars"] else []


def greeting_mismatch(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """The greeting names nobody the note is meant for."""
    recipients: Iterable[str] = context.get("recipients") or ()
    known = set().union(*(name_tokens(name) for name in recipients)) if recipients else set()
    if not known:
        return []
    match = compile_pattern(rule.patterns[0]).search(draft.body)
    if not match:
        return []
    greeted = name_tokens(match.group(1))
    if greeted & known:
        return []
    return [finding(line_of(draft.body, match.start()), excerpt(match.group(1)))]


def signature_contact(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """An email signature without a full name, a contact line or a LinkedIn link."""
    if not elements.get("signature"):
        return []
    signoffs = list(compile_pattern(shared_patterns()["signoff_line"]).finditer(draft.body))
    block = draft.body[signoffs[-1].end() :] if signoffs else draft.body[-300:]
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    full_name = bool(lines) and len(lines[0].split()) >= 2
    email, phone, linkedin = (compile_pattern(p).search(block) for p in rule.patterns)
    if full_name and (email or phone) and linkedin:
        return []
    missing = [
        label
        for label, ok in (("full name", full_name), ("email or phone", email or phone), ("LinkedIn link", linkedin))
        if not ok
    ]
    return [finding(None, "missing " + ", ".join(missing))]


def over_length_limit(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A LinkedIn note longer than LinkedIn lets you send (a connection-request note when the context says so)."""
    length = len(draft.body.strip())
    if context.get("linkedin_format") != "connection":
        limit = rule.limits["message"]
        return [finding(None, f"{length} characters, over {limit}")] if length > limit else []
    if length > rule.limits["connection"]:
        return [finding(None, f"{length} characters, over {rule.limits['connection']}")]
    if length > rule.limits["connection_free"]:
        detail = f"{length} characters, over {rule.limits['connection_free']} on a free account"
        return [finding(None, detail, "warning")]
    return []


def is_capital(char: str) -> bool:
    """A capital letter: changed by lower(), unchanged by upper() (the same test in the browser)."""
    return char != char.lower() and char == char.upper()


def company_name(words: str) -> str:
    """The company name at the start of the words after a cue: capitalised words and the words that join them."""
    kept: list[str] = []
    for word in words.split():
        bare = word.removesuffix("'s").removesuffix("\u2019s")
        if bare.lower() in COMPANY_JOINERS and kept:
            kept.append(bare)
        elif is_capital(bare[:1]) or "0" <= bare[:1] <= "9":
            kept.append(bare)
            if bare != word:
                break
        else:
            break
    while kept and kept[-1].lower() in COMPANY_JOINERS:
        kept.pop()
    if not kept or kept[0].lower().rstrip(".") in COMPANY_NOT_NAMES:
        return ""
    return " ".join(kept)


def company_tokens(name: str) -> set[str]:
    """The words that identify a company, in lower case, without suffixes such as Ltd.

    Words many companies share ("Dental", "Health") are left out when the name has another word, so that
    "Clearwater Dental" is not taken for "Riverside Dental Group".
    """
    words = {word for word in NAME_SEPARATORS.split(name.lower()) if word and word not in COMPANY_SUFFIXES}
    generic = compile_pattern(shared_patterns()["organisation_word"])
    distinctive = {word for word in words if not generic.search(word)}
    return distinctive or words


def companies_named(cue: str, text: str) -> list[tuple[int, str]]:
    """Each company named after a cue, with where its name starts.

    Words after a cue that are not a name may hold the next cue ("bring my skills to the team at Acme").
    """
    regex = compile_pattern(cue)
    found: list[tuple[int, str]] = []
    position = 0
    while match := regex.search(text, position):
        name = company_name(match.group(1))
        if name and company_tokens(name):
            found.append((match.start(1), name))
            position = match.end()
        else:
            position = max(match.start(1), match.start() + 1)
    return found


def company_mismatch(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A company named as the one the note is for that is not the addressee (or a second such company).

    Without a company given, the first one named (the subject line first, then the body) is the addressee.
    """
    named: list[tuple[int, str]] = []
    if draft.subject:
        named += [(draft.subject_line or 1, name) for _, name in companies_named(rule.patterns[0], draft.subject)]
    named += [(line_of(draft.body, start), name) for start, name in companies_named(rule.patterns[0], draft.body)]
    known = company_tokens(str(context.get("company") or ""))
    if known:
        return [finding(line, excerpt(name)) for line, name in named if not company_tokens(name) & known]
    first: set[str] = set()
    for line, name in named:
        if not first:
            first = company_tokens(name)
        elif not company_tokens(name) & first:
            return [finding(line, excerpt(name), "warning")]
    return []


def shouting(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """One finding per line with a run of words in capitals long enough to be a shouted sentence."""
    results: list[Finding] = []
    word = compile_pattern(shared_patterns()["word"])
    subject_lines = [(draft.subject_line, draft.subject)] if draft.subject else []
    body_lines = list(enumerate(draft.body.split("\n"), start=1))
    for number, line in [*subject_lines, *body_lines]:
        run: list[str] = []
        for token in [*word.findall(line), ""]:
            if CAPITALS_WORD.fullmatch(token):
                run.append(token)
                continue
            letters = sum(len(CAPITAL_LETTER.findall(item)) for item in run)
            if len(run) >= rule.limits["min_words"] and letters >= rule.limits["min_letters"]:
                results.append(finding(number, excerpt(" ".join(run))))
                break
            run = []
    return results


def model_codes(text: str) -> frozenset[str]:
    """The sentence model's red flags for a sentence, less those its courtesy pattern shows to be polite."""
    patterns = shared_patterns()
    return frozenset(
        code
        for code in flagged_codes(text)
        if "courtesy_" + code not in patterns or not compile_pattern(patterns["courtesy_" + code]).search(text)
    )


def sentence_forbid(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """One finding per line for its first sentence a pattern matches (the subject counts), quoting what it found."""
    subject = [Sentence(draft.subject, draft.subject_line or 1)] if draft.subject else []
    results: list[Finding] = []
    for sentence in [*subject, *draft.sentences]:
        if results and results[-1].line == sentence.line:
            continue
        found = forbidden_in(rule.code, tuple(rule.patterns), sentence.text)
        if found is not None:
            results.append(finding(sentence.line, excerpt(found)))
    return results


@lru_cache(maxsize=SENTENCE_FINDS_REMEMBERED)
def forbidden_in(code: str, patterns: tuple[str, ...], text: str) -> str | None:
    """What a sentence-forbid rule quotes from one sentence: the match of its first pattern that matches (the
    sentence, for an empty match or a red flag only the sentence model sees); None for a clean sentence.
    Remembered, since a draft is checked again at every keystroke and most of its sentences are unchanged."""
    for pattern in patterns:
        match = compile_pattern(pattern).search(text)
        if match:
            return match.group(0) or text
    return text if code in model_codes(text) else None


def title_full_name(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A greeting with a title before a first name and a surname ("Dear Dr. Wei Chen"; not "Dr. and Mrs. Chen")."""
    match = compile_pattern(rule.patterns[0]).search(draft.body)
    if not match:
        return []
    words = match.group(1).split()
    if not words or words[0].lower().rstrip(".") not in NAME_TITLES:
        return []
    particle = compile_pattern(shared_patterns()["surname_particle"])
    names = 0
    for word in words[1:]:  # the name runs on while its words are capitalised or particles ("van der")
        if particle.search(word):
            continue
        if not is_capital(word[:1]):
            break
        names += 1
        if len(word.rstrip(".!?")) > 1 and word[-1] in ".!?":  # "Mr Danjuma. Thank you": the sentence ends
            break
    if names >= 2:
        return [finding(line_of(draft.body, match.start()), excerpt(match.group(1).strip()))]
    return []


def stray_capitals(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """A common word capitalised after a lower-case word, unless a capitalised word follows (a name: "The Hobbit")."""
    results: list[Finding] = []
    pattern = compile_pattern(rule.patterns[0])
    for number, line in enumerate(draft.body.split("\n"), start=1):
        for match in pattern.finditer(line):
            word = match.group(1)
            following = line[match.end(1) :].split()
            next_word = following[0] if following and line[match.end(1) : match.end(1) + 1] in " \t" else ""
            if (
                "a" <= line[match.start()] <= "z"
                and is_capital(word[0])
                and word[1:] == word[1:].lower()
                and not (next_word and is_capital(next_word[0]))
            ):
                results.append(finding(number, excerpt(f"{word} {next_word}".strip())))
                break
    return results


def ascii_lower(text: str) -> str:
    """The text with A-Z in lower case and every other character as it is (so positions stay the same)."""
    return text.translate(ASCII_LOWER)


ASCII_LOWER_LETTERS = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
ASCII_LOWER = str.maketrans(*ASCII_LOWER_LETTERS)


def written_in_lower_case(name: str, text: str) -> str | None:
    """The first place the text writes the name all in lower case (as a whole word), or None."""
    wanted = ascii_lower(name)
    haystack = ascii_lower(text)
    start = haystack.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        found = text[start:end]
        whole = not (start and haystack[start - 1].isalnum()) and not (end < len(text) and haystack[end].isalnum())
        if whole and found == ascii_lower(found):
            return found
        start = haystack.find(wanted, start + 1)
    return None


def company_case(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """The company the note is for written all in lower case ("acme corp"), in the subject or the body."""
    name = str(context.get("company") or "").strip()
    if not name and draft.subject:
        match = compile_pattern(rule.patterns[0]).search(draft.subject)
        guess = match.group(1).strip() if match else ""
        if guess == ascii_lower(guess) and guess.split() and guess.split()[0] not in COMPANY_NOT_NAMES:
            name = guess
    if not name or not LATIN_LETTER.search(name):
        return []
    units = [(draft.subject_line, draft.subject)] if draft.subject else []
    units += list(enumerate(draft.body.split("\n"), start=1))
    results: list[Finding] = []
    for number, text in units:
        found = written_in_lower_case(name, text)
        if found is not None:
            results.append(finding(number, excerpt(found)))
    return results


def closing_pile(
    rule: Rule, draft: Draft, channel: str, context: dict[str, Any], elements: dict[str, bool], finding: Report
) -> list[Finding]:
    """Stock closing lines in more than one paragraph: one finding, on the second (one paragraph is one close)."""
    closings: list[tuple[int, str]] = []
    for sentence in draft.sentences:
        if closings and closings[-1][0] == sentence.line:
            continue
        for pattern in rule.patterns:
            match = compile_pattern(pattern).search(sentence.text)
            if match:
                closings.append((sentence.line, match.group(0)))
                break
    if len(closings) < 2:
        return []
    line, words = closings[1]
    return [finding(line, excerpt(words))]


CHECKS: dict[DraftCheck, CheckFunction] = {
    "element": element_missing,
    "forbid": forbid,
    "require": required,
    "max-words": too_many_words,
    "subject-missing": subject_missing,
    "subject-vague": vague_subject,
    "subject-long": long_subject,
    "greeting-mismatch": greeting_mismatch,
    "signature-contact": signature_contact,
    "length-limit": over_length_limit,
    "company-mismatch": company_mismatch,
    "capitals": shouting,
    "sentence-forbid": sentence_forbid,
    "title-full-name": title_full_name,
    "stray-capital": stray_capitals,
    "company-case": company_case,
    "closing-pile": closing_pile,
}


def check(
    text: str, channel: str = "email", context: dict[str, Any] | None = None, rules: Sequence[Rule] = DRAFT_RULES
) -> CheckResult:
    """Check a draft note: the four elements found, and every rule's findings in registry order."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; use one of {', '.join(CHANNELS)}")
    context = context or {}
    draft = prepare(checked_part(text), channel, context)
    active = [rule for rule in rules if rule.target == "draft" and applies(rule, channel, context)]
    elements = detect_elements(draft, rules)
    findings = [f for rule in active for f in evaluate(rule, draft, channel, context, elements)]
    return CheckResult(elements, tuple(findings))


def sentence_role(sentence: str, rules: Sequence[Rule] = DRAFT_RULES) -> str:
    """The job one sentence does in a note: the first of SENTENCE_ROLES whose signals it shows."""
    by_code = {rule.code: rule for rule in rules}
    by_element = {rule.element: rule for rule in rules if rule.check == "element" and rule.element}
    patterns = shared_patterns()
    for role in SENTENCE_ROLES:
        if role in ROLE_RULES:
            signals = [p for code in ROLE_RULES[role] if code in by_code for p in by_code[code].patterns]
        elif role in ROLE_ELEMENTS:
            element_rule = by_element.get(ROLE_ELEMENTS[role])
            signals = list(element_rule.patterns) if element_rule else []
        else:
            signals = [patterns["role_" + role]] if "role_" + role in patterns else []
        if any(compile_pattern(p).search(sentence) for p in signals):
            return role
        if role in ROLE_RULES and {code for code in ROLE_RULES[role] if code in by_code} & model_codes(sentence):
            return role
    return "other"


def sentence_roles(
    text: str, channel: str = "email", context: dict[str, Any] | None = None, rules: Sequence[Rule] = DRAFT_RULES
) -> list[dict[str, Any]]:
    """Each sentence of a draft's body with its line and role (the greeting and the sign-off are "other")."""
    draft = prepare(text, channel, context or {})
    return [{"line": s.line, "text": s.text, "role": sentence_role(s.text, rules)} for s in draft.sentences]


def checker_data() -> dict[str, Any]:
    """The checker's own patterns and tables, for checker.js: one source for both languages.

    patterns: {NAME: compiled pattern} (export.py converts them for JavaScript). constants: the tables the
    checker and the sentence model read, by name.
    """
    return {
        "patterns": {
            "CAPITALS_WORD": CAPITALS_WORD,
            "CAPITAL_LETTER": CAPITAL_LETTER,
            "NAME_SEPARATORS": NAME_SEPARATORS,
            "LATIN_LETTER": LATIN_LETTER,
            "MODEL_TOKEN": TOKEN,
        },
        "constants": {
            "EXCERPT_LENGTH": EXCERPT_LENGTH,
            "MAX_CHECKED_CHARACTERS": MAX_CHECKED_CHARACTERS,
            "BYTE_ORDER_MARK": BYTE_ORDER_MARK,
            "SENTENCE_ROLES": list(SENTENCE_ROLES),
            "ROLE_RULES": {role: list(codes) for role, codes in ROLE_RULES.items()},
            "ROLE_ELEMENTS": dict(ROLE_ELEMENTS),
            "ASCII_LOWER_LETTERS": list(ASCII_LOWER_LETTERS),
            "MODEL_FOLD": list(MODEL_FOLD),
            "QUESTION_FEATURE": QUESTION_FEATURE,
            "FLAGGED_CODES_REMEMBERED": FLAGGED_CODES_REMEMBERED,
            "SENTENCE_FINDS_REMEMBERED": SENTENCE_FINDS_REMEMBERED,
        },
    }
