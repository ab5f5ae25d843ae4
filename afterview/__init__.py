"""Afterview: thank-you notes and follow-ups after a job interview, as a template pack, a checker and a guide site."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("afterview")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"


def define_env(env: Any) -> None:
    """The mkdocs-macros entry point (`modules: [afterview]`): registers the guide's macros."""
    from .site_macros import define_env as register

    register(env)
