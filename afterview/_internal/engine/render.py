"""Fill a template's placeholders: the one rendering algorithm (mirrored in render.js).

The template language, beyond {field} placeholders:

- ``[[text with {field}]]`` is an optional segment: it appears only when every field in it is filled.
  A line left empty by optional segments disappears.
- ``[[phrase frame || sentence frame]]`` is a shape choice around one sentence-shaped field (fields.py
  ``shape="sentence"``): the first frame when the sender typed a phrase ("the plan to rebuild onboarding"),
  the second when they typed one or more full sentences ("You explained how the flow is tested.").
- ``[[pp || ps || sp || ss]]`` (four frames) chooses by the shapes of the first two sentence-shaped fields in
  its first frame, in order of appearance: p = phrase, s = sentences, as above. With {highlight} typed as a
  sentence and {strength} as a phrase, ``[[... || ... || {highlight} I know that work from {strength}. || ...]]`` takes
  the third frame. In a frame that places the second field inside a sentence ("{highlight} stood out to me,
  since {strength}."), sentences lose their first capital and final stop, and a subjectless "led X" reads
  "I led X".
- ``[[, phrase frame || , sentence frame]]``, a choice that opens with a comma, carries on the sentence before
  it ("... about {highlight}[[, given {strength} || , since {strength}]]."), and drops out, like an optional
  segment, when its field is blank: the field may be left blank in that template. Sentences that give their
  own reason (GIVES_OWN_REASON) join after "; " instead of the frame's "since".
- ``[[pp || ps || sp || ss || pt || st]]`` (six frames) adds a shape for the second field: t = sentences that
  give their own reason ("I ran a kitchen for twelve years, so I know what a slow dock costs", GIVES_OWN_REASON),
  or that follow a moment typed with the writer's reaction ("... really made me think.", SAYS_ITS_EFFECT): they
  need no tie of the template's.
- A sentence-shaped field right after "; ", " - " or " — " joins the sentence before it: "{highlight};
  {strength}" with "You mentioned the unit is short on nights." and "ran the night shift for six years" gives
  "You mentioned the unit is short on nights; I ran the night shift for six years." The field before the
  mark is shaped as its own sentence and loses its final stop; the field after keeps its own shaping ("I
  ran ...", "you showed me ...") but starts in lower case unless its first word is "I", a name, an acronym
  or a tool, and ends with its stop. After a "!" or "?" the mark is dropped and the field starts a sentence.

Values are shaped as people type them (fields.py ``shape``) to fit where they land: spaces trimmed and
collapsed; names typed all in lower case capitalized and the greeting's form of address fixed (address.py);
a company typed all in lower case capitalized; a role without its article or trailing "role"; a day read
and phrased from the day the note will be read (days.py; a handwritten card is read three days after it is
written: reading_day); tools typed in lower case with their own capitals ("python" -> "Python"); a bare full
name greeted by first name except in the formal tone (address.py); a sentence-shaped answer as the person's own
sentences (a subjectless "led two migrations" becomes "I led two migrations.", "when you showed me X"
becomes "You showed me X.") or as a phrase inside the template's sentence (no first capital unless a name,
acronym or "I", no final stop; an "-ing" strength gets "my experience" in front); no doubled word, role word
or full stop where a value meets the template's text; in the formal tone no "!"; a better answer typed as
"I should have said that X" gives X.

render.js mirrors this module line for line and reads every pattern and table from ``engine_data()``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from . import address as address_module
from . import days as days_module
from . import perspective as perspective_module
from .address import GREETING_BEFORE, address
from .days import DAY_SHAPES, parse_moment, phrase_day
from .days import reading_day as reading_day
from .fields import FIELDS_BY_NAME, SENTENCE_FIELDS
from .perspective import PerspectiveIssue as PerspectiveIssue
from .perspective import perspective_issues as perspective_issues

PART_ORDER: tuple[str, ...] = ("greeting", "gratitude", "highlight", "update", "interest", "closing", "signature")
VARIANT_PARTS: tuple[str, ...] = ("gratitude", "highlight", "interest", "closing")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SEGMENT = re.compile(r"\[\[((?:(?!\[\[|\]\])[\s\S])*)\]\]")
CHOICE = "||"
# "[[, given {strength} || , since {strength}]]": a choice that opens with a comma carries on the sentence before
# it, and drops out, like an optional segment, when its field is blank.
CONTINUATION_CHOICE = re.compile(r"^[ ]*,")
# A sentence that gives its own reason ("..., so I know what a slow dock costs") joins a continuation after "; ",
# not after the frame's "since".
REASON_JOIN = "; "
# The words after which a typed sentence carries on as the writer's reason ("..., since I ran ..."): the only place
# a sentence goes inside the template's (language.py and readability.py check it).
REASON_LEAD = r"(?<![A-Za-z])(?:since|because)"
PARAGRAPH_BREAK = "\n\n"
BLANK = "___"

# Patterns read the same in Python (re.ASCII | re.IGNORECASE) and JavaScript (flag i): ASCII classes only.
FLAGS = re.ASCII | re.IGNORECASE
NOT_LETTER_BEFORE = r"(?<![A-Za-z0-9_])"
NOT_LETTER_AFTER = r"(?![A-Za-z0-9_])"
ABBREVIATION_END = re.compile(
    r"(?<![A-Za-z0-9_'\u2019])(?:mr|mrs|ms|mx|dr|prof|st|jr|sr|inc|ltd|co|corp|llc|plc|bros|etc|vs|approx|dept|no|[A-Za-z])\.(?![\s\S])",
    FLAGS,
)
SENTENCE_START = re.compile(
    r"^(?:(?:i|we|you|they|he|she|it|there)(?:['\u2019](?:m|ve|d|ll|re|s))?[ ]+[A-Za-z]"
    r"|(?:really|loved|enjoyed|learned|learnt|thanks|glad|also|and|but|as|since|after|during)[ ,])",
    FLAGS,
)
# "Your style guide is very detailed." ends like a sentence and has a verb of its own (not in a "that is" clause).
FINITE_VERB = re.compile(
    r"(?<!that)(?<!which)(?<!who) (?:is|are|was|were|seems|seemed|sounds|sounded|looks|looked|felt|feels)"
    + NOT_LETTER_AFTER,
    FLAGS,
)
SENTENCE_GAP = re.compile(
    r'[.!?\u2026]["' + r"'\u201d\u2019)]*[ ]+" + r'["' + r"'\u201c\u2018(]*[A-Za-z0-9\u00c0-\uffff]"
)
ENDS_SENTENCE = re.compile(r'[.!?\u2026]["' + r"'\u201d\u2019)]*(?![\s\S])")
# First words that take no capital inside a sentence (names, acronyms and "I" keep theirs).
COMMON_FIRST_WORDS: tuple[str, ...] = (
    *("the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that", "these", "those"),
    *("how", "what", "why", "when", "where", "which", "who", "whose", "some", "any", "each", "every", "all"),
    *("both", "most", "many", "much", "more", "several", "few", "no", "half", "over", "nearly", "almost"),
    *("about", "around", "under", "just", "only", "really", "also", "after", "before", "during", "for", "from"),
    *("in", "into", "on", "with", "without", "through", "across", "at", "by", "as", "one", "two", "three"),
    *("four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen"),
    *("fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"),
    *("sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen"),
    *("dozens", "years", "months", "weeks", "experience", "work", "time", "team", "skills", "knowledge"),
)
# Words ending in -ed or -ing that do not start a verb phrase ("advanced Excel", "something new").
ED_NOT_VERBS: tuple[str, ...] = (
    *("advanced", "detailed", "experienced", "skilled", "certified", "licensed", "dedicated", "limited"),
    *("varied", "combined", "applied", "automated", "integrated", "specialized", "related", "red", "bed"),
    *("need", "speed", "seed", "feed", "hundred", "talented", "motivated", "organized", "interested"),
    *("excited", "qualified", "based", "embedded", "seasoned", "trusted", "shared", "used", "detail-oriented"),
)
ING_NOT_VERBS: tuple[str, ...] = (
    *("thing", "things", "something", "anything", "everything", "nothing", "morning", "evening", "spring"),
    *("string", "king", "ring", "wing", "ceiling", "during", "bring", "sing", "sting", "swing", "ping"),
    *("offering", "opening", "wedding", "clothing", "building", "housing", "funding", "nursing"),
)
# Past tenses that do not end in -ed: "led two migrations" reads as "I led two migrations."
PAST_TENSE_VERBS: tuple[str, ...] = (
    *("led", "built", "rebuilt", "ran", "won", "made", "wrote", "taught", "grew", "cut", "began", "brought"),
    *("drove", "found", "gave", "got", "held", "kept", "lost", "met", "paid", "sold", "sent", "spent", "spoke"),
    *("took", "told", "thought", "understood", "did", "saw", "oversaw", "drew", "chose", "became", "fought"),
    *("stood", "wore", "won", "shot", "set", "taught", "undertook", "co-led", "co-wrote", "co-founded"),
    *("went", "came", "had", "heard", "knew", "felt"),
)
# Verbs that make "the team ships a campaign every week" a sentence, typed without its capital or stop.
PRESENT_VERBS: tuple[str, ...] = (
    *("is", "are", "was", "were", "has", "have", "does", "ships", "runs", "wants", "needs", "uses", "plans"),
    *("handles", "builds", "sends", "serves", "hires", "gets", "keeps", "works", "moves", "makes", "takes"),
    *("gives", "launches", "publishes", "releases", "spends", "loses", "sees", "hopes", "expects", "relies"),
)
# Words that open a clause inside a noun phrase ("the exercise where we had to plan"): not a subject's verb.
CLAUSE_WORDS = (
    r"where|which|who|whom|whose|that|when|while|how|what|why|we|you|they|i|he|she|it|to|of|for|with|about|on|in|at"
    r"|the|a|an|my|our|your|their|his|her|its"
)
SUBJECT_VERB = re.compile(
    r"^(?:the|our|your|my|their|this|that|his|her|its)(?: (?!(?:" + CLAUSE_WORDS + r")(?![A-Za-z0-9_'-]))"
    r"[A-Za-z][A-Za-z-]*){1,3} (?:" + "|".join(PRESENT_VERBS + PAST_TENSE_VERBS) + r") [A-Za-z0-9]",
    FLAGS,
)
# "this time we went through it": a time first, then the sentence's own subject and verb.
TIME_THEN_SUBJECT = re.compile(
    r"^(?:this time|today|yesterday|then|later|afterwards|at the end|in the end|at one point|at first),? "
    r"(?:we|you|they|i|he|she) [A-Za-z]",
    FLAGS,
)
# First words that lose their capital even before a name ("The Six Sigma projects" -> "the Six Sigma projects");
# any other keeps it there ("Six Sigma training" stays).
DETERMINERS: tuple[str, ...] = ("the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that")
NAME_FOLLOWS = re.compile(r"^ [A-Z][a-z]")
# A common word in lower case or with a capital; an -ing or -ed word only before a word in lower case.
LOWERABLE_FIRST_WORD = re.compile(
    r"^("
    + "|".join(word + "|" + word.capitalize() for word in COMMON_FIRST_WORDS)
    + r"|[A-Za-z][a-z]+(?:ing|ed)(?= [a-z0-9]))(?![A-Za-z0-9_'\u2019-])"
)
# "Your question about density really made me think.": a typed sentence with a verb of its own.
CAPITAL_START = re.compile(r"^[A-Z]")
VERB_WORD = re.compile(
    r" (?:"
    + "|".join(PAST_TENSE_VERBS)
    + r"|makes|gives|showed|shows|tells|said|says|helped|helps|takes|left|means|meant|[a-z]{2,}ed)(?= [A-Za-z])"
)
FIRST_WORD = re.compile(r"^([A-Za-z-]+)(?![A-Za-z0-9_'\u2019])")
VERB_PHRASE = re.compile(
    r"^(?:" + "|".join(PAST_TENSE_VERBS) + r"|[A-Za-z]{2,}ed|(?:re|co-)[a-z]+ed) [A-Za-z0-9\u00c0-\u024f]", FLAGS
)
# "Attached is my CV", "Did you mean ...?": a verb before "is" or a subject opens an inverted sentence or a
# question, not a verb phrase without its subject.
INVERTED_START = re.compile(
    r"^[A-Za-z-]+ (?:is|are|was|were|here|below|above|you|we|they|he|she|i|it)(?![A-Za-z0-9_'\u2019])", FLAGS
)
ING_PHRASE = re.compile(r"^[A-Za-z]{2,}ing [A-Za-z0-9\u00c0-\u024f]", FLAGS)
# "building a rails app": an -ing word that can be a noun ("building") is a verb before its object.
ING_WITH_OBJECT = re.compile(
    r"^[A-Za-z]{2,}ing (?:a|an|the|my|our|their|your|his|her|its|up|out)(?![A-Za-z0-9_])", FLAGS
)
# "when you showed me the redesign": a clause about the reader or the talk, its own sentence without "when".
BETTER_ANSWER_FIELD = "better_answer"
# "I should have said that X" typed as the better answer: the note gives X, without pointing back at the first
# answer (a clarification gives the better answer; it does not apologise for the weak one).
HINDSIGHT_LEAD = re.compile(
    r"^(?:(?:what )?i (?:should|could|ought to) have|i wish i had) (?:said|answered)"
    r"(?: (?:is|was))?(?: that)?[ ,:]*(?=[A-Za-z0-9])",
    FLAGS,
)
CLAUSE_LEAD = re.compile(r"^(?:when|where|while|once) (?=(?:you|we|they|she|he|i)(?![A-Za-z0-9_'\u2019]))", FLAGS)
STRENGTH_FIELD = "strength"
HIGHLIGHT_FIELD = "highlight"
# Evidence typed as a sentence that gives its own reason ("..., so I know what a slow dock costs"): a six-frame
# choice gives it a frame without the template's own tie ("since ...").
GIVES_OWN_REASON = re.compile(
    r"(?:,[ ]*so|(?<![A-Za-z'\u2019])so (?=(?:i|i'm|im|i've|a|an|the|that|this|my|we|it|you)(?![A-Za-z]))|"
    r"(?<![A-Za-z])(?:because|which is why|that is why|that's why|which means)(?![A-Za-z]))",
    FLAGS,
)
# A moment typed with the writer's own reaction ("Your question ... really made me think."): a tie of the template's
# ("That stood out to me, since ...") would say it twice, so a six-frame choice sets the evidence after it as typed.
SAYS_ITS_EFFECT = re.compile(
    r"(?<![A-Za-z])(?:made me (?:think|smile|laugh|want|realize|realise)|(?:stuck|stayed) with me|stood out|"
    r"caught my (?:eye|interest|attention)|i (?:really |especially |particularly )?(?:loved|enjoyed|liked|"
    r"appreciated)|(?:was|is) (?:my favou?rite|the highlight)|(?:really|very|so) (?:interesting|inspiring|"
    r"exciting|helpful|useful))(?![A-Za-z])",
    FLAGS,
)
# "this time" opening a typed moment speaks of a second meeting; it stays only in a note that says "again".
REPEAT_MARKER = re.compile(r"^[ \t]*this time,?[ \t]+(?=[A-Za-z])", FLAGS)
AGAIN_WORD = re.compile(r"(?<![A-Za-z])(?:again|second|another)(?![A-Za-z])", FLAGS)
# Shapes of an answer that are not sentences of the writer's own (answer_shape).
PHRASE_SHAPES: tuple[str, ...] = ("phrase", "ing")
# A promised link typed by name ("my portfolio link") and a typed web address ("lucia.design/work").
LINK_WORD = re.compile(r"(?<![A-Za-z0-9_])(?:link|url|website)(?![A-Za-z0-9_])", FLAGS)
WEB_ADDRESS = re.compile(
    r"https?://|www\.|[A-Za-z0-9-]\.(?:com|org|net|io|dev|design|me|co|edu|site)(?![A-Za-z])", FLAGS
)
# A moment that was something done together, not a topic heard about: "enjoyed hearing about the tour of X"
# reads "enjoyed the tour of X", and "talking about the exercise where ..." reads "working through the
# exercise where ...". The noun must head the phrase (followed by its own words or the end), so that "the
# test kitchen" stays a topic.
MOMENT_LEAD = re.compile(r"(?<![A-Za-z])(?:hearing|talking|learning|our (?:talk|conversation|chat)) about $", FLAGS)
_ACTIVITY_HEAD_END = r"(?=[ ,](?:of|about|on|where|when|with|that|which|we|you|in|for|at|through|around)(?![A-Za-z])|$)"
SHARED_EVENT = re.compile(
    r"^(?:the|a|an|your|our|that|this)(?: [A-Za-z-]+){0,2}? "
    r"(?:tour|visit|walk-through|walkthrough|demo|demonstration|presentation|lunch|shadowing)" + _ACTIVITY_HEAD_END,
    FLAGS,
)
WORKED_TASK = re.compile(
    r"^(?:the|a|an|your|our|that|this)(?: [A-Za-z-]+){0,2}? "
    r"(?:exercise|task|case study|case question|question|role-play|roleplay|simulation|assessment|puzzle|scenario)"
    + _ACTIVITY_HEAD_END,
    FLAGS,
)
WORKED_LEAD = "working through "
INTERVIEW_FIELD = "interview_date"
WEEKDAY_LEAD = "on "
EXPERIENCE_LEAD = "my experience "
# "2 years as a shift supervisor", "three summers on the front desk": time the writer spent, "my ..." inside a
# sentence ("given my 2 years as a shift supervisor").
SPENT_TIME = re.compile(
    r"^(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several|"
    r"many)\+? (?:full |long |busy )?(?:years?|months?|summers?|semesters?|seasons?|weeks?|terms?)(?![A-Za-z])",
    FLAGS,
)
OWN_LEAD = "my "
ADDRESSED_FIELD = "recipient_name"
# "on Tuesday, March 3, about the role": a date with a weekday or a year takes a comma before the words after it.
DATE_APPOSITION = re.compile(r"(?:, [A-Za-z]+ [0-9]{1,2}|[0-9], [0-9]{4})(?![\s\S])")
WORD_FOLLOWS = re.compile(r"^ [A-Za-z]")
# A day brings its own preposition ("by Friday", "within two weeks"): a template's one before it is dropped.
DAY_PREPOSITIONS: tuple[str, ...] = ("on", "by", "in", "within", "at", "before", "after", "during", "until")
FORMAL_TONE = "formal"
EXCLAMATION = re.compile(r"\.?!\.?")
# Tools and products typed in lower case that a note writes with their own capitals ("python" -> "Python");
# none that is also an English word ("excel at", "tree sap").
PRODUCT_NAMES: dict[str, str] = {
    **{"python": "Python", "javascript": "JavaScript", "typescript": "TypeScript", "powerbi": "Power BI"},
    **{"tableau": "Tableau", "salesforce": "Salesforce", "figma": "Figma", "photoshop": "Photoshop"},
    **{"powerpoint": "PowerPoint", "github": "GitHub", "jira": "Jira", "hubspot": "HubSpot"},
    **{"quickbooks": "QuickBooks", "sql": "SQL", "aws": "AWS", "autocad": "AutoCAD", "linkedin": "LinkedIn"},
    **{"sharepoint": "SharePoint", "mysql": "MySQL", "postgresql": "PostgreSQL", "matlab": "MATLAB"},
    **{"spss": "SPSS", "wordpress": "WordPress", "shopify": "Shopify", "mailchimp": "Mailchimp"},
    **{"zendesk": "Zendesk", "netsuite": "NetSuite", "indesign": "InDesign", "solidworks": "SolidWorks"},
}
# Days and months typed in lower case inside an answer; "march" and "may" only as dates ("may 3").
CALENDAR_WORD = re.compile(
    r"(?<![A-Za-z0-9_'\u2019-])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|"
    r"june|july|august|september|october|november|december|(?:march|may)(?= [0-9]))(?![A-Za-z0-9_'\u2019-])"
)
PRODUCT_WORD = re.compile(
    r"(?<![A-Za-z0-9_@./-])(" + "|".join(PRODUCT_NAMES) + r")(?![A-Za-z0-9_@/'\u2019-]|\.[A-Za-z0-9])"
)
# Tools whose names are also English words ("excel at", "react to", "guard rails", "an epic week", "tree sap"):
# capitalized only where a tool is meant, after "in", "using", "with" or "advanced" ("reports in excel") or
# before a tool's noun ("excel formulas", "react components", "epic charting"); "ruby on rails" as a whole.
TOOL_WORD_NAMES: dict[str, str] = {"excel": "Excel", "react": "React", "rails": "Rails", "sap": "SAP", "epic": "Epic"}
TOOL_NOUNS = (
    r"spreadsheets?|formulas?|macros|pivot|dashboards?|workbooks?|apps?|native|components?|hooks|frontends?"
    r"|developers?|development|modules?|charting|records?|ehr|emr|certification|certified|training|go-live"
    r"|rollout|migration|implementation|upgrade|builds?|reports?|skills|experience|models?"
)
TOOL_WORD = re.compile(
    r"(?<![A-Za-z0-9_@./-])(?:(in |using |advanced |with (?!epic)|ruby on (?=rails))("
    + "|".join(TOOL_WORD_NAMES)
    + r")|("
    + "|".join(TOOL_WORD_NAMES)
    + r")(?= (?:"
    + TOOL_NOUNS
    + r")(?![A-Za-z0-9_'\u2019-])))(?![A-Za-z0-9_@/'\u2019-]|\.[A-Za-z0-9])"
)
# Job words that double each other where a value meets the template: "intern internship", "position role".
ROLE_WORDS: tuple[str, ...] = (
    *("role", "position", "job", "opening", "post", "vacancy", "internship", "apprenticeship", "traineeship"),
)
# Small words that stay lower case inside a company name typed all in lower case ("bank of america").
COMPANY_SMALL_WORDS: tuple[str, ...] = ("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "de", "la")
# The legal form after a company's name, which a note leaves out ("Acme Distribution Inc.", "Fabrikam, LLC").
LEGAL_SUFFIX = re.compile(r",? (?:inc|llc|l\.l\.c|ltd|plc|gmbh|pty ltd)\.?(?![\s\S])", FLAGS)
COMPANY_WORD_START = re.compile(r"(^|[/(-])([a-z])")
ARTICLE = re.compile(r"^(?:the|a|an) ", FLAGS)
ROLE_PREFIX = re.compile(r"^(?:the )?(?:role|position|job) (?:of|as) ", FLAGS)
ROLE_SUFFIX = re.compile(r" (?:role|position|job|opening)(?![\s\S])", FLAGS)
NAME_WORD_START = re.compile(r"(^|[ '\u2019-])([^ '\u2019-])")
REPEATED_MARKS = re.compile(r"([!?])[!?]+")
DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
SPACE_BEFORE_MARK = re.compile(r" +([,.;:!?])")
REPEATED_COMMAS = re.compile(r",[,;]+")
COMMA_BEFORE_STOP = re.compile(r"[,;:]+(?=[.!?])")
DOUBLED_WORD = re.compile(r"(?<![A-Za-z0-9_'])([A-Za-z]+)(?: \1)+(?![A-Za-z0-9_'])", FLAGS)
TRAILING_COMMA = re.compile(r"[ ,;:]+(?![\s\S])")
WORD_EDGE = r"A-Za-z0-9_'\u2019/&+-"
WORD_BEFORE_SLOT = re.compile(r"(?<![" + WORD_EDGE + r"])([A-Za-z]+) +(?![\s\S])")
WORD_AFTER_SLOT = re.compile(r"^ +([A-Za-z]+)(?![" + WORD_EDGE + r"])")
VALUE_FIRST_WORD = re.compile(r"^([A-Za-z]+) ")
VALUE_LAST_WORD = re.compile(r" ([A-Za-z]+)(?![\s\S])")
CONTINUES_SENTENCE = re.compile(r"^ *[a-z,;:]")
# "{highlight}; {strength}": a mark that joins two sentence-shaped fields into one sentence.
JOIN_MARK_END = re.compile(r"(?:;[ ]+|[ ]-[ ]+|[ ]?\u2014[ ]?)(?![\s\S])")
JOINS_NEXT = re.compile(r"^(?:;[ ]+|[ ]-[ ]+|[ ]?\u2014[ ]?)\{([a-z_]+)\}")
# First words of a typed sentence that take no capital after a joining mark (beyond COMMON_FIRST_WORDS).
JOIN_LOWER_WORDS: tuple[str, ...] = (
    *("you", "we", "they", "he", "she", "it", "there", "here", "thanks", "glad", "loved", "enjoyed"),
    *("learned", "learnt", "and", "but", "so", "since", "then", "today", "yesterday", "later", "once"),
    *("while", "because", "if", "seeing", "hearing", "talking", "meeting"),
)
FIRST_LETTERS = re.compile(r"^([A-Za-z]+)")
SENTENCE_END_MARK = re.compile(r'(?:[!?\u2026]|\.\.\.)["' + r"'\u201d\u2019)]*(?![\s\S])")
TRAILING_SPACES = re.compile(r" +(?![\s\S])")
# A link on its own line ("https://...") is not a word: its scheme keeps its lower case.
LINE_START_WORD = re.compile(r"(^|\n)([a-z])(?=[A-Za-z'\u2019-]*(?:[ ,;!?\n]|:(?!/)|(?![\s\S])))")
# Contractions typed without their apostrophe, where no English word is meant ("im", "dont", "didnt").
APOSTROPHE_FREE: dict[str, str] = {
    **{"im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't"},
    **{"wasnt": "wasn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't"},
    **{"havent": "haven't", "hasnt": "hasn't", "arent": "aren't", "werent": "weren't"},
}
APOSTROPHE_FREE_WORD = re.compile(
    r"(?<![A-Za-z0-9_'\u2019.-])(" + "|".join(APOSTROPHE_FREE) + r")(?![A-Za-z0-9_'\u2019-])"
)
LONE_I = re.compile(
    r"(?<![A-Za-z0-9_'\u2019.-])i(?=['\u2019](?:m|ve|d|ll)(?![A-Za-z0-9_])|(?![A-Za-z0-9_'\u2019-])(?!\.[A-Za-z]))"
)


@dataclass(frozen=True)
class Note:
    """A rendered note: its subject options (email only) and its body."""

    subjects: tuple[str, ...]
    body: str

    @property
    def subject(self) -> str | None:
        """The first subject option, or None for channels without one."""
        return self.subjects[0] if self.subjects else None


def marker(name: str) -> str:
    """The visible stand-in for a field nobody has filled in yet, e.g. [Their name]."""
    field = FIELDS_BY_NAME.get(name)
    return f"[{field.label if field else name}]"


def placeholders(text: str) -> list[str]:
    """The field names a piece of template text uses, in order of appearance."""
    return PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace each {field} in one pass, so braces inside a value are never filled again."""

    def replace(match: re.Match[str]) -> str:
        value = (values.get(match.group(1)) or "").strip()
        return value if value else marker(match.group(1))

    return PLACEHOLDER.sub(replace, text)


