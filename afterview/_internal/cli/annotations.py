"""Lint findings as GitHub Actions workflow commands, so a pull request shows them on the template's line."""

from __future__ import annotations

from ..engine.checker import Finding
from ..engine.loading import LintFinding
from ..engine.rules import RULES_BY_CODE


def escape_data(text: str) -> str:
    """A workflow command's message: %, CR and LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: also : and , escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(found: LintFinding) -> str:
    """`::error file=PATH,line=N,title=CODE::message (fix: ...)`."""
    message = found.message + (f" (fix: {found.fix})" if found.fix else "")
    return (
        f"::error file={escape_property(found.path)},line={found.line},"
        f"title={escape_property(found.code)}::{escape_data(message)}"
    )


def github_check_annotation(path: str, found: Finding) -> str:
    """`::error file=PATH,line=N,title=CODE::message` (or ::warning), for a draft checked in a workflow."""
    rule = RULES_BY_CODE.get(found.code)
    message = found.message + (f" (fix: {rule.fix})" if rule and rule.fix else "")
    level = "error" if found.severity == "error" else "warning"
    line = f",line={found.line}" if found.line is not None else ""
    return f"::{level} file={escape_property(path)}{line},title={escape_property(found.code)}::{escape_data(message)}"
