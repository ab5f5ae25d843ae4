"""render.js and checker.js give exactly what render.py and checker.py give.

Python computes its results for the whole corpus (every template with every example person and reading persona,
and with the messy senders in turn; every labelled draft and rule fixture; adversarial and seeded random drafts;
every code point), one Node process runs the browser's engine over the same inputs (tests/js/parity-runner.mjs),
and each test names the first case that differs. One browser test types into the real composer and checker pages.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import random
import re
import string
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page, expect

from afterview._internal.engine.catalog import Example, Template
from afterview._internal.engine.checker import FLAGS, check, checker_data, name_tokens, sentence_role
from afterview._internal.engine.fields import FIELDS
from afterview._internal.engine.lint import checker_context
from afterview._internal.engine.patterns import js_pattern, js_unicode_pattern
from afterview._internal.engine.render import fill, render_text
from afterview._internal.engine.rules import CHANNELS, DRAFT_RULES, shared_patterns
from tests.conftest import ROOT, TYPED_INTO_THE_COMPOSER

HERE = Path(__file__).parent
RUNNER = HERE / "js" / "parity-runner.mjs"
DRAFTS = HERE / "drafts"
RULE_FIXTURES = HERE / "fixtures" / "rules"
PERSONAS: list[dict[str, Any]] = yaml.safe_load((HERE / "reading" / "personas.yaml").read_text("utf-8"))["personas"]

CONTEXTS: tuple[dict[str, Any], ...] = (
    {},
    {"recipients": ["Ms. Priya Raman", "Dr. José Okafor-Núñez"], "kind": "follow-up"},
    {"subject": "Thanks!! 🙂 [Role] interview", "recipients": ["Ms. Raman"], "kind": "thank-you"},
    {"subject": "", "recipients": ["  ", "Mr."], "kind": "decision"},
    {"subject": "Thanks\rfor the interview", "recipients": ["Ms.\u00a0Priya\u2028Raman", "Jo\x85Kim"]},
    {"company": "Calloway Freight", "kind": "thank-you", "linkedin_format": "connection"},
    {"company": "Zoë\u00a0& Ångström Ltd.", "kind": "decision", "subject": "THANK YOU SO MUCH FOR TUESDAY"},
)


def draft_labels(folder: Path) -> dict[str, dict[str, Any]]:
    """The labels of each draft of a corpus folder, by file name (none without a labels.yaml)."""
    labels = folder / "labels.yaml"
    if not labels.exists():
        return {}
    return {d["file"]: d for d in yaml.safe_load(labels.read_text(encoding="utf-8"))["drafts"]}


def labelled_drafts() -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """Every draft of every corpus folder, with its labelled channel (else the one its file name starts with)
    and its labelled context."""
    labels: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in sorted(DRAFTS.rglob("*.txt")):
        if path.parent not in labels:
            labels[path.parent] = draft_labels(path.parent)
        label = labels[path.parent].get(path.name, {})
        yield path, label.get("channel", path.name.split("-", 1)[0]), dict(label.get("context") or {})


LONG_LINE = "I really appreciated " + "the chance to talk about the roadmap and " * 60 + "thank you."
ADVERSARIAL: tuple[str, ...] = (
    "",
    " ",
    "\n\n\n",
    "Subject:",
    "Subject:   \nDear Ms. Raman,",
    "subject: hi\r\n\r\nDear Priya,\r\nThank you!!\r\n\r\nBest,\r\nAna Lima",
    "SUBJECT: Thank you – Product Designer interview\rHi Priya,\rThanks\rBest\rAna",
    "Re: no\nSubject: follow up\nSubject: second subject line",
    " Subject: indented does not count\nThank you",
    "Subject:Thank you for the interview on Tuesday for the Product Designer role at Northwind Traders Ltd plc",
    "Subject: 🎉🎉 Thank you 🎉\n\nHi Ms. Raman,\n\nThanks so much 😀 :) ;-) :D lol!!\n\nCheers,\nAna 🌟 Lima",
    "Dear Ms. Raman,\n\nThank you — really. I enjoyed hearing how your team rebuilt onboarding.\n\n"
    "Kind regards,\nZoë Ångström-Łukasiewicz\nzoe@example.com\nlinkedin.com/in/zoe",
    "Dear Mr Müller,\nVielen Dank. I appreciated learning about the Straße project.\nBest regards,\nJürgen Groß",
    "Dear Σοφία,\nThank you. ΣΟΦΊΑΣ\nYours,\nΟδυσσέας Ελύτης",
    "Dear {recipient_name},\n\nThank you for {highlight}. [Company] <Role> XXX ____\n\nBest,\n{sender_name}",
    "Dear <b>Priya</b>,\n<script>window.__pwned=1</script>\n<img src=x onerror=alert(1)>\nthank you",
    "Dear ſam, thanks. The Kelvin sign K and Å angstrom, ẞ, ɓɔɗ, ǅ, Ⱥⱥ.\nBeſt regards,\nſara Kim",
    "Hi\u00a0Priya,\nthank\u00a0you\u2028for the chat\u2029about the role.\u3000Best,\ufeff\nAna\u202fLima",
    "Dear Priya,\n\tthank you\v\fTHANK YOU\x1c\x1d\x1e\x1f\x85end\n\nBest regards,\n\u00a0Ana Lima\u00a0",
    "hey mate, thx 4 the chat u r gr8 lol. i need an answer by today asap. what's the salary?",
    "To whom it may concern,\nI was so nervous, sorry I was late. Per my last email, I have been waiting!!!?!",
    "Dear Hiring Manager,\nWhy haven't you replied? This is unacceptable. I deserve an offer.\nxoxo",
    "Dear Priya,\n\nThank you.\n\nThanks again,\nAna",
    "Thanks,\nAna Lima\n+1 (555) 010-0199\nana@example.co.uk\nhttps://www.linkedin.com/in/ana-lima",
    "Best regards,\n\n\n",
    "Dear Ms. Raman, I am interested and look forward to the next steps. You mentioned the audit. Sincerely, Ana Lima",
    LONG_LINE,
    "Subject: " + "long " * 40 + "\n" + LONG_LINE,
    "x" * 5000,
    "a\n" * 400 + "Best regards,\nAna",
    "👍" * 50 + "\nThank you\n" + "𝒜𝓃𝒶 " * 30,
    "Dear Dr. O'Brien-Smith,\nthank you!\nAll the best with the launch!\nAna",
    "Good morning Priya: thanks\nWarmly.\nAna Lima",
    "Hello there\nGreetings\nDear Sir or Madam\nDear all",
    "Subject: hi\u2028there friend\nDear Priya,\nThan\u212a you.\nBest,\nAna",
    "Dear Priya,\nI am grateful. " + "word\u00a0" * 150 + "\nBest regards,\nAna Lima",
    "Dear Priya,\nThank you.\nBeſt regards,\nAna Lima\n\nP.S. ɓ",
    "Subject: " + "🎉" * 45 + "\nDear " + "🌟" * 45 + ",\nThank you " + "[" + "😀" * 39 + "]",
    "Dear Priya,\nI am grateful.\nSee you soon,\nAna Lima\nSubject: " + "🎉" * 40,
    "Dear Kim,\nthank you\nBest,\nAna",
    "First Last\n" + "🎉" * 200 + "\nSee you soon,\nAna",
    "Please find [Your\x85name], [Your\ufeffname] and [a\x1cb].\nThanks,\nAna\x1cLima\nana@example.com",
    "\u0130stanbul team: thank you, İlker. KELVIN \u212a stuff\nBest,\nİlker Kaya",
    "\ufeffSubject: Thank you\n\nDear Priya,\nThank you.\nBest,\nAna Lima",
    "\ufeff\ufeffSubject: x",
    "I REALLY WANT THIS JOB!!! PLEASE HIRE ME\nHR, FMLA, HRIS AND ADP\nÉCOLE ÇA VA TRÈS BIEN MERCI\n"
    "ΣΟΦΊΑ ΣΟΦΊΑ ΣΟΦΊΑ ΣΟΦΊΑ",
    "the role at Calloway Freight. I would love to join Northwind Traders & Co's team, part of Zoë Ångström AB"
    " and my role at Harbor Lane; join ǅemal Group; the job at İstanbul Ltd; join The 3M Company; join Ms. Raman",
    "Thanks,\nAna\n\nSent from my iPhone\nGet Outlook for Android\n> Sent from my Galaxy",
    "Can you let me know your decision by Monday? I have other interviews lined up. Just circling back, per my "
    "last email. I really need this job, I am begging you. My boss is completely incompetent. What is the salary?",
)
ADVERSARIAL_VALUES: tuple[dict[str, str], ...] = (
    {},
    {"recipient_name": "  Ms. Raman \u00a0", "highlight": "{company}", "company": "{highlight}"},
    {"recipient_name": "\u2028\u3000", "sender_name": "<img src=x onerror=window.__pwned=1>", "role": "$& $1 $$"},
    {"constructor": "x", "__proto__": "y", "company": "Zoë 🎉 Ltd", "role": "\ufeffdesigner\x1c"},
)
ADVERSARIAL_TEMPLATE_TEXT: tuple[str, ...] = (
    "Dear {recipient_name}, {unknown_field} {constructor} {__proto__} {Company} {} {{company}} {company",
    "  \n\t{role}\u00a0at {company}\u2029",
    "$& $' $` {sender_name} \\1 {highlight}{highlight}",
)


FRAGMENTS: tuple[str, ...] = (
    "\ufeff",
    "I WANT THIS JOB ",
    "HR FMLA ",
    "ÉCOLE ÇA VA ",
    "the role at Calloway Freight",
    "join Zoë's Ångström & Co ",
    "my role at Northwind ",
    "join İstanbul Ltd",
    "part of ǅemal Group",
    "Sent from my iPhone",
    "by Monday? ",
    "just circling back ",
    "what is the salary",
    "I really need this job",
    "my boss is awful ",
    "Subject: ",
    "Subject: Thank you - Designer interview",
    "subject:hi",
    "Dear Ms. Raman,",
    "Hi Priya,",
    "Hey ",
    "Thank you for your time.",
    "I appreciated ",
    "you mentioned the audit",
    "hearing how your team works",
    "the exercise on pricing,",
    "I am excited to join the team",
    "I'd love to contribute",
    "Best regards,",
    "Thanks,",
    "Sincerely",
    "Ana Lima",
    "ana@example.com",
    "+44 20 7946 0958",
    "linkedin.com/in/ana",
    "[Company]",
    "{role}",
    "<Name>",
    "XXX",
    "asap",
    "!!",
    "?!",
    "🙂",
    ":)",
    " :-P",
    "u",
    "ur",
    "salary",
    "mate",
    "sorry I was",
    "\u00a0",
    "\u2028",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    " ",
    "ſ",
    "K",
    "É",
    "ß",
    "ɓ",
    "Ⱥ",
    "…",
    "—",
    "'",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "x" * 70,
)


def pattern_atoms() -> list[str]:
    """Every one-character piece the registry patterns are built from: classes, escapes, letters, the dot."""
    atoms = {r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", ".", *string.ascii_letters}
    patterns = [p for rule in DRAFT_RULES for p in rule.patterns] + list(shared_patterns().values())
    for pattern in patterns:
        tokens = re.findall(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]", pattern)
        atoms.update(token for token in tokens if token.startswith("["))
    return sorted(atoms)


MESSY = yaml.safe_load((Path(__file__).parent / "data" / "messy_senders.yaml").read_text(encoding="utf-8"))
MESSY_VALUES: list[dict[str, str]] = [
    {**MESSY["defaults"], **{k: str(v) for k, v in sender.items() if k != "sentences"}}
    for sender in MESSY["developed"] + MESSY["held_out"]
]
# The messy senders take turns: each template is written by every MESSY_TURNS-th of them, so each sender writes
# about a quarter of the templates (with 51 templates, a dozen each).
MESSY_TURNS = 4
TODAYS = ("2026-03-05T15:00", "2026-03-05T08:30", "2026-03-05", "2027-01-02", None, "not a day", "2026-02-30")
SHAPE_INPUTS: tuple[str, ...] = (
    "this morning",
    "On Thursday.",
    "on on friday",
    "12/3",
    "2026-03-04",
    "2026-03-05",
    "2026-02-27",
    "2025-12-30",
    "2025-06-01",
    "0000-01-01",
    "2026-13-01",
    "  dr.  lund ",
    "o'brien-smith",
    "ǆemal ßtraße",
    "𐐨𐐩 names",
    "İlker",
    "You explained how X works.",
    "the plan Dr. Chen described.",
    "Fabrikam Ltd.",
    "Great!! Really?!",
    "a UX Researcher role",
    "the position of data analyst",
    "3 days ago",
    "Ｔｈｕｒｓｄａｙ",
    "ſunday",
    "\u212aim",
    "the\u00a0plan ,, and  more ..",
    "١٢/٣",
)


Case = tuple[Any, ...]


def labelled_draft_cases() -> list[Case]:
    """Every labelled draft for its channel (without and with its labelled context), and on every channel with one
    of the shared contexts; the contexts take turns from draft to draft, so each channel meets each context on
    about a hundred drafts."""
    cases: list[Case] = []
    for number, (path, channel, labelled_context) in enumerate(labelled_drafts()):
        text = path.read_text(encoding="utf-8")
        cases.append((text, channel, {}))
        if labelled_context:
            cases.append((text, channel, labelled_context))
        for turn, other in enumerate(CHANNELS):
            cases.append((text, other, CONTEXTS[1 + (number + turn) % (len(CONTEXTS) - 1)]))
    return cases


def rule_fixture_cases() -> list[Case]:
    """Every rule fixture, with the channel and context its entry gives and with the last two shared contexts."""
    index = yaml.safe_load((RULE_FIXTURES / "cases.yaml").read_text(encoding="utf-8"))
    cases: list[Case] = []
    for entry in [*index["fail"].values(), *index["pass"], *index["fixed"]]:
        text = (RULE_FIXTURES / entry["file"]).read_bytes().decode("utf-8")
        cases.append((text, entry.get("channel", "email"), entry.get("context") or {}))
        cases.extend((text, channel, context) for channel in CHANNELS for context in CONTEXTS[-2:])
    return cases


def random_cases() -> list[Case]:
    """Two thousand seeded random drafts built from tricky fragments, on a random channel and context."""
    rng = random.Random(20240611)
    return [
        ("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40))), rng.choice(CHANNELS), rng.choice(CONTEXTS))
        for _ in range(2000)
    ]


def render_text_cases(templates: tuple[Template, ...]) -> list[Case]:
    """Adversarial parts, subjects and variants of the first templates, for every adversarial value set."""
    renders: list[Case] = []
    for template in templates[:8]:
        parts = {**template.parts, "update": ADVERSARIAL_TEMPLATE_TEXT[1], "closing": ""}
        variants = [*template.variants, {"greeting": ADVERSARIAL_TEMPLATE_TEXT[0], "unknown_part": "x"}]
        renders.extend(
            (parts, [*template.subjects, ADVERSARIAL_TEMPLATE_TEXT[2]], variants, values, recipient)
            for values in ADVERSARIAL_VALUES
            for recipient in range(len(variants) + 2)
        )
    return renders


def persona_values(persona: dict[str, Any]) -> dict[str, str]:
    """What a reading persona typed into the composer's fields."""
    return {name: str(value) for name, value in persona["fields"].items()}