def tidy(text: str) -> str:
    """Whitespace collapsed to single spaces, no space before punctuation, no repeated marks or words; "i" and
    contractions typed without their apostrophe ("im", "dont") written out."""
    text = " ".join(text.split())
    text = DOUBLED_WORD.sub(r"\1", text)
    text = SPACE_BEFORE_MARK.sub(r"\1", text)
    text = REPEATED_MARKS.sub(r"\1", text)
    text = DOUBLE_STOP.sub(".", text)
    text = COMMA_BEFORE_STOP.sub("", text)
    text = LONE_I.sub("I", text)
    text = APOSTROPHE_FREE_WORD.sub(lambda match: APOSTROPHE_FREE[match.group(1)], text)
    return REPEATED_COMMAS.sub(",", text)


def is_sentence(value: str) -> bool:
    """Whether a typed answer is one or more full sentences rather than a phrase."""
    text = tidy(value)
    if not text:
        return False
    if SENTENCE_START.search(text) or SUBJECT_VERB.search(text) or TIME_THEN_SUBJECT.search(text) or text[-1] in "!?":
        return True
    if text[-1] == "." and FINITE_VERB.search(text) and not ABBREVIATION_END.search(text):
        return True
    if text[-1] == "." and CAPITAL_START.match(text) and VERB_WORD.search(text) and not ABBREVIATION_END.search(text):
        return True
    return any(not ABBREVIATION_END.search(text[: gap.start() + 1]) for gap in SENTENCE_GAP.finditer(text))


