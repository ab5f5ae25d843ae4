"""The site builds the same with other engines: ProperDocs, the maintained continuation of MkDocs 1.x, and
Zensical, which reads mkdocs.yml but runs no MkDocs plugins.

MkDocs 1.6.1 is the last 1.x release and Material for MkDocs 9 reaches its end of life on 2027-05-05
(docs/self-hosting/engines.md). ProperDocs reads the same mkdocs.yml and runs the same plugins, so the
shipped site and a career office's site must come out page for page as MkDocs makes them. Zensical run on
such a mkdocs.yml must stop with one clear line instead of publishing a site without our pages.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import afterview

from .conftest import ON_CI, ROOT

PROPERDOCS = importlib.util.find_spec("properdocs") is not None
ZENSICAL = importlib.util.find_spec("zensical") is not None
needs_properdocs = pytest.mark.skipif(
    not PROPERDOCS and not ON_CI, reason="ProperDocs is not installed (pip install -e '.[test]')"
)
needs_zensical = pytest.mark.skipif(
    not ZENSICAL and not ON_CI, reason="Zensical is not installed (pip install -e '.[test]')"
)


def properdocs_build(config: Path, destination: Path, engine: str = "properdocs") -> subprocess.CompletedProcess[str]:
    """`properdocs build --strict` (or `mkdocs build --strict`) for a config into a folder."""
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", str(config), "-d", str(destination)],
        cwd=config.parent,
        env={**with_this_package(), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def zensical_build(project: Path) -> subprocess.CompletedProcess[str]:
    """`zensical build` in a folder holding a mkdocs.yml (Zensical writes its site_dir inside the folder)."""
    return subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--clean"],
        cwd=project,
        env=with_this_package(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def with_this_package() -> dict[str, str]:
    """The environment for a build in another folder, importing the afterview package these tests import."""
    package_parent = str(Path(afterview.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))}


def afterview_command(*args: str) -> subprocess.CompletedProcess[str]:
    """`afterview ...` with the package these tests import; it should succeed."""
    result = subprocess.run(
        [sys.executable, "-m", "afterview", *args],
        env=with_this_package(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result


def init_office(folder: Path) -> Path:
    """A career office's site as `afterview init` writes it."""
    afterview_command("init", str(folder), "--name", "Northfield Careers")
    return folder


def pages(site: Path) -> set[str]:
    """Every file of a built site, by path (compressed sitemaps left out: their bytes carry a date)."""
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file() and path.suffix != ".gz"}


@needs_properdocs
def test_properdocs_builds_the_shipped_site_page_for_page(built_site: Path, tmp_path: Path) -> None:
    """Every page, template page, gallery, data script and policy file MkDocs writes, ProperDocs writes too."""
    result = properdocs_build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert pages(tmp_path / "site") == pages(built_site)
    for needed in ("templates/index.html", "tools/composer/index.html", "assets/javascripts/afterview-data.js"):
        assert (tmp_path / "site" / needed).is_file(), needed


@needs_properdocs
def test_properdocs_builds_an_office_site_like_mkdocs(tmp_path: Path) -> None:
    """A site made by `afterview init` builds with both engines into the same files."""
    office = init_office(tmp_path / "office")
    with_mkdocs = properdocs_build(office / "mkdocs.yml", tmp_path / "mkdocs-site", engine="mkdocs")
    assert with_mkdocs.returncode == 0, with_mkdocs.stderr
    with_properdocs = properdocs_build(office / "mkdocs.yml", tmp_path / "properdocs-site")
    assert with_properdocs.returncode == 0, with_properdocs.stderr
    assert pages(tmp_path / "properdocs-site") == pages(tmp_path / "mkdocs-site")
    assert "afterview-csp.conf" in pages(tmp_path / "properdocs-site")


def assert_refused_in_one_line(result: subprocess.CompletedProcess[str], site: Path) -> None:
    """The build failed with one line naming our plugin and the way out, and published no pages."""
    output = (result.stdout + result.stderr).strip()
    assert result.returncode != 0, output
    assert "Traceback" not in output
    assert len(output.splitlines()) == 1, output
    assert "Afterview's pages come from its MkDocs plugin, which this engine did not run" in output
    assert "mkdocs build" in output and "afterview generate" in output
    assert not (site / "index.html").exists()


def test_mkdocs_without_the_plugin_refuses_with_the_line(tmp_path: Path) -> None:
    """Our mkdocs.yml without `- afterview`: the macros module stops MkDocs with exit 1 and the line saying how
    to build, before any page is written."""
    project = tmp_path / "unplugged"
    project.mkdir()
    lines = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    assert "  - afterview\n" in lines
    (project / "mkdocs.yml").write_text("".join(line for line in lines if line != "  - afterview\n"), "utf-8")
    shutil.copytree(ROOT / "docs", project / "docs")
    result = properdocs_build(project / "mkdocs.yml", project / "site", engine="mkdocs")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    said = [line for line in output.splitlines() if "Afterview's pages come from its MkDocs plugin" in line]
    assert len(said) == 1 and "mkdocs build" in said[0] and "afterview generate" in said[0], output
    assert not (project / "site" / "index.html").exists()


@needs_zensical
def test_zensical_refuses_the_shipped_site_in_one_line(tmp_path: Path) -> None:
    """Zensical runs no MkDocs plugins: on our mkdocs.yml it stops at once instead of building our pages without
    their templates, data and policy."""
    project = tmp_path / "shipped"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    assert_refused_in_one_line(zensical_build(project), project / "site")


