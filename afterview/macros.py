"""The mkdocs-macros module a site's mkdocs.yml names (`modules: [afterview.macros]`), and the guard against
an engine that reads mkdocs.yml without running MkDocs plugins.

Such an engine (Zensical) imports this module while it reads the config, before any page, and would
otherwise publish a site without our pages and without a word. So the import itself fails, with one line,
unless the afterview plugin has configured this build. A tree written by `afterview generate` names
`afterview.site_macros` instead and needs no plugin.
"""

from __future__ import annotations

import sys

from mkdocs.exceptions import PluginError

from .site_macros import define_env

NO_PLUGIN = (
    "Afterview's pages come from its MkDocs plugin, which this engine did not run: build with `mkdocs build` "
    "or `properdocs build`, or run `afterview generate` and build the folder it writes "
    '(see the page "When Material for MkDocs ends")'
)


def plugin_configured() -> bool:
    """Whether the afterview plugin's on_config ran in this process (MkDocs and ProperDocs run it first)."""
    plugin = sys.modules.get("afterview.plugin")
    return bool(getattr(plugin, "configured_builds", 0))


if not plugin_configured():
    raise PluginError(NO_PLUGIN)

__all__ = ["define_env"]
