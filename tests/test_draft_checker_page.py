"""The "Check your draft" page in Chromium: Python's findings, literal text, keyboard, axe, 375 px, offline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Request, expect

from afterview._internal.engine.checker import CheckResult, Finding, check
from afterview._internal.engine.rules import RULES_BY_CODE

from .conftest import axe_script

pytestmark = pytest.mark.browser

DRAFTS = Path(__file__).parent / "drafts"
PAGE = "/tools/checker/"
PAYLOADS = (
    "<img src=x onerror=window.__pwned=1>",
    "<script>window.__pwned=1</script>",
    '"><svg onload=window.__pwned=1>',
    "<a href=javascript:window.__pwned=1>x</a>",
)
# Per channel, the first complete draft and the first draft missing several elements.
LABELLED = tuple(
    (path.name, channel)
    for channel in ("email", "linkedin", "handwritten")
    for kind in ("complete", "multi-missing")
    for path in sorted(DRAFTS.glob(f"{channel}-{kind}-*.txt"))[:1]
)


def open_checker(page: Page, site_server: str) -> Page:
    """The checker page, loaded and ready."""
    page.goto(site_server + PAGE)
    page.wait_for_selector("#av-draft-checker[data-ready='true']")
    return page


def settle(page: Page) -> None:
    """Wait until the results show the current input (the update is debounced)."""
    page.wait_for_selector(".av-checker__results[aria-busy='false']")


def enter(page: Page, text: str, channel: str = "email", names: str = "") -> None:
    """Type a draft, a channel and names, and wait for the results."""
    page.check(f"input[name='av-channel'][value='{channel}']")
    page.fill("#av-recipients", names)
    page.fill("#av-draft", text)
    settle(page)


def shown(page: Page) -> dict[str, Any]:
    """What the page shows: each element's state and each finding's code, line and message."""
    state: dict[str, Any] = page.evaluate("""() => ({
      elements: Object.fromEntries(Array.from(document.querySelectorAll('[data-element]'),
        item => [item.dataset.element, item.dataset.found === 'true'])),
      findings: Array.from(document.querySelectorAll('.av-finding'), item => ({
        code: item.dataset.code, line: item.dataset.line === '' ? null : Number(item.dataset.line),
        message: item.querySelector('.av-finding__message').textContent,
        found: (item.querySelector('.av-finding__quote') || {}).textContent || ''})),
    })""")
    return state


FOUND = re.compile(r' \(found "(.*)"\)$', re.DOTALL)
MEASURES = ("max-words", "length-limit", "subject-long", "signature-contact")


def page_finding(found: Finding) -> dict[str, Any]:
    """A finding as the page words it: what is wrong, then the words quoted (or the measure) on their own line."""
    match = FOUND.search(found.message)
    says = found.message[: match.start()] if match else found.message
    quote = ""
    if match:
        measure = RULES_BY_CODE[found.code].check in MEASURES
        quote = f"Found: {match.group(1)}." if measure else f"You wrote: \u201c{match.group(1)}\u201d"
    return {"code": found.code, "line": found.line, "message": f"Your note {says}.", "found": quote}


def expected(text: str, channel: str, names: list[str]) -> dict[str, Any]:
    """What `afterview check` finds, in the shape shown() reads from the page."""
    result = check(text, channel, {"recipients": names})
    return {
        "elements": dict(result.elements),
        "findings": [page_finding(f) for f in result.findings],
    }


def draft_file(name: str) -> str:
    """A labelled draft by file name, from whichever corpus folder holds it."""
    return next(DRAFTS.rglob(name)).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "channel"), LABELLED)
def test_pasted_draft_shows_what_python_finds(page: Page, site_server: str, name: str, channel: str) -> None:
    """A pasted labelled draft shows the same elements, codes, lines and messages as Python's check."""
    open_checker(page, site_server)
    text = draft_file(name)
    enter(page, text, channel)
    assert shown(page) == expected(text, channel, [])
    enter(page, text, channel, "Ms. Raman, Dr. Lee")
    assert shown(page) == expected(text, channel, ["Ms. Raman", "Dr. Lee"])


