"""The package's layers and public API, one source for every shared vocabulary, typed dispatch of the template
rules, loading apart from linting."""

from __future__ import annotations

import ast
import doctest
import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator

import afterview
from afterview._internal.engine import lint as lint_module
from afterview._internal.engine import loading as loading_module
from afterview._internal.engine.catalog import SCHEMA_PATH
from afterview._internal.engine.fields import FIELDS
from afterview._internal.engine.lint import CATALOG_CHECKS, CONTENT_CHECKS, EXAMPLE_CHECK, NOTE_CHECKS, lint
from afterview._internal.engine.loading import LOADER_CHECKS, REQUIRED_PARTS, STRUCTURE_CHECKS, inline_refs, load
from afterview._internal.engine.render import PART_ORDER
from afterview._internal.engine.rules import CHANNELS, ELEMENTS, TEMPLATE_RULES, Severity, TemplateCheck
from afterview._internal.site.export import browser_data, composer_data
from afterview._internal.site.markup import CHANNEL_NAMES, SITUATION_NAMES
from afterview._internal.site.plugin import AfterviewConfig
from afterview._internal.site.settings import SCHEMA_PATH as SETTINGS_SCHEMA_PATH
from afterview._internal.site.settings import Settings
from afterview._internal.site.site_catalog import load_site

from .conftest import ROOT

TEMPLATE_SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
SETTINGS_SCHEMA: dict[str, Any] = json.loads(SETTINGS_SCHEMA_PATH.read_text(encoding="utf-8"))
COMPOSER_STATE = ROOT / "docs" / "assets" / "javascripts" / "afterview" / "composer-state.js"
BROKEN = Path(__file__).parent / "fixtures" / "broken_templates"
PACKAGE = ROOT / "afterview"
API_PAGE = ROOT / "docs" / "reference" / "python-api.md"
# The layers under afterview/_internal, in order: each may import only itself and the layers before it.
LAYERS = ("engine", "site", "cli")
# The package's own public modules, above every layer: the API, `python -m afterview` and the macros entry point.
PUBLIC_MODULES = ("afterview", "afterview.__main__", "afterview.macros")
# Read by MkDocs (`modules: [afterview]` under `macros:`), documented on the API page beside the functions.
ENTRY_POINTS = ("define_env",)
# Libraries of the site's build that the note engine never imports.
SITE_LIBRARIES = ("mkdocs", "material", "mkdocs_macros", "markdown", "pymdownx")

Graph = Mapping[str, frozenset[str]]


def module_name(path: Path) -> str:
    """The dotted name of a module file of the package."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function, relative imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def import_graph() -> dict[str, frozenset[str]]:
    """Each module of the package and the modules of the package it imports (not itself)."""
    files = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
    return {
        name: frozenset(other for other in imported_names(path) if other in files and other != name)
        for name, path in files.items()
    }


def layer_of(module: str) -> int:
    """A module's rank: the layers in order, then the public modules above them all."""
    parts = module.split(".")
    if parts[1:2] == ["_internal"] and len(parts) > 2 and parts[2] in LAYERS:
        return LAYERS.index(parts[2])
    return len(LAYERS)


def upward_imports(graph: Graph) -> list[str]:
    """Each import of a later layer by an earlier one, or of the public package by an internal module."""
    return [
        f"{module} imports {other}"
        for module, imported in sorted(graph.items())
        for other in sorted(imported)
        if layer_of(other) > layer_of(module)
    ]


