"""The package as a career office installs it: a wheel built from this repository, in a fresh virtual environment.

From an empty folder: `afterview --version`, `list`, `init`, and `mkdocs build --strict` of the
scaffold, which must hold the guide, the tools, our templates and the office's own template, all
from the installed package (no path of this checkout). No network: the wheel is built with the
setuptools already installed. The fresh environment sees the distributions of the environment running
the tests (never the base interpreter's, never this checkout's afterview), and pip installs the wheel
with its dependency check, so a dependency missing from pyproject.toml fails here as it would for an office.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import pytest

from afterview._internal.cli.scaffold import DEPLOY_FILES, FILES, KEEP_FOLDER
from afterview._internal.engine.paths import SITE_PARTS

from .conftest import ON_CI, ROOT

SOURCE_PARTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "LICENSE-CONTENT.md", "afterview")
BUILD_WHEEL = "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"
SCAFFOLD_TEMPLATE = "thank-you-careers-fair-card"
OFFLINE = ("--no-index",)


def can_build_wheels() -> bool:
    """setuptools builds wheels by itself from 70.1 on, older ones need the `wheel` package."""
    major, minor = (int(part) for part in version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1) or find_spec("wheel") is not None


@dataclass(frozen=True)
class Installed:
    """A fresh virtual environment with the wheel installed, and an empty working folder."""

    wheel: Path
    bin: Path
    workdir: Path

    def run(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        """A command of the environment, run as an office would, outside this checkout."""
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("PYTHONPATH", None)
        command = [str(self.bin / args[0]), *args[1:]]
        return subprocess.run(command, cwd=cwd or self.workdir, env=env, capture_output=True, text=True, check=False)


def expose_running_distributions(environment: Path, deps: Path) -> None:
    """Let a fresh environment import what the running one has installed, except afterview itself.

    Each installed distribution of the running environment is linked into `deps`, which the new
    environment reads through a .pth file. Afterview's own files (and its editable-install hooks) are left
    out, so the wheel is the only afterview there, and pip's dependency check sees exactly what an office
    with our declared dependencies would have.
    """
    deps.mkdir()
    running = [Path(p) for p in dict.fromkeys((sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]))]
    for site_dir in running:
        for entry in site_dir.iterdir():
            own = entry.name.lower().startswith(("afterview", "__editable__.afterview", "__editable___afterview"))
            if own or entry.suffix == ".pth" or (deps / entry.name).exists():
                continue
            (deps / entry.name).symlink_to(entry)
    site_packages = next((environment / "lib").glob("python*/site-packages"))
    (site_packages / "running-environment.pth").write_text(f"{deps}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel from a copy of the sources; install it with its dependency check, offline."""
    if not can_build_wheels():
        if ON_CI:
            pytest.fail("building the wheel needs setuptools>=70.1 or the wheel package (pip install -e '.[test]')")
        pytest.skip("setuptools<70.1 without the wheel package cannot build wheels here")
    base = tmp_path_factory.mktemp("package")
    source = base / "source"
    source.mkdir()
    for name in (*SOURCE_PARTS, *SITE_PARTS):
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(path, source / name)
    if (ROOT / "node_modules").is_dir():
        (source / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    built = subprocess.run(
        [sys.executable, "-c", BUILD_WHEEL, str(base / "dist")],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = base / "dist" / built.stdout.strip().splitlines()[-1]
    environment = base / "venv"
    venv.create(environment, system_site_packages=False, with_pip=False)
    bin_dir = environment / "bin"
    expose_running_distributions(environment, base / "deps")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "-q", *OFFLINE, str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    workdir = base / "empty"
    workdir.mkdir()
    return Installed(wheel, bin_dir, workdir)


def test_wheel_carries_the_site_and_no_generic_module(installed: Installed) -> None:
    """Templates, schemas, guide pages, overrides, tools' code and scaffold under afterview/; no test tooling."""
    names = zipfile.ZipFile(installed.wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert {name for name in top if not name.endswith(".dist-info")} == {"afterview"}
    shipped = {p.name for p in (ROOT / "templates").glob("*.yaml")}
    assert shipped == {Path(n).name for n in names if re.fullmatch(r"afterview/site/templates/[^/]+\.yaml", n)}
    for needed in (
        "afterview/site/mkdocs.yml",
        "afterview/site/templates/template.schema.json",
        "afterview/site/templates/data/examples.yaml",
        "afterview/_internal/site/settings.schema.json",
        "afterview/_internal/engine/sentence_model.json",
        "afterview/site/overrides/main.html",
        "afterview/site/docs/guide/what-to-write.md",
        "afterview/site/docs/assets/javascripts/afterview/composer.js",
        "afterview/site/docs/assets/stylesheets/afterview.css",
        *(f"afterview/_internal/cli/scaffold/{name}" for name in FILES),
    ):
        assert needed in names, needed
    test_tooling = [name for name in names if re.search(r"static_server|conftest|/tests?/", name)]
    assert not test_tooling, f"test tooling ships in the wheel: {test_tooling}"
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(installed.wheel).read(entry_points).decode("utf-8")
    assert "[mkdocs.plugins]\nafterview = afterview._internal.site.plugin:AfterviewPlugin" in text


def test_version_list_and_no_macros_module(installed: Installed) -> None:
    """`--version` names the package's version; `list` shows our templates; `import macros` fails."""
    version = installed.run("afterview", "--version")
    assert version.returncode == 0 and re.fullmatch(r"afterview \d+\.\d+\.\d+\S*\n", version.stdout), version
    listed = installed.run("afterview", "list")
    assert listed.returncode == 0, listed.stderr
    assert {line.split()[0] for line in listed.stdout.splitlines()} == {
        p.stem for p in (ROOT / "templates").glob("*.yaml")
    }
    where = installed.run("python", "-c", "import afterview; print(afterview.__file__)")
    assert where.stdout.startswith(str(installed.bin.parent)), where.stdout
    macros = installed.run("python", "-c", "import macros")
    assert macros.returncode != 0 and "No module named 'macros'" in macros.stderr


def test_init_scaffold_builds_the_whole_site_from_the_package(installed: Installed) -> None:
    """`init`, then `mkdocs build --strict`: the guide, the tools, our templates and the office's own."""
    created = installed.run("afterview", "init", "northfield-careers", "--name", "Northfield Careers Service")
    assert created.returncode == 0, created.stderr
    office = installed.workdir / "northfield-careers"
    assert {str(p.relative_to(office)) for p in office.rglob("*") if p.is_file()} == {
        *(target for target, _ in FILES.values()),
        *(f"deploy/{name}" for name in DEPLOY_FILES),
        KEEP_FOLDER,
    }
    nginx = (office / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    for line in (
        "root /srv/northfield-careers/site;",
        "include /srv/northfield-careers/site/afterview-csp.conf;",
        "include /etc/northfield-careers/afterview-headers.conf;",
        "pid /run/northfield-careers-nginx.pid;",
        "sudo nginx -s reload -c /etc/northfield-careers/nginx.conf",
    ):
        assert line in nginx, line
    assert not re.search(r"\{[a-z_]+\}", nginx), "a path was left unfilled in deploy/nginx.conf"
    readme = (office / "README.md").read_text(encoding="utf-8")
    assert "mkdocs serve" in readme and "mkdocs build --strict" in readme
    linted = installed.run("afterview", "lint", "--config", "mkdocs.yml", cwd=office)
    assert linted.returncode == 0, linted.stdout + linted.stderr
    built = installed.run("python", "-m", "mkdocs", "build", "--strict", "-d", "site", cwd=office)
    assert built.returncode == 0, built.stderr
    if ON_CI or (ROOT / "node_modules" / ".bin" / "esbuild").is_file():
        assert "esbuild" not in built.stderr, "an office's build should need no Node: the wheel's assets are minified"
        shipped = (office / "site" / "assets" / "javascripts" / "bundles" / "composer.js").read_text("utf-8")
        source = (ROOT / "docs" / "assets" / "javascripts" / "bundles" / "composer.js").read_text("utf-8")
        assert len(shipped) < len(source) * 0.8, "the wheel's scripts should be minified"
    site = office / "site"
    for page in (
        "index.html",
        "guide/what-to-write/index.html",
        "tools/composer/index.html",
        "tools/checker/index.html",
        "templates/index.html",
        "templates/thank-you-on-site/index.html",
        f"templates/{SCAFFOLD_TEMPLATE}/index.html",
        "assets/javascripts/bundles/composer.js",
        "assets/javascripts/afterview-data.js",
        f"assets/javascripts/afterview-data/templates/{SCAFFOLD_TEMPLATE}.js",
        "afterview-csp.conf",
    ):
        assert (site / page).is_file(), page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Northfield Careers Service" in home
    assert str(ROOT) not in built.stderr + home
    parts = site / "assets" / "javascripts" / "afterview-data"
    assert "HR001" in (parts / "engine.js").read_text(encoding="utf-8")
    assert SCAFFOLD_TEMPLATE in (parts / "index.js").read_text(encoding="utf-8")


def test_init_refuses_a_folder_that_is_not_empty(installed: Installed, tmp_path: Path) -> None:
    """A second init into the same folder changes nothing and says why."""
    (tmp_path / "office").mkdir()
    (tmp_path / "office" / "notes.txt").write_text("ours", encoding="utf-8")
    again = installed.run("afterview", "init", "office", cwd=tmp_path)
    assert again.returncode == 2 and "not empty" in again.stderr
    assert [p.name for p in (tmp_path / "office").iterdir()] == ["notes.txt"]


def test_changelog_follows_keep_a_changelog_and_names_this_version() -> None:
    """CHANGELOG.md has an Unreleased section, then releases newest first, the newest being this version."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$", text, re.MULTILINE)
    assert headings and headings[0][0] == "Unreleased", "the first section should be [Unreleased]"
    releases = [name for name, _ in headings[1:]]
    assert releases and releases[0] == version("afterview"), f"the newest release should be {version('afterview')}"
    assert all(day for _, day in headings[1:]), "each release heading should carry its date"
    sections = set(re.findall(r"^### (\w+)$", text, re.MULTILINE))
    assert sections <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, sections
    for name in ("Unreleased", *releases):
        assert re.search(rf"^\[{re.escape(name)}\]: https://", text, re.MULTILINE), f"link for [{name}]"


def readme_commands(readme: str) -> list[str]:
    """The commands an office's README tells them to run (in code blocks and inline), `&&` chains split up."""
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.DOTALL)
    inline = re.findall(r"`(afterview [^`]+)`", readme)
    lines = [line.strip() for block in blocks for line in block.splitlines() if line.strip()] + inline
    return [part.strip() for line in lines for part in line.split("&&")]


def test_the_office_readme_commands_run_as_written(installed: Installed) -> None:
    """In a new office folder, each `afterview` and `mkdocs build` command of its README works (installs and the
    live server left out); `afterview new` there writes into the office's folder, and nowhere else."""
    office = installed.workdir / "readme-office"
    assert installed.run("afterview", "init", str(office)).returncode == 0
    commands = readme_commands((office / "README.md").read_text(encoding="utf-8"))
    runnable = [c for c in commands if c.startswith("afterview ") or c.startswith("mkdocs build")]
    assert any(c.startswith("afterview new ") for c in runnable) and any("mkdocs build" in c for c in runnable)
    for command in runnable:
        words = command.split()
        program = ["python", "-m", "mkdocs", *words[1:]] if words[0] == "mkdocs" else words
        result = installed.run(*program, cwd=office)
        assert result.returncode == 0, f"{command}: {result.stderr[-2000:]}"
    package = installed.bin.parent / "lib"
    assert not [p for p in package.rglob("*.yaml") if "my-id" in p.name], "new wrote into the installed package"


def test_new_outside_an_office_never_writes_into_the_package(installed: Installed) -> None:
    """With no office folder and no --dir, `afterview new` refuses instead of writing into site-packages."""
    result = installed.run("afterview", "new", "my-card", "--from", "thank-you-panel")
    assert result.returncode == 2 and "no template folder of yours" in result.stderr, result.stderr
    assert not list((installed.bin.parent / "lib").rglob("my-card.yaml"))


def test_init_source_commits_the_wheel_and_pins_the_engine(installed: Installed) -> None:
    """`init --source WHEEL` copies the wheel into wheels/ and points requirements.txt at it, with the engine
    pinned to the versions installed alongside; a missing wheel is one line, exit 2."""
    office = installed.workdir / "sourced"
    created = installed.run("afterview", "init", str(office), "--source", str(installed.wheel))
    assert created.returncode == 0, created.stderr
    assert (office / "wheels" / installed.wheel.name).read_bytes() == installed.wheel.read_bytes()
    lines = [line for line in (office / "requirements.txt").read_text("utf-8").splitlines() if not line.startswith("#")]
    assert lines[0] == f"./wheels/{installed.wheel.name}"
    for package in ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin"):
        assert f"{package}=={version(package)}" in lines, package
    missing = installed.run("afterview", "init", str(installed.workdir / "other"), "--source", "nope.whl")
    assert missing.returncode == 2 and "no wheel file there" in missing.stderr
