"""Days as people type them, read into dates and phrased from the day the note will be read (mirrored in render.js).

One reader of typed days ("3/6", "Fri", "last tuesday", "Tuesday the 3rd", "2 days ago", "end of month") for
the command line and the composer. A day is read against the day of writing and phrased from the day of
reading, which may come later (a reminder draft read a week after the interview says "on Tuesday, March 3",
never "yesterday"). Text that can't be read is kept as typed.

Three kinds of day field (fields.py ``shape``): "date" (a day in the past, the interview), "deadline" (a day
to come that follows a verb: "by Friday", "within two weeks") and "start" (a day to come: "on April 6").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

PAST = "date"
DEADLINE = "deadline"
START = "start"
DAY_SHAPES: tuple[str, ...] = (PAST, DEADLINE, START)
# A handwritten card goes by post: it is read about this many days after it is written.
CARD_CHANNEL = "handwritten"
CARD_READ_DAYS = 3
# Days of writing and reading are read between these years, so that any typed day stays a real date.
FIRST_YEAR = 1900
LAST_YEAR = 2999

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# How many of a unit people type in words; phrased back in words up to ten.
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "three": 3,
    "a few": 3,
    "few": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
NUMBER_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
UNIT_DAYS: dict[str, int] = {"day": 1, "week": 7}
PARTS_OF_DAY: dict[str, str] = {
    "this morning": "this morning",
    "earlier this morning": "this morning",
    "this afternoon": "this afternoon",
    "this evening": "this evening",
    "tonight": "this evening",
    "earlier today": "today",
    "today": "today",
}
# Days counted from the day of writing.
WORD_OFFSETS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}
WEEK_OFFSETS: dict[str, int] = {"last": -1, "past": -1, "this": 0, "next": 1}

# Patterns read the same in Python (re.ASCII | re.IGNORECASE) and JavaScript (flag i): ASCII classes only.
DAY_FLAGS = re.ASCII | re.IGNORECASE
WEEKDAY = r"(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\.?"
)
ORDINAL = r"([0-9]{1,2})(?:st|nd|rd|th)?"
NUMBER = r"([0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a )?couple(?: of)?|(?:a )?few)"
DAY_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![\s\S])")
DAY_SLASH = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{4}|[0-9]{2}))?(?![\s\S])")
DAY_WORD = re.compile(
    r"^(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|earlier today|earlier this morning)"
    r"(?![\s\S])",
    DAY_FLAGS,
)
DAY_AGO = re.compile(r"^" + NUMBER + r" (day|week)s? ago(?![\s\S])", DAY_FLAGS)
DAY_WEEKDAY = re.compile(
    r"^(?:(last|past|this|next) )?" + WEEKDAY + r"(?:,? (?:the )?" + ORDINAL + r")?(?![\s\S])", DAY_FLAGS
)
DAY_MONTH_FIRST = re.compile(
    r"^(?:" + WEEKDAY + r",? )?" + MONTH + r" " + ORDINAL + r"(?:,? ([0-9]{4}))?(?![\s\S])", DAY_FLAGS
)
DAY_MONTH_LAST = re.compile(
    r"^(?:" + WEEKDAY + r",? )?(?:the )?" + ORDINAL + r" (?:of )?" + MONTH + r"(?:,? ([0-9]{4}))?(?![\s\S])",
    DAY_FLAGS,
)
DAY_ORDINAL = re.compile(r"^(?:the )?([0-9]{1,2})(?:st|nd|rd|th)(?![\s\S])", DAY_FLAGS)
DAY_WEEK = re.compile(r"^(last|past|this|next) week(?![\s\S])", DAY_FLAGS)
DAY_WEEK_END = re.compile(r"^(?:the )?end of (?:the |this )?(?:(last|next) )?week(?![\s\S])", DAY_FLAGS)
DAY_MONTH_END = re.compile(r"^(?:the )?end of (?:the |this )?(?:(last|next) )?month(?![\s\S])", DAY_FLAGS)
DAY_WITHIN = re.compile(r"^(?:in |within )?(?:the next )?" + NUMBER + r" (day|week)s?(?![\s\S])", DAY_FLAGS)
DAY_ASAP = re.compile(r"^(?:asap|as soon as possible|immediately|right away)(?![\s\S])", DAY_FLAGS)
DAY_SEASON = re.compile(r"^(?:(this|next) )?(spring|summer|fall|autumn|winter)(?![\s\S])", DAY_FLAGS)
# What people type before the day itself: "on", "by", "hoping to decide", "they said they'd decide by".
DAY_LEAD = re.compile(
    r"^(?:(?:they|he|she|you|we)(?:'re| are|'s| is)? )?(?:(?:said|told me) (?:they|he|she|you)(?:'d| would) )?"
    r"(?:(?:hoping|hope|hoped|planning|plan|planned|expect|expects|expected|expecting|want|wants|wanted|aim|aims|"
    r"aiming|going|will|would|should) )?(?:to )?(?:(?:decide|make a decision|get back to me|let me know|reply|"
    r"respond) )?(?:(?:on|by) )?",
    DAY_FLAGS,
)
# A lead worth dropping from a day that can't be read: "hoping to decide sometime in April" -> "sometime in April".
DAY_LEAD_DROPPED = re.compile(
    r"(?:decide|decision|get back to me|let me know|reply|respond|on|by) (?![\s\S])", DAY_FLAGS
)
# Typed text that already says when on its own, in a note about the past or about days to come.
PAST_WORDS = re.compile(
    r"^(?:yesterday|today|tonight|tomorrow|this|last|earlier|recently|on|at|in|during|over|just|the other)"
    r"(?![A-Za-z0-9_])|(?: ago)(?![\s\S])",
    DAY_FLAGS,
)
FUTURE_WORDS = re.compile(
    r"^(?:by|before|after|within|in|on|at|around|sometime|soon|next|this|until|no later|once|when|"
    r"as soon|end|the end|later|today|tonight|tomorrow)(?![A-Za-z0-9_])",
    DAY_FLAGS,
)
# A start that reads with "in": "in early April", "in mid-March", "in April".
START_IN = re.compile(r"^(?:early|late|mid)(?![A-Za-z0-9_])|^" + MONTH + r"(?![\s\S])", DAY_FLAGS)
DAY_NAME = re.compile(
    r"(?<![A-Za-z0-9_])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|may(?= [0-9]))(?![A-Za-z0-9_])",
    DAY_FLAGS,
)
DIGITS = re.compile(r"^[0-9]+(?![\s\S])")
MOMENT = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2})(?::[0-9]{2}){0,2})?(?![\s\S])")


@dataclass(frozen=True)
class Moment:
    """A day of writing or reading, with the hour when known."""

    day: date
    hour: int | None = None


@dataclass(frozen=True)
class Reading:
    """What a typed day means.

    kind: "day" (one day; `part` "this morning" and the like when typed), "week" (the week of `day`),
    "week_end" and "month_end" (the end of the week or month `day` falls in), "within" (`count` days or
    weeks from writing, `unit` "day" or "week", ending on `day`), "asap", "soon" or "season" (`part`).
    """

    kind: str
    day: date | None = None
    part: str = ""
    count: int = 0
    unit: str = ""


def parse_moment(text: str | None) -> Moment | None:
    """A day of writing or reading and, when given, the hour: "2026-12-02" or "2026-12-02T09:30"."""
    match = MOMENT.match(text or "")
    if not match:
        return None
    day = calendar_day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return Moment(day, int(match.group(4)) if match.group(4) is not None else None)


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when no such day exists (February 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_index(word: str) -> int:
    """1 for "jan", "January" or "Jan."."""
    return [m[:3].lower() for m in MONTHS].index(word[:3].lower()) + 1


def weekday_index(word: str) -> int:
    """0 for "mon", "Monday"; 6 for "sun"."""
    return [d[:3].lower() for d in WEEKDAYS].index(word[:3].lower())


def number_of(word: str) -> int:
    """2 for "2", "two" or "a couple of"."""
    text = word.lower()
    return int(text) if DIGITS.match(text) else NUMBER_WORDS[text]


def monday_of(day: date) -> date:
    """The Monday that starts the week of `day`."""
    return day - timedelta(days=day.weekday())


def month_day(month: int, day: int, year: int | None, written: date, future: bool) -> date | None:
    """A month and day in the year typed, else the nearest year in the field's direction of time."""
    if year is not None:
        return calendar_day(year if year >= 100 else 2000 + year, month, day)
    this_year = calendar_day(written.year, month, day)
    if this_year is None:
        return calendar_day(written.year + (1 if future else -1), month, day)
    if future and this_year < written - timedelta(days=14):
        return calendar_day(written.year + 1, month, day)
    if not future and this_year > written:
        return calendar_day(written.year - 1, month, day)
    return this_year


