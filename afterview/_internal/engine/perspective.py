"""Moments typed about the reader in the third person, or as a note to self (mirrored in render.js).

"she told me the unit is short" in a note to her, "their sales reports" in a note to that company, or
"ask about the budget" jotted as a reminder read oddly when pasted into the note. The engine never changes
the note by itself: it names the words found and suggests a rewording in the second person, which the
composer offers and the checker flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The fields where a person types a moment of the conversation, read for words about the reader or to oneself.
MOMENT_FIELDS = ("highlight", "clarification")
PERSPECTIVE_FLAGS = re.ASCII | re.IGNORECASE
# "she told me", "he said", "they showed us": the reader as a third person doing the talking.
THIRD_PERSON_SUBJECT = re.compile(
    r"(?<![A-Za-z0-9_'\u2019])(she|he|they)(?: (?:also|really|just|even))? ([a-z]+(?:n['\u2019]t)?)"
    r"(?![A-Za-z0-9_'\u2019])",
    PERSPECTIVE_FLAGS,
)
# "her team", "their sales reports", "his advice": the reader's things, as a third person's.
# The word owned may itself own: "her team's pipeline".
THIRD_PERSON_OWNER = re.compile(
    r"(?<![A-Za-z0-9_'\u2019])(his|her|their)( [a-z]+)(?![A-Za-z0-9_]|['\u2019](?!s(?![A-Za-z0-9_])))",
    PERSPECTIVE_FLAGS,
)
# A reminder to oneself rather than words to the reader: "ask about ...", "remember to mention ...".
NOTE_TO_SELF = re.compile(
    r"^(?:note to self:? |todo:? |to do:? |remember to |remind (?:them|him|her) |don'?t forget to )"
    r"|^(?:ask|mention|follow up|send|bring up|check) (?:about|on|them|him|her|if|whether|the|my|that)(?![A-Za-z0-9_])",
    PERSPECTIVE_FLAGS,
)
NOTE_TO_SELF_LEAD = re.compile(
    r"^(?:note to self:? |todo:? |to do:? |remember to |don'?t forget to )", PERSPECTIVE_FLAGS
)
# Words after "her" that show it is not "her something": "told her about", "her and".
NOT_OWNED = (
    "about",
    "and",
    "or",
    "that",
    "the",
    "a",
    "an",
    "to",
    "for",
    "at",
    "in",
    "on",
    "with",
    "so",
    "if",
    "when",
    "how",
    "what",
    "why",
    "again",
    "too",
)
# Verbs after "she"/"he" in the second person: "she is" -> "you are".
SECOND_PERSON_VERBS: dict[str, str] = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}


@dataclass(frozen=True)
class PerspectiveIssue:
    """Words that speak about the reader, or to oneself; `suggestion` is the whole value reworded."""

    found: str
    suggestion: str
    kind: str


def keep_case(word: str, like: str) -> str:
    """`word` with a capital first letter when `like` has one."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def second_person_verb(verb: str, subject: str) -> str:
    """The verb after "you" for a verb after `subject`: is -> are, wants -> want; past tenses unchanged."""
    lower = verb.lower().replace("\u2019", "'")
    if lower in SECOND_PERSON_VERBS:
        return keep_case(SECOND_PERSON_VERBS[lower], verb)
    if subject.lower() == "they" or not lower.endswith("s") or lower.endswith("ss") or len(lower) < 4:
        return verb
    if lower.endswith("ies"):
        return verb[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses")):
        return verb[:-2]
    return verb[:-1]


def perspective_issues(value: str, company: str = "") -> list[PerspectiveIssue]:
    """What in a typed moment speaks about the reader (or to oneself), each with the whole value reworded.

    company: the organization the note goes to; "Northwind's reports" then reads "your reports".
    """
    text = " ".join(value.split())
    if not text:
        return []
    issues: list[PerspectiveIssue] = []
    if NOTE_TO_SELF.search(text):
        lead = NOTE_TO_SELF_LEAD.match(text)
        rest = text[lead.end() :] if lead else text
        issues.append(PerspectiveIssue(text.split(" ")[0], rest[:1].upper() + rest[1:], "note-to-self"))
    found: list[str] = []

    def subject(match: re.Match[str]) -> str:
        found.append(match.group(0))
        verb = second_person_verb(match.group(2), match.group(1))
        return keep_case("you", match.group(1)) + match.group(0)[len(match.group(1)) : -len(match.group(2))] + verb

    def owner(match: re.Match[str]) -> str:
        if match.group(2).strip().lower() in NOT_OWNED:
            return match.group(0)
        found.append(match.group(0))
        return keep_case("your", match.group(1)) + match.group(2)

    reworded = THIRD_PERSON_SUBJECT.sub(subject, text)
    reworded = THIRD_PERSON_OWNER.sub(owner, reworded)
    name = " ".join(company.split())
    if name:
        for possessive in (name + "'s", name + "\u2019s"):
            spot = reworded.lower().find(possessive.lower())
            if spot >= 0:
                found.append(reworded[spot : spot + len(possessive)])
                reworded = reworded[:spot] + keep_case("your", reworded[spot:]) + reworded[spot + len(possessive) :]
    if found:
        issues.append(PerspectiveIssue(", ".join(found), reworded, "third-person"))
    return issues


def moment_issues(name: str, value: str, company: str = "") -> list[PerspectiveIssue]:
    """perspective_issues for a field where a moment of the conversation is typed; none for any other field."""
    return perspective_issues(value, company) if name in MOMENT_FIELDS else []
