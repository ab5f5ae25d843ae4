"""What the composer hands to other programs (mailto links, .eml drafts, .ics reminders), read back by parsers:
the send module's functions run in Node (tests/js/evaluate.mjs), the composer's downloads in the browser."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import urllib.parse
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import evaluate_in_node

pytestmark = pytest.mark.browser

SUBJECT = 'Thank you — "Analyst" interview & next steps: café, naïve façade, Zoë 🎉 100% #1 a+b?c=d'
BODY = (
    'Dear Zoë,\n\nThank you for the "tour" & the coffee; it was great — really.\n'
    "Line with trailing space \nTabs\there, 50% off, a+b=c?d#e & more 🎉🙂\n"
    "=3D is not an escape here.\n" + "long " * 40 + "\n.\nFrom the start of a line\n\nBest regards,\nJosé Álvarez"
)


@pytest.fixture
def send_page(page: Page, site_server: str) -> Page:
    """The composer page with a note, for the downloads it offers."""
    page.goto(f"{site_server}/tools/composer/?template=thank-you-phone-screen")
    expect(page.locator("[data-role=note-text]").first).to_be_visible()
    return page


def run_send(source: str, args: Any = None) -> Any:
    """What a JavaScript function over the send module (`send`) gives for args, run in Node (tests/js/evaluate.mjs)."""
    return evaluate_in_node({"names": ["send"], "data": False, "calls": [[source, args]]})[0]


def call(function: str, *args: Any) -> Any:
    """send.<function>(...args), in Node."""
    return run_send(f"args => send.{function}(...args)", list(args))


def parse_eml(raw: str | bytes) -> EmailMessage:
    """Parse a message the way a mail program would."""
    data = raw.encode("ascii") if isinstance(raw, str) else raw
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_mailto_round_trips_subject_and_body() -> None:
    """The mailto link's subject and body decode to exactly the text given, with CRLF line breaks."""
    href = call("mailtoUrl", "zoe.o'neil+jobs@example.com", SUBJECT, BODY)
    parts = urllib.parse.urlsplit(href)
    assert parts.scheme == "mailto"
    assert urllib.parse.unquote(parts.path) == "zoe.o'neil+jobs@example.com"
    query = urllib.parse.parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query == {"subject": [SUBJECT], "body": [BODY.replace("\n", "\r\n")]}
    assert " " not in href and "\n" not in href and "%0D%0A" in href


def test_mailto_without_recipient() -> None:
    """With no address the link still opens a draft with subject and body."""
    href = call("mailtoUrl", "", "Thank you", "Hi")
    assert href == "mailto:?subject=Thank%20you&body=Hi"


def test_eml_round_trips_with_encoded_subject() -> None:
    """A non-ASCII subject becomes RFC 2047 encoded words; Python's email package reads back subject and body."""
    raw = call("emlMessage", {"to": "zoe@example.com", "from": "jose@example.org", "subject": SUBJECT, "body": BODY})
    assert "\n" not in raw.replace("\r\n", "")
    lines = raw.split("\r\n")
    assert max(len(line) for line in lines) <= 78
    headers = raw.split("\r\n\r\n", 1)[0]
    assert "Subject: =?UTF-8?B?" in headers and "MIME-Version: 1.0" in headers
    assert "Content-Type: text/plain; charset=UTF-8" in headers
    assert "Content-Transfer-Encoding: quoted-printable" in headers
    message = parse_eml(raw)
    assert message["Subject"] == SUBJECT
    assert message["To"] == "zoe@example.com" and message["From"] == "jose@example.org"
    assert message["Date"].datetime is not None
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert not message.defects


def test_eml_plain_subject_and_no_addresses() -> None:
    """An ASCII subject stays readable, and To and From are left out when no address is known."""
    raw = call("emlMessage", {"subject": "Thank you - Analyst interview", "body": "Dear Ms. Lee,\nThanks."})
    message = parse_eml(raw)
    assert "Subject: Thank you - Analyst interview\r\n" in raw
    assert message["To"] is None and message["From"] is None
    assert message.get_content().rstrip("\r\n") == "Dear Ms. Lee,\r\nThanks."


def test_header_injection_is_impossible() -> None:
    """Line breaks typed into a subject or address cannot add headers."""
    raw = call(
        "emlMessage",
        {"to": "a@example.com\r\nBcc: evil@example.com", "subject": "Hi\r\nBcc: evil@example.com", "body": "x"},
    )
    header_lines = raw.split("\r\n\r\n", 1)[0].split("\r\n")
    assert not any(line.lower().startswith("bcc") for line in header_lines)
    assert parse_eml(raw)["Bcc"] is None


