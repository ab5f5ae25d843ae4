"""The in-browser composer: panel notes, checklist, timing, privacy, safety and keyboard use."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
ELEMENT_CODES = ("AV101", "AV102", "AV103", "AV104")
SENDER = {
    "sender_name": "José Álvarez Ruiz",
    "sender_email": "jose.alvarez@example.org",
    "sender_phone": "(312) 555-0147",
    "sender_linkedin": "https://www.linkedin.com/in/jose-alvarez-ruiz",
    "company": "Calloway Freight & Logistics",
    "role": "Supply Chain Analyst",
    "strength": 'my work on the "carrier scorecard" that cut late deliveries by 12 percent',
}
PANEL = (
    (
        "Ms. Whitfield",
        "Director of Network Planning",
        "the move from weekly to daily carrier-capacity forecasts",
        "whitfield@example.com",
    ),
    (
        "Mr. Okonkwo",
        "Warehouse Operations Manager",
        "the dock-scheduling delays at the Joliet cross-dock",
        "okonkwo@example.com",
    ),
    ("Zoë", "Senior Data Engineer", "the project to move shipment data into one reporting database", "zoe@example.com"),
)
PAYLOADS = (
    "<img src=x onerror=window.__pwned=1>",
    "<script>window.__pwned=1</script>",
    '"><svg onload=window.__pwned=1>',
    "{{7*7}}",
    "{recipient_name}",
)
AXE_PATH = Path(str(__import__("axe_playwright_python").__file__)).parent / "axe.min.js"


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A phone-sized window with clipboard access, as in the issue's acceptance path."""
    return {
        **browser_context_args,
        "viewport": PHONE,
        "permissions": ["clipboard-read", "clipboard-write"],
        "accept_downloads": True,
    }


def composer_url(site_server: str, template: str | None = None) -> str:
    """The composer's address, optionally with a template preselected."""
    return f"{site_server}/tools/composer/" + (f"?template={template}" if template else "")


def open_composer(page: Page, site_server: str, template: str | None = None) -> None:
    """Open the composer and wait until it has drawn its first note."""
    page.goto(composer_url(site_server, template))
    expect(page.locator("[data-role=note-text]").first).to_be_visible()


def fill_panel(page: Page, people: tuple[tuple[str, str, str, str], ...] = PANEL) -> None:
    """Type the shared details and one row per interviewer."""
    for name, value in SENDER.items():
        if page.locator(f"#av-f-{name}").count():
            page.fill(f"#av-f-{name}", value)
    for index, (name, title, highlight, email) in enumerate(people):
        page.fill(f"#av-p{index}-recipient_name", name)
        page.fill(f"#av-p{index}-recipient_title", title)
        page.fill(f"#av-p{index}-highlight", highlight)
        if page.locator(f"#av-p{index}-recipient_email").count():
            page.fill(f"#av-p{index}-recipient_email", email)


def note_texts(page: Page) -> list[str]:
    """The text of every note on screen, exactly as shown."""
    texts: list[str] = page.locator("[data-role=note-text]").evaluate_all("nodes => nodes.map(n => n.textContent)")
    return texts


def element_states(page: Page, index: int) -> dict[str, str | None]:
    """The checklist state of the four elements in the n-th note."""
    note = page.locator(f"[data-note='{index}']")
    return {code: note.locator(f"li[data-code={code}]").get_attribute("data-state") for code in ELEMENT_CODES}


def selected_subject(page: Page, index: int) -> str:
    """The subject line chosen for the n-th note."""
    return str(page.locator(f"#av-subject-{index}").evaluate("s => s.options[s.selectedIndex].textContent"))


