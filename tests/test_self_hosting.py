"""A career office's copy: the example under examples/career-office/ built with --strict, and its settings."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from afterview import __version__
from afterview._internal.engine.checker import check
from afterview._internal.engine.rules import CATCHES
from afterview._internal.engine.timing import TIMING
from afterview._internal.site.colors import contrast, parse_color
from afterview._internal.site.pages import template_links, without_hidden_links
from afterview._internal.site.plugin import read_config
from afterview._internal.site.settings import Settings, SettingsError, raw_settings, settings_from
from afterview._internal.site.site_catalog import lint_house, repeated_rules, site_rules

from .conftest import ROOT, build_site, run_cli

OFFICE = ROOT / "examples" / "career-office"
OFFICE_CONFIG = OFFICE / "mkdocs.yml"
ORGANISATION = "Harbourside College Careers Centre"
HIDDEN = "thank-you-video-linkedin"
OVERRIDDEN = "thank-you-on-site-card"
HOUSE_TEMPLATE = "thank-you-careers-fair-card"
TO_WHOM = (
    "Subject: Thank you - Analyst interview on Tuesday\n\nTo whom it may concern,\n\n"
    "Thank you for your time today. I enjoyed hearing about your plans for the data team.\n"
    "I am excited about the role and look forward to the next steps.\n\nBest regards,\nAna Lima\n"
)


class Elements(HTMLParser):
    """Tags with their attributes, and the text of the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Elements:
    """A built page, parsed."""
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def browser_data(site: Path) -> dict[str, Any]:
    """window.AFTERVIEW_DATA of a built site, with the parts that come after first paint: the engine's (rules,
    patterns) and the templates' index."""
    folder = site / "assets" / "javascripts"
    script = (folder / "afterview-data.js").read_text(encoding="utf-8")
    prefix = "window.AFTERVIEW_DATA = "
    assert script.startswith(prefix)
    data: dict[str, Any] = json.loads(script[len(prefix) :].rstrip().rstrip(";"))

    def part(name: str) -> Any:
        text = (folder / "afterview-data" / name).read_text(encoding="utf-8")
        return json.loads(text.split("] = ", 1)[1].rstrip().rstrip(";"))

    data.update(part("engine.js"))
    data["templates"] = part("index.js")
    return data


@pytest.fixture(scope="module")
def office_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example career office's site, built once with --strict."""
    destination = tmp_path_factory.mktemp("office") / "site"
    result = build_site(OFFICE_CONFIG, destination)
    assert result.returncode == 0, result.stderr
    return destination


@pytest.fixture(scope="module")
def office_settings() -> Settings:
    """The example's validated settings."""
    return settings_from(raw_settings(read_config(OFFICE_CONFIG)), OFFICE_CONFIG)


def test_name_and_logo_appear_on_every_page(office_site: Path) -> None:
    """The office's name is in the footer and its logo (copied from its folder) is in the header."""
    for page in (office_site / "index.html", office_site / "reference" / "rules" / "index.html"):
        parsed = parse(page)
        assert ORGANISATION in "".join(parsed.text)
        logos = [a for tag, a in parsed.tags if tag == "img" and a.get("src", "").endswith("assets/house/logo.svg")]
        assert logos and logos[0]["alt"] == f"{ORGANISATION} logo"
    copied = office_site / "assets" / "house" / "logo.svg"
    assert copied.read_bytes() == (OFFICE / "branding" / "logo.svg").read_bytes()


def test_colours_become_material_custom_properties(office_site: Path) -> None:
    """The generated stylesheet sets the primary and accent colours and every page links it."""
    css = (office_site / "assets" / "stylesheets" / "afterview-house.css").read_text(encoding="utf-8")
    assert re.search(r"--md-primary-fg-color:\s*#1d4e89;", css)
    assert re.search(r"--md-accent-fg-color:\s*#a3262a;", css)
    links = [a["href"] for tag, a in parse(office_site / "index.html").tags if tag == "link"]
    assert "assets/stylesheets/afterview-house.css" in links