def upper_first(text: str) -> str:
    """The text with its first character in upper case."""
    return text[:1].upper() + text[1:] if text else text


def as_sentences(value: str) -> str:
    """A typed answer as sentences of a note: capitalized and ended with a full stop if it has none."""
    text = upper_first(TRAILING_COMMA.sub("", tidy(value)))
    return text if not text or ENDS_SENTENCE.search(text) else text + "."


def lower_first_word(text: str) -> str:
    """Text placed inside a sentence: a common first word loses its capital ("Six years" -> "six years").

    Names, acronyms ("ICU") and "I" keep theirs, and so does a word that starts a name ("Six Sigma").
    """
    word = LOWERABLE_FIRST_WORD.match(text)
    if not word or (len(word.group(1)) > 1 and word.group(1) == word.group(1).upper()):
        return text
    if word.group(1).lower() not in DETERMINERS and NAME_FOLLOWS.match(text[len(word.group(1)) :]):
        return text
    return word.group(1).lower() + text[len(word.group(1)) :]


def without_stop(value: str) -> str:
    """A typed answer tidied, without a stray final full stop or comma (an abbreviation keeps its stop)."""
    text = TRAILING_COMMA.sub("", tidy(value))
    if text.endswith(".") and not text.endswith("..") and not ABBREVIATION_END.search(text):
        text = text[:-1]
    return text


