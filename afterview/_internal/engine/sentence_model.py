"""A small linear model over word and word-pair features that tells which red flag a sentence raises.

It backs up the registry's patterns: a sentence they miss is still flagged when the model scores it above
`min_score` for a category. The weights live in `sentence_model.json`, trained on the labelled tuning
sentences by `python -m tests.train_sentence_model`; the build exports them to `checker.js`, which scores
the same way, so the browser flags the same sentences.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("sentence_model.json")
TOKEN = re.compile(r"[a-z0-9']+")
# Before a sentence is split into words: A-Z in lower case, and the typographic apostrophe as a plain one.
MODEL_FOLD = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2019", "abcdefghijklmnopqrstuvwxyz'")
ASCII_LOWER = str.maketrans(*MODEL_FOLD)
QUESTION_FEATURE = "<q>"
# How many sentences' flags are remembered (every rule asks about every sentence).
FLAGGED_CODES_REMEMBERED = 4096


@cache
def model() -> dict[str, Any]:
    """The trained weights: per category its flag, rule code, bias and word weights; and the score to beat."""
    data: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return data


def features(text: str) -> list[str]:
    """A sentence's words and pairs of neighbouring words (numbers as "0"), and "<q>" for a question; sorted."""
    words = ["0" if word.isdigit() else word for word in TOKEN.findall(text.translate(ASCII_LOWER))]
    found = set(words) | {f"{first} {second}" for first, second in pairwise(words)}
    if "?" in text:
        found.add(QUESTION_FEATURE)
    return sorted(found)


def score(category: dict[str, Any], found: list[str]) -> float:
    """A category's score for a sentence's features (added in sorted order, as the browser adds them)."""
    weights: dict[str, float] = category["weights"]
    total = float(category["bias"])
    for feature in found:
        total += weights.get(feature, 0.0)
    return total


@lru_cache(maxsize=FLAGGED_CODES_REMEMBERED)
def flagged_codes(text: str) -> frozenset[str]:
    """The rule codes of the red flags the model sees in one sentence (remembered: every rule asks)."""
    trained = model()
    found = features(text)
    return frozenset(
        category["code"] for category in trained["categories"] if score(category, found) > trained["min_score"]
    )
