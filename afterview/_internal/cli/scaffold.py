"""`afterview init DIR`: a career office's site, ready to build with the installed package.

The files are kept in afterview/scaffold/ (shipped in the wheel) and copied with the office's
name and the package's version filled in.
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from pathlib import Path

from ..engine.version import __version__

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
# The site engine an office's requirements.txt pins to the versions installed with Afterview.
ENGINE_PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "pymdown-extensions")
WHEELS_FOLDER = "wheels"
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


def engine_pins() -> str:
    """requirements.txt lines pinning the site engine to the versions installed here."""
    lines = []
    for package in ENGINE_PACKAGES:
        try:
            lines.append(f"{package}=={installed_version(package)}")
        except PackageNotFoundError:
            lines.append(package)
    return "\n".join(lines)


def afterview_requirement(source: str | None, version: str) -> tuple[str, str]:
    """The requirements.txt line for Afterview and where it comes from.

    source: None (a package index, e.g. one the office sets with pip's --index-url), a wheel's URL, or a
    wheel file, which is committed under wheels/ so that any CI runner can install it.
    """
    if not source:
        return f"afterview=={version}", "a package index (pip's default, or the one in PIP_INDEX_URL)"
    if "://" in source:
        return f"afterview @ {source}", "its published wheel"
    return f"./{WHEELS_FOLDER}/{Path(source).name}", f"the wheel committed in {WHEELS_FOLDER}/"


def scaffold_files(
    name: str, version: str = __version__, paths: ServerPaths | None = None, source: str | None = None
) -> dict[str, str]:
    """The office site's files by relative path, with the name, version, server paths and sources filled in."""
    files = {}
    requirement, origin = afterview_requirement(source, version)
    for source_name, (target, quote) in FILES.items():
        text = (SCAFFOLD_DIR / source_name).read_text(encoding="utf-8")
        text = text.replace("{afterview}", requirement).replace("{afterview_from}", origin)
        text = text.replace("{engine}", engine_pins())
        files[target] = text.replace("{name}", quote(name)).replace("{version}", version)
    files.update(deploy_files(name, paths or ServerPaths.for_site("afterview")))
    files[KEEP_FOLDER] = ""
    return files


def write_scaffold(folder: Path, name: str | None = None, source: str | None = None) -> list[Path]:
    """Create the office's site in folder (new, or empty); the paths written.

    source: where the site installs Afterview from (see afterview_requirement); a wheel file is copied in.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ScaffoldError(f"{folder}: already exists and is not empty; choose a new folder")
    wheel = Path(source) if source and "://" not in source else None
    if wheel is not None and (wheel.suffix != ".whl" or not wheel.is_file()):
        raise ScaffoldError(f"{source}: no wheel file there; give the path of an afterview-*.whl file or a URL")
    written = []
    paths = ServerPaths.for_site(site_slug(folder.resolve()))
    files = scaffold_files(office_name(folder.resolve(), name), paths=paths, source=source)
    if wheel is not None:
        target = folder / WHEELS_FOLDER / wheel.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(wheel, target)
        written.append(target)
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
