"""The mkdocs-macros module a site's mkdocs.yml names (`modules: [afterview.macros]`), and the guard against
an engine that reads mkdocs.yml without running MkDocs plugins.

Such an engine (Zensical) imports this module while it reads the config, before any page, and would
otherwise publish a site without our pages and without a word. So the import itself fails, with one line,
in a process that never loaded the afterview plugin; and the macros are defined only for a build whose config
the plugin's on_config marked (`extra.afterview_plugin`), which the macros plugin hands to define_env as
env.conf. A tree written by `afterview generate` names `afterview` instead and needs no plugin.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from mkdocs.exceptions import PluginError

from ._internal.site.site_macros import define_env as define_site_macros

NO_PLUGIN = (
    "Afterview's pages come from its MkDocs plugin, which this engine did not run: build with `mkdocs build` "
    "or `properdocs build`, or run `afterview generate` and build the folder it writes "
    '(see the page "When Material for MkDocs ends")'
)
# The plugin's module, which an engine that runs MkDocs plugins (MkDocs, ProperDocs) imports while it reads
# `plugins:`, before the macros plugin imports this module.
PLUGIN_MODULE = "afterview._internal.site.plugin"


def plugin_configured(conf: Mapping[str, Any]) -> bool:
    """Whether the afterview plugin's on_config ran for the build of this config (MkDocs and ProperDocs run it
    before the macros plugin's)."""
    from ._internal.site.plugin import PLUGIN_MARKER

    extra = conf.get("extra")
    return isinstance(extra, Mapping) and extra.get(PLUGIN_MARKER) is True


def define_env(env: Any) -> None:
    """The site's macros, for a build the afterview plugin configured; else one line saying how to build."""
    if not plugin_configured(env.conf):
        raise PluginError(NO_PLUGIN)
    define_site_macros(env)


if PLUGIN_MODULE not in sys.modules:
    raise PluginError(NO_PLUGIN)

__all__ = ["define_env"]
