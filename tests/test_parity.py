"""render.js and checker.js in Chromium give exactly what render.py and checker.py give."""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page

from afterview._internal.engine.catalog import Example, Template
from afterview._internal.engine.checker import FLAGS, check
from afterview._internal.engine.lint import checker_context
from afterview._internal.engine.patterns import js_pattern
from afterview._internal.engine.render import fill, render_text
from afterview._internal.engine.rules import CHANNELS, DRAFT_RULES, shared_patterns

pytestmark = pytest.mark.browser

DRAFTS = Path(__file__).parent / "drafts"
CONTEXTS: tuple[dict[str, Any], ...] = (
    {},
    {"recipients": ["Ms. Priya Raman", "Dr. José Okafor-Núñez"], "kind": "follow-up"},
    {"subject": "Thanks!! 🙂 [Role] interview", "recipients": ["Ms. Raman"], "kind": "thank-you"},
    {"subject": "", "recipients": ["  ", "Mr."], "kind": "decision"},
    {"subject": "Thanks\rfor the interview", "recipients": ["Ms.\u00a0Priya\u2028Raman", "Jo\x85Kim"]},
    {"company": "Calloway Freight", "kind": "thank-you", "linkedin_format": "connection"},
    {"company": "Zoë\u00a0& Ångström Ltd.", "kind": "decision", "subject": "THANK YOU SO MUCH FOR TUESDAY"},
)

# Run in the page: render every case and check each rendered note the way lint.checker_context does.
JS_RENDER_AND_CHECK = """cases => cases.map(([templateId, exampleId, recipient]) => {
  const data = window.AFTERVIEW_DATA;
  const template = data.templates.find(t => t.id === templateId);
  const values = Afterview.exampleValues(data.examples.find(e => e.id === exampleId), recipient, template.situation);
  const note = Afterview.render(template, values, recipient);
  const checks = (note.subjects.length ? note.subjects : [null]).map(subject => Afterview.check(
    note.body, template.channel,
    {subject, recipients: [values.recipient_name === undefined ? "" : values.recipient_name], kind: template.kind}));
  return {values, note, checks};
})"""
JS_CHECK = "cases => cases.map(([text, channel, context]) => Afterview.check(text, channel, context))"
# JSON.parse, not Playwright's argument transfer, so that a "__proto__" key stays an own property.
JS_FILL = "json => JSON.parse(json).map(([text, values]) => Afterview.fill(text, values))"
JS_RENDER_TEXT = """json => JSON.parse(json).map(([parts, subjects, variants, values, recipient]) =>
  Afterview.renderText(parts, subjects, variants, values, recipient))"""


@pytest.fixture
def tools(page: Page, site_server: str) -> Page:
    """A built page that loads the data, render.js and checker.js."""
    page.goto(f"{site_server}/tools/checker/")
    page.wait_for_function("window.Afterview && window.Afterview.check && window.AFTERVIEW_DATA")
    return page


def python_note_case(template: Template, example: Example, recipient: int) -> dict[str, Any]:
    """What the Python side renders and finds for one template, person and recipient."""
    values = example.values_for(recipient, template.situation)
    note = template.render(values, recipient)
    checks = [
        check(note.body, template.channel, checker_context(template, subject, values)).to_dict()
        for subject in note.subjects or (None,)
    ]
    return {"values": values, "note": {"subjects": list(note.subjects), "body": note.body}, "checks": checks}


def assert_same(python: list[Any], browser: list[Any], cases: list[Any]) -> None:
    """Equal lists, failing on the first case that differs, with both outputs shown."""
    assert len(python) == len(browser)
    for case, expected, got in zip(cases, python, browser, strict=True):
        assert got == expected, f"case {case!r}:\npython {expected!r}\nbrowser {got!r}"


def labelled_drafts() -> Iterator[tuple[Path, str]]:
    """Every draft of every corpus folder, with its labelled channel."""
    for path in sorted(DRAFTS.rglob("*.txt")):
        labels = path.parent / "labels.yaml"
        channels = {}
        if labels.exists():
            channels = {d["file"]: d["channel"] for d in yaml.safe_load(labels.read_text(encoding="utf-8"))["drafts"]}
        yield path, channels.get(path.name, path.name.split("-", 1)[0])


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


