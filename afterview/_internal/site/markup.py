"""Markdown and HTML for the pages: example notes, template pages, gallery, checklists, rule table.

Every piece of template or example text passes through ``html.escape``; nothing from the data
is ever emitted as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

from ..engine.catalog import Example, Template
from ..engine.render import PLACEHOLDER, display_text, fill, fill_text, marker, note_parts
from ..engine.rules import CHANNELS, ELEMENTS, Rule

CHANNEL_NAMES = {"email": "Email", "linkedin": "LinkedIn message", "handwritten": "Handwritten card"}
SITUATION_NAMES = {
    "interview": "Any interview",
    "phone-screen": "Phone screen",
    "video-interview": "Video interview",
    "one-way-video": "One-way recorded video",
    "on-site": "On-site interview",
    "second-interview": "Second interview, same person",
    "final-round": "Final round",
    "internship": "Internship interview",
    "internal": "Internal position",
    "informational": "Informational interview",
    "panel": "Panel interview",
    "group": "Group interview",
    "career-fair": "Career fair or recruiter's booth",
    "info-session": "Information session",
    "networking-event": "Networking event",
    "coffee-chat": "Coffee chat",
    "alumni": "Talking with an alum",
    "correction": "Fixing a mistake",
    "post-interview-update": "Sending an update",
    "clarification": "After a difficult answer",
    "no-reply": "No reply yet",
    "competing-offer": "Another offer arrived",
    "rejection": "After a rejection",
    "withdrawal": "Withdrawing",
    "offer-accepted": "Accepting an offer",
    "offer-declined": "Declining an offer",
    "reference": "Thanking a reference",
    "recruiter": "Thanking a recruiter",
    "agency-recruiter": "Thanking an agency recruiter",
}
TONE_NAMES = {"formal": "Formal", "warm": "Warm", "brief": "Brief"}
ELEMENT_NAMES = {"gratitude": "Thanks", "highlight": "One real moment", "interest": "Still keen", "signature": "Signed"}
# Where the guide explains each element, for the "Why?" links job seekers see instead of rule codes.
ELEMENT_GUIDE = {
    "gratitude": "guide/what-to-write.md#thanks",
    "highlight": "guide/what-to-write.md#highlight",
    "interest": "guide/what-to-write.md#interest",
    "signature": "guide/what-to-write.md#sign",
}


def template_url(template_id: str, directory_urls: bool = True) -> str:
    """The site-relative URL of a template's page (its id is in it); `.html` in the offline edition."""
    return f"templates/{template_id}/" if directory_urls else f"templates/{template_id}.html"


def template_source(template_id: str) -> str:
    """The docs-relative source path of a template's generated page."""
    return f"templates/{template_id}.md"


def marked_template_html(text: str) -> str:
    """Escaped template text with each {field} shown as a highlighted [Label] marker."""
    text = display_text(text)
    pieces = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        label = escape(marker(match.group(1)))
        pieces.append(f'<mark class="av-placeholder" data-field="{escape(match.group(1))}">{label}</mark>')
        last = match.end()
    pieces.append(escape(text[last:]))
    return "".join(pieces)


def template_plain_text(template: Template, recipient: int = 0) -> str:
    """The template body as a reader copies it, with [Label] markers for the fields (optional ones too)."""
    return "\n\n".join(fill(display_text(text.strip()), {}) for _, text in _parts(template, recipient))


def note_block(body_html: str, label: str, subject: str | None = None, css_class: str = "") -> str:
    """A note in a copyable code block, with an optional subject line above it."""
    subject_html = (
        (f'<p class="av-subject"><span class="av-subject__label">Subject:</span> {escape(subject)}</p>\n')
        if subject
        else ""
    )
    # Line breaks as &#10; keep the block on one source line: Markdown never splits raw HTML there.
    one_line = body_html.replace("\n", "&#10;")
    return (
        f'<figure class="av-note {css_class}" aria-label="{escape(label)}">\n{subject_html}'
        f'<div class="highlight"><pre><code>{one_line}</code></pre></div>\n</figure>\n'
    )


def example_note(template: Template, example: Example, recipient: int = 0) -> str:
    """A template rendered with one example person's details."""
    values = example.values_for(recipient, template.situation)
    note = template.render(values, recipient)
    to = values.get("recipient_name", "")
    label = f"Example: {template.title}, from {example.values['sender_name']}" + (f" to {to}" if to else "")
    return note_block(escape(note.body), label, note.subject, "av-note--example")


