"""`afterview offline`: a copy of the site that works opened as files, with nothing loaded from elsewhere.

Material's `offline` plugin makes search work from file:// and switches to `page.html` URLs; it
would load its Web Worker shim from unpkg.com, so the build lists the vendored copy instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .plugin import read_config

WORKER_SHIM = "assets/javascripts/vendor/iframe-worker/shim.js"
EXTERNAL = re.compile(
    r"""<(?:script|link|img|iframe|source|audio|video)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.IGNORECASE
)


def offline_overrides(config_file: Path) -> dict[str, Any]:
    """The config values to change: the offline plugin added, the local worker shim listed, no site URL."""
    raw = read_config(config_file)
    plugins: Any = raw.get("plugins") or ["search"]
    plugins = {**plugins, "offline": {}} if isinstance(plugins, dict) else [*plugins, "offline"]
    extra = dict(raw.get("extra") or {})
    extra["polyfills"] = [*extra.get("polyfills", []), WORKER_SHIM]
    # No site_url: pages then carry no canonical link to the online site.
    return {"plugins": plugins, "extra": extra, "site_url": ""}


def build_offline(config_file: Path, destination: Path) -> Path:
    """Build the offline edition of a site (Afterview's or a career office's) into destination."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), site_dir=str(destination.resolve()), **offline_overrides(config_file))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return destination


def external_references(site_dir: Path) -> list[str]:
    """`file: tag` for every script, style sheet or image a built page would load from another host."""
    found = []
    for page in sorted(site_dir.rglob("*.html")):
        for match in EXTERNAL.finditer(page.read_text(encoding="utf-8", errors="replace")):
            found.append(f"{page.relative_to(site_dir)}: {match.group(0)}")
    return found