def test_every_template_renders_and_checks_the_same(
    tools: Page, templates: tuple[Template, ...], examples: tuple[Example, ...]
) -> None:
    """Every template × example person × panel recipient: same values, note, elements and findings."""
    cases = [
        (t.id, e.id, r) for t in templates for e in examples for r in range(max(len(e.panel), 1 + len(t.variants)))
    ]
    python = [
        python_note_case(t, e, r)
        for t in templates
        for e in examples
        for r in range(max(len(e.panel), 1 + len(t.variants)))
    ]
    browser = tools.evaluate(JS_RENDER_AND_CHECK, cases)
    assert len(cases) >= len(templates) * len(examples) * 3
    assert_same(python, browser, cases)


def test_every_labelled_draft_checks_the_same(tools: Page) -> None:
    """Every labelled draft, for its channel and for every channel with a context: identical results."""
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for path, channel in labelled_drafts():
        text = path.read_text(encoding="utf-8")
        cases.append((text, channel, {}))
        cases.extend((text, other, context) for other in CHANNELS for context in CONTEXTS[1:])
    assert len(cases) >= 100 * 10
    python = [check(text, channel, context).to_dict() for text, channel, context in cases]
    assert_same(python, tools.evaluate(JS_CHECK, cases), cases)


def test_rule_fixtures_check_the_same(tools: Page) -> None:
    """Every rule fixture, with the channel and context its entry gives and with the shared contexts."""
    fixtures = Path(__file__).parent / "fixtures" / "rules"
    index = yaml.safe_load((fixtures / "cases.yaml").read_text(encoding="utf-8"))
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for entry in [*index["fail"].values(), *index["pass"], *index["fixed"]]:
        text = (fixtures / entry["file"]).read_bytes().decode("utf-8")
        cases.append((text, entry.get("channel", "email"), entry.get("context") or {}))
        cases.extend((text, channel, context) for channel in CHANNELS for context in CONTEXTS[-2:])
    python = [check(text, channel, context).to_dict() for text, channel, context in cases]
    assert_same(python, tools.evaluate(JS_CHECK, cases), cases)


def test_adversarial_drafts_check_the_same(tools: Page) -> None:
    """Emoji, accents, CRLF, braces, markup, Subject: variants, odd spaces and long lines: identical results."""
    cases = [(text, channel, context) for text in ADVERSARIAL for channel in CHANNELS for context in CONTEXTS]
    python = [check(text, channel, context).to_dict() for text, channel, context in cases]
    assert_same(python, tools.evaluate(JS_CHECK, cases), cases)


def test_adversarial_values_and_templates_render_the_same(tools: Page, templates: tuple[Template, ...]) -> None:
    """Braces, markup, replacement-string syntax, prototype names and odd spaces fill and render the same."""
    fills = [(text, values) for text in ADVERSARIAL_TEMPLATE_TEXT for values in ADVERSARIAL_VALUES]
    assert_same([fill(text, values) for text, values in fills], tools.evaluate(JS_FILL, json.dumps(fills)), fills)
    renders: list[tuple[Any, ...]] = []
    for template in templates[:8]:
        parts = {**template.parts, "update": ADVERSARIAL_TEMPLATE_TEXT[1], "closing": ""}
        variants = [*template.variants, {"greeting": ADVERSARIAL_TEMPLATE_TEXT[0], "unknown_part": "x"}]
        renders.extend(
            (parts, [*template.subjects, ADVERSARIAL_TEMPLATE_TEXT[2]], variants, values, recipient)
            for values in ADVERSARIAL_VALUES
            for recipient in range(len(variants) + 2)
        )
    notes = [render_text(*case) for case in renders]
    python = [{"subjects": list(note.subjects), "body": note.body} for note in notes]
    assert_same(python, tools.evaluate(JS_RENDER_TEXT, json.dumps(renders)), renders)


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


