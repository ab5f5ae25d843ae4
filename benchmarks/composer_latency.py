"""Composer keystroke latency: from a keystroke's input event to the updated note and checklist, in Chromium.

Usage: python -m benchmarks.composer_latency [--site DIR] [--template ID] [--keystrokes N]
Without --site the shipped site is built into a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.static_server import CHROMIUM, CHROMIUM_ARGS, serve

ROOT = Path(__file__).resolve().parent.parent
TEXT = "the plan to move every booking screen into one shared design system, with clinicians involved early "

# In-page probe: an input listener on window (capture) notes the start; one registered after the composer's
# own listener on the form (bubbling, on document) notes when the note and checklist are updated; the next
# animation frame plus a task notes when that update could be on screen.
PROBE = """() => {
  window.__latency = [];
  let start = 0;
  window.addEventListener('input', () => { start = performance.now(); }, true);
  document.addEventListener('input', (event) => {
    const updated = performance.now();
    const note = document.querySelector('[data-role=note-text]');
    const sample = {handler: updated - start, ok: note.textContent.includes(event.target.value.trim().slice(-12))};
    requestAnimationFrame(() => setTimeout(() => {
      sample.frame = performance.now() - start;
      window.__latency.push(sample);
    }, 0));
  });
}"""


def build_shipped_site(destination: Path) -> Path:
    """Build the shipped site with `mkdocs build --strict`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(destination)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return destination


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of a list of numbers."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def measure(base_url: str, template: str, keystrokes: int) -> list[dict[str, Any]]:
    """Type into the first interviewer's highlight field and collect one latency sample per keystroke."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=list(CHROMIUM_ARGS),
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base_url}/tools/composer/?template={template}")
        page.wait_for_selector("[data-role=note-text]")
        field = page.locator("textarea[data-field=highlight], input[data-field=highlight]").first
        if not field.count():
            field = page.locator(".av-composer__form [data-field]").first
        field.click()
        page.evaluate(PROBE)
        text = (TEXT * (keystrokes // len(TEXT) + 1))[:keystrokes]
        for character in text:
            page.keyboard.type(character)
        page.wait_for_function(f"window.__latency.length >= {keystrokes}")
        samples: list[dict[str, Any]] = page.evaluate("window.__latency")
        notes = page.locator("[data-role=note-text]").count()
        browser.close()
    print(f"template: {template}; notes updated per keystroke: {notes}")
    return samples


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print median and p95 latencies in milliseconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site folder (default: build the shipped site)")
    parser.add_argument("--template", default="thank-you-panel", help="template id to open (default: the panel)")
    parser.add_argument("--keystrokes", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        site = args.site or build_shipped_site(Path(temporary) / "site")
        if not (site / "tools" / "composer" / "index.html").exists():
            parser.error(f"{site} has no tools/composer/index.html: is it a built Afterview site?")
        with serve(site) as base_url:
            samples = measure(base_url, args.template, args.keystrokes)
    stale = sum(1 for sample in samples if not sample["ok"])
    for key, label in (
        ("handler", "input event -> note + checklist updated"),
        ("frame", "input event -> next frame (on screen)"),
    ):
        values = [float(sample[key]) for sample in samples]
        print(
            f"{label}: median {statistics.median(values):.2f} ms, p95 {percentile(values, 0.95):.2f} ms, "
            f"max {max(values):.2f} ms over {len(values)} keystrokes"
        )
    if stale:
        print(f"warning: {stale} keystrokes did not show up in the note", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
