"""Print the draft checker's accuracy on the labelled corpora: `python -m tests.accuracy [-v] [--final]`.

The frozen held-out corpus is left out unless `--final` is given: measure it once, after the last change to
the checker. `-v` lists each disagreement, never on the held-out corpus: reading its mistakes would be tuning.
"""

from __future__ import annotations

import sys

from tests.test_checker_accuracy import (
    CORPORA,
    HELD_OUT,
    SENTENCE_CORPORA,
    accuracy,
    caught,
    clean,
    labelled,
    labelled_sentences,
    mistakes,
    present,
    red_flag_accuracy,
    role_accuracy,
    sentence_flags,
    share,
)


def draft_line(name: str) -> str:
    """One corpus of drafts: element agreement, red flags caught, polite controls left clean."""
    folder = CORPORA[name]
    shares = accuracy(folder)
    cells = "  ".join(f"{element} {value:.0%}" for element, value in shares.items())
    overall = sum(shares.values()) / len(shares)
    line = f"{name:14} ({len(labelled(folder))} drafts)  {cells}  overall {overall:.0%}"
    exact = red_flag_accuracy(folder)
    if exact is not None:
        found, total = caught(folder)
        left_clean, controls = clean(folder)
        line += f"  red flags caught {found}/{total}  controls clean {left_clean}/{controls}  exact {exact:.0%}"
    return line


def sentence_line(name: str) -> str:
    """One corpus of sentences: the share given the labelled role, overall and per role."""
    scores = role_accuracy(SENTENCE_CORPORA[name])
    right = sum(r for r, _ in scores.values())
    total = sum(t for _, t in scores.values())
    cells = "  ".join(f"{role} {r}/{t}" for role, (r, t) in sorted(scores.items()))
    (found, flags), (false_alarms, clean_sentences) = sentence_flags(SENTENCE_CORPORA[name])
    flagging = f"  red flags caught {found}/{flags}  clean flagged {false_alarms}/{clean_sentences}" if flags else ""
    return f"{name:14} ({total} sentences)  roles {share((right, total)):.0%}{flagging}  {cells}"


if __name__ == "__main__":
    final = "--final" in sys.argv
    for name in CORPORA:
        if present(name) and (final or name != HELD_OUT):
            print(draft_line(name))
            if "-v" in sys.argv and name != HELD_OUT:
                for mistake in mistakes(CORPORA[name]):
                    print("    " + mistake)
    for name, folder in SENTENCE_CORPORA.items():
        if (final or name != HELD_OUT) and labelled_sentences(folder):
            print(sentence_line(name))
