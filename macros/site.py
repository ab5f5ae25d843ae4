"""What one site build uses: the catalog, the example data and the rules, from the MkDocs config."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .catalog import TEMPLATES_DIR, Example, Template, load_examples, template_files
from .lint import LintFinding, lint
from .rules import DRAFT_RULES, Rule


class CatalogError(Exception):
    """The templates failed lint: the build stops and prints every finding."""

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

    def template(self, template_id: str) -> Template:
        """A template by id; a clear error for an unknown one."""
        for template in self.templates:
            if template.id == template_id:
                return template
        raise KeyError(f"no template with id {template_id!r} (known: {', '.join(t.id for t in self.templates)})")


def afterview_settings(config: Mapping[str, Any]) -> dict[str, Any]:
    """The `extra.afterview` section of an MkDocs config (empty when absent)."""
    extra = config.get("extra") or {}
    return dict(extra.get("afterview") or {})


def template_dirs(config: Mapping[str, Any]) -> list[Path]:
    """The shipped templates folder, then any the configuration adds."""
    base = Path(config.get("config_file_path") or ".").resolve().parent
    added = [base / str(p) for p in afterview_settings(config).get("template_dirs", [])]
    return [TEMPLATES_DIR, *added]


_cache: dict[tuple[Any, ...], SiteCatalog] = {}


def fingerprint(dirs: list[Path]) -> tuple[Any, ...]:
    """Changes whenever a template file is added, removed or edited."""
    files = template_files(dirs)
    return tuple((str(f), f.stat().st_mtime_ns) for f in files)


def load_site(config: Mapping[str, Any]) -> SiteCatalog:
    """Lint and load the catalog for this config, once per set of file versions."""
    dirs = template_dirs(config)
    key = fingerprint(dirs)
    if key not in _cache:
        _cache.clear()
        result = lint(dirs)
        if result.findings:
            raise CatalogError(result.findings)
        _cache[key] = SiteCatalog(result.templates, load_examples(), DRAFT_RULES)
    return _cache[key]