def as_phrase(value: str) -> str:
    """A typed answer fitted inside a sentence: no stray full stop or comma, no capital on a common first word."""
    return lower_first_word(without_stop(value))


def as_name(value: str) -> str:
    """A name; typed all in lower case ("dr. lund"), each word capitalized ("Dr. Lund"); anything else as typed."""
    text = TRAILING_COMMA.sub("", tidy(value))
    looks_like_name = all(char.isalpha() or char in address_module.NAME_CHARACTERS for char in text)
    if looks_like_name and text == text.lower() and text != text.upper():
        text = NAME_WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def as_company(value: str) -> str:
    """A company as a note names it: without a legal suffix ("Acme Distribution Inc." -> "Acme Distribution");
    typed all in lower case ("acme corp"), each main word capitalized; anything else as typed."""
    text = LEGAL_SUFFIX.sub("", TRAILING_COMMA.sub("", tidy(value))) or TRAILING_COMMA.sub("", tidy(value))
    if text != text.lower() or text == text.upper():
        return text
    words = text.split(" ")
    return " ".join(
        word if index > 0 and word in COMPANY_SMALL_WORDS else COMPANY_WORD_START.sub(capital_after, word)
        for index, word in enumerate(words)
    )


def capital_after(match: re.Match[str]) -> str:
    """A word start with its letter in upper case (for COMPANY_WORD_START)."""
    return match.group(1) + match.group(2).upper()