CHOSEN_CODES = [rule.code for rule in reversed(DRAFT_RULES) if rule.code not in ("AV102", "AV104")]
CLI_TEMPLATE = "thank-you-video-interview"
CLI_TODAY = "2026-03-05T09:00"
STRING_HELPER_NAMES = ["ΟΔΥΣΣΕΑΣ Σ.ΣΑΣ", "İLKER Ǆ", "Ms.\u00a0Zoë\u2028O'Brien-Núñez, Dr.", "\u0085PROF\u001cLee"]
# Each group: the call both engines answer, and its cases (from the templates and the example people).
Groups = dict[str, tuple[str, Callable[[tuple[Template, ...], tuple[Example, ...]], list[Case]]]]
GROUPS: Groups = {
    "example_notes": (
        "example_note",
        lambda ts, es: [(t.id, e.id, r) for t in ts for e in es for r in range(max(len(e.panel), 1 + len(t.variants)))],
    ),
    "persona_notes": (
        "typed_note",
        lambda ts, es: [(t.id, persona_values(p), r, p["today"]) for t in ts for p in PERSONAS for r in t.recipients],
    ),
    "messy_notes": (
        "typed_note",
        lambda ts, es: [
            (t.id, MESSY_VALUES[index], r, TODAYS[(index + r) % len(TODAYS)])
            for number, t in enumerate(ts)
            for index in range(number % MESSY_TURNS, len(MESSY_VALUES), MESSY_TURNS)
            for r in t.recipients
        ],
    ),
    "labelled_drafts": ("check", lambda ts, es: labelled_draft_cases()),
    "rule_fixtures": ("check", lambda ts, es: rule_fixture_cases()),
    "adversarial_drafts": (
        "check",
        lambda ts, es: [
            (text, channel, context) for text in ADVERSARIAL for channel in CHANNELS for context in CONTEXTS
        ],
    ),
    "random_drafts": ("check", lambda ts, es: random_cases()),
    "chosen_rules": (
        "check_with_rules",
        lambda ts, es: [
            (text, channel, CONTEXTS[1], CHOSEN_CODES) for text in ADVERSARIAL[:12] for channel in CHANNELS
        ],
    ),
    "unknown_channel": ("check_error", lambda ts, es: [("Thank you", "fax")]),
    "labelled_sentences": ("sentence_role", lambda ts, es: [(text,) for text in sentence_corpus()]),
    "fills": (
        "fill",
        lambda ts, es: [(text, values) for text in ADVERSARIAL_TEMPLATE_TEXT for values in ADVERSARIAL_VALUES],
    ),
    "render_texts": ("render_text", lambda ts, es: render_text_cases(ts)),
    "field_frames": ("field_frame", lambda ts, es: [(t.id, field.name) for t in ts for field in FIELDS]),
    "value_shapes": ("shapes", lambda ts, es: [(text, today) for text in SHAPE_INPUTS for today in TODAYS]),
    "cli_note": ("typed_note", lambda ts, es: [(CLI_TEMPLATE, cli_values(ts), 0, CLI_TODAY)]),
    "classification": ("classify", lambda ts, es: [([js_pattern(atom) for atom in pattern_atoms()],)]),
    "string_helpers": ("string_helpers", lambda ts, es: [(STRING_HELPER_NAMES,)]),
    "exported_patterns": ("exported_patterns", lambda ts, es: [()]),
}


