"""Train the sentence model (afterview/sentence_model.json) on the labelled tuning data.

Usage: python -m tests.train_sentence_model
The build exports the JSON to the browser's checker (afterview/export.py), so nothing else needs copying.
Positives are the labelled sentences with a red-flag category; negatives are the sentences labelled clean,
every sentence of the polite controls and every sentence of the catalog's notes rendered with the example
data. The held-out corpus is never read. Training is plain stochastic gradient descent on one logistic
regression per category, seeded, so the same data gives the same weights.
"""

from __future__ import annotations

import json
import math
import random
from typing import Any

from afterview._internal.engine.catalog import load_examples
from afterview._internal.engine.checker import prepare
from afterview._internal.engine.lint import rendered_notes
from afterview._internal.engine.loading import load
from afterview._internal.engine.paths import TEMPLATES_DIR
from afterview._internal.engine.sentence_model import MODEL_PATH, features
from tests.test_checker_accuracy import (
    CATEGORY_CODES,
    CORPORA,
    HELD_OUT,
    SENTENCE_CORPORA,
    channel_of,
    labelled,
    labelled_sentences,
    present,
    sentence_text,
)

# Categories a sentence shows on its own (a wrong company needs the company the note is for).
CATEGORIES = ("pressure", "silence-complaint", "passive-aggressive", "badmouth", "pay-perks", "self-putdown", "begging")
EPOCHS = 30
LEARNING_RATE = 0.5
DECAY = 1e-3
# The model speaks only when fairly sure: a probability above 40 % (the patterns carry the common cases).
MIN_PROBABILITY = 0.4
# Weights smaller than this are dropped, to keep the data small for the browser.
MIN_WEIGHT = 0.3


def examples() -> list[tuple[str, str | None]]:
    """Every labelled sentence with its category (None when clean), and each sentence of the polite controls."""
    found: list[tuple[str, str | None]] = []
    for name, folder in SENTENCE_CORPORA.items():
        if name == HELD_OUT:
            continue
        for item in labelled_sentences(folder):
            if "flag" in item and item.get("flag") != "other-company":
                found.append((sentence_text(item), item.get("flag")))
    for name, folder in CORPORA.items():
        if name == HELD_OUT or not present(name):
            continue
        for draft in labelled(folder):
            if draft.get("flags") == []:
                text = (folder / str(draft["file"])).read_text(encoding="utf-8")
                found += [(sentence.text, None) for sentence in prepare(text, channel_of(draft), {}).sentences]
    return found + [(text, None) for text in catalog_sentences()]


def catalog_sentences() -> list[str]:
    """The sentences of every template's notes, rendered for every example sender (each once, sorted)."""
    examples = load_examples()
    found = {
        sentence.text
        for template in load([TEMPLATES_DIR]).templates
        for note in rendered_notes(template, examples)
        for sentence in prepare(note.body, "email", {}).sentences
    }
    return sorted(found)


def train(data: list[tuple[str, str | None]]) -> dict[str, Any]:
    """One logistic regression per category, by seeded stochastic gradient descent."""
    rows = [(features(text), flag) for text, flag in data]
    weights: dict[str, dict[str, float]] = {category: {} for category in CATEGORIES}
    bias = dict.fromkeys(CATEGORIES, -2.0)
    shuffle = random.Random(1)
    for _ in range(EPOCHS):
        shuffle.shuffle(rows)
        for found, flag in rows:
            for category in CATEGORIES:
                own = weights[category]
                z = bias[category] + sum(own.get(feature, 0.0) for feature in found)
                gradient = (flag == category) - 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
                bias[category] += LEARNING_RATE * gradient * 0.1
                for feature in found:
                    own[feature] = own.get(feature, 0.0) * (1 - LEARNING_RATE * DECAY) + LEARNING_RATE * gradient
    return {
        "min_score": round(math.log(MIN_PROBABILITY / (1 - MIN_PROBABILITY)), 4),
        "categories": [
            {
                "flag": category,
                "code": min(CATEGORY_CODES[category]),
                "bias": round(bias[category], 4),
                "weights": {
                    feature: round(value, 2)
                    for feature, value in sorted(weights[category].items())
                    if abs(value) >= MIN_WEIGHT
                },
            }
            for category in CATEGORIES
        ],
    }


def main() -> None:
    """Train and write the JSON."""
    trained = train(examples())
    MODEL_PATH.write_text(json.dumps(trained, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    total = sum(len(category["weights"]) for category in trained["categories"])
    print(f"{len(examples())} sentences; {total} weights kept")


if __name__ == "__main__":
    main()