def as_role(value: str) -> str:
    """A job title without the article or the word "role" that the template already has."""
    text = without_stop(value)
    text = ROLE_PREFIX.sub("", text)
    text = ARTICLE.sub("", text)
    return ROLE_SUFFIX.sub("", text)


def parse_today(today: str | None) -> tuple[date, int | None] | None:
    """The day of writing and, when given, the hour: "2026-12-02" or "2026-12-02T09:30"."""
    moment = parse_moment(today)
    return (moment.day, moment.hour) if moment else None


def as_day(
    value: str, today: str | None = None, read_on: str | None = None, shape: str = "date", taken_weekday: str = ""
) -> str:
    """A typed day as the note says it, from the day of reading (days.py): "yesterday", "by Friday", "on April 6".

    today: the day of writing, against which typed days are read; read_on: the day the text will be read
    (default: the day of writing); taken_weekday: a weekday the note names the interview by, which a day to
    come on that weekday is told apart from with its date ("by Friday, March 13").
    """
    written = parse_moment(today)
    read = parse_moment(read_on) or written
    return phrase_day(as_phrase(value), shape, written, read, taken_weekday)


def interview_weekday(text: str, values: Mapping[str, str], today: str | None, read_on: str | None) -> str:
    """The weekday a note's text names the interview by ("on Friday"), or "" when it names none."""
    if "{" + INTERVIEW_FIELD + "}" not in text or not filled(INTERVIEW_FIELD, values):
        return ""
    phrase = as_day(str(values.get(INTERVIEW_FIELD) or ""), today, read_on, days_module.PAST)
    weekday = phrase[len(WEEKDAY_LEAD) :] if phrase.startswith(WEEKDAY_LEAD) else ""
    return weekday if weekday in days_module.WEEKDAYS else ""


def answer_shape(name: str, value: str) -> str:
    """What a sentence-shaped answer is: "sentence", "verb" (a subjectless past-tense verb phrase), "clause"
    ("when you ..."), "ing" (an -ing phrase in `strength`) or "phrase" (a noun phrase, a how/what/why clause).
    """
    text = tidy(value)
    if is_sentence(text):
        return "sentence"
    if opens_with_verb(text):
        return "verb"
    if CLAUSE_LEAD.match(text):
        return "clause"
    first = FIRST_WORD.match(text)
    word = first.group(1).lower() if first else ""
    if name == STRENGTH_FIELD and ING_PHRASE.match(text) and (word not in ING_NOT_VERBS or ING_WITH_OBJECT.match(text)):
        return "ing"
    return "phrase"


def opens_with_verb(text: str) -> bool:
    """Whether typed text opens with a past-tense verb and no subject: "led X", "Got the offer! ..."."""
    first = FIRST_WORD.match(text)
    return (
        bool(VERB_PHRASE.match(text))
        and (first.group(1).lower() if first else "") not in ED_NOT_VERBS
        and not INVERTED_START.match(text)
    )


def lacks_subject(form: str, text: str) -> bool:
    """Whether an answer of this shape opens with the writer's own verb and no subject: "led X", "Led X."."""
    return form == "verb" or (form == "sentence" and opens_with_verb(text))


