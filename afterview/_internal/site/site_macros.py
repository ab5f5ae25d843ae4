"""Afterview's MkDocs macros: `define_env` only registers; the work is in the modules beside it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..engine.rules import TEMPLATE_RULES
from ..engine.timing import TIMING, in_words
from . import markup
from .generate import SOURCE_KEY, generated_build
from .settings import Settings
from .site_catalog import SiteCatalog


def build_of(conf: Mapping[str, Any]) -> tuple[Settings, Callable[[], SiteCatalog]]:
    """The settings and catalog of this build: from a tree `afterview generate` wrote (any engine), else from
    the afterview plugin (MkDocs, ProperDocs)."""
    extra = conf.get("extra") or {}
    source = extra.get(SOURCE_KEY) if isinstance(extra, Mapping) else None
    if source:
        settings, catalog = generated_build(str(source))
        return settings, lambda: catalog
    from .plugin import plugin_of

    plugin = plugin_of(conf)
    return plugin.settings, plugin.site


def page_source(page: Any) -> str:
    """A page's docs-relative source path (MkDocs: page.file.src_uri; Zensical: page.path)."""
    file = getattr(page, "file", None)
    return str(file.src_uri if file is not None else page.path)


def define_env(env: Any) -> None:
    """Register the macros the pages call, over the build's settings and catalog."""
    settings, site = build_of(env.conf)

    def source_base() -> str:
        """From the current page's source folder up to docs/, for Markdown links."""
        return "../" * page_source(env.page).count("/") if env.page else ""

    def url_base() -> str:
        """From the current page's URL up to the site root, for HTML links."""
        return "../" * env.page.url.count("/") if env.page else ""

    def template_page(template_id: str) -> str:
        """The body of a template's generated page."""
        catalog = site()
        return markup.template_page(catalog.template(template_id), catalog.examples, catalog.rules)

    def example_note(template_id: str, example: int = 0, recipient: int = 0) -> str:
        """A template rendered with the n-th example person."""
        catalog = site()
        return markup.example_note(catalog.template(template_id), catalog.examples[example], recipient)

    def example_tabs(tabs: list[list[str]], example: int = 0) -> str:
        """Example notes side by side in content tabs: [[label, template_id], ...]."""
        catalog = site()
        person = catalog.examples[example]
        items = [(label, markup.example_note(catalog.template(tid), person)) for label, tid in tabs]
        return markup.tabs("av-tabs-" + markup.slug("-".join(tid for _, tid in tabs))[:60], items)

    def excerpt(template_id: str, part: str, example: int = 0, recipient: int = 0) -> str:
        """One part of a template rendered with example data."""
        catalog = site()
        return markup.excerpt(catalog.template(template_id), catalog.examples[example], part, recipient)

    def template_links(situation: str = "", point: int = 0, channel: str = "") -> str:
        """Links to the templates of a situation, a chapter point or a channel."""
        chosen = [
            t
            for t in site().templates
            if (not situation or t.situation == situation)
            and (not point or point in t.points)
            and (not channel or t.channel == channel)
        ]
        return markup.template_links(chosen, source_base())

    def gallery() -> str:
        """The filterable list of every template."""
        return markup.gallery(site().templates, url_base(), env.conf.get("use_directory_urls", True))

    def checklist(channel: str) -> str:
        """The before-you-send checklist for a channel, from the rule registry."""
        return markup.checklist(site().rules, channel, url_base(), env.conf.get("use_directory_urls", True))

    def rule_table(target: str = "draft") -> str:
        """The rule reference table (draft rules or template lint rules)."""
        return markup.rule_table(TEMPLATE_RULES if target == "template" else site().rules, target)

    def timing(name: str) -> str:
        """A number from the timing rules the composer uses, in words: `timing("first_follow_up_working_days")`."""
        return in_words(int(getattr(TIMING, name)))

    def template_count() -> int:
        """How many templates the site has."""
        return len(site().templates)

    for macro in (
        template_page,
        example_note,
        example_tabs,
        excerpt,
        template_links,
        gallery,
        checklist,
        rule_table,
        template_count,
        timing,
    ):
        env.macro(macro)
    env.variables["afterview"] = settings.public()
