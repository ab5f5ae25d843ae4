"""`afterview init DIR`: a career office's site, ready to build with the installed package.

The files are kept in afterview/scaffold/ (shipped in the wheel) and copied with the office's
name and the package's version filled in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from . import __version__

SCAFFOLD_DIR = Path(__file__).resolve().parent / "scaffold"


def yaml_text(name: str) -> str:
    """The name inside a double-quoted YAML string."""
    return name.replace("\\", "\\\\").replace('"', '\\"')


# Where each scaffold file goes, and how the office's name is written into it.
FILES: dict[str, tuple[str, Callable[[str], str]]] = {
    "mkdocs.yml": ("mkdocs.yml", yaml_text),
    "README.md": ("README.md", str),
    "requirements.txt": ("requirements.txt", str),
    "template.yaml": ("templates/thank-you-careers-fair-card.yaml", str),
    "logo.svg": ("branding/logo.svg", html.escape),
    "pages.yml": (".github/workflows/pages.yml", str),
    "gitignore": (".gitignore", str),
}
# A page of the office's own goes in docs/; MkDocs needs the folder to exist.
KEEP_FOLDER = "docs/.gitkeep"
PLAIN_NAME = re.compile(r"^[^\x00-\x1f<>{}]{1,120}$")


class ScaffoldError(ValueError):
    """The folder or the name cannot be used; the message says why and what to do."""


def office_name(folder: Path, name: str | None) -> str:
    """The given name, or one made from the folder's name (`my-office` gives `My Office`)."""
    chosen = name if name is not None else " ".join(w.capitalize() for w in re.split(r"[-_ ]+", folder.name) if w)
    chosen = " ".join(chosen.split())
    if not PLAIN_NAME.match(chosen):
        raise ScaffoldError(f"{chosen!r} cannot be the office's name: use plain text, up to 120 characters, no <>{{}}")
    return chosen


def scaffold_files(name: str, version: str = __version__) -> dict[str, str]:
    """The office site's files by relative path, with the name and version filled in."""
    files = {}
    for source, (target, quote) in FILES.items():
        text = (SCAFFOLD_DIR / source).read_text(encoding="utf-8")
        files[target] = text.replace("{name}", quote(name)).replace("{version}", version)
    files[KEEP_FOLDER] = ""
    return files


def write_scaffold(folder: Path, name: str | None = None) -> list[Path]:
    """Create the office's site in folder (new, or empty); the paths written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ScaffoldError(f"{folder}: already exists and is not empty; choose a new folder")
    written = []
    for relative, text in scaffold_files(office_name(folder.resolve(), name)).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