def day_of_month(day: int, written: date, future: bool) -> date | None:
    """The nearest date with that day of the month, this month or the next (future) or last (past) one."""
    year, month = written.year, written.month
    for _ in range(12):
        found = calendar_day(year, month, day)
        if found is not None and (found >= written if future else found <= written):
            return found
        month += 1 if future else -1
        if month == 13:
            year, month = year + 1, 1
        if month == 0:
            year, month = year - 1, 12
    return None


def weekday_day(weekday: int, which: str, written: date, future: bool) -> date:
    """The day named: "last tuesday" the latest one before yesterday, "next friday" in next week, else the nearest."""
    if which in ("last", "past"):
        return written - timedelta(days=(written.weekday() - weekday - 2) % 7 + 2)
    if which == "next":
        return monday_of(written) + timedelta(days=7 + weekday)
    if future:
        return written + timedelta(days=(weekday - written.weekday()) % 7)
    return written - timedelta(days=(written.weekday() - weekday) % 7)


def read_day(text: str, written: date, future: bool) -> Reading | None:
    """A typed day, tidied and without its leading "on"/"by", read against the day of writing; None if unreadable."""
    match = DAY_ISO.match(text)
    if match:
        found = calendar_day(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return Reading("day", found) if found else None
    match = DAY_SLASH.match(text)
    if match:
        year = int(match.group(3)) if match.group(3) else None
        found = month_day(int(match.group(1)), int(match.group(2)), year, written, future)
        return Reading("day", found) if found else None
    match = DAY_WORD.match(text)
    if match:
        word = match.group(1).lower()
        part = PARTS_OF_DAY.get(word, "")
        return Reading("day", written + timedelta(days=WORD_OFFSETS.get(word, 0)), part)
    match = DAY_AGO.match(text)
    if match:
        return Reading("day", written - timedelta(days=number_of(match.group(1)) * UNIT_DAYS[match.group(2).lower()]))
    match = DAY_WEEKDAY.match(text)
    if match:
        if match.group(3):
            found = day_of_month(int(match.group(3)), written, future)
            return Reading("day", found) if found else None
        which = (match.group(1) or "").lower()
        return Reading("day", weekday_day(weekday_index(match.group(2)), which, written, future))
    match = DAY_MONTH_FIRST.match(text)
    if match:
        year = int(match.group(4)) if match.group(4) else None
        found = month_day(month_index(match.group(2)), int(match.group(3)), year, written, future)
        return Reading("day", found) if found else None
    match = DAY_MONTH_LAST.match(text)
    if match:
        year = int(match.group(4)) if match.group(4) else None
        found = month_day(month_index(match.group(3)), int(match.group(2)), year, written, future)
        return Reading("day", found) if found else None
    match = DAY_ORDINAL.match(text)
    if match:
        found = day_of_month(int(match.group(1)), written, future)
        return Reading("day", found) if found else None
    match = DAY_WEEK.match(text)
    if match:
        offset = WEEK_OFFSETS[match.group(1).lower()]
        return Reading("week", monday_of(written) + timedelta(days=7 * offset))
    match = DAY_WEEK_END.match(text)
    if match:
        offset = WEEK_OFFSETS[match.group(1).lower()] if match.group(1) else 0
        return Reading("week_end", monday_of(written) + timedelta(days=4 + 7 * offset))
    match = DAY_MONTH_END.match(text)
    if match:
        year = written.year
        month = written.month + (WEEK_OFFSETS[match.group(1).lower()] if match.group(1) else 0)
        if month == 13:
            year, month = year + 1, 1
        if month == 0:
            year, month = year - 1, 12
        return Reading("month_end", calendar_day(year, month, 1))
    match = DAY_WITHIN.match(text)
    if match:
        count, unit = number_of(match.group(1)), match.group(2).lower()
        return Reading("within", written + timedelta(days=count * UNIT_DAYS[unit]), "", count, unit)
    if DAY_ASAP.match(text):
        return Reading("asap")
    if text.lower() == "soon":
        return Reading("soon")
    match = DAY_SEASON.match(text)
    if match:
        return Reading("season", None, (match.group(1) or "this").lower() + " " + match.group(2).lower())
    return None


def full_date(day: date, seen_from: date) -> str:
    """ "Tuesday, March 3", with the year when it is not the year of reading."""
    text = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    return text if day.year == seen_from.year else f"{text}, {day.year}"


def month_and_day(day: date, seen_from: date) -> str:
    """ "March 20", with the year when it is not the year of reading."""
    text = f"{MONTHS[day.month - 1]} {day.day}"
    return text if day.year == seen_from.year else f"{text}, {day.year}"


def week_phrase(monday: date, reading: date) -> str:
    """A week as seen from the day of reading: "last week", "this week", "next week", "the week of March 2"."""
    weeks = (monday - monday_of(reading)).days // 7
    if weeks == -1:
        return "last week"
    if weeks == 0:
        return "this week"
    if weeks == 1:
        return "next week"
    return "the week of " + month_and_day(monday, reading)


def past_phrase(reading: Reading, read: Moment) -> str:
    """When something happened, from the day of reading: "this morning", "yesterday", "on Tuesday, March 3"."""
    if reading.kind == "week" and reading.day is not None:
        phrase = week_phrase(reading.day, read.day)
        return phrase if phrase in ("last week", "this week") else "during " + phrase
    if reading.day is None:
        return ""
    days = (read.day - reading.day).days
    if days == 0:
        if reading.part:
            return reading.part
        return "this morning" if read.hour is not None and read.hour < 12 else "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return "on " + WEEKDAYS[reading.day.weekday()]
    return "on " + full_date(reading.day, read.day)


def future_phrase(reading: Reading, read: Moment, written: date, shape: str, taken_weekday: str = "") -> str:
    """A day to come, from the day of reading: "by Friday", "within two weeks" (deadline); "on April 6" (start).

    taken_weekday: a weekday the note already names for another day ("on Friday" for the interview); a day
    to come on that weekday takes its date ("by Friday, March 13").
    """
    lead = "by " if shape == DEADLINE else "on "
    if reading.kind == "asap":
        return "as soon as possible"
    if reading.kind in ("soon", "season"):
        return reading.part or reading.kind
    if reading.day is None:
        return ""
    if reading.kind == "within" and read.day == written:
        count = NUMBER_NAMES[reading.count] if reading.count < len(NUMBER_NAMES) else str(reading.count)
        amount = ("a" if reading.count == 1 else count) + " " + reading.unit + ("" if reading.count == 1 else "s")
        return "within " + amount
    if reading.kind == "week":
        return week_phrase(reading.day, read.day)
    if reading.kind == "week_end":
        phrase = week_phrase(monday_of(reading.day), read.day)
        if phrase in ("this week", "next week", "last week"):
            return "by the end of " + ("the week" if phrase == "this week" else phrase)
    if reading.kind == "month_end":
        months = (reading.day.year - read.day.year) * 12 + reading.day.month - read.day.month
        if months == 0:
            return "by the end of the month"
        if months == 1:
            return "by the end of next month"
        return "by the end of " + MONTHS[reading.day.month - 1]
    days = (reading.day - read.day).days
    if days == 0:
        return "by today" if shape == DEADLINE else "today"
    if days == 1:
        return "by tomorrow" if shape == DEADLINE else "tomorrow"
    if 1 < days < 7:
        weekday = WEEKDAYS[reading.day.weekday()]
        return lead + (full_date(reading.day, read.day) if weekday == taken_weekday else weekday)
    return lead + month_and_day(reading.day, read.day)


def capitalize_day_names(text: str) -> str:
    """ "friday" -> "Friday", "march 3" -> "March 3"."""
    return DAY_NAME.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:].lower(), text)