def business_days_after(day: dt.date, count: int) -> dt.date:
    """The date count working days after day (Monday to Friday)."""
    while count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def local_requests(page: Page, site_server: str) -> Callable[[], list[str]]:
    """Record every request the page makes; returns a function listing those not to the local server."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return lambda: [url for url in seen if not url.startswith((site_server, "blob:" + site_server, "data:"))]


def test_panel_acceptance_path(page: Page, context: BrowserContext, site_server: str) -> None:
    """A three-person panel yesterday at 14:00 gives three distinct, complete notes that copy, mail and download."""
    outside = local_requests(page, site_server)
    open_composer(page, site_server)
    page.get_by_role("button", name="Panel interview").click()
    expect(page.locator("#av-template")).to_have_value("thank-you-panel")
    fill_panel(page)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.fill("#av-interview-date", yesterday.isoformat())
    page.fill("#av-interview-time", "14:00")
    decision = yesterday + dt.timedelta(days=7)
    page.fill("#av-decision-date", decision.isoformat())

    texts = note_texts(page)
    assert len(texts) == 3 and len(set(texts)) == 3
    for index, (name, *_rest) in enumerate(PANEL):
        assert texts[index].startswith(f"Dear {name},")
        assert element_states(page, index) == dict.fromkeys(ELEMENT_CODES, "passed")
        assert page.locator(f"[data-note='{index}'] .av-composer__summary").get_attribute("data-ready") == "true"
        assert "[" not in texts[index]
    assert page.locator(".av-composer__warning").is_hidden()
    assert page.locator("#av-advice").get_attribute("data-state") in ("now", "late", "weekend-wait")

    page.locator("[data-note='1']").get_by_role("button", name="Copy note").click()
    expect(page.locator(".av-composer__status")).to_have_text("Note copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == texts[1]

    href = page.locator("[data-note='2'] [data-role=mailto]").get_attribute("href") or ""
    parts = urllib.parse.urlsplit(href)
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    assert parts.scheme == "mailto" and urllib.parse.unquote(parts.path) == PANEL[2][3]
    assert query["subject"] == [selected_subject(page, 2)]
    assert query["body"] == [texts[2].replace("\n", "\r\n")]

    import email
    import email.policy

    with page.expect_download() as download_info:
        page.locator("[data-note='0']").get_by_role("button", name="Download .eml").click()
    message = email.message_from_bytes(Path(download_info.value.path()).read_bytes(), policy=email.policy.default)
    assert message["Subject"] == selected_subject(page, 0)
    assert message["To"] == PANEL[0][3]
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == texts[0]

    import icalendar

    with page.expect_download() as download_info:
        page.locator("[data-step=first-follow-up] button").click()
    calendar = icalendar.Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("dtstart") == business_days_after(decision, 3)
    assert str(event["summary"]) == "First follow-up (Supply Chain Analyst at Calloway Freight & Logistics)"
    assert "Ms. Whitfield, Mr. Okonkwo, Zoë" in str(event["description"])

    context.set_offline(True)
    page.fill("#av-p2-highlight", "the plan to retire the shipment spreadsheets")
    assert "the plan to retire the shipment spreadsheets" in note_texts(page)[2]
    page.locator("[data-note='2']").get_by_role("button", name="Copy note").click()
    expect(page.locator(".av-composer__status")).to_have_text("Note copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == note_texts(page)[2]
    with page.expect_download() as download_info:
        page.locator("[data-note='2']").get_by_role("button", name="Download .eml").click()
    assert b"retire the shipment" in Path(download_info.value.path()).read_bytes().replace(b"=\r\n", b"")
    assert outside() == []


def test_page_fits_a_phone_and_splits_on_wide_screens(page: Page, site_server: str) -> None:
    """At 375 px nothing scrolls sideways and the note sits below the fields; wide screens put it beside them."""
    open_composer(page, site_server, "thank-you-panel")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    form = page.locator(".av-composer__form").bounding_box()
    output = page.locator(".av-composer__output").bounding_box()
    assert form and output and output["y"] >= form["y"] + form["height"] - 1
    page.set_viewport_size({"width": 1400, "height": 900})
    form = page.locator(".av-composer__form").bounding_box()
    output = page.locator(".av-composer__output").bounding_box()
    assert form and output and output["x"] >= form["x"] + form["width"] - 1 and abs(output["y"] - form["y"]) < 5


def test_template_parameter_preselects_and_unknown_id_is_explained(page: Page, site_server: str) -> None:
    """?template=<id> picks that template and its situation; an unknown id says so and falls back."""
    open_composer(page, site_server, "thank-you-final-round-linkedin")
    expect(page.locator("#av-template")).to_have_value("thank-you-final-round-linkedin")
    expect(page.get_by_role("button", name="Final round")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="LinkedIn message")).to_have_attribute("aria-pressed", "true")
    assert page.locator("[data-role=mailto]").count() == 0
    open_composer(page, site_server, "no-such-template")
    expect(page.locator(".av-composer__notice")).to_contain_text("no-such-template")


def test_chooser_leads_to_matching_templates(page: Page, site_server: str) -> None:
    """Each answer to "What happened?" lists only templates for that situation and channel."""
    open_composer(page, site_server)
    data = page.evaluate("window.AFTERVIEW_DATA.templates.map(t => [t.id, t.situation, t.channel])")
    page.get_by_role("button", name="Decision received").click()
    options = page.locator("#av-template option").evaluate_all("os => os.map(o => o.value)")
    expected = [
        i for i, s, c in data if c == "email" and s in ("offer-accepted", "offer-declined", "rejection", "withdrawal")
    ]
    assert sorted(options) == sorted(expected) and options
    page.get_by_role("button", name="On-site interview").click()
    page.get_by_role("button", name="Handwritten card").click()
    expect(page.locator("#av-template")).to_have_value("thank-you-on-site-card")
    expect(page.get_by_role("button", name="Print this card")).to_be_visible()


def test_fields_follow_the_template(page: Page, site_server: str) -> None:
    """Only the chosen template's fields appear, labelled from the field registry."""
    open_composer(page, site_server, "post-interview-documents")
    labels = page.evaluate("Object.fromEntries(window.AFTERVIEW_DATA.fields.map(f => [f.name, f.label]))")
    expect(page.get_by_label(labels["documents"], exact=True)).to_be_visible()
    assert page.locator("#av-f-offer_deadline").count() == 0
    page.select_option("#av-template", "post-interview-news-update")
    assert page.locator("#av-f-documents").count() == 0
    page.fill("#av-f-update", "I have since finished the certificate I mentioned.")
    assert "I have since finished the certificate I mentioned." in note_texts(page)[0]


