"""Afterview: thank-you notes and follow-ups after a job interview, as a template pack, a checker and a guide site.

The public API is four functions: `load` (the templates), `render` (a template for some values), `check`
(a draft) and `rules` (the registry); docs/reference/python-api.md shows each with an example. Everything
under `afterview._internal` is internal and may change in any release.
"""

import typing as _typing

from afterview._internal.engine.version import __version__ as __version__

if _typing.TYPE_CHECKING:
    from afterview._internal.engine.api import check, load, render, rules

__all__ = ["check", "load", "render", "rules"]


def __getattr__(name: str) -> _typing.Any:
    """The API's functions, imported on first use, so that the command line starts without the whole engine."""
    if name in __all__:
        from afterview._internal.engine import api

        return getattr(api, name)
    raise AttributeError(f"module 'afterview' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


def define_env(env: _typing.Any) -> None:
    """The mkdocs-macros entry point (`modules: [afterview]`): registers the guide's macros, with no check that
    the afterview plugin ran (`afterview generate` writes it into the config of the site it generates)."""
    from afterview._internal.site.site_macros import define_env as register

    register(env)