def cycles(graph: Graph) -> list[list[str]]:
    """The import cycles: strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph.get(module, frozenset())):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def public_names(module: ModuleType) -> set[str]:
    """The names a module offers (as dir() lists them, lazy ones included): neither underscored nor a submodule."""
    return {
        name for name in dir(module) if not name.startswith("_") and not isinstance(getattr(module, name), ModuleType)
    }


def documented_functions(page: str) -> list[str]:
    r"""The functions an API page documents, one heading each: `## \`afterview.NAME\``."""
    return re.findall(r"^## `afterview\.([a-z_]+)`$", page, re.MULTILINE)


def constant_twins(sources: Mapping[str, str]) -> set[frozenset[str]]:
    """Upper-case constants of different modules bound to the same literal (a tuple, list, set or dict, or a string
    of 4 or more characters that is not a lone lower-case word such as a name): each group, as `module.NAME`."""
    by_value: dict[str, set[str]] = {}
    for module, source in sources.items():
        for node in ast.parse(source).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
            target = node.target if isinstance(node, ast.AnnAssign) else target
            value = getattr(node, "value", None)
            if not isinstance(target, ast.Name) or not target.id.isupper() or value is None:
                continue
            try:
                literal = ast.literal_eval(value)
            except ValueError:
                continue
            shared_text = isinstance(literal, str) and len(literal) >= 4 and not re.fullmatch(r"[a-z_-]+", literal)
            if shared_text or isinstance(literal, (tuple, list, set, dict)):
                by_value.setdefault(repr(literal), set()).add(f"{module}.{target.id}")
    return {frozenset(names) for names in by_value.values() if len({name.rpartition(".")[0] for name in names}) > 1}


def test_each_layer_imports_only_the_layers_before_it() -> None:
    """engine imports nothing of site or cli, site nothing of cli, no internal module the public package."""
    graph = import_graph()
    assert {layer_of(name) for name in graph} == set(range(len(LAYERS) + 1))
    assert "afterview._internal.engine.checker" in graph["afterview._internal.cli.main"]  # relative imports resolve
    assert "afterview._internal.site.plugin" in graph["afterview._internal.site.site_macros"]  # lazy ones count
    assert upward_imports(graph) == []
    assert upward_imports({"afterview._internal.engine.render": frozenset({"afterview._internal.site.pages"})})
    assert upward_imports({"afterview._internal.site.pages": frozenset({"afterview._internal.cli.main"})})
    assert upward_imports({"afterview._internal.cli.main": frozenset({"afterview"})})
    assert not upward_imports({"afterview._internal.cli.main": frozenset({"afterview._internal.engine.render"})})


def test_each_constant_has_one_definition() -> None:
    """No two modules of the package (or setup.py) bind a constant to the same list, table or string."""
    sources = {module_name(path): path.read_text(encoding="utf-8") for path in sorted(PACKAGE.rglob("*.py"))}
    sources["setup"] = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert constant_twins(sources) == set()
    assert constant_twins({"a": "PARTS = ('x', 'y')", "b": "SITE_PARTS = ('x', 'y')"}) == {
        frozenset({"a.PARTS", "b.SITE_PARTS"})
    }


def test_the_engine_knows_nothing_of_mkdocs() -> None:
    """No module of the note engine imports MkDocs, Material, the macros plugin or Markdown."""
    engine = sorted((PACKAGE / "_internal" / "engine").rglob("*.py"))
    assert engine
    offending = {
        module_name(path): sorted(name for name in imported_names(path) if name.split(".")[0] in SITE_LIBRARIES)
        for path in engine
    }
    assert {name: found for name, found in offending.items() if found} == {}


def test_no_module_imports_itself_in_a_circle() -> None:
    """The package's import graph, lazy imports included, has no cycle."""
    assert cycles(import_graph()) == []
    assert cycles({"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"})}) == [["a", "b", "c"]]


def test_every_module_but_the_public_ones_is_internal() -> None:
    """The package holds only its public modules and `_internal`: everything else is marked internal."""
    modules = set(import_graph())
    assert {m for m in modules if not m.startswith("afterview._internal")} == set(PUBLIC_MODULES)
    assert {m.split(".")[2] for m in modules if m.count(".") >= 2 and m.startswith("afterview._internal.")} == set(
        LAYERS
    )


def test_the_public_api_is_exactly_the_documented_functions() -> None:
    """`afterview` offers the functions of __all__ (each with a docstring) and its MkDocs entry point, nothing
    else; the API page documents exactly those functions, in that order, and names the entry point."""
    page = API_PAGE.read_text(encoding="utf-8")
    assert public_names(afterview) == {*afterview.__all__, *ENTRY_POINTS}
    assert documented_functions(page) == ["load", "render", "check", "rules"]
    assert sorted(afterview.__all__) == sorted(documented_functions(page))
    for name in (*afterview.__all__, *ENTRY_POINTS):
        assert getattr(afterview, name).__doc__, name
        assert f"afterview.{name}" in page, name
    assert documented_functions("## `afterview.load`\n## `afterview.extra`\n") == ["load", "extra"]