def template_block(template: Template, recipient: int = 0) -> str:
    """The template itself, placeholders marked, ready to copy."""
    parts = [text.strip() for _, text in _parts(template, recipient)]
    body_html = "\n\n".join(marked_template_html(text) for text in parts)
    return note_block(body_html, f"Template: {template.title}", None, "av-note--template")


def _parts(template: Template, recipient: int) -> list[tuple[str, str]]:
    return note_parts(template.parts, template.variants, recipient)


def excerpt(template: Template, example: Example, part: str, recipient: int = 0) -> str:
    """One part of a template, rendered with example data, as a quotation."""
    texts = dict(_parts(template, recipient))
    if part not in texts:
        raise KeyError(f"template {template.id!r} has no part {part!r}")
    text = fill_text(texts[part].strip(), example.values_for(recipient, template.situation))
    # Markdown, not raw HTML: a raw <blockquote> inside an indented block (a tab, an admonition)
    # would be wrapped in <p>.
    quoted = "  \n".join("> " + markdown_text(line) for line in text.split("\n"))
    return f"{quoted}\n"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|-])")


def markdown_text(text: str) -> str:
    """Text that Markdown shows literally: HTML-escaped, then Markdown's punctuation backslash-escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", escape(text, quote=False))


def link(template: Template, base: str = "../") -> str:
    """A Markdown link to a template page; base leads from the linking page's folder to docs/."""
    return f"[{escape(template.title)}]({base}{template_source(template.id)})"


def template_links(templates: Iterable[Template], base: str = "../") -> str:
    """A Markdown list of links to templates."""
    items = [f"- {link(t, base)} — {escape(CHANNEL_NAMES[t.channel])}" for t in templates]
    return "\n".join(items) + "\n" if items else "*No template yet.*\n"


def gallery(templates: Sequence[Template], base: str = "../", directory_urls: bool = True) -> str:
    """The filterable gallery of every template (filtering is done by gallery.js)."""
    situations = sorted({t.situation for t in templates}, key=list(SITUATION_NAMES).index)
    channels = [c for c in CHANNELS if any(t.channel == c for t in templates)]
    options = "".join(f'<option value="{s}">{escape(SITUATION_NAMES[s])}</option>' for s in situations)
    channel_options = "".join(f'<option value="{c}">{escape(CHANNEL_NAMES[c])}</option>' for c in channels)
    cards = []
    for t in templates:
        tone = f" · {escape(TONE_NAMES[t.tone])}" if t.tone else ""
        cards.append(
            f'<li class="av-card" data-situation="{t.situation}" data-channel="{t.channel}">'
            f'<a class="av-card__link" href="{base}{template_url(t.id, directory_urls)}">{escape(t.title)}</a>\n'
            f'<span class="av-card__meta" data-search-exclude>{escape(SITUATION_NAMES[t.situation])} · '
            f"{escape(CHANNEL_NAMES[t.channel])}{tone}</span>\n"
            f'<span class="av-card__summary">{escape(t.summary)}</span></li>'
        )
    # The filter's labels and options stay out of the search index: run together they read as one long word.
    return (
        '<form class="av-filter" role="search" aria-label="Filter templates" data-search-exclude>\n'
        '<label>What happened? <select name="situation">'
        f'<option value="">Any situation</option>{options}</select></label>\n'
        '<label>How will you send it? <select name="channel">'
        f'<option value="">Any channel</option>{channel_options}</select></label>\n'
        '<p class="av-filter__count" aria-live="polite"></p>\n</form>\n'
        f'<ul class="av-gallery">\n' + "\n".join(cards) + "\n</ul>\n"
    )


def why_link(guide_source: str, base: str = "../") -> str:
    """A plain Markdown "Why?" link to the guide's explanation (job seekers see no rule codes or numbers)."""
    return f"[Why?]({base}{guide_source}){{ .av-why }}"


def why_html(guide_page: str, anchor: str, base: str = "../", directory_urls: bool = True) -> str:
    """The same "Why?" link as HTML, for raw-HTML blocks; guide_page is the page's URL path without suffix."""
    path = f"{guide_page}/" if directory_urls else f"{guide_page}.html"
    return f'<a class="av-why" href="{escape(base + path)}#{escape(anchor)}">Why?</a>'


def checklist(rules: Sequence[Rule], channel: str, base: str = "../", directory_urls: bool = True) -> str:
    """A task-list checklist of every rule that applies to a channel; each item links to its explanation."""
    items = []
    for rule in rules:
        if rule.target == "draft" and channel in rule.channels:
            why = f" {why_html('guide/points', f'point-{rule.point}', base, directory_urls)}" if rule.point else ""
            items.append(
                '<li class="task-list-item"><label class="task-list-control"><input type="checkbox">'
                f'<span class="task-list-indicator"></span> It {escape(rule.message)}.</label>{why}</li>'
            )
    return '<ul class="task-list av-rule-checklist">\n' + "\n".join(items) + "\n</ul>\n"


