"""The editorial standard's machine-checkable parts: one source for template lint and the draft checker.

Stock claims are the template phrasings that assert something the writer never typed ("It shows how I
approached a comparable problem"), invented back-stories and stock filler, each written specifically enough
that a person's own true sentence does not match; closing lines are the stock sign-off
sentences a note should use at most once. Patterns read the same in Python (re.IGNORECASE | re.ASCII) and
JavaScript (flag i): ASCII classes only. CONTRIBUTING.md ("Editorial standard") explains each list.
"""

from __future__ import annotations

from typing import NamedTuple

STOCK_CLAIMS: tuple[str, ...] = (
    # Claims about the sender's own material that the sender never made.
    r"it shows how i approached a comparable problem",
    r"bears directly on the work we discussed",
    r"i thought it worth sharing because",
    # Invented back-stories: events of the interview the sender never described.
    r"i offered to share an example of similar work",
    r"i felt ready because of how well you had briefed me",
    r"exactly what i needed to hear, and i have already started to act on it",
    r"i have written it down to come back to",
    r"the interviews went well: the discussion of",
    r"sat in the same classrooms",
    r"(?:answer|answered) a message from a student you had never met",
    r"you met a long line of students that day",
    r"for staying afterward to answer questions",
    r"opening and plan to apply this week",
    r"made the [^.!?\n]{1,60} (?:role|position|job) feel very real",
    r"the session was well run and welcoming",
    r"hearing how the team thinks it through together",
    r"a practical view of the work that i had not had before",
    # Stock filler that says nothing the reader did not know.
    r"i appreciate(?:d)? the time you gave to our conversation",
    r"i was particularly interested in your explanation",
    r"i appreciated how clearly you explained",
    r"i appreciated the thought you put into your questions",
    r"it has only added to my enthusiasm",
    # A clarification that flags the weak moment again instead of giving the better answer.
    r"my answer in the room was rushed",
    r"a stronger answer would draw on",
    r"i do not think i did justice to",
)

# Lines a reader of many notes marks down as stock, kept out of the catalog's prose (lint AV017) but not
# flagged in a person's own draft, where one such line is no fault.
TEMPLATE_STOCK_LINES: tuple[str, ...] = (
    r"i left the visit hoping to work with you",
    r"stayed with me after the visit",
    r"whatever they decide",
    r"i know plans change",
    r"i came away wanting to work at",
    r"i would welcome the chance to apply [^.!?\n]{1,80} in this position",
    r"draw on [^.!?\n]{1,80} in this position",
)

CLOSING_LINES: tuple[str, ...] = (
    r"please (?:do not|don't) hesitate to (?:contact|reach out)",
    r"(?:please )?(?:feel free|do feel free) to (?:contact|reach out|get in touch)",
    r"(?:please )?let me know if (?:i can|there is anything|there's anything|you need|you have any)",
    r"if (?:there is|there's) anything (?:else )?(?:i can|you need)",
    r"if you need anything (?:else|further)",
    r"i look forward to hearing (?:from you|back)",
    r"i hope to hear from you soon",
    r"look forward to (?:hearing about )?the next (?:steps?|stage)",
    r"i remain (?:very |most |highly )?(?:interested|enthusiastic|keen)",
    r"thank you (?:again )?for your (?:time and )?(?:consideration|understanding)",
    r"i (?:am|would be) happy to (?:provide|send) (?:any|anything)",
)


class Budget(NamedTuple):
    """How long a note may run: sentences and words of its message (the greeting and signature not counted)."""

    sentences: int
    words: int


# Per channel; a LinkedIn connection request has its own, and the brief tone counts the whole note.
BUDGETS: dict[str, Budget] = {
    "email": Budget(sentences=8, words=150),
    "linkedin": Budget(sentences=5, words=80),
    "connection-request": Budget(sentences=4, words=40),
    "handwritten": Budget(sentences=5, words=75),
}
BRIEF_TONE_WORDS = 90
