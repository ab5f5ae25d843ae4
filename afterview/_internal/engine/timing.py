"""When to send a note and when to follow up: the one source the guide pages and the composer share.

The composer's timing.js reads `TIMING` from the exported data and applies the same rules as
`send_advice` and `follow_up_dates` below; the tests run both on the same cases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from .days import NUMBER_NAMES

MONDAY, FRIDAY, SATURDAY = 0, 4, 5


@dataclass(frozen=True)
class Timing:
    """The numbers behind the timing advice; hours are on the reader's own clock."""

    send_within_hours: int = 24
    too_soon_minutes: int = 90
    late_from_day: int = 3
    friday_evening_ends_hour: int = 22
    monday_morning_hour: int = 9
    first_follow_up_working_days: int = 2
    second_follow_up_working_days: int = 5
    no_date_follow_up_days: int = 7


TIMING = Timing()


def timing_data() -> dict[str, int]:
    """The numbers as plain data, for the browser export."""
    return asdict(TIMING)


def in_words(number: int) -> str:
    """A small number as a word ("two"), a larger one as digits, the way the guide writes them."""
    return NUMBER_NAMES[number] if 0 <= number < len(NUMBER_NAMES) else str(number)


def is_weekend(day: dt.date) -> bool:
    """Saturday or Sunday."""
    return day.weekday() >= SATURDAY


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The date `count` working days (Monday to Friday) after `day`; a weekend start counts from Monday."""
    added = 0
    while added < count:
        day += dt.timedelta(days=1)
        if not is_weekend(day):
            added += 1
    return day


def next_monday(day: dt.date) -> dt.date:
    """The first Monday after `day`."""
    return day + dt.timedelta(days=7 - day.weekday())


@dataclass(frozen=True)
class SendWindow:
    """When a thank-you is due: by `send_by`, or on the `alternative` (a Monday morning) after a weekend."""

    send_by: dt.datetime | None
    alternative: dt.datetime | None


def send_window(interview: dt.datetime, timing: Timing = TIMING) -> SendWindow:
    """Within a day; a Friday interview on Friday afternoon or evening or Monday morning, a weekend one Monday."""
    send_by = interview + dt.timedelta(hours=timing.send_within_hours)
    day = interview.date()
    if not (is_weekend(send_by.date()) or day.weekday() == FRIDAY or is_weekend(day)):
        return SendWindow(send_by, None)
    monday = dt.datetime.combine(next_monday(day), dt.time(timing.monday_morning_hour))
    evening = dt.datetime.combine(day, dt.time(timing.friday_evening_ends_hour))
    friday_evening = evening if day.weekday() == FRIDAY and interview < evening else None
    return SendWindow(friday_evening, monday)


def send_advice(interview: dt.datetime, now: dt.datetime, timing: Timing = TIMING) -> str:
    """The state of the advice: upcoming, too-soon, now, weekend-wait or late.

    Late starts on the day the guide calls "day three", never on the evening after the interview.
    """
    window = send_window(interview, timing)
    if now < interview:
        return "upcoming"
    if now - interview < dt.timedelta(minutes=timing.too_soon_minutes):
        return "too-soon"
    alternative = window.alternative
    if alternative and (window.send_by is None or now > window.send_by) and now < alternative:
        return "weekend-wait"
    late_from = dt.datetime.combine(interview.date() + dt.timedelta(days=timing.late_from_day - 1), dt.time())
    if alternative:
        late_from = max(late_from, alternative + dt.timedelta(days=1) - dt.timedelta(hours=alternative.hour))
    return "late" if now >= late_from else "now"


def follow_up_dates(decision: dt.date, working_days: int | None = None, timing: Timing = TIMING) -> list[dt.date]:
    """The first and the last follow-up after the day the employer said they would decide."""
    delay = timing.first_follow_up_working_days if working_days is None else working_days
    first = add_working_days(decision, delay)
    return [first, add_working_days(first, timing.second_follow_up_working_days)]
