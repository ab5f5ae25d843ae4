"""The timing advice has one source: the guide, the composer's script and afterview/timing.py agree."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest

from afterview._internal.engine.timing import TIMING, follow_up_dates, in_words, send_advice, send_window

from .conftest import ROOT

GUIDE = ROOT / "docs" / "guide"
# Interviews from Monday 4 to Sunday 10 March 2024, each seen at moments from minutes to days later.
INTERVIEWS = [dt.datetime(2024, 3, day, hour, 30) for day in range(4, 11) for hour in (9, 14, 19)]
LATER = [dt.timedelta(minutes=m) for m in (-60, 20, 200, 60 * 20, 60 * 30, 60 * 40, 60 * 55, 60 * 80, 60 * 100)]
NODE_CASES = """
import {load} from "./tests/js/load.mjs";
const w = load(["timing"]);
const T = w.Afterview.timing;
const cases = JSON.parse(process.argv[1]);
const at = (s) => { const [d, t] = s.split("T"); return T.parseLocal(d, t); };
const iso = (d) => d ? T.isoDate(d) + "T" + String(d.getHours()).padStart(2, "0") : null;
console.log(JSON.stringify({
  advice: cases.advice.map(([i, n]) => { const a = T.sendAdvice(at(i), at(n));
    return [a.state, iso(a.sendBy), iso(a.alternative)]; }),
  plans: cases.plans.map((d) => [...T.followUpPlan(at(d + "T12:00"))].map((s) => T.isoDate(s.date))),
}));
"""


def stamp(moment: dt.datetime) -> str:
    """A moment as the script's date and time inputs give it."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def hour(moment: dt.datetime | None) -> str | None:
    """A moment to the hour, as the script reports it back."""
    return moment.strftime("%Y-%m-%dT%H") if moment else None


@pytest.fixture(scope="module")
def script_results() -> dict[str, list[list[str | None]]]:
    """What timing.js answers for every case, run by Node on the exported data."""
    advice = [[stamp(i), stamp(i + later)] for i in INTERVIEWS for later in LATER]
    plans = [(dt.date(2024, 3, 4) + dt.timedelta(days=n)).isoformat() for n in range(14)]
    cases = json.dumps({"advice": advice, "plans": plans})
    printed = subprocess.run(
        ["node", "--input-type=module", "-e", NODE_CASES, cases],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    results: dict[str, list[list[str | None]]] = json.loads(printed)
    return results


def test_the_composer_times_every_note_as_timing_py_does(script_results: dict[str, list[list[str | None]]]) -> None:
    """Send-by, Friday and weekend alternatives and the state of the advice are the same in both languages."""
    expected = []
    for interview in INTERVIEWS:
        for later in LATER:
            window = send_window(interview)
            expected.append([send_advice(interview, interview + later), hour(window.send_by), hour(window.alternative)])
    assert script_results["advice"] == expected


def test_follow_ups_are_spaced_as_timing_py_says(script_results: dict[str, list[list[str | None]]]) -> None:
    """The first follow-up comes the guide's working days after the decision date, the last a week after that."""
    days = [dt.date(2024, 3, 4) + dt.timedelta(days=n) for n in range(14)]
    assert script_results["plans"] == [[d.isoformat() for d in follow_up_dates(day)] for day in days]
    assert follow_up_dates(dt.date(2024, 3, 8)) == [dt.date(2024, 3, 12), dt.date(2024, 3, 19)]


def test_the_evening_after_is_never_late_and_a_friday_offers_the_same_evening() -> None:
    """The issue's cases: the evening after an interview is on time; a Friday fair offers Friday evening or Monday."""
    interview = dt.datetime(2024, 3, 5, 10, 0)
    assert send_advice(interview, dt.datetime(2024, 3, 6, 21, 0)) == "now"
    assert send_advice(interview, dt.datetime(2024, 3, 7, 8, 0)) == "late"
    fair = dt.datetime(2024, 3, 8, 11, 0)
    window = send_window(fair)
    assert window.send_by == dt.datetime(2024, 3, 8, TIMING.friday_evening_ends_hour)
    assert window.alternative == dt.datetime(2024, 3, 11, TIMING.monday_morning_hour)
    assert send_advice(fair, dt.datetime(2024, 3, 8, 20, 0)) == "now"
    assert send_advice(fair, dt.datetime(2024, 3, 9, 10, 0)) == "weekend-wait"


def test_the_guide_states_the_same_numbers() -> None:
    """The guide's timing page takes its numbers from timing.py, and the follow-up page says the same spacing."""
    timing_page = (GUIDE / "timing.md").read_text(encoding="utf-8")
    for name in ("send_within_hours", "late_from_day", "first_follow_up_working_days"):
        assert f'timing("{name}")' in timing_page, name
    assert not re.search(r"\b(two|three|2|3) working days\b", timing_page), "a number typed instead of the macro"
    follow_ups = (GUIDE / "follow-ups.md").read_text(encoding="utf-8")
    first = in_words(TIMING.first_follow_up_working_days)
    assert f"Their decision date, plus {first} working days" in follow_ups
    assert "Friday afternoon or evening" in timing_page and "Monday morning" in timing_page


def test_the_built_guide_shows_the_numbers(built_site_timing: str) -> None:
    """The built page says "2 working days" in words, as timing.py has it."""
    words = in_words(TIMING.first_follow_up_working_days)
    assert f"{words} working days" in " ".join(built_site_timing.split())
    assert "It's already day " + in_words(TIMING.late_from_day) in built_site_timing.replace("\u2019", "'")


@pytest.fixture(scope="module")
def built_site_timing(built_site: Path) -> str:
    """The text of the built timing page."""
    return (built_site / "guide" / "timing" / "index.html").read_text(encoding="utf-8")
