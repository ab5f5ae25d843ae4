"""Loads and lint results kept on disk between runs, keyed by content: the same file, schema, examples, rules and
code give the same template and findings, so a later build or command reads and checks again only what changed.

The folder is $AFTERVIEW_CACHE_DIR, else $XDG_CACHE_HOME/afterview, else ~/.cache/afterview;
AFTERVIEW_CACHE_DIR set to an empty value turns the disk cache off. Entries are small JSON files
written atomically; an unreadable or unwritable folder only means no cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .paths import PACKAGE_DIR


def cache_dir() -> Path | None:
    """Where entries go, or None when the disk cache is off."""
    chosen = os.environ.get("AFTERVIEW_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "afterview"


@cache
def code_key() -> str:
    """A digest of the package's own code, so entries written by other code are never read."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def entry_path(key: str) -> Path | None:
    """The file of one entry."""
    folder = cache_dir()
    return folder / "entries" / code_key()[:16] / f"{key}.json" if folder else None


def read_entry(key: str) -> Any:
    """An entry's value, or None when there is none (or it cannot be read)."""
    path = entry_path(key)
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_entry(key: str, value: Any) -> None:
    """Store an entry; a failure to write is not an error."""
    path = entry_path(key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as temporary:
            json.dump(value, temporary)
        os.replace(temporary.name, path)
    except (OSError, TypeError, ValueError):
        return
