"""What one site build uses: the catalog, the example data and the rules, for a career office's settings.

The office's settings (see settings.py) add its own template folders, hide or replace shipped
templates and add house rules. House rules apply to the office's own templates (and to every
draft checked on its site), never to the shipped ones.

Loading reads and validates the files; linting is a separate pass over what was loaded, cached
by content (see lint.py), which the build and `afterview lint` run and `afterview list` skips.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..engine.catalog import Example, Template, in_journey_order, load_examples, template_files
from ..engine.checker import compile_pattern
from ..engine.lint import LintResult, lint_loaded
from ..engine.loading import LintFinding, LoadResult, display_path, finding, load
from ..engine.paths import TEMPLATES_DIR
from ..engine.rules import CATCHES, DRAFT_RULES, RULES_BY_CODE, Rule
from .settings import SECTION, Settings, check_template_ids


class CatalogError(ValueError):
    """The templates failed load or lint: the build stops and prints every finding."""

    def __init__(self, findings: tuple[LintFinding, ...]) -> None:
        lines = "\n".join(str(f) for f in findings)
        super().__init__(f"{len(findings)} template problem(s); run `afterview lint` for details:\n{lines}")
        self.findings = findings


@dataclass(frozen=True)
class SiteCatalog:
    """Everything the pages render from."""

    templates: tuple[Template, ...]
    examples: tuple[Example, ...]
    rules: tuple[Rule, ...]
    hidden: tuple[Template, ...] = ()

    def template(self, template_id: str) -> Template:
        """A template by id (hidden ones too, for excerpts in the guide); a clear error for an unknown one."""
        for template in (*self.templates, *self.hidden):
            if template.id == template_id:
                return template
        raise KeyError(f"no template with id {template_id!r} (known: {', '.join(t.id for t in self.templates)})")


def repeated_rules(settings: Settings) -> list[str]:
    """One line for each house rule that flags a sentence a registry rule already catches (CATCHES)."""
    lines = []
    for house in settings.house_rules:
        if house.check not in ("forbid", "sentence-forbid"):
            continue
        for code, sentences in CATCHES.items():
            caught = [text for text in sentences if any(compile_pattern(p).search(text) for p in house.patterns)]
            if caught:
                lines.append(
                    f"{settings.config_file}: house rule {house.code} flags what {code} ({RULES_BY_CODE[code].name}) "
                    f"already catches, e.g. {caught[0]!r}; remove it, or narrow its patterns to what {code} leaves out"
                )
    return lines


def site_rules(settings: Settings) -> tuple[Rule, ...]:
    """The registry's draft rules followed by the office's house rules."""
    return DRAFT_RULES + settings.house_rules


def shipped_files(settings: Settings) -> list[Path]:
    """The shipped template files, without those the office replaces."""
    return [path for path in template_files([TEMPLATES_DIR]) if path.stem not in settings.override]


def load_house(settings: Settings) -> LoadResult:
    """The office's own templates, loaded; an id clash with a shipped one is AV004."""
    shipped = {path.stem for path in shipped_files(settings)}
    check_template_ids(
        settings, shipped | set(settings.override), {path.stem for path in template_files(settings.template_dirs)}
    )
    result = load(settings.template_dirs)
    clashes = [t for t in result.templates if t.id in shipped]
    hint = (
        f"it is also the id of a shipped template; choose a new id, or list {{id}} under "
        f"{SECTION}.override in {settings.config_file} to replace ours"
    )
    findings = [
        finding(
            display_path(t.path or Path(t.id)), t.source.line(("id",)) if t.source else 1, "AV004", hint.format(id=t.id)
        )
        for t in clashes
    ]
    templates = tuple(t for t in result.templates if t not in clashes)
    return LoadResult(templates, result.findings + tuple(findings))


def lint_house(settings: Settings) -> LintResult:
    """The office's own templates, loaded and linted with its house rules (and compared with ours: AV021)."""
    shipped = load(shipped_files(settings)).templates
    return lint_loaded(load_house(settings), rules=site_rules(settings), read_before=shipped)


def load_catalog(settings: Settings) -> tuple[LoadResult, LoadResult]:
    """The shipped templates and the office's, read and validated (no lint)."""
    return load(shipped_files(settings)), load_house(settings)


def lint_catalog(
    settings: Settings, shipped: LoadResult, house: LoadResult, examples: tuple[Example, ...]
) -> LintResult:
    """The lint pass: shipped templates with the registry's rules, the office's with its house rules too."""
    shipped_linted = lint_loaded(shipped, examples)
    house_linted = lint_loaded(house, examples, site_rules(settings), read_before=shipped.templates)
    return LintResult(
        shipped_linted.templates + house_linted.templates, shipped_linted.findings + house_linted.findings
    )


def arrange(templates: tuple[Template, ...], settings: Settings) -> tuple[tuple[Template, ...], tuple[Template, ...]]:
    """Visible templates in journey order (preferred channel first) and hidden ones."""
    ordered = in_journey_order(templates)
    visible = [t for t in ordered if t.id not in settings.hide]
    if settings.prefer_channel:
        visible.sort(key=lambda t: t.channel != settings.prefer_channel)
    return tuple(visible), tuple(t for t in ordered if t.id in settings.hide)


def load_site(settings: Settings, lint: bool = True) -> SiteCatalog:
    """The catalog for these settings; with lint (the build), any finding stops it."""
    shipped, house = load_catalog(settings)
    examples = load_examples()
    if lint:
        result = lint_catalog(settings, shipped, house, examples)
    else:
        result = LintResult(shipped.templates + house.templates, shipped.findings + house.findings)
    if result.findings:
        raise CatalogError(result.findings)
    visible, hidden = arrange(result.templates, settings)
    return SiteCatalog(visible, examples, site_rules(settings), hidden)
