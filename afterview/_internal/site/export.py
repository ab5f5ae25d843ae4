"""The data the in-page tools need, exported once per build as static scripts.

A page's first paint loads one small script (DATA_SCRIPT): labels, field definitions and the composer's
settings. The rest comes in files of their own under DATA_FOLDER, each loaded when the page needs it, so
that no page's first paint grows with the catalog: the engine (rules, patterns and tables), the sentence
model, an index of the templates for the composer's chooser, and each template on its own. They are classic
scripts (a page injects them; they work from file:// and under a Content-Security-Policy without inline
scripts), each handing its part over in `window.AFTERVIEW_PARTS[name]`.
"""

from __future__ import annotations

import json
from typing import Any

from ..engine.catalog import schema_choices
from ..engine.checker import checker_data
from ..engine.fields import FIELDS
from ..engine.patterns import js_pattern, js_unicode_pattern
from ..engine.render import PART_ORDER, engine_data
from ..engine.rules import (
    CHANNELS,
    COMPANY_JOINERS,
    COMPANY_NOT_NAMES,
    COMPANY_SUFFIXES,
    ELEMENTS,
    NAME_TITLES,
    Rule,
    shared_patterns,
)
from ..engine.sentence_model import model
from ..engine.timing import timing_data
from .markup import CHANNEL_NAMES, SITUATION_NAMES
from .pages import DATA_SCRIPT
from .site_catalog import SiteCatalog

# What each draft rule looks like when it is met, as the composer's checklist says it to a job seeker.
CHECKLIST_LABELS: dict[str, str] = {
    "gratitude": "Thanks them for their time",
    "highlight": "Recalls one real moment of the talk",
    "interest": "Says you are still keen",
    "signature": "Ends with a sign-off and your name",
    "email-signature": "Signs with your name and how to reach you",
    "concise": "Short enough to read at a glance",
    "linkedin-length": "Fits LinkedIn's length limit",
    "subject": "Has a subject line",
    "specific-subject": "Subject says what the email is about",
    "short-subject": "Subject fits in an inbox",
    "placeholder": "Every blank is filled in",
    "generic-greeting": "Greets them by name",
    "greeting-name": "Greets the person it is for",
    "right-company": "Names the right company",
    "no-pressure": "Patient, with no pressure for an answer",
    "no-emoji": "No emoji or smileys",
    "calm-punctuation": "Calm punctuation",
    "no-text-speak": "Words spelled out in full",
    "no-pay-questions": "Leaves pay and perks for the offer stage",
    "not-over-familiar": "Friendly, not over-familiar",
    "no-excuses": "No apologies for the interview",
    "no-guilt": "No guilt about a slow reply",
    "no-begging": "Keen, without begging",
    "no-badmouthing": "Kind about past employers",
    "no-shouting": "No sentences in capitals",
    "no-device-footer": 'No "Sent from my phone" footer',
    "title-and-surname": "Greets with a title and surname",
    "no-doubled-words": "No word written twice",
    "no-stray-capitals": "No capitals mid-sentence",
    "company-capitals": "Company name with its capitals",
    "closes-once": "Closes once",
    "no-stock-claims": "Claims only what you said or did",
    "speak-to-the-reader": 'Speaks to the reader as "you"',
}
# Fields the composer asks for that no template fills: they address the note rather than appear in it.
ADDRESS_FIELDS: tuple[dict[str, Any], ...] = (
    {
        "name": "recipient_email",
        "label": "Their email",
        "hint": "Fills in the To line of the email; nothing is sent.",
        "group": "them",
        "autocomplete": "off",
        "multiline": False,
        "optional": True,
    },
)
PERSON_GROUP = "them"
# The parts loaded after first paint, in this folder (relative to assets/javascripts/, as the page finds them).
DATA_FOLDER = "assets/javascripts/afterview-data"
ENGINE_FILE = "engine.js"
INDEX_FILE = "index.js"
MODEL_FILE = "sentence-model.js"
TEMPLATES_FOLDER = "templates/"
ENGINE_KEYS = ("engine", "patterns", "checker", "rules", "examples")
MODEL_KEY = "sentence_model"
# A template's words, loaded when it is chosen; the index keeps the rest (title, situation, channel, ...).
TEMPLATE_WORDING = ("parts", "subjects", "variants", "why", "points")
IRREGULAR_VERBS = {"be": "Is", "have": "Has", "do": "Does", "go": "Goes"}


def third_person(verb: str) -> str:
    """The verb as in "it greets": greet -> Greets, stay -> Stays, reply -> Replies, be -> Is."""
    if verb in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        verb += "es"
    elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return verb[:1].upper() + verb[1:]


def checklist_label(rule: Rule) -> str:
    """What a met rule looks like, in the affirmative: from the table above, else from its "should" message."""
    if rule.name in CHECKLIST_LABELS:
        return CHECKLIST_LABELS[rule.name]
    words = rule.message.removeprefix("should ").split(" ", 1)
    if words[0] == "not":
        return "Does not " + (words[1] if len(words) > 1 else "")
    return " ".join([third_person(words[0]), *words[1:]])