def with_subject(text: str) -> str:
    """A subjectless answer with the writer as its subject: "Led two migrations" -> "I led two migrations"."""
    return "I " + lower_first_word(text[:1].lower() + text[1:])


def own_sentences(name: str, value: str) -> str:
    """A sentence-shaped answer as sentences of its own: "led X" -> "I led X.", "when you said X" -> "You said X."."""
    form = answer_shape(name, value)
    text = tidy(value)
    if lacks_subject(form, text):
        return as_sentences(with_subject(text))
    if form == "clause":
        return as_sentences(CLAUSE_LEAD.sub("", text))
    return as_sentences(text)


def in_sentence(name: str, value: str) -> str:
    """A sentence-shaped answer placed inside the template's sentence; an -ing strength as "my experience ...",
    time spent as "my 2 years ...", a subjectless "led X" as "I led X" and "when you said X" as "you said X"."""
    form = answer_shape(name, value)
    text = as_phrase(value)
    if form == "ing":
        return EXPERIENCE_LEAD + text[:1].lower() + text[1:]
    if name == STRENGTH_FIELD and form == "phrase" and SPENT_TIME.match(text):
        return OWN_LEAD + text
    if lacks_subject(form, text):
        return with_subject(text)
    if form == "clause":
        return lower_first_word(CLAUSE_LEAD.sub("", text))
    return text


def joined_start(text: str) -> str:
    """A sentence placed after a joining mark: a common first word loses its capital ("You said" -> "you said").

    "I", names, acronyms and tools keep theirs.
    """
    word = FIRST_LETTERS.match(text)
    if word and word.group(1).lower() in JOIN_LOWER_WORDS and not (len(word.group(1)) > 1 and word.group(1).isupper()):
        return word.group(1).lower() + text[word.end() :]
    return lower_first_word(text)


def with_proper_names(text: str) -> str:
    """Tools, days and months typed in lower case written with their capitals: "python and sql" -> "Python and
    SQL", "i start april 6" -> "i start April 6" ("march" and "may" only before a number).

    A tool whose name is also an English word only where a tool is meant: "reports in excel" -> "reports in
    Excel", but "I excel at triage" stays."""
    text = PRODUCT_WORD.sub(lambda match: PRODUCT_NAMES[match.group(1)], text)
    text = CALENDAR_WORD.sub(lambda match: match.group(1)[:1].upper() + match.group(1)[1:].lower(), text)
    return TOOL_WORD.sub(tool_name, text)


def tool_name(match: re.Match[str]) -> str:
    """A tool whose name is also a word, written with its capitals where a tool is meant (TOOL_WORD)."""
    lead = match.group(1) or ""
    lead = "Ruby on " if lead == "ruby on " else lead
    return lead + TOOL_WORD_NAMES[match.group(2) or match.group(3)]


def field_shape(name: str) -> str:
    """The shape of a field (fields.py), "phrase" for an unknown one."""
    field = FIELDS_BY_NAME.get(name)
    return field.shape if field else "phrase"


def shaped(
    name: str, value: str, standalone: bool, today: str | None, read_on: str | None = None, taken_weekday: str = ""
) -> str:
    """One value tidied for its field's shape and its place: its own sentence, or inside one."""
    shape = field_shape(name)
    if name == BETTER_ANSWER_FIELD:
        value = HINDSIGHT_LEAD.sub("", tidy(value)) or value
    if shape == "sentence":
        return with_proper_names(own_sentences(name, value) if standalone else in_sentence(name, value))
    if shape == "name":
        return as_name(value)
    if shape == "organization":
        return as_company(value)
    if shape == "role":
        return as_role(value)
    if shape in DAY_SHAPES:
        return as_day(value, today, read_on, shape, taken_weekday if name != INTERVIEW_FIELD else "")
    if shape == "contact":
        return TRAILING_COMMA.sub("", tidy(value))
    return with_proper_names(as_phrase(value))


def filled(name: str, values: Mapping[str, str]) -> bool:
    """Whether the sender gave a value for a field (spaces alone do not count)."""
    return bool(tidy(str(values.get(name) or "")))


def takes_sentence_frame(name: str, value: str) -> bool:
    """Whether an answer reads as sentences of its own (a [[phrase || sentence]] choice's second frame)."""
    return answer_shape(name, value) in ("sentence", "verb", "clause")


def choose_segments(text: str, values: Mapping[str, str]) -> str:
    """Each [[...]] segment resolved: kept or dropped (optional), or its phrase or sentence frame (choice)."""

    def resolve(match: re.Match[str]) -> str:
        frames = match.group(1).split(CHOICE)
        if len(frames) == 1:
            names = placeholders(frames[0])
            return frames[0] if names and all(filled(name, values) for name in names) else ""
        sentence_fields = [name for name in dict.fromkeys(placeholders(frames[0])) if name in SENTENCE_FIELDS]
        if len(frames) in (4, 6):
            first, second = [*sentence_fields, "", ""][:2]
            first_value, second_value = str(values.get(first) or ""), str(values.get(second) or "")
            index = 2 * takes_sentence_frame(first, first_value) + takes_sentence_frame(second, second_value)
            if (
                len(frames) == 6
                and index % 2
                and (
                    GIVES_OWN_REASON.search(tidy(second_value))
                    or (index == 3 and SAYS_ITS_EFFECT.search(tidy(first_value)))
                )
            ):
                index = 4 + index // 2
            return frames[index].strip()
        answer = str(values.get(sentence_fields[0]) or "") if sentence_fields else ""
        if CONTINUATION_CHOICE.match(frames[0]):
            typed = tidy(answer)
            if not typed:
                return ""
            if GIVES_OWN_REASON.search(typed):
                return REASON_JOIN + "{" + sentence_fields[0] + "}"
        return (
            frames[1].strip()
            if takes_sentence_frame(sentence_fields[0] if sentence_fields else "", answer)
            else frames[0].strip()
        )

    lines = []
    for line in text.split("\n"):
        if not SEGMENT.search(line):
            lines.append(line)
            continue
        resolved = SEGMENT.sub(resolve, line)
        resolved = SPACE_BEFORE_MARK.sub(r"\1", " ".join(resolved.split()))
        if resolved:
            lines.append(resolved)
    return "\n".join(lines)


def starts_sentence(before: str) -> bool:
    """Whether text placed after `before` begins a sentence (or a line)."""
    stripped = TRAILING_SPACES.sub("", before)
    return not stripped or stripped[-1] in ".!?\n" or stripped.endswith("\u2026")


def doubles(first: str, second: str) -> bool:
    """Whether two words side by side say the same thing: "on on", "position role", "intern internship"."""
    a, b = first.lower(), second.lower()
    if a == b or (a in ROLE_WORDS and b in ROLE_WORDS):
        return True
    return b in ROLE_WORDS and len(a) >= 5 and b.startswith(a)