def test_the_api_page_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example on the API page gives the output it shows."""
    monkeypatch.chdir(tmp_path)
    examples = "\n".join(re.findall(r"^```pycon\n(.*?)^```", API_PAGE.read_text(encoding="utf-8"), re.S | re.M))
    test = doctest.DocTestParser().get_doctest(examples, {}, API_PAGE.name, str(API_PAGE), 0)
    assert len(test.examples) >= 4 * 3
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures, _ = runner.run(test, out=lambda text: None)
    assert failures == 0, f"{failures} example(s) on {API_PAGE.name} give other output; run it with doctest"


def test_template_schema_lists_equal_the_python_constants() -> None:
    """Situations, channels, fields and parts in template.schema.json are the Python registries' own."""
    properties = TEMPLATE_SCHEMA["properties"]
    assert properties["situation"]["enum"] == list(SITUATION_NAMES)
    assert properties["channel"]["enum"] == list(CHANNELS) == list(CHANNEL_NAMES)
    assert properties["fields"]["items"]["enum"] == [field.name for field in FIELDS]
    assert list(properties["parts"]["properties"]) == list(PART_ORDER)
    assert properties["parts"]["required"] == list(REQUIRED_PARTS) == list(ELEMENTS)


def test_settings_schema_and_plugin_options_agree() -> None:
    """The plugin's typed options are exactly the settings schema's keys; channels and severities are shared."""
    assert set(dict(AfterviewConfig._schema)) == set(SETTINGS_SCHEMA["properties"])
    defs = SETTINGS_SCHEMA["$defs"]
    assert defs["channel"]["enum"] == list(CHANNELS)
    assert defs["rule"]["properties"]["severity"]["enum"] == list(get_args(Severity))


def test_composer_labels_match_the_python_names() -> None:
    """The browser tools write out no situation, channel or element list of their own; the export carries Python's."""
    for script in sorted(COMPOSER_STATE.parent.glob("*.js")):
        source = script.read_text(encoding="utf-8")
        for table in ("situations: [", "CHANNELS", "ELEMENT_LABELS", "channelNames = {"):
            assert table not in source, f"{script.name} should read {table.strip(' =:[{')} from the exported data"
    site = load_site(Settings())
    offered = composer_data(site)["situations"]
    assert {s["id"]: s["label"] for s in offered} == {t.situation: SITUATION_NAMES[t.situation] for t in site.templates}
    data = browser_data(site)
    assert data["channelNames"] == CHANNEL_NAMES
    assert data["channels"] == list(CHANNELS)
    assert data["elements"] == list(ELEMENTS)


def test_every_template_rule_has_exactly_one_check() -> None:
    """Each template rule's check is a typed name handled by exactly one of the loader, a table or the examples."""
    handled = [
        set(LOADER_CHECKS),
        set(STRUCTURE_CHECKS),
        set(CONTENT_CHECKS),
        set(NOTE_CHECKS),
        set(CATALOG_CHECKS),
        {EXAMPLE_CHECK},
    ]
    names = [rule.check for rule in TEMPLATE_RULES]
    assert sorted(names) == sorted(get_args(TemplateCheck))
    for name in names:
        assert sum(name in group for group in handled) == 1, name


def codes_by_file(names: list[str]) -> dict[str, list[list[object]]]:
    """[code, line] pairs lint reports for some broken fixtures."""
    return {name: [[f.code, f.line] for f in lint([BROKEN / name]).findings] for name in names}


def test_reordering_the_schema_does_not_change_a_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Codes come from the rules' own checks: moving the subjects conditional within allOf changes nothing."""
    cases = ["subjects-on-card.yaml", "no-subjects-on-email.yaml", "missing-part.yaml", "missing-two-parts.yaml"]
    before = codes_by_file(cases)
    assert [pair[0] for pairs in before.values() for pair in pairs] == [
        "AV013",
        "AV013",
        "AV007",
        "AV007",
        "AV007",
        "AV002",
    ]
    schema = json.loads(json.dumps(TEMPLATE_SCHEMA))
    unrelated = {"if": {"properties": {"kind": {"const": "thanks"}}}, "then": {"required": ["why"]}}
    schema["allOf"] = [unrelated, *reversed(schema["allOf"])]
    schema["properties"]["parts"]["required"] = list(reversed(schema["properties"]["parts"]["required"]))
    reordered = Draft202012Validator(inline_refs(schema, schema.get("$defs", {})))
    monkeypatch.setattr(loading_module, "validator", lambda: reordered)
    after = codes_by_file(cases)
    assert {name: sorted(map(tuple, pairs)) for name, pairs in after.items()} == {
        name: sorted(map(tuple, pairs)) for name, pairs in before.items()
    }


