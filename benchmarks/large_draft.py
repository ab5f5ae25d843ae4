"""How long the draft checker takes on 1 MB drafts, in Python and in the browser's script (run by Node).

Usage: python -m benchmarks.large_draft [--repeats 5]
Prints a Markdown table: the median and worst seconds per draft shape, after one warm-up run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import time
from pathlib import Path

from afterview._internal.engine.checker import check

ROOT = Path(__file__).resolve().parent.parent
SIZE = 1_000_000
NOTE = (
    "Thank you for showing me the cold store on Tuesday; I keep thinking about the pallet map you drew. "
    "I am keen to join the night team.\n"
)
SHAPES = {
    "note repeated": "Subject: Thank you - Warehouse interview\n\nDear Ms. Raman,\n\n" + NOTE * (SIZE // len(NOTE)),
    "one line, no punctuation": "word " * (SIZE // 5),
    "one long word": "a" * SIZE,
    "short questions": "Why? " * (SIZE // 5),
    "control and Latin-1 characters": bytes(range(256)).decode("latin-1") * (SIZE // 256),
}
NODE_SCRIPT = """
import {readFileSync} from "node:fs";
import {load} from "./tests/js/load.mjs";
const drafts = JSON.parse(readFileSync(0, "utf8"));
const repeats = Number(process.argv[1]);
const w = load(["render", "checker"]);
const times = {};
for (const [name, text] of Object.entries(drafts)) {
  w.Afterview.check(text, "email", {});
  times[name] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    w.Afterview.check(text, "email", {});
    times[name].push((performance.now() - start) / 1000);
  }
}
console.log(JSON.stringify(times));
"""


def python_times(repeats: int) -> dict[str, list[float]]:
    """Seconds per check in Python, per draft shape (after a warm-up run that compiles the patterns)."""
    times: dict[str, list[float]] = {}
    for name, text in SHAPES.items():
        check(text)
        times[name] = []
        for _ in range(repeats):
            start = time.perf_counter()
            check(text)
            times[name].append(time.perf_counter() - start)
    return times


def browser_times(repeats: int) -> dict[str, list[float]]:
    """Seconds per check of the browser's checker.js, run by Node on the same drafts."""
    command = ["node", "--input-type=module", "-e", NODE_SCRIPT, str(repeats)]
    output = subprocess.run(
        command, cwd=ROOT, input=json.dumps(SHAPES), capture_output=True, text=True, check=True
    ).stdout
    times: dict[str, list[float]] = json.loads(output)
    return times


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    python, browser = python_times(args.repeats), browser_times(args.repeats)
    print("| 1 MB draft | Python median | Python worst | Browser script median | Browser script worst |")
    print("|---|---|---|---|---|")
    for name in SHAPES:
        cells = [f"{statistics.median(t):.3f} s | {max(t):.3f} s" for t in (python[name], browser[name])]
        print(f"| {name} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