def greeted(before: str, name: str, value: str, tone: str = "") -> tuple[str, str]:
    """The text before a name and the name, with the greeting's form of address fixed (address.py)."""
    if name != ADDRESSED_FIELD:
        return before, value
    greeting = GREETING_BEFORE.search(before)
    word = greeting.group(1) if greeting else ""
    # Outside a greeting line a bare full name stays whole ("pass my thanks to Sarah Kim").
    new_word, value = address(value, word, tone if greeting else address_module.FULL_NAME_TONE)
    if greeting and new_word.lower() != word.lower():
        before = before[: greeting.start(1)] + new_word + before[greeting.end(1) :]
    return before, value


def fill_text(
    text: str,
    values: Mapping[str, str],
    today: str | None = None,
    read_on: str | None = None,
    tone: str = "",
    taken_weekday: str | None = None,
) -> str:
    """One piece of template text rendered: segments chosen, each value shaped for its place and joined cleanly.

    Where a value meets the template's words, a repeated word ("on on"), a doubled role word ("intern
    internship") and a second full stop ("Ltd.." ) are dropped. In the formal tone a typed "!" becomes ".".
    Braces inside a value are never filled again. taken_weekday: the weekday the note names the interview
    by (default: the one this text names), which a day to come on that weekday is told apart from.
    """
    if taken_weekday is None:
        taken_weekday = interview_weekday(text, values, today, read_on)
    text = choose_segments(text, values)
    before = ""
    last = 0
    skip_stop = False
    skip_word = False
    for match in PLACEHOLDER.finditer(text):
        between = text[last : match.start()]
        if skip_stop and between.startswith("."):
            between = between[1:]
        if skip_word:
            between = WORD_AFTER_SLOT.sub("", between, count=1)
        before += between
        name = match.group(1)
        after = text[match.end() :]
        sentence_field = field_shape(name) == "sentence"
        next_join = JOINS_NEXT.match(after) if sentence_field else None
        joins_next = bool(next_join) and field_shape(next_join.group(1) if next_join else "") == "sentence"
        join_mark = JOIN_MARK_END.search(before) if sentence_field else None
        standalone = starts_sentence(before) and (joins_next or not CONTINUES_SENTENCE.match(after))
        raw = str(values.get(name) or "")
        value = shaped(name, raw, standalone or bool(join_mark), today, read_on, taken_weekday) if tidy(raw) else ""
        if value and name == HIGHLIGHT_FIELD and not standalone and not join_mark:
            before = activity_lead(before, value)
        if value and sentence_field and not standalone and not join_mark and starts_sentence(before):
            value = upper_first(value)  # a phrase that opens the template's sentence: "The tour ... stood out"
        last, skip_stop, skip_word = match.end(), False, False
        if value and (joins_next or (join_mark and CONTINUES_SENTENCE.match(after))):
            value = without_stop(value)
        if value and join_mark:
            before, value = joined(before, join_mark, value)
        if not value:
            before += marker(name)
            continue
        before, value = greeted(before, name, value, tone)
        if tone == FORMAL_TONE:
            value = EXCLAMATION.sub(".", value)
        before_word = WORD_BEFORE_SLOT.search(before)
        value_word = VALUE_FIRST_WORD.match(value)
        if (
            before_word
            and value_word
            and field_shape(name) in DAY_SHAPES
            and before_word.group(1).lower() in DAY_PREPOSITIONS
            and value_word.group(1).lower() in DAY_PREPOSITIONS
        ):
            before = before[: before_word.start()]
            before_word = WORD_BEFORE_SLOT.search(before)
        if before_word and value_word and doubles(before_word.group(1), value_word.group(1)):
            value = value[value_word.end() :]
        after_word = WORD_AFTER_SLOT.match(after)
        end_word = VALUE_LAST_WORD.search(value)
        whole_word = FIRST_WORD.match(value)
        if after_word and end_word and doubles(end_word.group(1), after_word.group(1)):
            value = value[: end_word.start()]
        elif after_word and whole_word and whole_word.group(1) == value and doubles(value, after_word.group(1)):
            if len(after_word.group(1)) > len(value):
                # "the {role} internship" with "intern": the template's fuller word stays ("the internship").
                value = ""
                before = TRAILING_SPACES.sub("", before)
            else:
                skip_word = True
        if field_shape(name) in DAY_SHAPES and DATE_APPOSITION.search(value) and WORD_FOLLOWS.match(after):
            value += ","
        before += value
        skip_stop = bool(value) and value[-1] in ".!?\u2026"
    tail = text[last:]
    if skip_stop and tail.startswith("."):
        tail = tail[1:]
    if skip_word:
        tail = WORD_AFTER_SLOT.sub("", tail, count=1)
    return before + tail


def activity_lead(before: str, moment: str) -> str:
    """The words before a moment that was an activity, fitted to it: "hearing about" goes before a tour, and
    becomes "working through" before an exercise or a question (MOMENT_LEAD); any other moment keeps them."""
    lead = MOMENT_LEAD.search(before)
    if not lead:
        return before
    if SHARED_EVENT.match(moment):
        replacement = ""
    elif WORKED_TASK.match(moment):
        replacement = WORKED_LEAD
    else:
        return before
    if before[lead.start()].isupper():
        replacement = upper_first(replacement)
    return before[: lead.start()] + replacement


def joined(before: str, mark: re.Match[str], value: str) -> tuple[str, str]:
    """The text before a joining mark and the sentence after it, as one sentence (or two after "!" or "?")."""
    head = TRAILING_SPACES.sub("", before[: mark.start()])
    if SENTENCE_END_MARK.search(head):
        return head + " ", value
    return before, joined_start(value)


def lines_capitalized(text: str) -> str:
    """Every line starting with a word begins with a capital; an address or link on its own line stays as typed."""
    return LINE_START_WORD.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def note_parts(
    parts: Mapping[str, str], variants: list[dict[str, str]] | tuple[dict[str, str], ...], recipient: int = 0
) -> list[tuple[str, str]]:
    """The template's parts in reading order, with the variant for the n-th recipient applied."""
    chosen = dict(parts)
    if recipient > 0 and variants:
        chosen.update(variants[(recipient - 1) % len(variants)])
    return [(name, chosen[name]) for name in PART_ORDER if chosen.get(name)]


def without_repeat_marker(values: Mapping[str, str], text: str) -> Mapping[str, str]:
    """The values with a moment's opening "this time" dropped where the note never says it met the reader again
    (REPEAT_MARKER): "this time we went through X" reads "we went through X" in a first-meeting note."""
    moment = str(values.get(HIGHLIGHT_FIELD) or "")
    if not REPEAT_MARKER.match(moment) or AGAIN_WORD.search(text):
        return values
    return {**values, HIGHLIGHT_FIELD: REPEAT_MARKER.sub("", moment, count=1)}