def rule_table(rules: Sequence[Rule], target: str) -> str:
    """The rule reference as a Markdown table."""
    rows = ["| Code | Severity | The note or template... | Fix | Chapter point |", "|---|---|---|---|---|"]
    for rule in rules:
        if rule.target != target:
            continue
        point = f"[{rule.point}](../guide/points.md#point-{rule.point})" if rule.point else "—"
        message = markdown_text(rule.message)
        fix = markdown_text(rule.fix)
        rows.append(
            f'| <span id="{rule.code.lower()}">`{rule.code}`</span> | {rule.severity} | {message} | {fix} | {point} |'
        )
    return "\n".join(rows) + "\n"


def slug(text: str) -> str:
    """A lower-case, hyphenated anchor."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def tabs(set_id: str, items: Sequence[tuple[str, str]], searchable: bool = True) -> str:
    """Material's content-tab markup around blocks of HTML (raw HTML: Markdown would wrap them in <p>).

    searchable=False keeps the blocks out of the search index with Material's data-search-exclude, on a
    <section> wrapper: Material's search parser ends an exclusion at the first closing tag of the same
    name, so it cannot sit on the outer <div>.
    """
    inputs = "".join(
        f'<input{" checked" if i == 0 else ""} id="{set_id}-{i}" name="{set_id}" type="radio">'
        for i in range(len(items))
    )
    labels = "".join(f'<label for="{set_id}-{i}">{escape(title)}</label>' for i, (title, _) in enumerate(items))
    blocks = "".join(f'<div class="tabbed-block">\n{body}</div>\n' for _, body in items)
    html = (
        f'<div class="tabbed-set tabbed-alternate" data-tabs="{set_id}">{inputs}'
        f'<div class="tabbed-labels">{labels}</div>\n<div class="tabbed-content">\n{blocks}</div>\n</div>\n'
    )
    return html if searchable else f"<section data-search-exclude>\n{html}</section>\n"


def template_page(template: Template, examples: Sequence[Example], rules: Sequence[Rule]) -> str:
    """The whole body of a template's page."""
    tone = f" · {escape(TONE_NAMES[template.tone])} tone" if template.tone else ""
    meta = f"**{escape(SITUATION_NAMES[template.situation])}** · {escape(CHANNEL_NAMES[template.channel])}{tone}"
    out = [
        f"# {escape(template.title)}\n",
        f"{escape(template.summary)}\n",
        f"{meta}\n",
        "## When to send it\n",
        f"{escape(template.send_when)} {why_link('guide/timing.md')}\n",
    ]
    if template.subjects:
        out.append("## Subject line\n")
        out.append("Pick one:\n")
        out.extend(f"- {marked_template_html(s)}" for s in template.subjects)
        out.append("")
    out.append("## The template\n")
    out.append(
        "Copy it, then replace every highlighted `[...]` with your own details, "
        "or fill it in with the [composer](../tools/composer.md?template=" + template.id + ").\n"
    )
    recipients = template.recipients
    if len(recipients) > 1:
        out.append("One note per interviewer: each person gets a slightly different version.\n")
        out.append(tabs("av-template", [(f"Interviewer {i + 1}", template_block(template, i)) for i in recipients]))
    else:
        out.append(template_block(template))
    out.append("## Example\n")
    out.append("The same template filled in for fictional people:\n")
    items = []
    for example in examples:
        for i in recipients:
            to = example.values_for(i, template.situation).get("recipient_name", "")
            title = example.label if len(recipients) == 1 else f"{example.label}, to {to}"
            items.append((title, example_note(template, example, i)))
    # The examples repeat the template's text for four people: indexing them would make the search
    # index grow four to twelve times faster than the catalog for no new word to find.
    out.append(tabs("av-example", items, searchable=False))
    out.append("## Why it works\n")
    out.append(f"{escape(template.why)}\n")
    out.append("It has the four things every note needs:\n")
    element_rules = {r.element: r for r in rules if r.check == "element"}
    for name in ELEMENTS:
        rule = element_rules.get(name)
        if rule:
            out.append(f"- **{ELEMENT_NAMES[name]}**: a note {escape(rule.message)}. {why_link(ELEMENT_GUIDE[name])}")
    out.append("")
    return "\n".join(out) + "\n"