def as_typed(text: str, shape: str) -> str:
    """A day that can't be read, kept as typed with the preposition it needs: "on the 3rd", "by mid-March"."""
    text = capitalize_day_names(text)
    if shape == PAST:
        if PAST_WORDS.search(text):
            return text[:1].lower() + text[1:]
        return "on " + text
    if FUTURE_WORDS.match(text):
        return text[:1].lower() + text[1:]
    if shape == DEADLINE:
        return "by " + text
    return ("in " if START_IN.match(text) else "on ") + text


def phrase_day(text: str, shape: str, written: Moment | None, read: Moment | None, taken_weekday: str = "") -> str:
    """A typed day (already tidied, no final stop) as the note says it, from the day of reading.

    Without a day of writing only ISO dates are read; the rest is kept as typed. taken_weekday: see
    future_phrase.
    """
    if not text:
        return text
    lead = DAY_LEAD.match(text)
    core = text[lead.end() :] if lead else text
    own_words = PAST_WORDS if shape == PAST else FUTURE_WORDS
    dropped = lead is not None and DAY_LEAD_DROPPED.search(lead.group(0)) is not None
    typed = core if dropped and core and not own_words.search(text) else text
    if written is None:
        iso = DAY_ISO.match(core)
        found = calendar_day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))) if iso else None
        if found is None:
            return as_typed(typed, shape)
        return ("by " if shape == DEADLINE else "on ") + full_date(found, read.day if read else found)
    reading = read_day(core, written.day, shape != PAST)
    if reading is None or (shape == PAST and reading.kind not in ("day", "week")):
        return as_typed(typed, shape)
    seen = read or written
    return (
        past_phrase(reading, seen) if shape == PAST else future_phrase(reading, seen, written.day, shape, taken_weekday)
    )


def reading_day(channel: str, today: str | None, read_on: str | None = None) -> str | None:
    """The day a note will be read, as render_text takes it: `read_on` when given; for a handwritten card,
    CARD_READ_DAYS after the day of writing (so a card never says "yesterday"); else None (read as written).
    """
    if parse_moment(read_on) is not None or channel != CARD_CHANNEL:
        return read_on
    written = parse_moment(today)
    return (written.day + timedelta(days=CARD_READ_DAYS)).isoformat() if written else read_on