def render_text(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    variants: list[dict[str, str]] | tuple[dict[str, str], ...],
    values: Mapping[str, str],
    recipient: int = 0,
    today: str | None = None,
    read_on: str | None = None,
    tone: str = "",
) -> Note:
    """Render subjects and body of a template's raw parts with the given values.

    today: the day the note is written ("2026-12-02", or "2026-12-02T09:30" for "this morning"), against
    which typed days are read ("yesterday", "3/6", "last tuesday"); read_on: the day the note will be read
    (default: the day of writing), from which days are phrased ("on Tuesday, March 3" a week later).
    Without a day of writing only ISO dates are read. tone: the template's tone ("formal": no "!").
    """
    chosen = note_parts(parts, variants, recipient)
    all_text = "\n".join(text for _, text in chosen)
    values = without_repeat_marker(values, all_text)
    weekday = interview_weekday(all_text, values, today, read_on)
    rendered = [lines_capitalized(fill_text(text.strip(), values, today, read_on, tone, weekday)) for _, text in chosen]
    body = PARAGRAPH_BREAK.join(text for text in rendered if text)
    return Note(
        tuple(
            lines_capitalized(
                fill_text(subject, values, today, read_on, tone, interview_weekday(subject, values, today, read_on))
            )
            for subject in subjects
        ),
        body,
    )


def greeting_of(parts: Mapping[str, str]) -> str | None:
    """The word a template greets with before the name ("Dear", "Hi"), or None."""
    text = display_text(parts.get("greeting", ""))
    spot = text.find("{" + ADDRESSED_FIELD + "}")
    greeting = GREETING_BEFORE.search(text[:spot]) if spot >= 0 else None
    return greeting.group(1) if greeting else None


def address_hint(value: str, greeting: str | None, tone: str = FORMAL_TONE) -> str | None:
    """Advice for a bare full name after "Dear" in the formal tone ("Dear Sarah Kim"): a title may suit; else None.

    In any other tone the note greets by first name ("Dear Sarah"), so there is nothing to advise.
    """
    name = as_name(value)
    title, given, surname = address_module.name_parts(name)
    if title is not None or not given or (greeting or "").lower() != address_module.FORMAL_GREETING.lower():
        return None
    if tone != address_module.FULL_NAME_TONE or any(w.lower() in address_module.GROUP_WORDS for w in given + surname):
        return None
    last = " ".join(surname)
    return (
        f"A formal note usually greets by title and last name, such as \u201cDear Ms. {last}\u201d or "
        f"\u201cDear Dr. {last}\u201d. Add the title they use if you know it; \u201cDear {name}\u201d is fine if not."
    )


# The composer's advice beside a field (strength_hint, link_hint), with TYPED_SLOT for what was typed.
TYPED_SLOT = "{typed}"
STRENGTH_ADVICE = (
    "\u201c{typed}\u201d is a fact about you. The note reads stronger if you say, in one sentence of your own, how it "
    "fits what they told you, starting with \u201cI\u201d."
)
LINK_ADVICE = (
    "\u201c{typed}\u201d names a link without the address. Paste the link itself (it starts with https://), so they "
    "can open it in one tap."
)


def strength_hint(value: str) -> str | None:
    """Advice when what the writer brings is typed as a bare phrase ("eight years in cardiac ICU"): the note ties
    it to the moment only in the writer's own sentence; else None."""
    text = tidy(value)
    if not text or answer_shape(STRENGTH_FIELD, text) not in PHRASE_SHAPES:
        return None
    return STRENGTH_ADVICE.replace(TYPED_SLOT, without_stop(text))


def link_hint(value: str) -> str | None:
    """Advice when what was promised is a link but no address is typed ("my portfolio link"); else None."""
    text = tidy(value)
    if not LINK_WORD.search(text) or WEB_ADDRESS.search(text):
        return None
    return LINK_ADVICE.replace(TYPED_SLOT, text)


def unfilled_fields(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    variants: list[dict[str, str]] | tuple[dict[str, str], ...],
    values: Mapping[str, str],
    recipient: int = 0,
) -> list[str]:
    """The required fields the note still shows as [markers], in order of first appearance."""
    texts = [text for _, text in note_parts(parts, variants, recipient)] + list(subjects)
    names = [name for text in texts for name in placeholders(choose_segments(text, values))]
    return [name for name in dict.fromkeys(names) if not filled(name, values)]


def display_text(text: str) -> str:
    """Template text as a reader copies it: optional segments shown, the phrase frame of each choice."""
    return SEGMENT.sub(lambda match: match.group(1).split(CHOICE)[0].strip(), text)


def field_frame(
    parts: Mapping[str, str],
    subjects: list[str] | tuple[str, ...],
    name: str,
) -> str | None:
    """The sentence around a field, with ___ for it and [Label] for the others: shown under the field's input."""
    texts = [display_text(text.strip()) for _, text in note_parts(parts, ())] + [display_text(s) for s in subjects]
    for text in texts:
        for line in text.split("\n"):
            spot = line.find("{" + name + "}")
            if spot < 0:
                continue
            start = max(line.rfind(". ", 0, spot), line.rfind("! ", 0, spot), line.rfind("? ", 0, spot))
            start = start + 2 if start >= 0 else 0
            ends = [i for i in (line.find(mark, spot) for mark in (". ", "! ", "? ")) if i >= 0]
            end = min(ends) + 1 if ends else len(line)
            sentence = line[start:end].replace("{" + name + "}", BLANK)
            return fill(sentence, {})
    return None


# Constants that only build the patterns above, or that render.js does not need: not exported.
PYTHON_ONLY: tuple[str, ...] = (
    *("COMMON_FIRST_WORDS", "MONTH", "NOT_LETTER_AFTER", "NOT_LETTER_BEFORE", "NUMBER"),
    *("ORDINAL", "PAST_TENSE_VERBS", "START", "VARIANT_PARTS", "WEEKDAY", "WORD_EDGE", "PYTHON_ONLY"),
    *("PRESENT_VERBS", "CLAUSE_WORDS", "NAME_CHARACTERS", "TOOL_NOUNS", "REASON_LEAD"),
)


def engine_data() -> dict[str, dict[str, Any]]:
    """Every pattern and table of the note engine, for render.js: one source for both languages.

    patterns: {NAME: {"source", "flags"}} ("i" where Python ignores case; "u" for the others, so that a
    class such as [^ '-] matches one code point as in Python). constants: the module-level word lists and
    tables of render, days, address and perspective, by name.
    """
    patterns: dict[str, Any] = {}
    constants: dict[str, Any] = {}
    for module in (globals(), vars(days_module), vars(address_module), vars(perspective_module)):
        for key, item in module.items():
            if not key.isupper() or key.startswith("_") or key in PYTHON_ONLY:
                continue
            if isinstance(item, re.Pattern):
                flags = "i" if item.flags & re.IGNORECASE else "u"
                patterns[key] = {"source": item.pattern, "flags": flags}
            elif (
                isinstance(item, (str, tuple))
                or (isinstance(item, int) and not isinstance(item, (bool, re.RegexFlag)))
                or (isinstance(item, dict) and all(isinstance(v, (str, int)) for v in item.values()))
            ):
                constants[key] = list(item) if isinstance(item, tuple) else item
    return {"patterns": patterns, "constants": constants}
