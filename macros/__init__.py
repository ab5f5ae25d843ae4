"""This site's mkdocs-macros module: the macros come from the installed `afterview` package."""

from afterview import define_env

__all__ = ["define_env"]
