"""The Content-Security-Policy for a built site: 'self' only, plus the hashes of the theme's inline scripts.

Material writes a few small inline scripts into every page (one of them differs with the page's
depth), so the policy lists their SHA-256 hashes instead of allowing 'unsafe-inline'. The plugin
writes it into every build (afterview-csp.conf); `python -m afterview.csp SITE_DIR` prints it for
a site built some other way.
"""

from __future__ import annotations

import base64
import hashlib
import sys
from html.parser import HTMLParser
from pathlib import Path

SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module")
POLICY = (
    "default-src 'none'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


class InlineScripts(HTMLParser):
    """The text of every inline script a browser would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script" and "src" not in found and (found.get("type") or "").lower() in SCRIPT_TYPES:
            self._current = []

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def script_hashes(site_dir: Path) -> list[str]:
    """'sha256-...' sources for every distinct inline script of the site's pages."""
    hashes = set()
    for page in site_dir.rglob("*.html"):
        parser = InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        for script in parser.scripts:
            digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
            hashes.add(f"'sha256-{digest}'")
    return sorted(hashes)


def content_security_policy(site_dir: Path) -> str:
    """The header value for this built site."""
    return POLICY.format(hashes=" ".join(script_hashes(site_dir)))


def nginx_snippet(site_dir: Path) -> str:
    """An nginx `set` line the shipped config's add_header uses."""
    return f'set $afterview_csp "{content_security_policy(site_dir)}";\n'


def main(argv: list[str] | None = None) -> int:
    """`python -m afterview.csp SITE_DIR`: print the nginx snippet for a built site."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not (Path(args[0]) / "index.html").is_file():
        print("usage: python -m afterview.csp SITE_DIR   (a built site, with index.html)", file=sys.stderr)
        return 2
    sys.stdout.write(nginx_snippet(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
