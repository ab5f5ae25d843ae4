"""The data the in-page tools need, exported once per build as a static script."""

from __future__ import annotations

import json
from typing import Any

from .fields import FIELDS
from .patterns import js_pattern
from .render import PART_ORDER
from .rules import (
    CHANNELS,
    COMPANY_JOINERS,
    COMPANY_NOT_NAMES,
    COMPANY_SUFFIXES,
    ELEMENTS,
    NAME_TITLES,
    shared_patterns,
)
from .site import SiteCatalog


def rule_data(site: SiteCatalog) -> list[dict[str, Any]]:
    """The draft rules, patterns converted for the browser."""
    rules = []
    for rule in site.rules:
        data = rule.to_dict()
        data["patterns"] = [js_pattern(p) for p in rule.patterns]
        rules.append(data)
    return rules


def browser_data(site: SiteCatalog, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the composer and checker read: catalog, examples, fields, rules."""
    return {
        "fields": [vars(f) for f in FIELDS],
        "partOrder": list(PART_ORDER),
        "channels": list(CHANNELS),
        "elements": list(ELEMENTS),
        "nameTitles": list(NAME_TITLES),
        "companyJoiners": list(COMPANY_JOINERS),
        "companyNotNames": list(COMPANY_NOT_NAMES),
        "companySuffixes": list(COMPANY_SUFFIXES),
        "patterns": {name: js_pattern(p) for name, p in shared_patterns().items()},
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
    }


def browser_script(site: SiteCatalog, settings: dict[str, Any] | None = None) -> str:
    """A classic script (works from file:// too) that defines window.AFTERVIEW_DATA."""
    payload = json.dumps(browser_data(site, settings), ensure_ascii=True, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")
    return f"window.AFTERVIEW_DATA = {payload};\n"
