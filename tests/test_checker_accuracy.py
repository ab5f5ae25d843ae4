"""The draft checker's judgement measured on human-labelled drafts (a heuristic, so a figure).

Two figures per corpus: per element, the share of drafts where the checker agrees with the label on
whether the element is there; and, where the labels list `flags`, the share of drafts whose red-flag
findings (codes in RED_FLAGS) are exactly the labelled ones: no miss and no false alarm.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from afterview.checker import check
from afterview.rules import ELEMENTS

DRAFTS = Path(__file__).parent / "drafts"
CORPORA = {
    "development": DRAFTS,
    "development-2": DRAFTS / "dev2",
    "holdout": DRAFTS / "holdout",
    "holdout-2": DRAFTS / "holdout-2",
}
# The codes a careers adviser would stop a note for beyond the four elements: tone, pressure, pay, slips.
RED_FLAGS = frozenset({"AV202", "AV404", "AV501", "AV505", "AV508", "AV509", "AV510", "AV511", "AV512"})
# Floors a little below the measured figures (printed by `python -m tests.accuracy`): a regression fails.
# holdout-2 was written and committed before this round's tuning and never used to tune the checker.
MIN_ACCURACY = {"development": 0.95, "development-2": 0.8, "holdout": 0.83, "holdout-2": 0.8}
MIN_RED_FLAG_ACCURACY = {"holdout-2": 0.9}


def labelled(folder: Path) -> list[dict[str, Any]]:
    """The labelled drafts of a folder."""
    return list(yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["drafts"])


def judged(folder: Path, draft: dict[str, Any]) -> tuple[dict[str, bool], set[str]]:
    """The elements the checker finds in a labelled draft, and the red-flag codes it reports."""
    text = (folder / str(draft["file"])).read_text(encoding="utf-8")
    result = check(text, str(draft["channel"]), dict(draft.get("context") or {}))
    return result.elements, {finding.code for finding in result.findings} & RED_FLAGS


def accuracy(folder: Path) -> dict[str, float]:
    """Per-element share of drafts where the checker agrees with the human label."""
    drafts = labelled(folder)
    agree = dict.fromkeys(ELEMENTS, 0)
    for draft in drafts:
        found, _ = judged(folder, draft)
        for element in ELEMENTS:
            agree[element] += found[element] == draft["elements"][element]
    return {element: agree[element] / len(drafts) for element in ELEMENTS}


def red_flag_accuracy(folder: Path) -> float | None:
    """Share of drafts whose red-flag codes are exactly the labelled ones (None without `flags` labels)."""
    drafts = [draft for draft in labelled(folder) if "flags" in draft]
    if not drafts:
        return None
    right = sum(judged(folder, draft)[1] == set(draft["flags"]) for draft in drafts)
    return right / len(drafts)


def mistakes(folder: Path) -> list[str]:
    """Each disagreement with the labels, for the accuracy report."""
    lines = []
    for draft in labelled(folder):
        found, flags = judged(folder, draft)
        wrong = [element for element in ELEMENTS if found[element] != draft["elements"][element]]
        if "flags" in draft and flags != set(draft["flags"]):
            wrong.append(f"flags {sorted(flags)} != {sorted(draft['flags'])}")
        if wrong:
            lines.append(f"{draft['file']}: {', '.join(wrong)}")
    return lines


@pytest.mark.parametrize(("name", "folder"), CORPORA.items())
def test_element_detection_accuracy(name: str, folder: Path) -> None:
    """Every element is detected correctly on at least the floor share of labelled drafts."""
    assert len(labelled(folder)) >= 30
    for element, share in accuracy(folder).items():
        assert share >= MIN_ACCURACY[name], f"{name} {element}: {share:.0%}"


@pytest.mark.parametrize(("name", "floor"), MIN_RED_FLAG_ACCURACY.items())
def test_red_flag_accuracy(name: str, floor: float) -> None:
    """Red flags are raised exactly where a careers adviser would raise them, on the floor share of drafts."""
    share = red_flag_accuracy(CORPORA[name])
    assert share is not None and share >= floor, f"{name} red flags: {share}"


def test_labels_cover_each_channel_and_each_missing_element() -> None:
    """The corpus has complete drafts and drafts missing each element, for every channel."""
    drafts = labelled(DRAFTS)
    for channel in ("email", "linkedin", "handwritten"):
        mine = [d for d in drafts if d["channel"] == channel]
        assert any(all(d["elements"].values()) for d in mine)
        for element in ELEMENTS:
            assert any(not d["elements"][element] for d in mine), (channel, element)