def test_findings_link_to_their_rule_and_give_the_fix(page: Page, site_server: str) -> None:
    """Each finding links to its rule's anchor on the rules page and shows that rule's fix."""
    open_checker(page, site_server)
    enter(page, "hey mate!! thanks")
    links = page.eval_on_selector_all(".av-finding__rule", "links => links.map(a => a.getAttribute('href'))")
    codes = page.eval_on_selector_all(".av-finding", "items => items.map(i => i.dataset.code)")
    assert links and links == [f"../../reference/rules/#{code.lower()}" for code in codes]
    page.click(".av-finding[data-code='AV503'] .av-finding__rule")
    page.wait_for_url("**/reference/rules/#av503")
    assert page.locator("#av503").count() == 1


def test_markup_in_the_draft_is_shown_literally_and_never_runs(page: Page, site_server: str) -> None:
    """Script and markup typed into the draft or the names appear as text; no payload executes."""
    open_checker(page, site_server)
    for payload in PAYLOADS:
        text = f"Dear {payload}\n{payload}\nthanks!!"
        enter(page, text, "email", f"Ms. Raman, {payload}")
        assert shown(page) == expected(text, "email", ["Ms. Raman", payload])
        quotes = page.eval_on_selector_all(".av-finding__quote", "items => items.map(i => i.textContent)")
        assert any("You wrote: \u201c<" in quote for quote in quotes), payload
        assert page.locator(".av-checker__results :is(img, script, svg, a[href^='javascript'])").count() == 0
    page.wait_for_timeout(100)
    assert page.evaluate("window.__pwned") is None


