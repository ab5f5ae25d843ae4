"""The benchmark results as Markdown tables (printed, and written to docs/reference/performance.md)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .commands import CommandTimes
from .lighthouse import LighthouseResults
from .lighthouse import section as lighthouse_section
from .page_weight import OUR_BUDGET_BYTES, PageWeight
from .scale import ScalePoint
from .timing import BuildTime, median

BUILD_RATIO_TARGET = 1.25
LINT_1000_TARGET_S = 1.0
LIST_TARGET_S = 0.3
LATENCY_P95_TARGET_MS = 16.0
SLOPE_RATIO_LIMIT = 1.5
PAGE_SIZE_GROWTH_LIMIT = 1.10


@dataclass(frozen=True)
class BuildCost:
    """Shipped site against its plain twins (plain_site.py), several alternating builds each: `plain` is the
    Markdown twin the target is judged on, `html` the HTML twin of earlier runs."""

    pages: int
    ours: tuple[BuildTime, ...]
    plain: tuple[BuildTime, ...]
    cold: tuple[BuildTime, ...] = ()
    html: tuple[BuildTime, ...] = ()

    def ratio(self, builds: tuple[BuildTime, ...], twin: tuple[BuildTime, ...] | None = None) -> float:
        """Median CPU time of some of our builds over a twin's (the Markdown twin's unless given)."""
        return median([b.cpu for b in builds]) / median([b.cpu for b in (twin or self.plain)])


@dataclass(frozen=True)
class Latency:
    """The composer latency script's figures for one site (None when it could not run)."""

    site: str
    handler_p95_ms: float | None
    frame_p95_ms: float | None
    note: str = ""


@dataclass
class Results:
    """Everything one benchmark run measured."""

    environment: dict[str, str]
    build_cost: BuildCost | None = None
    scale: list[ScalePoint] = field(default_factory=list)
    latency: list[Latency] = field(default_factory=list)
    weights: list[PageWeight] = field(default_factory=list)
    our_files: dict[str, int] = field(default_factory=dict)
    commands: CommandTimes | None = None
    lighthouse: LighthouseResults | None = None
    # Markdown tables of page_weight: first paint per page kind, and the composer's by catalog size.
    first_paint: list[str] = field(default_factory=list)


def verdict(ok: bool) -> str:
    """A table cell saying whether a target is met."""
    return "met" if ok else "**not met**"


def kib(size: float) -> str:
    """Bytes as KiB with one decimal."""
    return f"{size / 1024:,.1f} KiB"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def build_cost_section(cost: BuildCost) -> str:
    """Build time of the shipped site against its plain twins."""

    Builds = tuple[BuildTime, ...]

    def row(label: str, name: str, target: bool, builds: Builds, twin: Builds) -> list[str]:
        ours, plain = median([getattr(b, name) for b in builds]), median([getattr(b, name) for b in twin])
        ratio = ours / plain
        verdict_cell = f"≤ {BUILD_RATIO_TARGET}× — {verdict(ratio <= BUILD_RATIO_TARGET)}" if target else ""
        return [label, f"{ours:.2f} s", f"{plain:.2f} s", f"{ratio:.2f}×", verdict_cell]

    runs = ", ".join(f"{o.cpu:.2f}/{p.cpu:.2f}" for o, p in zip(cost.ours, cost.plain, strict=True))
    rows = [
        row("CPU time of `mkdocs build` (user + system)", "cpu", True, cost.ours, cost.plain),
        row("Build time MkDocs reports (wall clock)", "build", False, cost.ours, cost.plain),
        row("Whole `mkdocs build` process (wall clock)", "wall", False, cost.ours, cost.plain),
    ]
    if cost.cold:
        rows.append(row("CPU time, every template linted again (no lint cache)", "cpu", False, cost.cold, cost.plain))
    if cost.html:
        rows.append(row("CPU time against the HTML twin of earlier runs", "cpu", False, cost.ours, cost.html))
    return (
        f"## Build cost of our macros\n\nThe shipped site ({cost.pages} pages) against a plain-Markdown twin "
        "with the same pages, text and navigation but no macros, plugin, hooks or catalog lint: each page is the "
        "Markdown our macros left, the guide's prose as written and a template page as its macros wrote it, "
        "built with the same theme, Markdown extensions and search options. Medians of "
        f"{len(cost.ours)} alternating builds (CPU seconds, ours/plain per run: {runs}). The target is judged "
        "on CPU time, which other work on the machine hardly changes; wall-clock times are shown too. Every "
        "build reuses Python's bytecode, as on an office's machine. Our builds reuse the lint results of the "
        "build before (kept on disk by content); the fourth row lints every template again, as a first build "
        "does. The last row compares with the twin earlier runs used, whose pages are already HTML: against it, "
        "our build is also charged for converting the guide's Markdown, which any site with these pages "
        "converts.\n\n" + table(["", "Shipped", "Plain twin", "Ratio", "Target"], rows)
    )


