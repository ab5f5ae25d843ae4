"""Afterview: thank-you notes and follow-ups after a job interview, as a template pack, a checker and a guide site.

The public API is four functions: `load` (the templates), `render` (a template for some values), `check`
(a draft) and `rules` (the registry); docs/reference/python-api.md shows each with an example. Everything
under `afterview._internal` is internal and may change in any release.
"""

import typing as _typing

from afterview._internal.engine.api import check, load, render, rules
from afterview._internal.engine.version import __version__ as __version__

__all__ = ["check", "load", "render", "rules"]


def define_env(env: _typing.Any) -> None:
    """The mkdocs-macros entry point (`modules: [afterview]`): registers the guide's macros, with no check that
    the afterview plugin ran (`afterview generate` writes it into the config of the site it generates)."""
    from afterview._internal.site.site_macros import define_env as register

    register(env)