@needs_zensical
def test_zensical_refuses_an_office_site_in_one_line(tmp_path: Path) -> None:
    """On a site made by `afterview init` (no pages of its own), Zensical used to exit 0 with only 404.html."""
    office = init_office(tmp_path / "office")
    assert_refused_in_one_line(zensical_build(office), office / "site")


# Our theme override partials/content.html formats a page's `reviewed:` date with Python's date.strftime,
# which Zensical's template engine (MiniJinja, in Rust) does not have; the page fails to render.


def generate_tree(config: Path, destination: Path) -> Path:
    """`afterview generate` for a site into a folder."""
    afterview_command("generate", str(destination), "--config", str(config))
    return destination


def finish(tree: Path) -> Path:
    """`afterview finish` after an engine built a generated tree; the site folder."""
    afterview_command("finish", str(tree))
    return tree / "site"


def our_files(site: Path, tree: Path) -> set[str]:
    """What a build must have whatever the engine: every HTML page, every file of the generated docs tree that is
    not a page (data scripts, styles, images) and the policy file. The theme's own assets differ by engine."""
    html = {path for path in pages(site) if path.endswith(".html")}
    assets = {path for path in pages(tree / "docs") if not path.endswith(".md") and not path.startswith(".")}
    return html | (assets & pages(site)) | ({"afterview-csp.conf"} & pages(site))


def assert_complete(files: set[str], tree: Path) -> None:
    """Every template page, the gallery, the composer and its data, and the policy file are there."""
    templates = {path.stem for path in (tree / "docs" / "templates").glob("*.md")} - {"index"}
    assert len(templates) >= 40
    assert {f"templates/{template}/index.html" for template in templates} <= files
    needed = {
        "index.html",
        "templates/index.html",
        "tools/composer/index.html",
        "assets/javascripts/afterview-data.js",
        "afterview-csp.conf",
    }
    assert needed <= files, needed - files
    every_asset = {path for path in pages(tree / "docs") if not path.endswith(".md") and not path.startswith(".")}
    assert every_asset <= files, every_asset - files


@needs_zensical
@needs_properdocs
def test_every_engine_builds_an_office_site_page_for_page(tmp_path: Path) -> None:
    """A site made by `afterview init`: MkDocs with the plugin, and MkDocs, ProperDocs and Zensical from the tree
    `afterview generate` writes, make the same pages, template pages, data scripts and policy file."""
    office = init_office(tmp_path / "office")
    with_plugin = properdocs_build(office / "mkdocs.yml", tmp_path / "plugin-site", engine="mkdocs")
    assert with_plugin.returncode == 0, with_plugin.stderr
    tree = generate_tree(office / "mkdocs.yml", tmp_path / "tree")
    expected = our_files(tmp_path / "plugin-site", tree)
    assert_complete(expected, tree)
    for engine in ("mkdocs", "properdocs"):
        built = properdocs_build(tree / "mkdocs.yml", tree / "site", engine=engine)
        assert built.returncode == 0, built.stderr
        assert our_files(finish(tree), tree) == expected, engine
    built = zensical_build(tree)
    assert built.returncode == 0, built.stderr
    assert our_files(finish(tree), tree) == expected
    branded = read(tmp_path / "plugin-site" / "index.html")
    assert branded.count("av-house") > 0, "the office's logo and colours should brand the home page"
    assert read(tree / "site" / "index.html").count("av-house") == branded.count("av-house"), "branding lost"


@needs_zensical
def test_zensical_builds_the_shipped_site_from_the_generated_tree(built_site: Path, tmp_path: Path) -> None:
    """Our own site through `afterview generate` and Zensical has every page MkDocs makes with the plugin."""
    tree = generate_tree(ROOT / "mkdocs.yml", tmp_path / "tree")
    built = zensical_build(tree)
    assert built.returncode == 0, built.stderr
    expected = our_files(built_site, tree)
    assert_complete(expected, tree)
    assert our_files(finish(tree), tree) == expected


REVIEWED_LINE = re.compile(r'<p class="av-reviewed">.*?</p>', re.S)
GENERATOR_META = re.compile(r'<meta name="generator" content="Afterview [^"]+">')


@needs_zensical
def test_zensical_renders_our_theme_overrides_like_mkdocs(built_site: Path, tmp_path: Path) -> None:
    """Our overrides, unchanged, render the same review dates and the same generator line under Zensical."""
    tree = generate_tree(ROOT / "mkdocs.yml", tmp_path / "tree")
    built = zensical_build(tree)
    assert built.returncode == 0, built.stderr
    site = finish(tree)
    reviewed = sorted(
        path for path in pages(built_site) if path.endswith(".html") and REVIEWED_LINE.search(read(built_site / path))
    )
    assert len(reviewed) >= 10, "the guide pages should say when they were last reviewed"
    for path in reviewed:
        assert REVIEWED_LINE.findall(read(site / path)) == REVIEWED_LINE.findall(read(built_site / path)), path
    home = read(site / "index.html")
    assert GENERATOR_META.search(home), "the generator meta tag should name the Afterview version"
    assert f"Built with Afterview {afterview.__version__}" in home


def read(path: Path) -> str:
    """A built page's HTML."""
    return path.read_text(encoding="utf-8")


def test_generate_never_empties_a_folder_it_did_not_write(tmp_path: Path) -> None:
    """`afterview generate .` in the site's own folder stops with one line and deletes nothing."""
    office = init_office(tmp_path / "office")
    before = pages(office)
    result = subprocess.run(
        [sys.executable, "-m", "afterview", "generate", str(office), "--config", str(office / "mkdocs.yml")],
        env=with_this_package(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a folder this command wrote" in result.stderr
    assert pages(office) == before