def cli_values(templates: tuple[Template, ...]) -> dict[str, str]:
    """The first messy sender's values for the fields of the template the command-line test renders."""
    template = next(t for t in templates if t.id == CLI_TEMPLATE)
    return {name: MESSY_VALUES[0][name] for name in template.fields}


def sentence_corpus() -> list[str]:
    """Every labelled sentence of the sentence corpora (shown by number only when they differ: some are held out)."""
    from tests.test_checker_accuracy import SENTENCE_CORPORA, labelled_sentences, sentence_text

    return [sentence_text(item) for folder in SENTENCE_CORPORA.values() for item in labelled_sentences(folder)]


class PythonEngine:
    """The Python side of each call the runner answers, returning what JSON carries."""

    def __init__(self, templates: tuple[Template, ...], examples: tuple[Example, ...]) -> None:
        self.templates = {template.id: template for template in templates}
        self.examples = {example.id: example for example in examples}

    def checks(self, template: Template, subjects: tuple[str, ...], body: str, values: dict[str, str]) -> list[Any]:
        """A rendered note checked as lint checks it: once per subject line, or once without one."""
        return [
            check(body, template.channel, checker_context(template, subject, values)).to_dict()
            for subject in subjects or (None,)
        ]

    def example_note(self, template_id: str, example_id: str, recipient: int) -> dict[str, Any]:
        template = self.templates[template_id]
        values = self.examples[example_id].values_for(recipient, template.situation)
        note = template.render(values, recipient)
        checks = self.checks(template, note.subjects, note.body, values)
        return {"values": values, "subjects": list(note.subjects), "body": note.body, "checks": checks}

    def typed_note(self, template_id: str, values: dict[str, str], recipient: int, today: str | None) -> Any:
        template = self.templates[template_id]
        note = template.render(values, recipient, today)
        return {
            "subjects": list(note.subjects),
            "body": note.body,
            "unfilled": template.unfilled(values, recipient),
            "checks": self.checks(template, note.subjects, note.body, values),
        }

    def check(self, text: str, channel: str, context: dict[str, Any]) -> dict[str, Any]:
        return check(text, channel, context).to_dict()

    def check_with_rules(self, text: str, channel: str, context: dict[str, Any], codes: list[str]) -> Any:
        rules = [next(rule for rule in DRAFT_RULES if rule.code == code) for code in codes]
        return check(text, channel, context, rules).to_dict()

    def check_error(self, text: str, channel: str) -> str | None:
        try:
            check(text, channel)
        except ValueError as error:
            return str(error)
        return None

    def sentence_role(self, text: str) -> str:
        return sentence_role(text)

    def fill(self, text: str, values: dict[str, str]) -> str:
        return fill(text, values)

    def render_text(self, *args: Any) -> dict[str, Any]:
        note = render_text(*args)
        return {"subjects": list(note.subjects), "body": note.body}

    def field_frame(self, template_id: str, name: str) -> str | None:
        return self.templates[template_id].field_frame(name)

    def shapes(self, text: str, today: str | None) -> list[Any]:
        from afterview._internal.engine import render as r

        return [
            r.tidy(text),
            r.is_sentence(text),
            r.as_sentences(text),
            r.as_phrase(text),
            r.as_name(text),
            r.as_role(text),
            r.as_day(text, today),
        ]


