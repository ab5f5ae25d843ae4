"""Forms of address: how a note greets the person it is for (mirrored in render.js).

"Dear Dr. Wei Chen" becomes "Dear Dr. Chen"; "Hi Sarah Kim" becomes "Hi Sarah" and "Dear Sarah Kim" becomes
"Dear Sarah" (a bare full name greets by first name); "Hi Ms. Raman" becomes "Dear Ms. Raman" (a title asks
for the formal greeting). In the formal tone "Dear Sarah Kim" stays, and the composer suggests a title
(address_hint in render.py).
"""

from __future__ import annotations

import re

# Titles as typed (lower case, without the full stop) and as a US note writes them.
TITLES: dict[str, str] = {
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "dr": "Dr.",
    "prof": "Prof.",
    "professor": "Professor",
    "rev": "Rev.",
}
# Words that belong to the surname before it ("de la Cruz", "van der Berg") or after it ("King Jr.").
SURNAME_PARTICLES: tuple[str, ...] = (
    "de",
    "la",
    "le",
    "du",
    "da",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "al",
)
NAME_SUFFIXES: tuple[str, ...] = ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
# Words that make a name a group or a role, greeted as typed: "Hi Hiring Team", "Dear Hiring Manager".
GROUP_WORDS: tuple[str, ...] = (
    *("hiring", "team", "manager", "recruiter", "recruiting", "committee", "talent", "search", "selection"),
    *("panel", "department", "office", "sir", "madam", "all", "everyone", "colleagues", "friends", "folks"),
)
# A first name given as an initial ("J. Smith") is not a name to greet by.
INITIAL = re.compile(r"^[A-Za-z]\.?(?![\s\S])")
FORMAL_GREETING = "Dear"
NAME_CHARACTERS = " '\u2019.-"
# A greeting word just before the name slot, at the start of a line: "Dear ", "Hi ".
GREETING_BEFORE = re.compile(r"(?:^|\n)(dear|hi|hello|hey) +(?![\s\S])", re.ASCII | re.IGNORECASE)
FIRST_NAME_GREETINGS: tuple[str, ...] = ("hi", "hello", "hey")
# The tone in which a bare full name is greeted as typed ("Dear Sarah Kim"): a title is suggested instead.
FULL_NAME_TONE = "formal"
TITLE_STOPS = re.compile(r"\.+(?![\s\S])")
WORD_END_MARKS = re.compile(r"[,;:]+(?![\s\S])")


def title_of(word: str) -> str | None:
    """The written form of a title ("ms." -> "Ms."), or None when the word is not one."""
    return TITLES.get(TITLE_STOPS.sub("", word.lower()))


def name_parts(name: str) -> tuple[str | None, list[str], list[str]]:
    """A name's title (written form), given names and surname: "Dr. Ana de la Cruz" -> Dr., [Ana], [de, la, Cruz]."""
    words = name.split(" ") if name else []
    title = title_of(words[0]) if words else None
    if title is not None:
        words = words[1:]
    if not words:
        return title, [], []
    end = len(words) - 1
    while end > 0 and words[end].lower() in NAME_SUFFIXES:
        end -= 1
    start = end
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    if start == 0:
        return title, [], words
    return title, words[:start], words[start:]


def address(name: str, greeting: str, tone: str = "") -> tuple[str, str]:
    """The greeting word and the name as the greeting line writes them.

    A title with a full name greets by title and surname, with "Dear"; a bare full name by first name,
    except in the formal tone; anything else as typed.
    """
    title, given, surname = name_parts(name)
    if any(word.lower() in GROUP_WORDS for word in given + surname):
        return greeting, name
    if title is not None and surname:
        return FORMAL_GREETING, title + " " + " ".join(surname)
    first = WORD_END_MARKS.sub("", given[0]) if given else ""
    first_name_greeting = greeting.lower() in FIRST_NAME_GREETINGS or tone != FULL_NAME_TONE
    # Only a name is cut to its first word: anything else typed there stays whole ("<b> Kim", "Team 7").
    looks_like_name = all(char.isalpha() or char in NAME_CHARACTERS for char in name)
    if title is None and first and not INITIAL.match(first) and first_name_greeting and looks_like_name:
        return greeting, first
    return greeting, name