def slopes(points: list[ScalePoint]) -> list[float]:
    """Marginal build CPU milliseconds per added template between consecutive catalog sizes."""
    return [1000 * (b.build.cpu - a.build.cpu) / (b.templates - a.templates) for a, b in itertools.pairwise(points)]


def scale_section(points: list[ScalePoint]) -> str:
    """Lint and build time, page size and generated file sizes per catalog size."""
    rows = [
        [
            f"{p.templates:,}",
            f"{p.lint_cpu_seconds:.2f} s ({p.lint_seconds:.2f} s)",
            f"{p.lint_cold_cpu_seconds:.2f} s",
            f"{p.lint_ms_per_template:.2f} ms",
            f"{p.build.cpu:.1f} s ({p.build.build:.1f} s)",
            f"{p.build_ms_per_template:.1f} ms",
            kib(p.template_page_bytes),
            kib(p.gallery_bytes),
            kib(p.data_script_bytes),
            kib(p.search_index_bytes),
        ]
        for p in points
    ]
    checks = []
    thousand = next((p for p in points if p.templates == 1000), None)
    if thousand:
        met = thousand.lint_cpu_seconds < LINT_1000_TARGET_S
        checks.append(
            f"- Load+lint of 1,000 templates: {thousand.lint_cpu_seconds:.2f} s of CPU (target < "
            f"{LINT_1000_TARGET_S:.0f} s) — {verdict(met)}."
        )
    if len(points) >= 2:
        lint_rates = [p.lint_ms_per_template for p in points]
        lint_linear = max(lint_rates) <= SLOPE_RATIO_LIMIT * min(lint_rates)
        checks.append(
            f"- Load+lint CPU per template across sizes: {', '.join(f'{r:.2f}' for r in lint_rates)} ms "
            f"(linear if within {SLOPE_RATIO_LIMIT}× of each other) — {verdict(lint_linear)}."
        )
        marginal = slopes(points)
        linear = all(later <= SLOPE_RATIO_LIMIT * marginal[0] for later in marginal[1:])
        checks.append(
            f"- Build CPU added per template between sizes: {', '.join(f'{m:.1f}' for m in marginal)} ms "
            f"(linear or better if no later step costs over {SLOPE_RATIO_LIMIT}× the first) — "
            f"{verdict(linear)}."
        )
        growth = points[-1].template_page_bytes / points[0].template_page_bytes
        checks.append(
            f"- Median template page from {points[0].templates:,} to {points[-1].templates:,} templates: "
            f"×{growth:.3f} (flat if ≤ ×{PAGE_SIZE_GROWTH_LIMIT}) — "
            f"{verdict(growth <= PAGE_SIZE_GROWTH_LIMIT)}."
        )
    return (
        "## Scale\n\nSynthetic catalogs: the shipped templates copied under new ids with small changes of "
        "wording, added through the plugin's `template_dirs` option. Times are CPU "
        "seconds with wall-clock seconds in brackets; load+lint is the median of repeated in-process runs "
        "(the lint results of the run before kept in memory, as in `mkdocs serve`; Cold: none kept), "
        "builds the median of repeated builds up to 1,000 templates and a single build above. The data "
        "script loads on the composer and checker pages only; Material's search loads its index on every page; "
        "the example notes on template pages are kept out of it.\n\n"
        + table(
            [
                "Templates",
                "Load+lint",
                "Cold",
                "per template",
                "Build",
                "per template",
                "Template page (median)",
                "Gallery page",
                "afterview-data.js",
                "Search index",
            ],
            rows,
        )
        + "\n\n"
        + "\n".join(checks)
    )