def test_shipped_site_has_no_house_colours(built_site: Path) -> None:
    """Without settings the stylesheet sets no colour, so Afterview's own palette stays."""
    css = (built_site / "assets" / "stylesheets" / "afterview-house.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color" not in css
    assert "av-house-logo" not in (built_site / "index.html").read_text(encoding="utf-8").split("<footer")[0]


def test_house_templates_have_pages_and_the_override_replaces_ours(office_site: Path) -> None:
    """The new house card has a page; the overridden card's page shows the office's wording."""
    assert (office_site / "templates" / HOUSE_TEMPLATE / "index.html").is_file()
    overridden = (office_site / "templates" / OVERRIDDEN / "index.html").read_text(encoding="utf-8")
    assert "Careers\nCentre desk" in overridden or "Careers Centre desk" in overridden
    ids = [t["id"] for t in browser_data(office_site)["templates"]]
    assert ids.count(OVERRIDDEN) == 1 and HOUSE_TEMPLATE in ids


def test_hidden_template_has_no_page_and_is_nowhere(office_site: Path) -> None:
    """A hidden template has no page and is absent from the gallery, the data and the search index."""
    assert not (office_site / "templates" / HIDDEN).exists()
    gallery = [a.get("href", "") for tag, a in parse(office_site / "templates" / "index.html").tags if tag == "a"]
    assert not [href for href in gallery if HIDDEN in href]
    assert HIDDEN not in [t["id"] for t in browser_data(office_site)["templates"]]
    assert not (office_site / "assets" / "javascripts" / "afterview-data" / "templates" / f"{HIDDEN}.js").exists()
    assert HIDDEN not in (office_site / "search" / "search_index.json").read_text(encoding="utf-8")


def test_office_site_leaves_out_maintainer_pages(office_site: Path) -> None:
    """Self-hosting, checker accuracy and performance are not on an office's site, in its nav or its search."""
    for gone in ("self-hosting", "reference/performance", "reference/checker-accuracy"):
        assert not (office_site / gone).exists(), gone
    assert (office_site / "reference" / "rules" / "index.html").is_file()
    index = (office_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "self-hosting/" not in index and "checker-accuracy/" not in index and "performance/" not in index
    for page in office_site.rglob("*.html"):
        links = [a.get("href", "") for tag, a in parse(page).tags if tag == "a"]
        assert not [href for href in links if "self-hosting/" in href or "performance/" in href], page


def test_office_site_is_titled_iconed_and_versioned_as_the_offices(office_site: Path) -> None:
    """The home title is the office's, the tab icon its logo, and the version that built it shows."""
    html = (office_site / "index.html").read_text(encoding="utf-8")
    home = parse(office_site / "index.html")
    title = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    assert title and title.group(1).startswith("After your interview — Harbourside Careers"), title
    assert "Afterview —" not in html
    icons = [a["href"] for tag, a in home.tags if tag == "link" and a.get("rel") == "icon"]
    assert icons == ["assets/house/favicon.svg"] and (office_site / "assets" / "house" / "favicon.svg").is_file()
    generators = [a.get("content", "") for tag, a in home.tags if tag == "meta" and a.get("name") == "generator"]
    assert f"Afterview {__version__}" in generators
    assert f"Built with Afterview {__version__}" in " ".join(" ".join(home.text).split())


def test_an_office_can_ask_for_the_maintainer_pages(tmp_path: Path) -> None:
    """maintainer_pages: true publishes them, in the navigation too."""
    office = copy_office(tmp_path)
    config = office / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      prefer_channel:", "      maintainer_pages: true\n      prefer_channel:"
        ),
        encoding="utf-8",
    )
    result = build_site(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "self-hosting" / "deploy" / "index.html").is_file()
    assert (tmp_path / "site" / "reference" / "performance" / "index.html").is_file()


def test_preferred_channel_comes_first_in_the_gallery(office_site: Path) -> None:
    """prefer_channel: handwritten puts every card before any email or LinkedIn template."""
    channels = [
        a["data-channel"]
        for tag, a in parse(office_site / "templates" / "index.html").tags
        if tag == "li" and "data-channel" in a
    ]
    first_other = next(i for i, c in enumerate(channels) if c != "handwritten")
    assert channels.count("handwritten") == first_other > 0


