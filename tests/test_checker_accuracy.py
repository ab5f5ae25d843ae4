"""The draft checker's element detection measured on human-labelled drafts (a heuristic, so a figure)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from afterview.checker import check
from afterview.rules import ELEMENTS

DRAFTS = Path(__file__).parent / "drafts"
CORPORA = {"development": DRAFTS, "development-2": DRAFTS / "dev2", "holdout": DRAFTS / "holdout"}
# Floors a little below the measured figures (printed by `python -m tests.accuracy`): a regression fails.
# The holdout corpus was written independently and never used to tune the patterns.
MIN_ACCURACY = {"development": 0.95, "development-2": 0.75, "holdout": 0.75}


def labelled(folder: Path) -> list[dict[str, object]]:
    """The labelled drafts of a folder."""
    return list(yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["drafts"])


def accuracy(folder: Path) -> dict[str, float]:
    """Per-element share of drafts where the checker agrees with the human label."""
    drafts = labelled(folder)
    agree = dict.fromkeys(ELEMENTS, 0)
    for draft in drafts:
        found = check((folder / str(draft["file"])).read_text(encoding="utf-8"), str(draft["channel"])).elements
        for element in ELEMENTS:
            agree[element] += found[element] == draft["elements"][element]  # type: ignore[index]
    return {element: agree[element] / len(drafts) for element in ELEMENTS}


@pytest.mark.parametrize(("name", "folder"), CORPORA.items())
def test_element_detection_accuracy(name: str, folder: Path) -> None:
    """Every element is detected correctly on at least the floor share of labelled drafts."""
    assert len(labelled(folder)) >= 30
    for element, share in accuracy(folder).items():
        assert share >= MIN_ACCURACY[name], f"{name} {element}: {share:.0%}"


def test_labels_cover_each_channel_and_each_missing_element() -> None:
    """The corpus has complete drafts and drafts missing each element, for every channel."""
    drafts = labelled(DRAFTS)
    for channel in ("email", "linkedin", "handwritten"):
        mine = [d for d in drafts if d["channel"] == channel]
        assert any(all(d["elements"].values()) for d in mine)  # type: ignore[attr-defined]
        for element in ELEMENTS:
            assert any(not d["elements"][element] for d in mine), (channel, element)  # type: ignore[index]
