"""Afterview: thank-you notes and follow-ups after a job interview, as a template pack, a checker and a guide site."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("afterview")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
