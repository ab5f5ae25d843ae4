"""Contributing by pull request: the PR checklist, the issue form, the workflows and the five-minute path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from afterview._internal.cli.annotations import github_annotation
from afterview._internal.engine.loading import LintFinding
from afterview._internal.engine.rules import RULES_BY_CODE, TEMPLATE_RULES

from .conftest import ROOT, run_cli

GITHUB = ROOT / ".github"
PINNED = re.compile(r"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+@v\d+$")
ISSUE_FORM_KEYS = {"name", "description", "title", "labels", "assignees", "projects", "type", "body"}
FIELD_TYPES = {"markdown", "textarea", "input", "dropdown", "checkboxes"}


def load(path: Path) -> Any:
    """A YAML file, parsed."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict[Any, Any]) -> Any:
    """The `on:` section (YAML 1.1 reads the bare key `on` as True)."""
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    """Every step of every job."""
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_pull_request_checklist_lists_every_template_rule() -> None:
    """Every template lint code has a checkbox in the pull-request template, with its message."""
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = dict(re.findall(r"^- \[ \] `(AV\d{3})` The template (.+)\.$", text, re.M))
    assert list(boxes) == [rule.code for rule in TEMPLATE_RULES]
    assert all(boxes[rule.code] == rule.message for rule in TEMPLATE_RULES)


@pytest.mark.parametrize("name", ["pages.yml", "ci.yml"])
def test_workflows_have_the_shape_github_expects(name: str) -> None:
    """Triggers, jobs with runs-on and steps, each step either `uses` a pinned action or `run`s a command."""
    workflow = load(GITHUB / "workflows" / name)
    assert set(workflow) - {True} <= {"name", "on", "permissions", "concurrency", "env", "jobs"}
    assert triggers(workflow)
    for job in workflow["jobs"].values():
        assert set(job) <= {"runs-on", "container", "needs", "environment", "env", "steps", "permissions", "if"}
        assert job["runs-on"] == "ubuntu-latest" and job["steps"]
    for step in steps(workflow):
        assert ("uses" in step) != ("run" in step), step
        assert "uses" not in step or PINNED.match(step["uses"]), step["uses"]


def test_pages_workflow_builds_tests_and_deploys() -> None:
    """pages.yml runs the tests, builds with --strict, uploads and deploys with the Pages permissions."""
    workflow = load(GITHUB / "workflows" / "pages.yml")
    assert triggers(workflow)["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    uses = [step.get("uses") for step in steps(workflow)]
    assert {"actions/checkout@v4", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"} <= set(uses)
    runs = " ".join(step.get("run", "") for step in steps(workflow))
    assert "bash .ci/run" in runs and "mkdocs build --strict" in runs
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] in runs


def test_ci_workflow_runs_on_pull_requests_with_annotations() -> None:
    """ci.yml runs on pull requests: `afterview lint --format github`, then `bash .ci/run` even if lint failed."""
    workflow = load(GITHUB / "workflows" / "ci.yml")
    assert "pull_request" in triggers(workflow)
    job_steps = steps(workflow)
    lint = next(i for i, s in enumerate(job_steps) if "afterview lint --format github" in s.get("run", ""))
    tests = next(i for i, s in enumerate(job_steps) if s.get("run", "").strip() == "bash .ci/run")
    assert lint < tests and "failure()" in job_steps[tests]["if"]


def test_issue_form_is_a_valid_github_form() -> None:
    """propose-template.yml has GitHub's issue-form keys, typed fields with unique ids and labels."""
    form = load(GITHUB / "ISSUE_TEMPLATE" / "propose-template.yml")
    assert set(form) <= ISSUE_FORM_KEYS and {"name", "description", "body"} <= set(form)
    ids = []
    for field in form["body"]:
        assert field["type"] in FIELD_TYPES
        attributes = field["attributes"]
        if field["type"] == "markdown":
            assert attributes["value"].strip()
            continue
        ids.append(field["id"])
        assert attributes["label"].strip()
        if field["type"] in ("dropdown", "checkboxes"):
            assert attributes["options"]
        if field["type"] == "checkboxes":
            assert all(option["label"] for option in attributes["options"])
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z][a-z0-9_-]*", i) for i in ids)
    assert any(f["type"] == "textarea" and f.get("validations", {}).get("required") for f in form["body"])


def test_github_annotation_format() -> None:
    """A finding becomes `::error file=...,line=...,title=CODE::message (fix: ...)`, with special characters escaped."""
    message = "should use every field listed in `fields`: 100% sure\nx"
    found = LintFinding("templates/a,b.yaml", 7, "AV006", message, RULES_BY_CODE["AV006"].fix)
    line = github_annotation(found)
    assert line.startswith("::error file=templates/a%2Cb.yaml,line=7,title=AV006::should use every field")
    assert "100%25 sure%0Ax (fix: Remove the field" in line and "\n" not in line


def test_cli_lint_format_github_marks_the_failing_file(tmp_path: Path) -> None:
    """`afterview lint --format github` prints one ::error line naming the template's file, line and rule."""
    broken = tmp_path / "thank-you-broken.yaml"
    text = (ROOT / "templates" / "thank-you-on-site.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: .*$", "id: thank-you-not-the-file-name", text)
    text = re.sub(r"(?m)^title: .*$", "title: A thank-you note whose id is not its file name", text)
    broken.write_text(text, encoding="utf-8")
    result = run_cli("lint", "--format", "github", str(broken))
    assert result.returncode == 1
    assert re.fullmatch(
        r"::error file=[^,]*thank-you-broken\.yaml,line=\d+,title=AV003::should have an id .*\n", result.stdout
    )


def test_five_minute_path_from_contributing_works(tmp_path: Path) -> None:
    """The CONTRIBUTING steps work: `afterview new ID --from MODEL` writes a copy that lint refuses until its title,
    summary and why are rewritten (step 3), and then lints clean and renders."""
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "afterview new thank-you-case-interview --from thank-you-on-site" in guide
    assert "reference/rules.md" in guide
    created = run_cli("new", "thank-you-case-interview", "--from", "thank-you-on-site", "--dir", str(tmp_path))
    assert created.returncode == 0, created.stderr
    target = tmp_path / "thank-you-case-interview.yaml"
    unedited = run_cli("lint", str(target))
    assert unedited.returncode == 1 and " AV021 " in unedited.stdout
    text = target.read_text(encoding="utf-8")
    for key, value in {
        "title": "Thank-you email after a case interview",
        "summary": "An email to the interviewer after a case interview, recalling the case you worked through.",
        "why": "A case interview shows how you think; the note recalls one step of the case and what you would "
        "bring to that kind of problem.",
    }.items():
        text = re.sub(rf"(?ms)^{key}: .*?(?=^[a-z_]+:)", f"{key}: {value}\n", text, count=1)
    target.write_text(text, encoding="utf-8")
    edited = run_cli("lint", str(target))
    assert edited.returncode == 0, edited.stdout
    assert run_cli("render", "thank-you-case-interview", "--templates", str(tmp_path)).returncode == 0
