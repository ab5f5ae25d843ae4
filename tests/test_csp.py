"""The Content-Security-Policy of a build: the hashes of exactly the inline scripts a browser runs."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from afterview._internal.site.csp import content_security_policy, inline_scripts

PAGE = """<!doctype html><html><head>
<script>var a = 1;</script>
<SCRIPT type='module'>import "./x.js"</SCRIPT>
<script src="assets/app.js"></script>
<script type="application/ld+json">{"@type": "WebSite"}</script>
<!-- <script>var commented = true;</script> -->
<script type="text/javascript" >
  document.body.dataset.x = "</p>";
</script >
</head><body><p>Type <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> to test.</p></body></html>"""


def test_only_scripts_a_browser_runs_inline() -> None:
    """Inline classic and module scripts count; src, JSON data, comments and escaped text do not."""
    assert inline_scripts(PAGE) == ["var a = 1;", 'import "./x.js"', '\n  document.body.dataset.x = "</p>";\n']


def test_policy_lists_each_distinct_script_once(tmp_path: Path) -> None:
    """Two pages sharing a script give one hash; the policy allows nothing inline beyond the hashes."""
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text("<script>var a = 1;</script>", encoding="utf-8")
    policy = content_security_policy(tmp_path)
    digest = base64.b64encode(hashlib.sha256(b"var a = 1;").digest()).decode("ascii")
    assert policy.count(f"'sha256-{digest}'") == 1
    assert policy.count("'sha256-") == 3
    assert "unsafe-inline" not in policy and "default-src 'none'" in policy