def test_keyboard_alone_reaches_draft_channel_names_and_results(page: Page, site_server: str) -> None:
    """Tab goes from the intro to the draft, the channel, the names and the results; Enter on a line selects it."""
    open_checker(page, site_server)
    page.locator(".md-content a[href$='reference/rules/']").first.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "av-draft"
    page.keyboard.type("Hi Tom,\nthanks!! for the chat\nAna")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.value") == "email"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.value") == "linkedin"
    assert page.is_checked("input[value='linkedin']")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "av-recipients"
    page.keyboard.type("Ms. Raman")
    settle(page)
    assert shown(page) == expected("Hi Tom,\nthanks!! for the chat\nAna", "linkedin", ["Ms. Raman"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "av-company"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "av-kind"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.av-finding') !== null")
    line_button = page.locator("button.av-finding__line").first
    line_button.focus()
    line = int(line_button.inner_text().split()[-1])
    page.keyboard.press("Enter")
    selection = page.evaluate(
        "(() => { const t = document.activeElement;"
        " return [t.id, t.value.slice(t.selectionStart, t.selectionEnd)]; })()"
    )
    assert selection == ["av-draft", ["Hi Tom,", "thanks!! for the chat", "Ana"][line - 1]]


def test_summary_is_a_polite_live_region_and_fields_are_labelled(page: Page, site_server: str) -> None:
    """The summary is a polite status region that names what is missing; every field has a label."""
    open_checker(page, site_server)
    summary = page.locator(".av-checker__summary")
    assert summary.get_attribute("role") == "status" and summary.get_attribute("aria-live") == "polite"
    enter(page, "Dear Ms. Raman,\nThank you for your time.\nBest regards,\nAna Lima", "handwritten")
    assert "Missing: A specific moment of the conversation, Your interest in the role." in summary.inner_text()
    for field in ("#av-draft", "#av-recipients", "input[value='email']", "input[value='handwritten']"):
        assert page.locator(field).evaluate("f => f.labels.length") == 1, field
    assert page.get_by_role("group", name="How will you send it?").count() == 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(browser: Browser, site_server: str, scheme: str) -> None:
    """axe-core reports no serious or critical violation on the page, empty and with findings shown."""
    context = browser.new_context(color_scheme="dark" if scheme == "dark" else "light")
    page = open_checker(context.new_page(), site_server)
    page.add_script_tag(path=axe_script())
    problems = []
    for text in ("", draft_file(LABELLED[1][0]) + "\nhey!! 🙂 [Company]"):
        enter(page, text, "email", "Ms. Raman")
        touch_targets = "{rules: {'target-size': {enabled: true}}}"
        for violation in page.evaluate(f"axe.run(document, {touch_targets}).then(r => r.violations)"):
            if violation["impact"] in ("serious", "critical"):
                problems.append(f"{violation['id']}: {[n['target'] for n in violation['nodes'][:5]]}")
    context.close()
    assert not problems, "\n".join(problems)


def test_fits_a_375px_screen(browser: Browser, site_server: str) -> None:
    """At 375 px, with long unbroken words in the draft and the findings, nothing scrolls sideways."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = open_checker(context.new_page(), site_server)
    long_word = "[" + "x" * 38 + "]" + "https://www.linkedin.com/in/" + "a" * 120
    enter(page, f"Subject: {long_word}\nDear {long_word},\n{long_word}!!\n" * 3, "email", "Ms. Raman")
    assert page.locator(".av-finding").count() > 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_nothing_leaves_the_machine_and_it_works_offline(browser: Browser, site_server: str) -> None:
    """Every request goes to 127.0.0.1, and with the network off the checker still updates."""
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = open_checker(context.new_page(), site_server)
    enter(page, "Dear Ms. Raman,\nthanks for your time\nBest,\nAna", "email", "Ms. Raman")
    context.set_offline(True)
    enter(page, "Dear Ms. Raman,\nthanks for your time!! asap\nBest,\nAna", "linkedin")
    codes = page.eval_on_selector_all(".av-finding", "items => items.map(i => i.dataset.code)")
    assert "AV501" in codes and "AV503" in codes
    context.close()
    outside = [url for url in requests if not url.startswith(site_server + "/")]
    assert requests and not outside, outside


def test_request_log_catches_an_outside_request(browser: Browser, site_server: str) -> None:
    """The request recorder used above does see a request to another host (so its silence means something)."""
    context = browser.new_context()
    requests: list[Request] = []
    context.on("request", lambda request: requests.append(request))
    context.route("http://example.invalid/**", lambda route: route.abort())
    page = open_checker(context.new_page(), site_server)
    page.evaluate("fetch('http://example.invalid/probe').catch(() => null)")
    page.wait_for_timeout(200)
    context.close()
    assert any(request.url.startswith("http://example.invalid/") for request in requests)


def test_works_from_a_file_url(page: Page, built_site: Path) -> None:
    """Opened straight from disk (file://), the checker still checks."""
    page.goto((built_site / "tools" / "checker" / "index.html").as_uri())
    page.wait_for_selector("#av-draft-checker[data-ready='true']")
    enter(page, "Hi Tom,\nthanks!!", "handwritten")
    assert shown(page) == expected("Hi Tom,\nthanks!!", "handwritten", [])


def test_other_pages_are_left_alone(page: Page, site_server: str) -> None:
    """Other pages do not load the checker; loaded there anyway, the script does nothing and raises nothing."""
    errors: list[str] = []
    requested: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_server + "/")
    page.wait_for_load_state("load")
    assert not [url for url in requested if "afterview-data" in url or "/bundles/checker.js" in url]
    for script in ("afterview-data.js", "bundles/checker.js"):
        page.add_script_tag(url=f"{site_server}/assets/javascripts/{script}")
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if url.endswith("/bundles/checker.js")], "the script was loaded"
    assert not [url for url in requested if "afterview-data/" in url], "no rules are fetched for a page without it"
    assert page.locator("#av-draft-checker").count() == 0
    assert not errors


ISSUE_NOTE = (
    "Hi Dana,\n\nthank you for meeting me yesterday. I am excited about the role. Can you let me know your decision "
    "by Monday? I have other interviews lined up.\n\nBest,\nChris Morales"
)


def visible_results(page: Page) -> str:
    """The text a reader sees in the results section."""
    return str(page.inner_text(".av-checker__results"))


def test_red_flags_show_in_plain_words_without_rule_codes(page: Page, site_server: str) -> None:
    """The pressing note gets its finding on the right line; no rule code or chapter point is shown."""
    open_checker(page, site_server)
    enter(page, ISSUE_NOTE, "linkedin")
    findings = shown(page)["findings"]
    pressing = next(f for f in findings if f["code"] == "AV501")
    assert pressing["line"] == 3 and pressing["found"].startswith("You wrote: \u201c")
    text = visible_results(page)
    assert not re.search(r"AV\d{3}", text) and "chapter point" not in text.lower() and "point 11" not in text
    assert page.inner_text(".av-finding[data-code='AV501'] .av-finding__rule") == "Why?"
    assert "Suggestion" in page.inner_text(".av-finding[data-code='AV501']")


def test_kind_company_and_connection_request_reach_the_checker(page: Page, site_server: str) -> None:
    """The kind of note sets the pay rule's severity; the company and the connection format are checked."""
    open_checker(page, site_server)
    pay = draft_file("email-salary-vacation-thank-you.txt")
    enter(page, pay)
    page.select_option("#av-kind", "thank-you")
    settle(page)
    assert "Fix this" in page.inner_text(".av-finding[data-code='AV505']")
    page.select_option("#av-kind", "decision")
    settle(page)
    assert page.locator(".av-finding[data-code='AV505']").count() == 0
    page.select_option("#av-kind", "")
    wrong = draft_file("email-wrong-company-copy-paste.txt")
    enter(page, wrong)
    assert "Suggestion" in page.inner_text(".av-finding[data-code='AV404']")
    page.fill("#av-company", "harbor & lane")
    settle(page)
    python = check(wrong, "email", {"recipients": [], "company": "harbor & lane"})
    assert shown(page)["findings"] == expected_findings(python)
    assert "Fix this" in page.inner_text(".av-finding[data-code='AV404']")
    page.fill("#av-company", "")
    note = "Hi Amara, thank you for Tuesday. " + "I enjoyed hearing about the diary study with the bus drivers. " * 5
    enter(page, note, "linkedin-connection")
    python = check(note, "linkedin", {"recipients": [], "linkedin_format": "connection"})
    assert shown(page)["findings"] == expected_findings(python)
    assert page.locator(".av-finding[data-code='AV202']").count() == 1
    enter(page, note, "linkedin")
    assert page.locator(".av-finding[data-code='AV202']").count() == 0


def expected_findings(result: CheckResult) -> list[dict[str, Any]]:
    """Findings in the shape shown() reads from the page."""
    return [page_finding(f) for f in result.findings]


def test_an_empty_draft_says_it_is_empty(page: Page, site_server: str) -> None:
    """Blank space is an empty draft, and the page says so rather than judging it."""
    open_checker(page, site_server)
    enter(page, "Thank you!")
    enter(page, "  \n\t ")
    assert "empty" in page.inner_text(".av-checker__summary")
    assert page.locator(".av-finding").count() == 0


def test_no_verdict_before_the_rules_have_arrived(page: Page, site_server: str) -> None:
    """While the rules are on their way the page says "Checking…", shows no finding and ticks no element; once
    they arrive the draft is judged."""
    held: list[Any] = []
    page.route("**/afterview-data/engine.js", lambda route: held.append(route))
    page.goto(site_server + PAGE, wait_until="domcontentloaded")  # the held rules hold the load event back
    page.wait_for_selector("#av-draft-checker[data-ready='true']")
    page.fill("#av-draft", "Hi Tom,\nthanks!! for the chat\nAna")
    page.wait_for_timeout(400)
    assert held, "the rules were asked for"
    expect(page.locator(".av-checker__summary")).to_have_text("Checking…")
    expect(page.locator(".av-checker__results")).to_have_attribute("aria-busy", "true")
    assert page.locator(".av-finding").count() == 0
    assert page.locator("[data-element][data-found='true']").count() == 0
    held[0].continue_()
    settle(page)
    expect(page.locator(".av-checker__summary")).not_to_have_text("Checking…")
    assert page.locator(".av-finding").count() > 0
