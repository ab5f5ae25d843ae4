"""Afterview's MkDocs macros: `define_env` only registers; the work is in the modules beside it."""

from __future__ import annotations

from typing import Any

from . import markup
from .rules import TEMPLATE_RULES
from .site import afterview_settings, load_site


def define_env(env: Any) -> None:
    """Register the macros the pages call."""

    def site() -> Any:
        return load_site(env.conf)

    def source_base() -> str:
        """From the current page's source folder up to docs/, for Markdown links."""
        return "../" * env.page.file.src_uri.count("/") if env.page else ""

    def url_base() -> str:
        """From the current page's URL up to the site root, for HTML links."""
        return "../" * env.page.url.count("/") if env.page else ""

    @env.macro
    def template_page(template_id: str) -> str:
        """The body of a template's generated page."""
        catalog = site()
        return markup.template_page(catalog.template(template_id), catalog.examples, catalog.rules)

    @env.macro
    def example_note(template_id: str, example: int = 0, recipient: int = 0) -> str:
        """A template rendered with the n-th example person."""
        catalog = site()
        return markup.example_note(catalog.template(template_id), catalog.examples[example], recipient)

    @env.macro
    def excerpt(template_id: str, part: str, example: int = 0, recipient: int = 0) -> str:
        """One part of a template rendered with example data."""
        catalog = site()
        return markup.excerpt(catalog.template(template_id), catalog.examples[example], part, recipient)

    @env.macro
    def template_links(situation: str = "", point: int = 0, channel: str = "") -> str:
        """Links to the templates of a situation, a chapter point or a channel."""
        chosen = [t for t in site().templates
                  if (not situation or t.situation == situation) and (not point or point in t.points)
                  and (not channel or t.channel == channel)]
        return markup.template_links(chosen, source_base())

    @env.macro
    def gallery() -> str:
        """The filterable list of every template."""
        return markup.gallery(site().templates, url_base())

    @env.macro
    def checklist(channel: str) -> str:
        """The before-you-send checklist for a channel, from the rule registry."""
        return markup.checklist(site().rules, channel)

    @env.macro
    def rule_table(target: str = "draft") -> str:
        """The rule reference table (draft rules or template lint rules)."""
        return markup.rule_table(TEMPLATE_RULES if target == "template" else site().rules, target)

    @env.macro
    def template_count() -> int:
        """How many templates the site has."""
        return len(site().templates)

    env.variables["afterview"] = afterview_settings(env.conf)
