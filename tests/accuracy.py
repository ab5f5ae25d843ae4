"""Print the draft checker's accuracy on the labelled corpora: `python -m tests.accuracy [-v]`."""

from __future__ import annotations

import sys

from tests.test_checker_accuracy import CORPORA, accuracy, labelled, mistakes, red_flag_accuracy

if __name__ == "__main__":
    for name, folder in CORPORA.items():
        shares = accuracy(folder)
        cells = "  ".join(f"{element} {share:.0%}" for element, share in shares.items())
        flags = red_flag_accuracy(folder)
        overall = sum(shares.values()) / len(shares)
        extra = f"  red flags {flags:.0%}" if flags is not None else ""
        print(f"{name:14} ({len(labelled(folder))} drafts)  {cells}  overall {overall:.0%}{extra}")
        if "-v" in sys.argv:
            for line in mistakes(folder):
                print("    " + line)
