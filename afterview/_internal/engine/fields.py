"""The fields a template may use as {placeholders}, with the labels the composer shows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One fillable value of a note.

    optional: the sender may leave it blank; templates put it inside a [[...]] segment that disappears then.
    shape: how the renderer shapes what people type to fit where it lands (render.py):
    "name" (capitalized when typed all in lower case; in a greeting, the right form of address),
    "contact" (kept as typed), "phrase" (no first capital or final stop inside a sentence),
    "organization" (capitalized when typed all in lower case, else kept as typed), "role" (no article,
    no trailing "role"), "date" (a past day, brought with its preposition: "yesterday", "on Tuesday"),
    "deadline" (a day to come after a verb: "by Friday", "within two weeks"), "start" (a day to come:
    "on April 6", "as soon as possible") or "sentence" (the person's own sentences, or a phrase).
    """

    name: str
    label: str
    hint: str
    group: str
    autocomplete: str = "off"
    multiline: bool = False
    optional: bool = False
    shape: str = "phrase"


FIELDS: tuple[Field, ...] = (
    Field("sender_name", "Your full name", "As you sign your emails.", "you", "name", shape="name"),
    Field(
        "sender_email", "Your email", "The address you want replies at.", "you", "email", optional=True, shape="contact"
    ),
    Field(
        "sender_phone",
        "Your phone",
        "Optional but helpful in an email signature.",
        "you",
        "tel",
        optional=True,
        shape="contact",
    ),
    Field(
        "sender_linkedin",
        "Your LinkedIn profile link",
        "For example https://www.linkedin.com/in/your-name",
        "you",
        "url",
        optional=True,
        shape="contact",
    ),
    Field("recipient_name", "Their name", 'How you greet them: "Ms. Raman" or "Priya".', "them", shape="name"),
    Field("recipient_title", "Their job title", "For example Head of Design.", "them", optional=True),
    Field(
        "company",
        "Company",
        "The organization you interviewed with.",
        "interview",
        "organization",
        shape="organization",
    ),
    Field("role", "Role", "The job title you applied for.", "interview", "organization-title", shape="role"),
    Field(
        "interview_date",
        "Interview day",
        "Pick the date, or type it as you would say it: yesterday, on Tuesday, March 3.",
        "interview",
        shape="date",
    ),
    Field(
        "highlight",
        "The moment worth mentioning",
        "A specific part of the conversation, e.g. the plan to rebuild onboarding.",
        "them",
        multiline=True,
        shape="sentence",
    ),
    Field(
        "strength",
        "What you would bring",
        "In a sentence, how your experience fits what they told you, e.g. I ran usability studies every sprint, "
        "so I know how to test a flow like that.",
        "interview",
        multiline=True,
        shape="sentence",
    ),
    Field(
        "documents",
        "What you promised to send",
        "For example the onboarding case study from my portfolio.",
        "interview",
    ),
    Field(
        "update",
        "Your news",
        "A sentence in the first person: I have since ...",
        "interview",
        multiline=True,
        shape="sentence",
    ),
    Field(
        "clarification",
        "The answer you want to improve",
        "For example your question about the missed launch date.",
        "interview",
        multiline=True,
        shape="sentence",
    ),
    Field(
        "better_answer",
        "Your better answer",
        "One or two sentences in your own words: the answer you wish you had given.",
        "interview",
        multiline=True,
        shape="sentence",
    ),
    Field(
        "update_why",
        "Why it matters for this job",
        "Optional, in your own words: how your news connects to the role.",
        "interview",
        multiline=True,
        optional=True,
        shape="sentence",
    ),
    Field(
        "decision_date",
        "When they said they would decide",
        "For example by the end of next week.",
        "interview",
        shape="deadline",
    ),
    Field(
        "offer_deadline", "Your other offer's deadline", "For example Friday, March 21.", "interview", shape="deadline"
    ),
    Field("start_date", "Your start date", "For example Monday, April 7.", "interview", shape="start"),
)

FIELDS_BY_NAME: dict[str, Field] = {field.name: field for field in FIELDS}
OPTIONAL_FIELDS: frozenset[str] = frozenset(field.name for field in FIELDS if field.optional)
SENTENCE_FIELDS: frozenset[str] = frozenset(field.name for field in FIELDS if field.shape == "sentence")