def test_markup_typed_into_every_field_stays_text(page: Page, site_server: str) -> None:
    """Script and markup payloads in every field never run and appear literally in the note."""
    for template in ("thank-you-panel", "follow-up-no-reply-first", "post-interview-documents"):
        open_composer(page, site_server, template)
        fields = page.locator(".av-composer__form input[data-field], .av-composer__form textarea[data-field]")
        count = fields.count()
        assert count >= 8
        for index in range(count):
            payload = PAYLOADS[index % len(PAYLOADS)] + f" #{index}"
            fields.nth(index).fill(payload)
        texts = "\n".join(note_texts(page))
        for index in range(count):
            field = fields.nth(index).get_attribute("data-field")
            if field in ("recipient_email", "recipient_title"):
                continue
            assert PAYLOADS[index % len(PAYLOADS)] + f" #{index}" in texts, field
        subject_html = page.locator("#av-subject-0").inner_html()
        assert "<img" not in subject_html and "<script" not in subject_html
        assert page.evaluate("window.__pwned") is None
        assert page.locator(".av-composer img, .av-composer svg, .av-composer script").count() == 0


def test_near_identical_panel_notes_are_flagged(page: Page, site_server: str) -> None:
    """Two interviewers with the same highlight raise the point-14 warning; distinct highlights clear it."""
    open_composer(page, site_server, "thank-you-panel")
    fill_panel(page)
    warning = page.locator(".av-composer__warning")
    expect(warning).to_be_hidden()
    page.fill("#av-p1-highlight", PANEL[0][2])
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("Ms. Whitfield and Mr. Okonkwo")
    expect(warning).to_contain_text("chapter point 14")
    page.fill("#av-p1-highlight", PANEL[1][2])
    expect(warning).to_be_hidden()
    page.fill("#av-p2-highlight", PANEL[0][2])
    warning.get_by_role("button", name="Write one note to the coordinator instead").click()
    expect(page.locator("#av-template")).to_have_value("thank-you-group-interview")
    assert len(note_texts(page)) == 1


def test_add_and_remove_interviewers(page: Page, site_server: str) -> None:
    """Adding an interviewer adds a fourth distinct note; removing one takes its note away."""
    open_composer(page, site_server, "thank-you-panel")
    fill_panel(page)
    page.get_by_role("button", name="Add an interviewer").click()
    expect(page.locator("#av-p3-recipient_name")).to_be_focused()
    page.fill("#av-p3-recipient_name", "Dr. Chen")
    page.fill("#av-p3-highlight", "the safety reviews that run inside each sprint")
    texts = note_texts(page)
    assert len(texts) == 4 and len(set(texts)) == 4 and texts[3].startswith("Dear Dr. Chen,")
    page.get_by_role("button", name="Remove interviewer 2").click()
    texts = note_texts(page)
    assert [t.split(",")[0] for t in texts] == ["Dear Ms. Whitfield", "Dear Zoë", "Dear Dr. Chen"]