def latency_section(latency: list[Latency]) -> str:
    """Composer keystroke latency, p95."""
    rows = []
    for item in latency:
        if item.handler_p95_ms is None:
            rows.append([item.site, "—", "—", item.note or "not measured"])
            continue
        frame = f"{item.frame_p95_ms:.2f} ms" if item.frame_p95_ms is not None else "—"
        met = verdict(item.handler_p95_ms < LATENCY_P95_TARGET_MS)
        rows.append([item.site, f"{item.handler_p95_ms:.2f} ms", frame, f"< {LATENCY_P95_TARGET_MS:.0f} ms — {met}"])
    return (
        "## Composer keystroke latency\n\nFrom `benchmarks/composer_latency.py`: p95 over typed keystrokes "
        "of the time from the input event to the updated note and checklist (the work a keystroke costs, "
        "judged against one 16 ms frame), and, for information, to the next frame, which also includes "
        "waiting for the display's next refresh (up to 16.7 ms at 60 Hz).\n\n"
        + table(["Site", "p95 to update", "p95 to next frame", "Target (update)"], rows)
    )


def weight_section(weights: list[PageWeight], our_files: dict[str, int]) -> str:
    """Bytes each measured page transferred, by kind, with our own JS+CSS against its budget."""
    header = [
        "Page",
        "HTML",
        "Our JS+CSS",
        "afterview-data.js (data)",
        "Theme JS+CSS",
        "Search",
        "Other",
        "Total",
        f"Our JS+CSS ≤ {OUR_BUDGET_BYTES // 1024} KiB",
    ]
    rows = []
    for weight in weights:
        ours = weight.bytes["ours"]
        cells = [kib(weight.bytes[name]) for name in ("html", "ours", "data", "theme", "search", "other")]
        rows.append([f"{weight.name} (`{weight.path}`)", *cells, kib(weight.total), verdict(ours <= OUR_BUDGET_BYTES)])
    third = sorted({url for weight in weights for url in weight.third_party})
    files = table(
        ["Our file", "Size"],
        [[f"`{path}`", kib(size)] for path, size in our_files.items()]
        + [["**all of them**", kib(sum(our_files.values()))]],
    )
    return (
        "## Page weight\n\nResponse body bytes (uncompressed) of a first visit in Chromium, summed by kind. "
        '"Our JS+CSS" is `assets/javascripts/afterview*` and `assets/stylesheets/afterview*`, `tools*`, '
        '`print*`; the data script is counted on its own line; "Search" is Material\'s search worker and '
        "index.\n\n"
        + table(header, rows)
        + f"\n\nThird-party requests: {len(third)}"
        + ("." if not third else ": " + ", ".join(third))
        + "\n\n"
        + files
    )


def commands_section(times: CommandTimes) -> str:
    """`afterview list` against `afterview lint`."""
    rows = [
        [
            "`afterview list`",
            f"{times.list_seconds:.2f} s",
            f"< {LIST_TARGET_S} s — {verdict(times.list_seconds < LIST_TARGET_S)}",
        ],
        ["`afterview list`, loads of a run before on disk", f"{times.list_warm_seconds:.2f} s", ""],
        ["`afterview lint`, nothing kept from a run before", f"{times.lint_cold_seconds:.2f} s", ""],
        ["`afterview lint`, loads and results of a run before on disk", f"{times.lint_warm_seconds:.2f} s", ""],
    ]
    return (
        "## Commands\n\nThe shipped catalog, each command in a fresh process (Python's start-up included), "
        f"median wall-clock time of {times.runs} runs. `list` only loads the catalog; `lint` loads and lints it.\n\n"
        + table(["Command", "Time", "Target"], rows)
    )


