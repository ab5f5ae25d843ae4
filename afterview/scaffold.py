"""`afterview init DIR`: a career office's site, ready to build with the installed package.

The files are kept in afterview/scaffold/ (shipped in the wheel) and copied with the office's
name and the package's version filled in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
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
# The nginx configuration for the office's own server (deploy/), with its paths filled in.
DEPLOY_FILES = ("nginx.conf", "afterview-headers.conf")
# A page of the office's own goes in docs/; MkDocs needs the folder to exist.
KEEP_FOLDER = "docs/.gitkeep"
PLAIN_NAME = re.compile(r"^[^\x00-\x1f<>{}]{1,120}$")


@dataclass(frozen=True)
class ServerPaths:
    """Where the office's server keeps the built site, the nginx configuration, its pid file and its logs."""

    site_root: str
    conf_dir: str
    pid_file: str
    log_dir: str

    @classmethod
    def for_site(cls, slug: str) -> ServerPaths:
        """The usual places on a Linux server for a site called slug (`career-center`)."""
        return cls(f"/srv/{slug}/site", f"/etc/{slug}", f"/run/{slug}-nginx.pid", f"/var/log/nginx/{slug}")


class ScaffoldError(ValueError):
    """The folder or the name cannot be used; the message says why and what to do."""


def office_name(folder: Path, name: str | None) -> str:
    """The given name, or one made from the folder's name (`my-office` gives `My Office`)."""
    chosen = name if name is not None else " ".join(w.capitalize() for w in re.split(r"[-_ ]+", folder.name) if w)
    chosen = " ".join(chosen.split())
    if not PLAIN_NAME.match(chosen):
        raise ScaffoldError(f"{chosen!r} cannot be the office's name: use plain text, up to 120 characters, no <>{{}}")
    return chosen


def site_slug(folder: Path) -> str:
    """The folder's name as lower-case words joined by hyphens (`My Office` gives `my-office`)."""
    return "-".join(re.findall(r"[a-z0-9]+", folder.name.lower())) or "afterview"


def deploy_files(name: str, paths: ServerPaths) -> dict[str, str]:
    """deploy/nginx.conf and deploy/afterview-headers.conf for a server with these paths."""
    values = {"name": name, **asdict(paths)}
    files = {}
    for source in DEPLOY_FILES:
        text = (SCAFFOLD_DIR / "deploy" / source).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        files[f"deploy/{source}"] = text
    return files


def scaffold_files(name: str, version: str = __version__, paths: ServerPaths | None = None) -> dict[str, str]:
    """The office site's files by relative path, with the name, version and server paths filled in."""
    files = {}
    for source, (target, quote) in FILES.items():
        text = (SCAFFOLD_DIR / source).read_text(encoding="utf-8")
        files[target] = text.replace("{name}", quote(name)).replace("{version}", version)
    files.update(deploy_files(name, paths or ServerPaths.for_site("afterview")))
    files[KEEP_FOLDER] = ""
    return files


def write_scaffold(folder: Path, name: str | None = None) -> list[Path]:
    """Create the office's site in folder (new, or empty); the paths written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ScaffoldError(f"{folder}: already exists and is not empty; choose a new folder")
    written = []
    paths = ServerPaths.for_site(site_slug(folder.resolve()))
    for relative, text in scaffold_files(office_name(folder.resolve(), name), paths=paths).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
