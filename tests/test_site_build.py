"""The site builds with `mkdocs build --strict`, with a page per template and the gallery."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from afterview._internal.engine.catalog import Template, in_journey_order
from afterview._internal.site.settings import Settings
from afterview._internal.site.site_catalog import load_site
from tests.conftest import ROOT


def test_strict_build_has_a_page_per_template(built_site: Path, templates: tuple[Template, ...]) -> None:
    """Every template has a page at its id with its title, its summary and its first example note, line by line."""
    examples = load_site(Settings()).examples
    for template in templates:
        page = built_site / "templates" / template.id / "index.html"
        assert page.exists(), template.id
        text = unescape(page.read_text(encoding="utf-8"))
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.DOTALL)
        assert heading and template.title in heading.group(1), f"{template.id}: the page title"
        assert template.summary in text, f"{template.id}: the summary"
        note = template.render(examples[0].values_for(0, template.situation))
        for line in note.body.splitlines():
            assert line in text, f"{template.id}: example line {line!r}"


def test_gallery_links_every_template(built_site: Path, templates: tuple[Template, ...]) -> None:
    """The gallery lists every template with its situation and channel for filtering."""
    html = (built_site / "templates" / "index.html").read_text(encoding="utf-8")
    links = {urljoin("/templates/", href) for href in re.findall(r'class="av-card__link" href="([^"]+)"', html)}
    assert links == {f"/templates/{t.id}/" for t in templates}
    assert len(re.findall(r'class="av-card"', html)) == len(templates)


def test_template_pages_are_not_in_the_navigation(built_site: Path, templates: tuple[Template, ...]) -> None:
    """Template pages stay out of the nav, so a page's HTML does not grow with the catalog."""
    home = (built_site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('class="md-nav md-nav--primary"') : home.index("</nav>")]
    assert not any(f"/{t.id}/" in nav for t in templates)


def data_part(path: Path) -> Any:
    """The part one of the tools' data files hands over (`... = {...};`)."""
    return json.loads(path.read_text(encoding="utf-8").split("] = ", 1)[1].rstrip().rstrip(";"))


def test_browser_data_matches_the_catalog(built_site: Path, templates: tuple[Template, ...]) -> None:
    """The data files the in-page tools read hold the whole catalog, a file per template, and the rules."""
    folder = built_site / "assets" / "javascripts"
    index = data_part(folder / "afterview-data" / "index.js")
    assert [t["id"] for t in index] == [t.id for t in in_journey_order(templates)]
    for template in templates:
        assert data_part(folder / "afterview-data" / "templates" / f"{template.id}.js")["parts"]
    assert {r["code"] for r in data_part(folder / "afterview-data" / "engine.js")["rules"]} >= {
        "AV101",
        "AV102",
        "AV103",
        "AV104",
    }


def test_macros_are_defined_only_for_a_build_the_plugin_configured(tmp_path: Path) -> None:
    """The guard belongs to each build, not to the process: after a build the plugin configured (and marked),
    a build of the same site without the plugin, in the same process, is still refused with the one line."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    from afterview._internal.site.plugin import PLUGIN_MARKER

    with_plugin = load_config(str(ROOT / "mkdocs.yml"))
    with_plugin = with_plugin.plugins.on_config(with_plugin)
    assert with_plugin.extra[PLUGIN_MARKER] is True
    lines = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    assert "  - afterview\n" in lines
    unplugged = tmp_path / "mkdocs.yml"
    unplugged.write_text("".join(line for line in lines if line != "  - afterview\n"), encoding="utf-8")
    without_plugin = load_config(str(unplugged), docs_dir=str(ROOT / "docs"))
    assert "afterview" not in without_plugin.plugins and "macros" in without_plugin.plugins
    with pytest.raises(PluginError) as refused:
        without_plugin.plugins.on_config(without_plugin)
    from afterview.macros import NO_PLUGIN  # imported once the plugin is: on its own the import refuses

    assert str(refused.value) == NO_PLUGIN


@pytest.mark.parametrize(
    ("meta", "warned"), [({}, True), ({"render_macros": True}, False), ({"render_macros": False}, False)]
)
def test_a_macro_call_left_unrun_is_a_warning(
    caplog: pytest.LogCaptureFixture, meta: dict[str, bool], warned: bool
) -> None:
    """With `render_by_default: false`, a page that calls a macro without `render_macros: true` would print the call:
    the build warns (and --strict fails) instead; a page that says either way is left alone."""
    from types import SimpleNamespace

    from afterview._internal.site.plugin import AfterviewPlugin

    config: Any = SimpleNamespace(plugins={"macros": SimpleNamespace(config={"render_by_default": False})})
    page = SimpleNamespace(meta=meta, file=SimpleNamespace(src_uri="guide/new.md", abs_src_path=None))
    caplog.set_level("WARNING", logger="mkdocs.plugins.afterview")
    markdown = "Every template:\n\n{{ gallery() }}\n"
    assert AfterviewPlugin().on_page_markdown(markdown, page, config, config) == markdown
    assert ("guide/new.md: `{{ gallery(...` is not run" in caplog.text) is warned