def test_notice_and_appointment_on_home_and_composer_only(office_site: Path) -> None:
    """The notice is on the home and guide pages, the appointment link on the home and composer pages."""

    def hrefs(page: Path) -> list[str]:
        return [a.get("href", "") for tag, a in parse(page).tags if tag == "a"]

    appointment = "https://careers.harbourside.example/appointments"
    assert appointment in hrefs(office_site / "index.html")
    assert appointment in hrefs(office_site / "tools" / "composer" / "index.html")
    assert appointment not in hrefs(office_site / "reference" / "rules" / "index.html")
    notice = "a handwritten card still stands out"
    assert notice in (office_site / "guide" / "index.html").read_text(encoding="utf-8")
    assert notice not in (office_site / "reference" / "rules" / "index.html").read_text(encoding="utf-8")


def test_house_rule_is_exported_and_in_the_rule_table(office_site: Path) -> None:
    """HR001 follows the registry's rules in the browser data and has a row on the Rules page."""
    data = browser_data(office_site)
    codes = [rule["code"] for rule in data["rules"]]
    assert codes[-1] == "HR001" and "AV101" in codes
    assert data["rules"][-1]["severity"] == "error" and data["rules"][-1]["patterns"]
    ids = [a.get("id") for _, a in parse(office_site / "reference" / "rules" / "index.html").tags]
    assert "hr001" in ids


def test_settings_exported_without_local_paths(office_site: Path) -> None:
    """The browser sees the follow-up delay and the branding, never the office's folders or rules."""
    settings = browser_data(office_site)["settings"]
    assert settings["follow_up_business_days"] == 5
    assert settings["organisation"] == ORGANISATION
    assert not {"template_dirs", "house_rules", "override"} & set(settings)
    assert str(ROOT) not in json.dumps(settings)


def test_shipped_site_exports_the_default_follow_up_delay(built_site: Path) -> None:
    """Afterview's own site exports follow_up_business_days too (the guide's 2 working days, from timing.py)."""
    assert browser_data(built_site)["settings"]["follow_up_business_days"] == TIMING.first_follow_up_working_days == 2
    assert not [r for r in browser_data(built_site)["rules"] if r["code"].startswith("HR")]


def test_check_applies_the_house_rule(office_settings: Settings) -> None:
    """ "To whom it may concern" is an HR001 error with the office's rules and not without them."""
    with_house = check(TO_WHOM, "email", {}, site_rules(office_settings))
    assert [f.severity for f in with_house.findings if f.code == "HR001"] == ["error"]
    assert with_house.has_errors
    assert not check(TO_WHOM, "email", {}).has_errors


def test_cli_check_with_config_applies_the_house_rule(tmp_path: Path) -> None:
    """`afterview check --config` reports HR001 and exits 1; without --config it exits 0."""
    draft = tmp_path / "draft.txt"
    draft.write_text(TO_WHOM, encoding="utf-8")
    with_config = run_cli("check", str(draft), "--config", str(OFFICE_CONFIG))
    assert with_config.returncode == 1
    assert re.search(r"draft\.txt:3: HR001 should greet", with_config.stdout)
    assert run_cli("check", str(draft)).returncode == 0


def test_cli_lint_with_config_applies_house_rules_to_house_templates(tmp_path: Path) -> None:
    """`afterview lint --config` passes the example and fails a house template that breaks HR001."""
    assert run_cli("lint", "--config", str(OFFICE_CONFIG)).returncode == 0
    office = copy_office(tmp_path)
    card = office / "templates" / f"{HOUSE_TEMPLATE}.yaml"
    text = card.read_text(encoding="utf-8").replace(
        'greeting: "Dear {recipient_name},"', 'greeting: "To whom it may concern,"'
    )
    card.write_text(text.replace("Thank you for taking", "Thank you, {recipient_name}, for taking"), encoding="utf-8")
    result = run_cli("lint", "--config", str(office / "mkdocs.yml"))
    assert result.returncode == 1
    assert "AV008 should pass the draft checker" in result.stdout and "HR001" in result.stdout


