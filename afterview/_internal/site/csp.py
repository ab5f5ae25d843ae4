"""The Content-Security-Policy for a built site: 'self' only, plus the hashes of the theme's inline scripts.

Material writes a few small inline scripts into every page (one of them differs with the page's
depth), so the policy lists their SHA-256 hashes instead of allowing 'unsafe-inline'. The plugin
writes it into every build (afterview-csp.conf); `python -m afterview._internal.site.csp SITE_DIR` prints it for
a site built some other way.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module")
POLICY = (
    "default-src 'none'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


# An HTML script element: its attributes and its text (a script's text cannot contain "</script").
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script a browser would run (no src, a JavaScript type), in page order.

    A pattern instead of a full HTML parser: the build runs this over every page, and a parser in
    Python costs more than the rest of our plugin together.
    """
    scripts = []
    for match in SCRIPT.finditer(COMMENT.sub("", html)):
        attributes = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in ATTRIBUTE.finditer(match.group(1))
        }
        if "src" not in attributes and attributes.get("type", "").lower() in SCRIPT_TYPES:
            scripts.append(match.group(2))
    return scripts


def script_hashes(site_dir: Path) -> list[str]:
    """'sha256-...' sources for every distinct inline script of the site's pages."""
    hashes = set()
    for page in site_dir.rglob("*.html"):
        for script in inline_scripts(page.read_text(encoding="utf-8")):
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
    """`python -m afterview._internal.site.csp SITE_DIR`: print the nginx snippet for a built site."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not (Path(args[0]) / "index.html").is_file():
        print("usage: python -m afterview._internal.site.csp SITE_DIR  (a built site)", file=sys.stderr)
        return 2
    sys.stdout.write(nginx_snippet(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
