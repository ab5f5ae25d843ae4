"""The functions `afterview` exports: load the catalog, render a template, check a draft, list the rules."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .catalog import Template
from .checker import CheckResult
from .checker import check as check_draft
from .loading import LoadResult
from .loading import load as load_templates
from .paths import TEMPLATES_DIR
from .render import Note
from .rules import RULES, Rule

PathLike = str | os.PathLike[str]


def load(paths: PathLike | Iterable[PathLike] | None = None) -> LoadResult:
    """Read and validate templates: the shipped catalog, or the given files and folders.

    Args:
        paths: A template file or folder, or several; by default the catalog that ships with Afterview.

    Returns:
        The templates that loaded (`.templates`, in file order) and one finding for each problem
        in a file that did not (`.findings`, each with `.path`, `.line`, `.code` and `.message`).
        Loading does not lint: a template that loads may still have findings under `afterview lint`.
    """
    if paths is None:
        chosen = [TEMPLATES_DIR]
    elif isinstance(paths, (str, os.PathLike)):
        chosen = [Path(paths)]
    else:
        chosen = [Path(path) for path in paths]
    return load_templates(chosen)


def render(
    template: Template | str,
    values: Mapping[str, str],
    *,
    recipient: int = 0,
    today: str | None = None,
    read_on: str | None = None,
) -> Note:
    """Fill a template with a sender's values, as the composer and `afterview render` do.

    Args:
        template: A template from `load()`, or the id of a shipped one.
        values: The fields, e.g. `{"recipient_name": "Dana Lee", "company": "Fabrikam"}`; a field left out
            shows as its [marker].
        recipient: Which of the template's variants, for the n-th person of a panel (0 is the first).
        today: The day the note is written ("2026-03-05", or "2026-03-05T15:00"), against which typed days
            such as "yesterday" are read; without it only ISO dates are read.
        read_on: The day the note will be read (by default the day it is written), from which days are phrased.

    Returns:
        The note: `.subjects` (the subject lines an email offers, else empty), `.subject` (the first one)
        and `.body`.

    Raises:
        KeyError: `template` is the id of no shipped template.
    """
    if isinstance(template, str):
        shipped = {loaded.id: loaded for loaded in load().templates}
        if template not in shipped:
            raise KeyError(f"no shipped template with id {template!r}")
        template = shipped[template]
    return template.render(values, recipient, today, read_on)


def check(
    draft: str,
    channel: str = "email",
    *,
    subject: str | None = None,
    kind: str | None = None,
    company: str | None = None,
    recipients: Iterable[str] = (),
    connection_request: bool = False,
) -> CheckResult:
    """Check a draft note against the registry's draft rules, as the draft checker page and `afterview check` do.

    Args:
        draft: The note's text (a first line "Subject: ..." is read as its subject).
        channel: "email", "linkedin" or "handwritten".
        subject: The email's subject line, when it is not in the text.
        kind: The kind of note ("thank-you", "follow-up", "decision", ...), for rules that apply to some kinds only.
        company: The employer's name, to catch a note that names another company.
        recipients: The names of the people the note is for, to catch a greeting to someone else.
        connection_request: A LinkedIn connection request, with its shorter length limit.

    Returns:
        Which of the four elements the note has (`.elements`) and every finding in registry order
        (`.findings`, each with `.code`, `.severity`, `.message` and `.line`); `.has_errors` is true when
        any finding is an error.

    Raises:
        ValueError: `channel` is not one of the channels above.
    """
    context: dict[str, Any] = {"recipients": list(recipients)}
    for key, value in (("subject", subject), ("kind", kind), ("company", company)):
        if value is not None:
            context[key] = value
    if connection_request:
        context["linkedin_format"] = "connection"
    return check_draft(draft, channel, context)


def rules() -> tuple[Rule, ...]:
    """The rule registry: every numbered rule the template lint and the draft checker apply.

    Returns:
        The rules in registry order, template rules first; each has `.code` ("AV101"), `.name`,
        `.severity` ("error" or "warning"), `.message`, `.fix` and `.target` ("template" or "draft").
    """
    return RULES