def test_loading_does_not_lint(tmp_path: Path) -> None:
    """load() reads and validates; a template that fails only the lint pass loads, and lint() reports it."""
    source = (ROOT / "templates" / "thank-you-phone-screen.yaml").read_text(encoding="utf-8")
    path = tmp_path / "thank-you-phone-screen.yaml"
    path.write_text(source.replace("id: thank-you-phone-screen", "id: thank-you-phone-scren"), encoding="utf-8")
    loaded = load([path])
    assert [t.id for t in loaded.templates] == ["thank-you-phone-scren"] and not loaded.findings
    linted = lint([path])
    assert not linted.templates and [f.code for f in linted.findings] == ["AV003"]


def test_lint_cache_rechecks_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second lint of the same files runs no check; after an edit, only the edited file is checked again."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for name in ("thank-you-phone-screen", "thank-you-panel", "accept-offer"):
        (folder / f"{name}.yaml").write_text((ROOT / "templates" / f"{name}.yaml").read_text("utf-8"), "utf-8")
    checked: list[str] = []
    original = lint_module.lint_template

    def counting(template: Any, *args: Any) -> Any:
        checked.append(template.id)
        return original(template, *args)

    monkeypatch.setattr(lint_module, "lint_template", counting)
    assert not lint([folder]).findings
    assert sorted(checked) == ["accept-offer", "thank-you-panel", "thank-you-phone-screen"]
    checked.clear()
    assert not lint([folder]).findings and checked == []
    edited = folder / "thank-you-panel.yaml"
    edited.write_text(edited.read_text("utf-8").replace("title: ", "title: Edited - ", 1), "utf-8")
    assert not lint([folder]).findings
    assert checked == ["thank-you-panel"]


def test_lint_results_are_kept_on_disk_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a cache folder, a later run reuses the findings and checks nothing again; without one, it checks again."""
    monkeypatch.setenv("AFTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    broken = BROKEN / "unknown-placeholder.yaml"
    first = lint([ROOT / "templates", broken])
    assert [f.code for f in first.findings] == ["AV005"]
    assert list((tmp_path / "cache").rglob("*.json"))
    monkeypatch.setattr(lint_module, "lint_template", lambda *args: pytest.fail("checked again"))
    again = lint([ROOT / "templates", broken])
    assert again.findings == first.findings and [t.id for t in again.templates] == [t.id for t in first.templates]
    monkeypatch.setenv("AFTERVIEW_CACHE_DIR", "")
    with pytest.raises(pytest.fail.Exception, match="checked again"):
        lint([broken])


def test_a_cached_load_is_the_same_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A load read back from the cache equals a fresh one, line numbers included; a changed file is read again."""
    monkeypatch.setenv("AFTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    fresh = load([ROOT / "templates"])
    again = load([ROOT / "templates"])
    assert again.templates == fresh.templates
    for before, after in zip(fresh.templates, again.templates, strict=True):
        assert after.source is not None and before.source is not None
        assert (after.source.lines, after.source.spans, after.source.text) == (
            before.source.lines,
            before.source.spans,
            before.source.text,
        )
    edited = tmp_path / "thank-you-panel.yaml"
    edited.write_text((ROOT / "templates" / "thank-you-panel.yaml").read_text("utf-8"), "utf-8")
    load([edited])
    edited.write_text(edited.read_text("utf-8").replace("title: ", "title: Edited - ", 1), "utf-8")
    assert load([edited]).templates[0].title.startswith("Edited - ")


def test_list_from_the_cache_does_not_validate_again(tmp_path: Path) -> None:
    """Once the catalog was loaded, `afterview list` neither parses YAML nor imports the schema validator."""
    script = (
        "import sys, io, contextlib; from afterview._internal.cli import main as cli\n"
        "with contextlib.redirect_stdout(io.StringIO()): cli.main(['list'])\n"
        "print('jsonschema' in sys.modules)"
    )
    env = {**os.environ, "AFTERVIEW_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True) for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[-1].stderr