def copy_office(tmp_path: Path) -> Path:
    """The example copied outside the repository: it names no path of Afterview's."""
    office = tmp_path / "harbourside"
    shutil.copytree(OFFICE, office)
    return office


def test_copy_outside_the_repository_builds_from_the_package(tmp_path: Path) -> None:
    """An office folder elsewhere builds with --strict; the pages come from the installed package."""
    office = copy_office(tmp_path)
    assert "../" not in (office / "mkdocs.yml").read_text(encoding="utf-8")
    result = build_site(office / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "guide" / "index.html").is_file()
    assert (tmp_path / "site" / "templates" / HOUSE_TEMPLATE / "index.html").is_file()
    assert not [p for p in (office / "docs").rglob("*") if not p.name.startswith(".")]


def test_a_page_of_the_office_replaces_ours(tmp_path: Path) -> None:
    """A page in the office's docs/ with the path of one of ours is built instead of ours."""
    office = copy_office(tmp_path)
    (office / "docs" / "guide").mkdir()
    (office / "docs" / "guide" / "customs.md").write_text(
        "# When it isn't expected\n\nAsk us at the Quay Building desk: customs differ by sector.\n", encoding="utf-8"
    )
    result = build_site(office / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "guide" / "customs" / "index.html").read_text(encoding="utf-8")
    assert "Quay Building desk" in page


def templates_the_guide_links_to() -> set[str]:
    """Every shipped template that a page of the guide links to in its Markdown."""
    return set(template_links(ROOT / "docs")) - {OVERRIDDEN}