def test_random_compositions_check_the_same(tools: Page) -> None:
    """Two thousand seeded random drafts built from tricky fragments: identical results on every channel."""
    rng = random.Random(20240611)
    cases = [
        ("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40))), rng.choice(CHANNELS), rng.choice(CONTEXTS))
        for _ in range(2000)
    ]
    python = [check(text, channel, context).to_dict() for text, channel, context in cases]
    assert_same(python, tools.evaluate(JS_CHECK, cases), cases)


def pattern_atoms() -> list[str]:
    """Every one-character piece the registry patterns are built from: classes, escapes, letters, the dot."""
    atoms = {r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", ".", *string.ascii_letters}
    patterns = [p for rule in DRAFT_RULES for p in rule.patterns] + list(shared_patterns().values())
    for pattern in patterns:
        tokens = re.findall(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]", pattern)
        atoms.update(token for token in tokens if token.startswith("["))
    return sorted(atoms)


JS_CLASSIFY = """atoms => {
  let all = "";
  for (let cp = 0; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
  const text = Afterview.checker.searchable(all);
  const runs = pattern => Array.from(text.matchAll(new RegExp(pattern, "gmu")), m =>
    [all.codePointAt(m.index), Array.from(m[0]).length]);
  const result = {};
  for (const atom of atoms) result[atom] = runs("(?:" + atom + ")+");
  result["^"] = runs("^(?=[\\\\s\\\\S])");
  result["$"] = runs("$(?=[\\\\s\\\\S])");
  return result;
}"""


def test_every_code_point_is_classified_the_same(tools: Page) -> None:
    """For every code point, every pattern atom (and ^, $) matches in the browser exactly when it does in Python."""
    code_points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    everything = "".join(map(chr, code_points))

    def runs(pattern: str) -> list[list[int]]:
        return [
            [ord(m.group(0)[0]) if m.group(0) else ord(everything[m.start()]), len(m.group(0))]
            for m in re.finditer(pattern, everything, FLAGS)
        ]

    atoms = pattern_atoms()
    python = {atom: runs(f"(?:{atom})+") for atom in atoms}
    python["^"] = runs(r"^(?=[\s\S])")
    python["$"] = runs(r"$(?=[\s\S])")
    browser = tools.evaluate(JS_CLASSIFY, [js_pattern(a) for a in atoms])
    for atom in [*atoms, "^", "$"]:
        key = atom if atom in ("^", "$") else js_pattern(atom)
        assert browser[key] == python[atom], f"{atom!r} classifies some code point differently"


JS_CHECK_WITH_RULES = """([cases, codes]) => {
  const rules = codes.map(code => window.AFTERVIEW_DATA.rules.find(rule => rule.code === code));
  return cases.map(([text, channel, context]) => Afterview.check(text, channel, context, rules));
}"""


def test_a_chosen_rule_list_checks_the_same(tools: Page) -> None:
    """Passing a subset of the rules, in another order, gives the same elements and findings in that order."""
    codes = [rule.code for rule in reversed(DRAFT_RULES) if rule.code not in ("AV102", "AV104")]
    rules = [rule for rule in reversed(DRAFT_RULES) if rule.code in codes]
    cases = [(text, channel, CONTEXTS[1]) for text in ADVERSARIAL[:12] for channel in CHANNELS]
    python = [check(text, channel, context, rules).to_dict() for text, channel, context in cases]
    assert_same(python, tools.evaluate(JS_CHECK_WITH_RULES, [cases, codes]), cases)


def test_an_unknown_channel_is_refused_with_the_same_message(tools: Page) -> None:
    """Both sides refuse a channel they do not know, with the same message."""
    with pytest.raises(ValueError) as python_error:
        check("Thank you", "fax")
    browser = tools.evaluate("() => { try { Afterview.check('Thank you', 'fax'); } catch (e) { return e.message; } }")
    assert browser == str(python_error.value)


JS_STRING_HELPERS = """() => {
  const spaces = [];
  const lower = {};
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (Afterview.text.isSpace(ch)) spaces.push(cp);
    if (ch.toLowerCase() !== ch) lower[cp] = ch.toLowerCase();
  }
  const tokens = ["ΟΔΥΣΣΕΑΣ Σ.ΣΑΣ", "İLKER Ǆ", "Ms.\\u00a0Zoë\\u2028O'Brien-Núñez, Dr.", "\\u0085PROF\\u001cLee"]
    .map(name => Array.from(Afterview.checker.nameTokens(name)).sort());
  return {spaces, lower, tokens};
}"""


def test_whitespace_lower_case_and_name_tokens_match_python(tools: Page) -> None:
    """Python's whitespace and lower() agree with the browser for every character Python's Unicode version knows."""
    import unicodedata

    from afterview._internal.engine.checker import name_tokens

    browser = tools.evaluate(JS_STRING_HELPERS)
    code_points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert browser["spaces"] == [c for c in code_points if chr(c).isspace()]
    known = [c for c in code_points if unicodedata.category(chr(c)) != "Cn"]
    lowered = {str(c): chr(c).lower() for c in known if chr(c).lower() != chr(c)}
    assert {k: v for k, v in browser["lower"].items() if unicodedata.category(chr(int(k))) != "Cn"} == lowered
    names = ["ΟΔΥΣΣΕΑΣ Σ.ΣΑΣ", "İLKER Ǆ", "Ms.\u00a0Zoë\u2028O'Brien-Núñez, Dr.", "\u0085PROF\u001cLee"]
    assert browser["tokens"] == [sorted(name_tokens(name)) for name in names]


@pytest.mark.parametrize("pattern", [r"\Afoo", r"foo\Z", r"(?i)foo", r"[]a]", r"\N{BULLET}"])
def test_python_only_pattern_syntax_is_refused_at_export(pattern: str) -> None:
    """A registry pattern the browser would read differently stops the export with a clear error."""
    with pytest.raises(ValueError, match="JavaScript"):
        js_pattern(pattern)


MESSY = yaml.safe_load((Path(__file__).parent / "data" / "messy_senders.yaml").read_text(encoding="utf-8"))
MESSY_VALUES: list[dict[str, str]] = [
    {**MESSY["defaults"], **{k: str(v) for k, v in sender.items() if k != "sentences"}}
    for sender in MESSY["developed"] + MESSY["held_out"]
]
TODAYS = ("2026-03-05T15:00", "2026-03-05T08:30", "2026-03-05", "2027-01-02", None, "not a day", "2026-02-30")
JS_RENDER_MESSY = """json => JSON.parse(json).map(([templateId, values, recipient, today]) => {
  const template = window.AFTERVIEW_DATA.templates.find(t => t.id === templateId);
  const note = today === null ? Afterview.render(template, values, recipient)
    : Afterview.render(template, values, recipient, today);
  return {subjects: note.subjects, body: note.body, unfilled: Afterview.unfilledFields(template, values, recipient)};
})"""
JS_FRAMES = """pairs => pairs.map(([templateId, name]) =>
  Afterview.fieldFrame(window.AFTERVIEW_DATA.templates.find(t => t.id === templateId), name))"""
JS_SHAPES = """json => JSON.parse(json).map(([text, today]) => {
  const s = Afterview.shapes;
  return [s.tidy(text), s.isSentence(text), s.asSentences(text), s.asPhrase(text), s.asName(text), s.asRole(text),
    today === null ? s.asDay(text) : s.asDay(text, today)];
})"""
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


def test_messy_senders_render_the_same(tools: Page, templates: tuple[Template, ...]) -> None:
    """Every template with every messy sender, written on several days: identical notes and unfilled fields."""
    cases = [
        (template.id, values, recipient, TODAYS[(index + recipient) % len(TODAYS)])
        for template in templates
        for index, values in enumerate(MESSY_VALUES)
        for recipient in template.recipients
    ]
    by_id = {template.id: template for template in templates}
    python = []
    for template_id, values, recipient, today in cases:
        note = by_id[template_id].render(values, recipient, today)
        unfilled = by_id[template_id].unfilled(values, recipient)
        python.append({"subjects": list(note.subjects), "body": note.body, "unfilled": unfilled})
    assert len(cases) >= 40 * len(templates)
    assert_same(python, tools.evaluate(JS_RENDER_MESSY, json.dumps(cases)), cases)


def test_field_frames_are_the_same(tools: Page, templates: tuple[Template, ...]) -> None:
    """The sentence shown under each input is the same in the browser, for every template and field."""
    from afterview._internal.engine.fields import FIELDS

    pairs = [(template.id, field.name) for template in templates for field in FIELDS]
    by_id = {template.id: template for template in templates}
    python = [by_id[template_id].field_frame(name) for template_id, name in pairs]
    assert sum(frame is not None and "___" in frame for frame in python) >= 5 * len(templates)
    assert_same(python, tools.evaluate(JS_FRAMES, pairs), pairs)


def test_value_shapes_are_the_same(tools: Page) -> None:
    """Tidying, sentence detection, names, roles and days agree on tricky input, for several days of writing."""
    from afterview._internal.engine import render as r

    cases = [(text, today) for text in SHAPE_INPUTS for today in TODAYS]
    python = [
        [r.tidy(t), r.is_sentence(t), r.as_sentences(t), r.as_phrase(t), r.as_name(t), r.as_role(t), r.as_day(t, d)]
        for t, d in cases
    ]
    assert_same(python, tools.evaluate(JS_SHAPES, json.dumps(cases)), cases)


def test_cli_render_prints_the_composers_first_draft(tools: Page, templates: tuple[Template, ...]) -> None:
    """`afterview render --set ... --today ...` prints exactly what the browser renders for the same input."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    template = next(t for t in templates if t.id == "thank-you-video-interview")
    values = {name: MESSY_VALUES[0][name] for name in template.fields}
    args = [arg for name, value in values.items() for arg in ("--set", f"{name}={value}")]
    today = "2026-03-05T09:00"
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "render", template.id, *args, "--today", today],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    browser = tools.evaluate(JS_RENDER_MESSY, json.dumps([(template.id, values, 0, today)]))[0]
    assert result.stdout == f"Subject: {browser['subjects'][0]}\n\n{browser['body']}\n"
    assert result.stderr == ""
