"""Print the draft checker's per-element accuracy on the labelled corpora: `python -m tests.accuracy`."""

from __future__ import annotations

from tests.test_checker_accuracy import CORPORA, accuracy, labelled

if __name__ == "__main__":
    for name, folder in CORPORA.items():
        shares = accuracy(folder)
        cells = "  ".join(f"{element} {share:.0%}" for element, share in shares.items())
        print(f"{name:14} ({len(labelled(folder))} drafts)  {cells}")