def test_ics_escapes_text_and_folds_lines() -> None:
    """TEXT escaping (comma, semicolon, backslash, newline) and 75-octet folding read back with icalendar."""
    summary = "Follow up; Smith, Jones & Zoë \\ the panel 🎉"
    description = BODY
    raw = run_send(
        """([summary, description]) => send.icsEvent({uid: 'test-1@afterview.invalid',
             stamp: new Date(Date.UTC(2024, 2, 1, 8, 30, 0)), start: new Date(2024, 2, 13), allDay: true,
             summary, description})""",
        [summary, description],
    )
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
    assert max(len(line.encode("utf-8")) for line in raw.split("\r\n")) <= 75
    assert "SUMMARY:Follow up\\; Smith\\, Jones & Zoë \\\\ the panel 🎉" in raw.replace("\r\n ", "")
    calendar = icalendar.Calendar.from_ical(raw.encode("utf-8"))
    event = calendar.walk("VEVENT")[0]
    assert str(event["summary"]) == summary
    assert str(event["description"]) == description
    assert str(event["uid"]) == "test-1@afterview.invalid"
    assert event.decoded("dtstamp") == dt.datetime(2024, 3, 1, 8, 30, tzinfo=dt.timezone.utc)
    assert event.decoded("dtstart") == dt.date(2024, 3, 13)
    alarm = event.walk("VALARM")[0]
    assert str(alarm["action"]) == "DISPLAY" and alarm.decoded("trigger") == dt.timedelta(hours=9)


def test_ics_timed_reminder_uses_local_time() -> None:
    """A timed reminder starts at a floating local time, its alarm ringing at that time."""
    raw = run_send("""() => send.icsEvent({uid: 'x@afterview.invalid',
        start: new Date(2024, 2, 8, 19, 0), allDay: false, summary: 'Send your thank-you note'})""")
    event = icalendar.Calendar.from_ical(raw.encode("utf-8")).walk("VEVENT")[0]
    assert event.decoded("dtstart") == dt.datetime(2024, 3, 8, 19, 0)
    assert "DTSTART:20240308T190000\r\n" in raw
    assert event.walk("VALARM")[0].decoded("trigger") == dt.timedelta(0)


def test_composer_downloads_a_send_reminder(send_page: Page) -> None:
    """The timing section's reminder rings hours before the send-by moment and carries the note itself."""
    page = send_page
    page.clock.set_fixed_time(page.evaluate("new Date(2024, 2, 5, 17, 0).getTime()") / 1000)
    page.fill("#av-f-role", "Analyst, Data; R&D")
    page.fill("#av-f-company", "Calloway")
    page.fill("#av-interview-date", "2024-03-05")
    page.fill("#av-interview-time", "14:00")
    expect(page.locator("#av-advice")).to_have_attribute("data-state", "now")
    with page.expect_download() as info:
        page.get_by_role("button", name="Add a reminder to write it (.ics)").click()
    event = icalendar.Calendar.from_ical(Path(info.value.path()).read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == dt.datetime(2024, 3, 5, 17, 0)
    assert str(event["summary"]) == "Write and send your thank-you note (Analyst, Data; R&D at Calloway)"
    note = page.locator("#av-note-0").input_value()
    assert "Analyst, Data; R&D" in note and note in str(event["description"])
    assert "?template=" not in str(event["description"])
    assert info.value.suggested_filename.endswith(".ics")


def test_composer_eml_with_unicode_subject(send_page: Page) -> None:
    """The composer's .eml for an email note carries the chosen subject, the To address and the body."""
    page = send_page
    page.fill("#av-f-role", "Analyste « Données » & Co 🎉")
    page.fill("#av-p0-recipient_email", "lee@example.com")
    page.locator("#av-subject-0 label").nth(1).click()
    subject = page.locator("#av-subject-0 input:checked").evaluate("r => r.labels[0].textContent")
    assert "Analyste « Données » & Co 🎉" in subject
    body = page.locator("[data-role=note-text]").first.input_value()
    page.get_by_role("button", name="Download .eml").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download anyway").click()
    message = parse_eml(Path(info.value.path()).read_bytes())
    assert message["Subject"] == subject and message["To"] == "lee@example.com"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == body