def rule_data(site: SiteCatalog) -> list[dict[str, Any]]:
    """The draft rules, patterns converted for the browser."""
    rules = []
    for rule in site.rules:
        data = rule.to_dict()
        data["patterns"] = [js_pattern(p) for p in rule.patterns]
        data["checklistLabel"] = checklist_label(rule)
        rules.append(data)
    return rules


def checker_script_data() -> dict[str, Any]:
    """The checker's own patterns, converted for the browser, and its tables."""
    data = checker_data()
    return {
        "patterns": {name: js_unicode_pattern(pattern) for name, pattern in data["patterns"].items()},
        "constants": data["constants"],
    }


def browser_data(site: SiteCatalog, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the composer and checker read: catalog, examples, fields, rules."""
    return {
        "fields": [vars(f) for f in FIELDS],
        "addressFields": [dict(f) for f in ADDRESS_FIELDS],
        "personFields": [f.name for f in FIELDS if f.group == PERSON_GROUP] + [f["name"] for f in ADDRESS_FIELDS],
        "channelNames": dict(CHANNEL_NAMES),
        "partOrder": list(PART_ORDER),
        "engine": engine_data(),
        "channels": list(CHANNELS),
        "elements": list(ELEMENTS),
        "nameTitles": list(NAME_TITLES),
        "companyJoiners": list(COMPANY_JOINERS),
        "companyNotNames": list(COMPANY_NOT_NAMES),
        "companySuffixes": list(COMPANY_SUFFIXES),
        "patterns": {name: js_pattern(p) for name, p in shared_patterns().items()},
        "checker": checker_script_data(),
        "sentence_model": model(),
        "rules": rule_data(site),
        "templates": [t.to_dict() for t in site.templates],
        "examples": [
            {
                "id": e.id,
                "label": e.label,
                "values": dict(e.values),
                "panel": [dict(p) for p in e.panel],
                "contacts": {situation: dict(person) for situation, person in e.contacts.items()},
            }
            for e in site.examples
        ],
        "settings": settings or {},
        "composer": composer_data(site),
    }


def composer_data(site: SiteCatalog) -> dict[str, Any]:
    """What only the composer reads: the timing numbers, and the situations it offers in journey order."""
    offered = {t.situation for t in site.templates}
    known = schema_choices("situation")
    order = [s for s in known if s in offered] + sorted(offered - set(known))
    return {
        "timing": timing_data(),
        "situations": [{"id": s, "label": SITUATION_NAMES.get(s) or s.replace("-", " ").capitalize()} for s in order],
    }


def as_script_value(data: Any) -> str:
    """Data as a JavaScript value, safe inside a script (no `</`), ASCII only."""
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("</", "<\\/")


def browser_script(site: SiteCatalog, settings: dict[str, Any] | None = None) -> str:
    """A classic script (works from file:// too) that defines window.AFTERVIEW_DATA with every part in it."""
    return f"window.AFTERVIEW_DATA = {as_script_value(browser_data(site, settings))};\n"


def part_script(name: str, data: Any) -> str:
    """A file loaded after first paint: it hands its part to the page under its name."""
    return f"(window.AFTERVIEW_PARTS = window.AFTERVIEW_PARTS || {{}})[{json.dumps(name)}] = {as_script_value(data)};\n"


def template_entry(template: dict[str, Any]) -> dict[str, Any]:
    """What the composer's chooser needs of a template, without its wording."""
    return {key: value for key, value in template.items() if key not in TEMPLATE_WORDING}


def data_scripts(site: SiteCatalog, settings: dict[str, Any] | None = None) -> dict[str, str]:
    """Every data file of a build (docs-relative path -> text): the first-paint script, then the parts."""
    data = browser_data(site, settings)
    templates = data.pop("templates")
    model = data.pop(MODEL_KEY)
    engine = {key: data.pop(key) for key in ENGINE_KEYS}
    data["templates"] = []
    data["files"] = {
        "engine": ENGINE_FILE,
        "index": INDEX_FILE,
        "model": MODEL_FILE,
        "templates": TEMPLATES_FOLDER,
    }
    scripts = {
        DATA_SCRIPT: f"window.AFTERVIEW_DATA = {as_script_value(data)};\n",
        f"{DATA_FOLDER}/{ENGINE_FILE}": part_script("engine", engine),
        f"{DATA_FOLDER}/{INDEX_FILE}": part_script("index", [template_entry(t) for t in templates]),
        f"{DATA_FOLDER}/{MODEL_FILE}": part_script("model", model),
    }
    for template in templates:
        scripts[f"{DATA_FOLDER}/{TEMPLATES_FOLDER}{template['id']}.js"] = part_script(
            "template:" + template["id"], template
        )
    return scripts
