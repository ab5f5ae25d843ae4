"""Finding the career office's site a command runs in: its mkdocs.yml, settings and template folders.

Inside an office's folder (one with a mkdocs.yml that uses the afterview plugin, as `afterview init` writes
it), `afterview list`, `new`, `render`, `lint` and `check` use that site's templates and house rules without
being told; `--config FILE` names another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..engine.paths import BASE_CONFIG, PACKAGE_DIR, TEMPLATES_DIR
from .settings import PLUGIN_NAME, Settings, raw_settings, settings_from

CONFIG_NAME = "mkdocs.yml"


class OfficeError(ValueError):
    """An office's mkdocs.yml that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Office:
    """The site a command works on: an office's settings, or Afterview's own (config None)."""

    config: Path | None
    settings: Settings

    @property
    def template_dirs(self) -> list[Path]:
        """Where templates are read from: ours, then the office's own folders."""
        return [TEMPLATES_DIR, *self.settings.template_dirs]

    def writable_templates(self) -> Path | None:
        """Where `afterview new` writes: the office's first template folder, or templates/ of a source checkout;
        never the installed package."""
        if self.settings.template_dirs:
            return self.settings.template_dirs[0]
        if self.config is None and not is_installed_package(TEMPLATES_DIR):
            return TEMPLATES_DIR
        return None


def is_installed_package(folder: Path) -> bool:
    """Whether a folder is inside the installed package (a wheel's copy of the site files)."""
    return folder.resolve().is_relative_to(PACKAGE_DIR)  # the wheel's copy lives in PACKAGE_DIR/site


def uses_afterview(config_file: Path) -> bool:
    """Whether a mkdocs.yml names the afterview plugin."""
    try:
        text = config_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return f"- {PLUGIN_NAME}" in text or f"{PLUGIN_NAME}:" in text


def find_office(config_file: Path | None) -> Office:
    """The office named by --config, else the one in the current folder, else Afterview's own site."""
    import yaml
    from mkdocs.exceptions import MkDocsException

    from .plugin import read_config  # MkDocs loads only when a config is read

    if config_file is None:
        here = Path.cwd() / CONFIG_NAME
        if not here.is_file() or not uses_afterview(here) or here.resolve() == BASE_CONFIG.resolve():
            return Office(None, Settings())
        config_file = here
    try:
        written = read_config(config_file)
    except (MkDocsException, OSError, yaml.YAMLError) as error:
        message = str(error).removeprefix(f"{config_file}: ")
        raise OfficeError(f"{config_file}: {' '.join(message.split())}") from None
    return Office(config_file, settings_from(raw_settings(written), config_file.resolve()))