def test_checklist_names_what_is_missing(page: Page, site_server: str) -> None:
    """An empty note fails the placeholder rule with its message and chapter point; filling it ticks it."""
    open_composer(page, site_server, "thank-you-phone-screen")
    item = page.locator("[data-note='0'] li[data-code=AV401]")
    expect(item).to_have_attribute("data-state", "error")
    expect(item).to_contain_text("should have every placeholder filled in")
    link = item.get_by_role("link", name="Chapter point 5")
    assert (link.get_attribute("href") or "").endswith("#point-5")
    rules = page.evaluate(
        "window.AFTERVIEW_DATA.rules.filter(r => r.target === 'draft'"
        " && r.channels.includes('email') && (!r.kinds.length || r.kinds.includes('thank-you')))"
        ".map(r => r.code)"
    )
    listed = page.locator("[data-note='0'] li[data-code]").evaluate_all("ls => ls.map(l => l.dataset.code)")
    assert listed == rules
    for name, value in {**SENDER, "interview_date": "Tuesday"}.items():
        if page.locator(f"#av-f-{name}").count():
            page.fill(f"#av-f-{name}", value)
    page.fill("#av-p0-recipient_name", "Ms. Whitfield")
    page.fill("#av-p0-highlight", "the move to daily capacity forecasts")
    expect(item).to_have_attribute("data-state", "passed")
    page.fill("#av-p0-highlight", "the move to daily forecasts 🎉🎉")
    expect(page.locator("[data-note='0'] li[data-code=AV502]")).to_have_attribute("data-state", "warning")


def stored(page: Page) -> dict[str, str]:
    """What the page keeps in localStorage, apart from the theme's own colour-scheme entry (keys with ".__")."""
    entries: dict[str, str] = page.evaluate(
        "Object.fromEntries(Object.entries(localStorage).filter(([k]) => !k.includes('.__')))"
    )
    return entries


def storage_text(page: Page) -> str:
    """Everything in localStorage and sessionStorage, as one string."""
    return str(page.evaluate("JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"))


def test_nothing_is_stored_without_consent(page: Page, site_server: str) -> None:
    """Without the tick a reload empties the fields and storage; with it they return; Forget clears both."""
    open_composer(page, site_server, "thank-you-panel")
    page.fill("#av-f-sender_name", "José Álvarez Ruiz")
    page.fill("#av-p0-highlight", "the daily forecasts")
    assert "Álvarez" not in storage_text(page) and "daily forecasts" not in storage_text(page)
    page.reload()
    expect(page.locator("#av-f-sender_name")).to_have_value("")
    assert stored(page) == {}

    page.fill("#av-f-sender_name", "José Álvarez Ruiz")
    page.check("#av-remember")
    page.fill("#av-p1-highlight", "the dock delays")
    page.reload()
    expect(page.locator("#av-f-sender_name")).to_have_value("José Álvarez Ruiz")
    expect(page.locator("#av-p1-highlight")).to_have_value("the dock delays")
    expect(page.locator("#av-remember")).to_be_checked()
    assert list(stored(page)) == ["afterview.composer.v1"]

    page.get_by_role("button", name="Forget everything").click()
    expect(page.locator("#av-f-sender_name")).to_have_value("")
    expect(page.locator("#av-remember")).not_to_be_checked()
    assert stored(page) == {} and "Álvarez" not in storage_text(page)
    page.reload()
    expect(page.locator("#av-p1-highlight")).to_have_value("")


def test_unticking_remember_removes_what_was_stored(page: Page, site_server: str) -> None:
    """Unticking "Remember on this device" deletes the stored copy at once."""
    open_composer(page, site_server)
    page.check("#av-remember")
    page.fill("#av-f-sender_name", "Maya Okafor")
    assert "Maya Okafor" in page.evaluate("localStorage.getItem('afterview.composer.v1')")
    page.uncheck("#av-remember")
    assert stored(page) == {} and "Maya" not in storage_text(page)