# Groups whose single case the test itself compares, in its own way.
OWN_COMPARISON = frozenset({"classification", "string_helpers", "exported_patterns"})


@dataclass(frozen=True)
class Parity:
    """Each group's cases, what the Python engine gives for them and what the browser's engine answered."""

    cases: dict[str, list[Case]]
    python: dict[str, list[Any]]
    javascript: dict[str, list[Any]]

    def compare(self, group: str, *, quote: bool = True) -> int:
        """Fail on the first case whose Python and JavaScript results differ, naming it (and showing the case and
        both results unless `quote` is off); return the number of cases."""
        cases, answers = self.cases[group], self.javascript[group]
        assert len(answers) == len(cases)
        for number, (case, expected, got) in enumerate(zip(cases, self.python[group], answers, strict=True), start=1):
            if quote:
                assert got == expected, f"{group} case {number}: {case!r}:\npython     {expected!r}\njavascript {got!r}"
            else:
                assert got == expected, f"{group} case {number} differs (its text and results are not shown: held out)"
        return len(cases)


def as_json(value: Any) -> Any:
    """A value as JSON carries it (tuples become lists), to compare with what the runner printed."""
    return json.loads(json.dumps(value))


WORKERS = 2
CHUNK = 250
engines: list[PythonEngine] = []  # the engine of a worker process, made once when it starts


