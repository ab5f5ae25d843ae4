"""Synthetic catalogs: the shipped templates copied under new ids with small variations."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import yaml

from afterview._internal.engine.catalog import template_files
from afterview._internal.engine.paths import TEMPLATES_DIR

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PROJECT_CONFIG = PROJECT_ROOT / "mkdocs.yml"

# Small, lint-clean changes of wording, so the copies are not byte-identical to their originals.
SUMMARY_TAILS = ("", " Kept short on purpose.", " Works for most roles.", " Adapt it to your own voice.")
CLOSINGS = (
    "Please let me know if I can send anything else.",
    "If anything else would help, I am glad to send it.",
    "I hope the rest of your week goes well.",
    "I am happy to answer any further questions.",
)
TITLE_TAG = " (copy {number})"


def shipped_templates() -> list[dict[str, Any]]:
    """The shipped templates as plain data, in file-name order."""
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in template_files([TEMPLATES_DIR])]


def variation(original: dict[str, Any], number: int) -> dict[str, Any]:
    """A copy of a template with a new id, a numbered title and a slightly different summary."""
    copy = dict(original)
    copy["id"] = f"{original['id'][:48]}-copy-{number}"
    tag = TITLE_TAG.format(number=number)
    copy["title"] = original["title"][: 80 - len(tag)] + tag
    tail = SUMMARY_TAILS[number % len(SUMMARY_TAILS)]
    copy["summary"] = (original["summary"] + tail)[:240]
    if "closing" in original["parts"]:
        copy["parts"] = {**original["parts"], "closing": CLOSINGS[number % len(CLOSINGS)]}
    return copy


def write_catalog(folder: Path, total: int) -> list[Path]:
    """Write enough copies into folder that shipped plus synthetic templates make `total`."""
    folder.mkdir(parents=True, exist_ok=True)
    originals = shipped_templates()
    wanted = max(0, total - len(originals))
    written = []
    for number, original in zip(range(1, wanted + 1), itertools.cycle(originals)):
        data = variation(original, number)
        path = folder / f"{data['id']}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
        written.append(path)
    return written


def write_config(folder: Path, extra_template_dir: Path) -> Path:
    """A temporary mkdocs.yml for the project's site plus one template folder, as a career office writes it.

    The afterview plugin fills in the rest from the project's mkdocs.yml; the docs folder and the
    macros module are named by absolute paths, so the config can live outside the project.
    """
    config = {
        "site_name": "Afterview (synthetic catalog)",
        "docs_dir": str(PROJECT_ROOT / "docs"),
        "theme": {"name": "material"},
        "plugins": [
            "search",
            {"afterview": {"template_dirs": [str(extra_template_dir)], "csp_file": ""}},
            {"macros": {"module_name": str(PROJECT_ROOT / "macros"), "on_undefined": "strict", "on_error_fail": True}},
        ],
    }
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path