def test_any_template_the_guide_links_to_can_be_hidden(tmp_path: Path) -> None:
    """Hiding every template a guide page links to still builds with --strict; those links become plain text."""
    hidden = sorted(templates_the_guide_links_to())
    assert len(hidden) >= 10, hidden
    office = copy_office(tmp_path)
    config = office / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"hide: \[[^\]]*\]", "hide: [" + ", ".join(hidden) + "]", text, count=1)
    assert all(template_id in text for template_id in hidden), "the example's hide list should be a flow list"
    config.write_text(text, encoding="utf-8")
    result = build_site(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for page in (tmp_path / "site").rglob("*.html"):
        links = [a.get("href", "") for tag, a in parse(page).tags if tag == "a"]
        assert not [href for href in links if any(f"templates/{i}/" in href for i in hidden)], page


def test_without_hidden_links_keeps_the_words_and_other_links() -> None:
    """Only links to a hidden template lose their target (and attribute list); their words stay."""
    markdown = (
        "See [the card](../templates/thank-you-panel-card.md#example){ .md-button } or "
        "[the email](../templates/thank-you-panel.md), and [timing](timing.md)."
    )
    assert without_hidden_links(markdown, "guide/index.md", {"thank-you-panel-card"}) == (
        "See the card or [the email](../templates/thank-you-panel.md), and [timing](timing.md)."
    )
    assert without_hidden_links(markdown, "guide/index.md", set()) == markdown


def test_house_template_with_a_shipped_id_needs_override(tmp_path: Path) -> None:
    """Without `override`, a house file with a shipped id is an AV004 finding that names the fix."""
    office = copy_office(tmp_path)
    raw = {**raw_settings(read_config(office / "mkdocs.yml")), "override": []}
    result = lint_house(settings_from(raw, office / "mkdocs.yml"))
    clash = [f for f in result.findings if f.code == "AV004"]
    assert len(clash) == 1 and OVERRIDDEN in clash[0].path and "plugins.afterview.override" in clash[0].message


def error_for(raw: dict[str, Any], tmp_path: Path) -> SettingsError:
    """The SettingsError a section raises, read as if from tmp_path/mkdocs.yml."""
    with pytest.raises(SettingsError) as caught:
        settings_from(raw, tmp_path / "mkdocs.yml")
    return caught.value


def test_pale_colour_is_refused_with_its_contrast(tmp_path: Path) -> None:
    """A primary colour too pale for white text fails, naming the file, the key, the ratio and the fix."""
    error = error_for({"colors": {"primary": "#7fb3e0"}}, tmp_path)
    assert str(error).startswith(f"{tmp_path / 'mkdocs.yml'}: plugins.afterview.colors.primary: ")
    assert "2.2:1" in str(error) and "Fix: choose a darker shade" in str(error)


@pytest.mark.parametrize(
    ("raw", "key", "words"),
    [
        ({"colour": {"primary": "#000"}}, "colour", "not a known key"),
        ({"colors": {"primary": "navy; background: url(x)"}}, "colors.primary", "wrong form"),
        ({"contact": {"label": "Mail us", "url": "javascript:alert(1)"}}, "contact.url", "wrong form"),
        ({"hide": ["Not An Id"]}, "hide[0]", "wrong form"),
        ({"follow_up_business_days": 0}, "follow_up_business_days", "less than the minimum"),
        ({"house_rules": [{"code": "AV999"}]}, "house_rules[0]", "required"),
        (
            {
                "house_rules": [
                    {
                        "code": "HR001",
                        "name": "x",
                        "severity": "error",
                        "message": "must not",
                        "fix": "f",
                        "check": "forbid",
                        "patterns": ["x"],
                    }
                ]
            },
            "house_rules[0].message",
            "wrong form",
        ),
        (
            {
                "house_rules": [
                    {
                        "code": "HR001",
                        "name": "x",
                        "severity": "error",
                        "message": "should not",
                        "fix": "f",
                        "check": "forbid",
                        "patterns": ["(?P<n>x)"],
                    }
                ]
            },
            "house_rules[0].patterns[0]",
            "browser",
        ),
        ({"logo": "missing.svg"}, "logo", "no file"),
        ({"template_dirs": ["nowhere"]}, "template_dirs[0]", "no folder"),
        ({"hide": ["a"], "override": ["a"]}, "hide", "both hidden and overridden"),
    ],
)
def test_bad_settings_name_the_key_and_a_fix(tmp_path: Path, raw: dict[str, Any], key: str, words: str) -> None:
    """Each kind of mistake is one SettingsError naming the file, the exact key, the problem and a fix."""
    error = error_for(raw, tmp_path)
    assert error.key == key and error.config_file == str(tmp_path / "mkdocs.yml")
    assert words in error.problem and error.fix


def test_unknown_ids_in_hide_and_override_are_errors(tmp_path: Path) -> None:
    """Hiding or overriding an id that is not shipped fails with the fix (a typo is not silently ignored)."""
    (tmp_path / "templates").mkdir()
    with pytest.raises(SettingsError, match=r"hide\[0\]: 'thank-you-phone-scren' is not a shipped template"):
        lint_house(settings_from({"hide": ["thank-you-phone-scren"]}, tmp_path / "mkdocs.yml"))
    settings = settings_from({"template_dirs": ["templates"], "override": ["thank-you-panel"]}, tmp_path / "mkdocs.yml")
    with pytest.raises(SettingsError, match=r"override\[0\]: none of template_dirs has thank-you-panel\.yaml"):
        lint_house(settings)


def test_an_office_copy_of_a_shipped_template_is_caught_by_the_build(tmp_path: Path) -> None:
    """An office template that copied a shipped one and changed only its id draws AV021 in the build's lint."""
    folder = tmp_path / "templates"
    folder.mkdir()
    text = (ROOT / "templates" / "thank-you-brief.yaml").read_text(encoding="utf-8")
    (folder / "our-brief.yaml").write_text(text.replace("id: thank-you-brief", "id: our-brief"), encoding="utf-8")
    settings = settings_from({"template_dirs": ["templates"]}, tmp_path / "mkdocs.yml")
    codes = [(found.code, Path(found.path).name) for found in lint_house(settings).findings]
    assert ("AV021", "our-brief.yaml") in codes, codes


def test_bad_config_fails_the_build_with_one_clear_line(tmp_path: Path) -> None:
    """mkdocs build stops on a bad setting and prints the file, key and fix without a traceback."""
    office = copy_office(tmp_path)
    config = office / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('"#1d4e89"', '"#ffcc00"'), encoding="utf-8")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0
    assert f"{config}: plugins.afterview.colors.primary: #ffcc00 under white text" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def house_rule_data(code: str, name: str, patterns: list[str], **more: object) -> dict[str, object]:
    """A house rule as an office writes it under house_rules."""
    return {
        "code": code,
        "name": name,
        "severity": "warning",
        "message": f"should avoid what {name} names",
        "fix": "Rewrite the sentence.",
        "check": "forbid",
        "patterns": patterns,
        **more,
    }


