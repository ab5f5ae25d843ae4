"""The nginx configuration `afterview init` writes, serving the built site from a real nginx: headers, caching, CSP."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from afterview._internal.cli.scaffold import ServerPaths, deploy_files
from afterview._internal.site.csp import nginx_snippet
from tests.static_server import free_port, wait_until_listening

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
)

pytestmark = pytest.mark.skipif(
    not Path(NGINX).exists() and not os.environ.get("CI"), reason="nginx is not installed (CI=true installs it)"
)


def test_config(site: Path, prefix: Path, port: int) -> str:
    """deploy/nginx.conf as `afterview init` writes it, for a server whose paths are a temp folder, on a local port."""
    files = deploy_files("Afterview", ServerPaths(str(site), str(prefix), str(prefix / "nginx.pid"), str(prefix)))
    for name, text in files.items():
        assert not re.search(r"\{[a-z_]+\}", text), f"{name} still has a placeholder"
    (prefix / "afterview-headers.conf").write_text(files["deploy/afterview-headers.conf"], encoding="utf-8")
    text = files["deploy/nginx.conf"]
    assert text.count("listen 8080;") == 1, "deploy/nginx.conf should listen on 8080 once"
    return ("user root;\n" if os.geteuid() == 0 else "") + text.replace("listen 8080;", f"listen 127.0.0.1:{port};")


test_config.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def nginx_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served by nginx with the shipped config on 127.0.0.1; stopped afterwards."""
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    assert (built_site / "afterview-csp.conf").read_text(encoding="utf-8") == nginx_snippet(built_site)
    config = prefix / "nginx.conf"
    config.write_text(test_config(built_site, prefix, port), encoding="utf-8")
    command = [NGINX, "-p", f"{prefix}/", "-c", str(config), "-e", str(prefix / "error.log"), "-g", "daemon off;"]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30, check=False)
    assert checked.returncode == 0, checked.stderr
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening = wait_until_listening(port, server)
        assert listening, (prefix / "error.log").read_text(encoding="utf-8", errors="replace") or "nginx did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def fetch(url: str) -> tuple[int, Message, bytes]:
    """Status, headers and body of a GET (error statuses included)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_pages_and_search_index_are_served(nginx_url: str) -> None:
    """The home page, a template page, the composer and the search index load with their real types."""
    for path, kind in (
        ("/", "text/html"),
        ("/templates/thank-you-phone-screen/", "text/html"),
        ("/tools/composer/", "text/html"),
        ("/search/search_index.json", "application/json"),
        ("/assets/javascripts/afterview-data.js", "text/javascript"),
    ):
        status, headers, body = fetch(nginx_url + path)
        assert status == 200 and headers.get_content_type() == kind and body, path


def test_every_response_carries_the_security_headers(nginx_url: str, built_site: Path) -> None:
    """HTML, hashed assets, other assets and the 404 page all send the five security headers."""
    bundle = next((built_site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    for path in ("/", f"/assets/javascripts/{bundle}", "/assets/images/favicon.svg", "/no-such-page/"):
        _, headers, _ = fetch(nginx_url + path)
        assert all(headers.get(name) for name in SECURITY_HEADERS), path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "DENY"
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_caching_is_long_for_hashed_assets_and_short_for_html(nginx_url: str, built_site: Path) -> None:
    """Material's hashed bundle is immutable for a year; HTML, our scripts and the search index revalidate."""
    bundle = next((built_site / "assets" / "javascripts").glob("bundle.*.min.js")).name
    hashed = fetch(f"{nginx_url}/assets/javascripts/{bundle}")[1]
    assert hashed["Cache-Control"] == "public, max-age=31536000, immutable"
    for path in (
        "/",
        "/search/search_index.json",
        "/assets/javascripts/afterview-data.js",
        "/assets/stylesheets/afterview.css",
    ):
        assert fetch(nginx_url + path)[1]["Cache-Control"] == "no-cache", path
    assert fetch(f"{nginx_url}/assets/images/favicon.svg")[1]["Cache-Control"] == "public, max-age=604800"
    status, _, body = fetch(f"{nginx_url}/no-such-page/")
    assert status == 404 and b"<html" in body


VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.mark.browser
def test_pages_work_under_the_policy(nginx_url: str, page: Any) -> None:
    """Home, composer, a template page and search run with no CSP violation and no script error."""
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text) if message.type in ("error", "warning") else None)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(VIOLATIONS)
    for path in ("/", "/templates/thank-you-phone-screen/", "/tools/composer/"):
        page.goto(nginx_url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__cspViolations") == [], path
    page.locator(".av-composer__form").wait_for(timeout=15_000)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("panel", delay=50)
    page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=15_000)
    assert page.evaluate("window.__cspViolations") == []
    assert [text for text in console if "Content Security Policy" in text or "Refused" in text] == []
    assert errors == []