def targets_section(results: Results) -> str:
    """The issue's three performance targets side by side."""
    rows = []
    if results.build_cost:
        cost = results.build_cost
        warm = cost.ratio(cost.ours)
        cold = f"; {cost.ratio(cost.cold):.2f}× with no lint cache" if cost.cold else ""
        html = f"; {cost.ratio(cost.ours, cost.html):.2f}× against the HTML twin" if cost.html else ""
        rows.append(
            [
                "Build of the shipped site against its plain-Markdown twin (CPU)",
                f"{warm:.2f}×{cold}{html}",
                f"≤ {BUILD_RATIO_TARGET}× — {verdict(warm <= BUILD_RATIO_TARGET)}",
            ]
        )
    if results.commands:
        times = results.commands
        ok = times.list_seconds < LIST_TARGET_S and times.list_seconds < times.lint_cold_seconds / 2
        rows.append(
            [
                "`afterview list` against `afterview lint` (wall)",
                f"{times.list_seconds:.2f} s against {times.lint_cold_seconds:.2f} s "
                f"(from the cache: {times.list_warm_seconds:.2f} s against {times.lint_warm_seconds:.2f} s)",
                f"< {LIST_TARGET_S} s, well under lint — {verdict(ok)}",
            ]
        )
    thousand = next((p for p in results.scale if p.templates == 1000), None)
    if thousand:
        rows.append(
            [
                "Load and lint of 1,000 templates (CPU)",
                f"{thousand.lint_cpu_seconds:.2f} s; {thousand.lint_cold_cpu_seconds:.2f} s cold",
                f"< {LINT_1000_TARGET_S:.0f} s — {verdict(thousand.lint_cpu_seconds < LINT_1000_TARGET_S)}",
            ]
        )
    return "## Targets\n\n" + table(["What", "Measured", "Target"], rows)


def environment_section(environment: dict[str, str]) -> str:
    """Where and with what the figures were measured."""
    return "\n".join(f"- {key}: {value}" for key, value in environment.items())


def first_paint_section(tables: list[str]) -> str:
    """Our JS, CSS and data a page names in its HTML, gzip-compressed, against the 40 KiB / 4 files budget, and the
    composer's at several catalog sizes."""
    intro = (
        "## First paint\n\nOur scripts, stylesheets and data that a page's HTML names, gzip-compressed (level 9). "
        "What a page loads later (the engine, the sentence model, the chosen template) is not counted. Budget: at most "
        "40 KiB in at most 4 files, whatever the catalog size."
    )
    return "\n\n".join([intro, *tables])


def markdown(results: Results) -> str:
    """All sections that were measured."""
    sections = [environment_section(results.environment), targets_section(results)]
    if results.commands:
        sections.append(commands_section(results.commands))
    if results.build_cost:
        sections.append(build_cost_section(results.build_cost))
    if results.scale:
        sections.append(scale_section(results.scale))
    if results.latency:
        sections.append(latency_section(results.latency))
    if results.weights:
        sections.append(weight_section(results.weights, results.our_files))
    if results.first_paint:
        sections.append(first_paint_section(results.first_paint))
    if results.lighthouse:
        sections.append(lighthouse_section(results.lighthouse))
    return "\n\n".join(sections) + "\n"


DOCS_HEADER = """---
title: Performance
description: >-
  What the site costs to build, how it grows with the template catalog, how fast the composer
  answers a keystroke, how much each page weighs and what Lighthouse scores it, measured.
search:
  exclude: true
---

# Performance

These figures are written by `python -m benchmarks.run --write-docs`; run it again after a change
that could move them. Timings depend on the machine and on what else it is doing (see the load
average below), so compare runs made on the same machine.

"""


def docs_page(results: Results) -> str:
    """The Markdown of docs/reference/performance.md."""
    return DOCS_HEADER + markdown(results)