def test_house_rule_kinds_are_kinds_of_note(tmp_path: Path) -> None:
    """An unknown kind in a house rule is refused with the list of kinds."""
    rule = house_rule_data("HR010", "no-emoji", ["🙂"], kinds=["thank-you", "thankyou"])
    with pytest.raises(SettingsError, match=r"kinds\[1\]: 'thankyou' is not a kind of note.*thank-you, connection"):
        settings_from({"house_rules": [rule]}, tmp_path / "mkdocs.yml")


def test_a_house_rule_that_repeats_ours_is_reported(tmp_path: Path) -> None:
    """A house rule against salary questions is reported as repeating AV505; an unrelated one is not."""
    salary = house_rule_data("HR011", "no-salary", [r"\bsalary\b"])
    greeting = house_rule_data("HR012", "no-sir", [r"\bdear sir\b"])
    settings = settings_from({"house_rules": [salary, greeting]}, tmp_path / "mkdocs.yml")
    lines = repeated_rules(settings)
    assert len(lines) == 1 and "HR011" in lines[0] and "AV505" in lines[0], lines


def test_what_a_repeated_rule_check_probes_is_caught_by_that_rule() -> None:
    """Each sentence CATCHES lists for a registry rule is a finding of exactly that rule."""
    for code, sentences in CATCHES.items():
        for sentence in sentences:
            note = f"Dear Ms. Raman,\n\nThank you for the interview. {sentence}\n\nBest regards,\nAna Lima"
            codes = [finding.code for finding in check(note, context={"kind": "thank-you"}).findings]
            assert code in codes, (code, sentence, codes)


def test_contrast_matches_wcag() -> None:
    """Black on white is 21:1, white on white 1:1, and Material's teal fails 4.5:1 under white text."""
    assert round(contrast(parse_color("#000"), parse_color("#ffffff")), 1) == 21.0
    assert contrast(parse_color("rgb(255, 255, 255)"), parse_color("#fff")) == 1.0
    assert contrast(parse_color("#009485"), parse_color("#fff")) < 4.5


@pytest.mark.browser
def test_browser_paints_the_header_in_the_house_colour(office_site: Path, page: Any) -> None:
    """In Chromium the header's background is the office's primary colour, not Material's teal."""
    page.goto((office_site / "index.html").as_uri())
    background = page.eval_on_selector(".md-header", "e => getComputedStyle(e).backgroundColor")
    assert background == "rgb(29, 78, 137)"
    button = page.locator(".av-house-cta a.md-button")
    assert button.inner_text() == "Book a 15-minute note review"


@pytest.mark.browser
def test_composer_plans_follow_ups_with_the_house_delay(office_site: Path, page: Any) -> None:
    """The office's follow_up_business_days (5) moves the first follow-up in its composer's plan."""
    page.goto((office_site / "tools" / "composer" / "index.html").as_uri() + "?template=follow-up-no-reply-first")
    page.fill("#av-decision-date", "2024-03-08")
    first = page.locator("[data-step=first-follow-up]")
    first.wait_for()
    assert "Friday, March 15" in first.inner_text()
    assert "5 working days" in first.inner_text()


def test_every_setting_is_documented() -> None:
    """Each key of settings.schema.json has a row in the self-hosting guide's table."""
    from afterview._internal.site.settings import SCHEMA_PATH

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    guide = (ROOT / "docs" / "self-hosting" / "index.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([a-z_]+)(?:\.[a-z]+)?` \|", guide, re.M))
    assert set(schema["properties"]) == rows