def start_worker(templates: tuple[Template, ...], examples: tuple[Example, ...]) -> None:
    """Make the worker's engine (the templates and people come with the forked process)."""
    engines.append(PythonEngine(templates, examples))


def run_chunk(call: str, chunk: list[Case]) -> list[Any]:
    """The Python results of some cases of one call, as JSON carries them."""
    return [as_json(getattr(engines[0], call)(*case)) for case in chunk]


def python_results(
    cases: dict[str, list[Case]], templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> dict[str, list[Any]]:
    """Every group's Python results, worked out by a few processes side by side, in case order."""
    tasks = [
        (name, GROUPS[name][0], group[start : start + CHUNK])
        for name, group in cases.items()
        if name not in OWN_COMPARISON
        for start in range(0, len(group), CHUNK)
    ]
    results: dict[str, list[Any]] = {name: [] for name, _, _ in tasks}
    context = multiprocessing.get_context("fork")
    with context.Pool(WORKERS, initializer=start_worker, initargs=(templates, examples)) as pool:
        chunks = pool.starmap(run_chunk, [(call, chunk) for _, call, chunk in tasks])
    for (name, _, _), chunk_results in zip(tasks, chunks, strict=True):
        results[name].extend(chunk_results)
    return results


@pytest.fixture(scope="module")
def parity(templates: tuple[Template, ...], examples: tuple[Example, ...]) -> Parity:
    """Every group's cases, run through the browser's engine in one Node process while Python runs them here."""
    cases = {name: builder(templates, examples) for name, (_, builder) in GROUPS.items()}
    request = {"groups": {name: [[GROUPS[name][0], *case] for case in group] for name, group in cases.items()}}
    with subprocess.Popen(
        ["node", str(RUNNER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHON": sys.executable},
    ) as runner:
        assert runner.stdin is not None
        runner.stdin.write(json.dumps(request))
        runner.stdin.close()
        python = python_results(cases, templates, examples)
        assert runner.stdout is not None and runner.stderr is not None
        output, errors = runner.stdout.read(), runner.stderr.read()
        assert runner.wait(timeout=600) == 0, errors
    return Parity(cases, python, json.loads(output))


def test_every_template_and_example_person_renders_and_checks_the_same(
    parity: Parity, templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> None:
    """Every template × example person × panel recipient: same values, note, elements and findings."""
    assert parity.compare("example_notes") >= len(templates) * len(examples) * 3


def test_every_template_and_reading_persona_renders_and_checks_the_same(
    parity: Parity, templates: tuple[Template, ...]
) -> None:
    """Every template × every reading persona (as they typed, on their day): same note, blanks and findings."""
    assert parity.compare("persona_notes") >= len(templates) * len(PERSONAS)


def test_messy_senders_render_the_same(parity: Parity, templates: tuple[Template, ...]) -> None:
    """Every template with a quarter of the messy senders in turn, written on several days: same notes, blanks and
    findings."""
    assert parity.compare("messy_notes") >= len(MESSY_VALUES) // MESSY_TURNS * len(templates)


def test_every_labelled_draft_checks_the_same(parity: Parity) -> None:
    """Every labelled draft, for its channel and on every channel with a context: identical results."""
    assert parity.compare("labelled_drafts", quote=False) >= 100 * 10


def test_every_labelled_sentence_gets_the_same_role(parity: Parity) -> None:
    """Every labelled sentence of the sentence corpora gets the same role (patterns and the sentence model)."""
    assert parity.compare("labelled_sentences", quote=False) >= 100


def test_rule_fixtures_check_the_same(parity: Parity) -> None:
    """Every rule fixture, with the channel and context its entry gives and with the shared contexts."""
    assert parity.compare("rule_fixtures") >= 100


def test_adversarial_drafts_check_the_same(parity: Parity) -> None:
    """Emoji, accents, CRLF, braces, markup, Subject: variants, odd spaces and long lines: identical results."""
    assert parity.compare("adversarial_drafts") == len(ADVERSARIAL) * len(CHANNELS) * len(CONTEXTS)


def test_random_compositions_check_the_same(parity: Parity) -> None:
    """Two thousand seeded random drafts built from tricky fragments: identical results on every channel."""
    assert parity.compare("random_drafts") == 2000


def test_a_chosen_rule_list_checks_the_same(parity: Parity) -> None:
    """Passing a subset of the rules, in another order, gives the same elements and findings in that order."""
    assert parity.compare("chosen_rules") == 12 * len(CHANNELS)


def test_an_unknown_channel_is_refused_with_the_same_message(parity: Parity) -> None:
    """Both sides refuse a channel they do not know, with the same message."""
    parity.compare("unknown_channel")
    assert parity.javascript["unknown_channel"][0] is not None


def test_adversarial_values_and_templates_fill_and_render_the_same(parity: Parity) -> None:
    """Braces, markup, replacement-string syntax, prototype names and odd spaces fill and render the same."""
    assert parity.compare("fills") == len(ADVERSARIAL_TEMPLATE_TEXT) * len(ADVERSARIAL_VALUES)
    assert parity.compare("render_texts") >= 8 * len(ADVERSARIAL_VALUES)


def test_field_frames_are_the_same(parity: Parity, templates: tuple[Template, ...]) -> None:
    """The sentence shown under each input is the same in the browser, for every template and field."""
    parity.compare("field_frames")
    frames = parity.javascript["field_frames"]
    assert sum(frame is not None and "___" in frame for frame in frames) >= 5 * len(templates)


def test_value_shapes_are_the_same(parity: Parity) -> None:
    """Tidying, sentence detection, names, roles and days agree on tricky input, for several days of writing."""
    assert parity.compare("value_shapes") == len(SHAPE_INPUTS) * len(TODAYS)


def test_every_code_point_is_classified_the_same(parity: Parity) -> None:
    """For every code point, every pattern atom (and ^, $) matches in the browser exactly when it does in Python."""
    code_points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    everything = "".join(map(chr, code_points))

    def runs(pattern: str) -> list[list[int]]:
        return [
            [ord(m.group(0)[0]) if m.group(0) else ord(everything[m.start()]), len(m.group(0))]
            for m in re.finditer(pattern, everything, FLAGS)
        ]

    browser = parity.javascript["classification"][0]
    for atom in pattern_atoms():
        assert browser[js_pattern(atom)] == runs(f"(?:{atom})+"), f"{atom!r} classifies some code point differently"
    assert browser["^"] == runs(r"^(?=[\s\S])")
    assert browser["$"] == runs(r"$(?=[\s\S])")


def test_whitespace_lower_case_and_name_tokens_match_python(parity: Parity) -> None:
    """Python's whitespace and lower() agree with the browser for every character Python's Unicode version knows."""
    import unicodedata

    browser = parity.javascript["string_helpers"][0]
    code_points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert browser["spaces"] == [c for c in code_points if chr(c).isspace()]
    known = [c for c in code_points if unicodedata.category(chr(c)) != "Cn"]
    lowered = {str(c): chr(c).lower() for c in known if chr(c).lower() != chr(c)}
    assert {k: v for k, v in browser["lower"].items() if unicodedata.category(chr(int(k))) != "Cn"} == lowered
    assert browser["tokens"] == [sorted(name_tokens(name)) for name in STRING_HELPER_NAMES]


def test_every_exported_pattern_compiles_in_javascript(parity: Parity) -> None:
    """Every registry, shared and checker pattern in the exported data compiles with the flags the checker uses."""
    compiled = parity.javascript["exported_patterns"][0]
    assert len(compiled) > len(shared_patterns()) + len(checker_data()["patterns"])
    assert [item for item in compiled if item[1] is not None] == []


@pytest.mark.parametrize("pattern", [r"\Afoo", r"foo\Z", r"(?i)foo", r"[]a]", r"\N{BULLET}"])
def test_python_only_pattern_syntax_is_refused_at_export(pattern: str) -> None:
    """A registry pattern the browser would read differently stops the export with a clear error."""
    with pytest.raises(ValueError, match="JavaScript"):
        js_pattern(pattern)


@pytest.mark.parametrize(
    "pattern", [r"\d+", r"\w", r"\bx", r"\S", r"a.b", r"[]a]", r"\Afoo", r"(?i)foo", "(?s)a", r"\N{BULLET}"]
)
def test_a_checker_pattern_that_reads_differently_is_refused_at_export(pattern: str) -> None:
    """The checker's own patterns (Unicode, no flags) stop the export when JavaScript would read them otherwise."""
    with pytest.raises(ValueError, match="JavaScript"):
        js_unicode_pattern(re.compile(pattern))


def test_a_checker_pattern_gets_pythons_whitespace() -> None:
    r"""\s becomes the characters Python's \s matches, in a class of its own or inside one."""
    converted = js_unicode_pattern(re.compile(r"a\s[\s.]"))
    assert converted["flags"] == "u"
    assert "\\u{85}" in converted["source"] and "\\u{FEFF}" not in converted["source"]
    assert converted["source"].startswith("a[") and converted["source"].endswith(".]")
    with pytest.raises(ValueError, match="JavaScript"):
        js_unicode_pattern(re.compile("a", re.IGNORECASE))


def test_cli_render_prints_what_the_browser_renders(parity: Parity) -> None:
    """`afterview render --set ... --today ...` prints exactly what the browser's engine renders for the same input."""
    _, values, _, _ = parity.cases["cli_note"][0]
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "render", CLI_TEMPLATE, "--today", CLI_TODAY]
        + [arg for name, value in values.items() for arg in ("--set", f"{name}={value}")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    browser = parity.javascript["cli_note"][0]
    assert result.stdout == f"Subject: {browser['subjects'][0]}\n\n{browser['body']}\n"
    assert result.stderr == ""
    parity.compare("cli_note")


# The smoke test types TYPED_INTO_THE_COMPOSER on a fixed morning (the day before: the interview).
WRITTEN_AT = dt.datetime(2026, 12, 2, 9, 30)


@pytest.mark.browser
def test_the_real_pages_show_what_python_gives(page: Page, site_server: str, templates: tuple[Template, ...]) -> None:
    """Typed into the real composer and pasted into the real checker, as a person does: the note, its subject
    and the checker's findings they see are Python's, word for word."""
    from tests.test_draft_checker_page import enter, expected, open_checker, shown

    template = next(t for t in templates if t.id == "thank-you-video-interview")
    page.clock.set_fixed_time(WRITTEN_AT)
    page.goto(f"{site_server}/tools/composer/?template={template.id}")
    expect(page.locator("[data-role=note-text]").first).to_be_visible()
    for name, value in TYPED_INTO_THE_COMPOSER.items():
        shared = page.locator(f"#av-f-{name}")
        (shared if shared.count() else page.locator(f"#av-p0-{name}")).press_sequentially(value)
    yesterday = (WRITTEN_AT.date() - dt.timedelta(days=1)).isoformat()
    page.fill("#av-interview-date", yesterday)
    note = template.render(
        {**TYPED_INTO_THE_COMPOSER, "interview_date": yesterday}, 0, WRITTEN_AT.strftime("%Y-%m-%dT%H:%M")
    )
    expect(page.locator("[data-role=note-text]").first).to_have_value(note.body)
    chosen = page.locator("#av-subject-0 input:checked").evaluate("radio => radio.labels[0].textContent")
    assert chosen == note.subjects[0]

    draft = next(DRAFTS.rglob("email-multi-missing-*.txt")).read_text(encoding="utf-8")
    open_checker(page, site_server)
    enter(page, draft, "email", "Ms. Raman, Dr. Lee")
    seen = shown(page)
    assert seen["findings"], "the draft chosen has findings to show"
    assert seen == expected(draft, "email", ["Ms. Raman", "Dr. Lee"])