def test_corrupt_storage_is_ignored(page: Page, site_server: str) -> None:
    """A damaged stored value does not break the page: the composer starts empty."""
    open_composer(page, site_server)
    page.evaluate("localStorage.setItem('afterview.composer.v1', '{not json')")
    page.reload()
    expect(page.locator("[data-role=note-text]").first).to_be_visible()
    expect(page.locator("#av-f-sender_name")).to_have_value("")


def tab_to(page: Page, selector: str, backwards: bool = False, limit: int = 250) -> None:
    """Press Tab (or Shift+Tab) until the element matching selector has focus."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{selector} never received focus by {key}")


def test_keyboard_only_flow(page: Page, site_server: str) -> None:
    """The whole flow works with Tab, Shift+Tab, Enter and Space alone."""
    open_composer(page, site_server)
    page.locator("body").focus()
    tab_to(page, "[data-value=panel]")
    page.keyboard.press("Enter")
    expect(page.locator("#av-template")).to_have_value("thank-you-panel")
    tab_to(page, "#av-f-sender_name")
    page.keyboard.type("José Álvarez Ruiz")
    tab_to(page, "#av-f-sender_email")
    page.keyboard.type("jose@example.org")
    for index, (name, _title, highlight, _email) in enumerate(PANEL):
        tab_to(page, f"#av-p{index}-recipient_name")
        page.keyboard.type(name)
        tab_to(page, f"#av-p{index}-highlight")
        page.keyboard.type(highlight)
    tab_to(page, "#av-p0-highlight", backwards=True)
    page.keyboard.type(", in detail")
    texts = note_texts(page)
    assert "carrier-capacity forecasts, in detail" in texts[0] and texts[2].startswith("Dear Zoë,")
    tab_to(page, "[data-action=add-person]")
    page.keyboard.press("Space")
    expect(page.locator("#av-p3-recipient_name")).to_be_focused()
    tab_to(page, "[data-note='1'] [data-action=copy]")
    page.keyboard.press("Space")
    expect(page.locator(".av-composer__status")).to_have_text("Note copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == note_texts(page)[1]
    tab_to(page, "#av-remember", backwards=True)
    page.keyboard.press("Space")
    expect(page.locator("#av-remember")).to_be_checked()


def test_axe_finds_no_serious_problems(page: Page, site_server: str) -> None:
    """axe-core reports no serious or critical violation in the composer, in panel and card modes."""
    for template in ("thank-you-panel", "thank-you-panel-card"):
        open_composer(page, site_server, template)
        fill_panel(page, PANEL[:1])
        page.fill("#av-p1-highlight", PANEL[0][2])
        page.add_script_tag(path=str(AXE_PATH))
        result = page.evaluate("axe.run(document.getElementById('av-composer'))")
        serious = [
            (v["id"], [n["target"] for n in v["nodes"]])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], json.dumps(serious)
        unlabeled = page.locator("#av-composer input, #av-composer select, #av-composer textarea").evaluate_all(
            "els => els.filter(e => !e.labels || !e.labels.length).map(e => e.id)"
        )
        assert unlabeled == []


def test_card_prints_only_the_note(page: Page, site_server: str) -> None:
    """The card's print view shows the card text and hides the rest of the page."""
    open_composer(page, site_server, "thank-you-on-site-card")
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Print this card").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    visibility = page.evaluate("""() => ({
        note: getComputedStyle(document.querySelector('.av-print-target [data-role=note-text]')).visibility,
        fields: getComputedStyle(document.querySelector('#av-f-sender_name')).visibility,
        title: getComputedStyle(document.querySelector('h1')).visibility,
    })""")
    assert visibility == {"note": "visible", "fields": "hidden", "title": "hidden"}


def test_clipboard_fallback_selects_the_text(page: Page, site_server: str) -> None:
    """When the browser refuses the clipboard, the note is selected in a box with Ctrl/Cmd+C instructions."""
    open_composer(page, site_server, "thank-you-phone-screen")
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    page.get_by_role("button", name="Copy note").click()
    box = page.locator("#av-copy-fallback-0")
    expect(box).to_be_focused()
    assert box.input_value() == note_texts(page)[0]
    assert page.evaluate(
        "(() => { const b = document.activeElement; return b.selectionEnd - b.selectionStart; })()"
    ) == len(box.input_value())
    expect(page.locator(".av-composer__status")).to_contain_text("Ctrl+C")


def timing(page: Page, expression: str) -> Any:
    """Evaluate an expression with the timing module as T and local dates from new Date(y, m, d, h, min)."""
    return page.evaluate(f"(() => {{ const T = window.Afterview.timing; return {expression}; }})()")


def test_timing_friday_interview_waits_for_monday_or_friday_evening(page: Page, site_server: str) -> None:
    """A Friday interview is due Friday evening or Monday morning, never over the weekend."""
    open_composer(page, site_server)
    friday = "new Date(2024, 2, 8, 14, 0)"
    advice = timing(
        page,
        f"(a => ({{state: a.state, sendBy: a.sendBy.toString(), alt: a.alternative.toString(),"
        f" message: a.message}}))(T.sendAdvice({friday}, new Date(2024, 2, 8, 17, 0)))",
    )
    assert advice["state"] == "now"
    assert advice["sendBy"].startswith("Fri Mar 08 2024 19:00") and advice["alt"].startswith("Mon Mar 11 2024 09:00")
    assert "Friday evening" in advice["message"] and "Monday morning" in advice["message"]
    saturday = timing(page, f"T.sendAdvice({friday}, new Date(2024, 2, 9, 10, 0)).state")
    assert saturday == "weekend-wait"
    monday = timing(page, f"T.sendAdvice({friday}, new Date(2024, 2, 11, 9, 30)).state")
    assert monday == "now"


def test_timing_too_soon_after_the_interview(page: Page, site_server: str) -> None:
    """Minutes after the interview the advice is to wait until home; later the same day it is to send."""
    open_composer(page, site_server)
    tuesday = "new Date(2024, 2, 5, 14, 0)"
    soon = timing(page, f"T.sendAdvice({tuesday}, new Date(2024, 2, 5, 14, 25))")
    assert soon["state"] == "too-soon" and "wait until you are home" in soon["message"]
    evening = timing(page, f"T.sendAdvice({tuesday}, new Date(2024, 2, 5, 19, 0))")
    assert evening["state"] == "now" and "Wednesday, March 6 at 14:00" in evening["message"]
    assert timing(page, f"T.sendAdvice({tuesday}, new Date(2024, 2, 6, 15, 0)).state") == "late"
    assert timing(page, f"T.sendAdvice({tuesday}, new Date(2024, 2, 5, 9, 0)).state") == "upcoming"


def test_timing_business_days_skip_the_weekend(page: Page, site_server: str) -> None:
    """Follow-ups fall 3 working days after the decision date, then a week later, skipping weekends."""
    open_composer(page, site_server)
    assert timing(page, "T.isoDate(T.addBusinessDays(new Date(2024, 2, 7), 3))") == "2024-03-12"
    assert timing(page, "T.isoDate(T.addBusinessDays(new Date(2024, 2, 9), 1))") == "2024-03-11"
    plan = timing(page, "T.followUpPlan(new Date(2024, 2, 8)).map(s => T.isoDate(s.date))")
    assert plan == ["2024-03-13", "2024-03-20"]
    house = timing(page, "T.followUpPlan(new Date(2024, 2, 8), 5).map(s => T.isoDate(s.date))")
    assert house == ["2024-03-15", "2024-03-22"]


def test_dates_fill_the_note_and_the_plan(page: Page, site_server: str) -> None:
    """Picking the interview and decision dates writes the day into the note and lists the follow-ups."""
    open_composer(page, site_server, "follow-up-no-reply-first")
    page.evaluate("window.Afterview.composer.now = () => new Date(2024, 2, 6, 10, 0)")
    page.fill("#av-interview-date", "2024-03-05")
    expect(page.locator("#av-f-interview_date")).to_have_value("Tuesday")
    page.fill("#av-decision-date", "2024-03-08")
    expect(page.locator("#av-f-decision_date")).to_have_value("by Friday, March 8")
    expect(page.locator("[data-step=first-follow-up]")).to_contain_text("Wednesday, March 13")
    expect(page.locator("[data-step=second-follow-up]")).to_contain_text("Wednesday, March 20")
    page.fill("#av-f-interview_date", "last Tuesday")
    page.fill("#av-interview-date", "2024-03-04")
    expect(page.locator("#av-f-interview_date")).to_have_value("last Tuesday")
    assert "last Tuesday" in note_texts(page)[0]
