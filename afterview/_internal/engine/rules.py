"""The one numbered rule registry: every rule the linter and the draft checker apply.

Patterns are plain strings written in the subset of regular-expression syntax that means the
same in Python's ``re`` (compiled with IGNORECASE | MULTILINE | ASCII) and JavaScript's
``RegExp``, so the browser runs the very same rules from exported data (``patterns.js_pattern``
adapts them to the flags ``mu``; tests/test_parity.py checks every code point against them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .editorial import CLOSING_LINES, STOCK_CLAIMS

Severity = Literal["error", "warning"]
# The checks of template lint, one per template rule (lint.py dispatches each to its function).
TemplateCheck = Literal[
    "readable-yaml",
    "schema",
    "id-matches-file",
    "unique-id",
    "known-placeholder",
    "used-field",
    "required-part",
    "example-passes-checker",
    "no-markup",
    "file-size",
    "not-empty",
    "no-tabs",
    "subjects-for-email",
    "highlight-placeholder",
    "reads-naturally",
    "well-formed-segments",
    "no-stock-claim",
    "one-closing",
    "within-budget",
    "formal-no-exclamation",
    "not-a-copy",
]
Channel = Literal["email", "linkedin", "handwritten"]
# What a draft rule does with the note; afterview._internal.engine.checker has one function per kind (CHECKS).
DraftCheck = Literal[
    "element",
    "forbid",
    "require",
    "max-words",
    "subject-missing",
    "subject-vague",
    "subject-long",
    "greeting-mismatch",
    "signature-contact",
    "length-limit",
    "company-mismatch",
    "capitals",
    "sentence-forbid",
    "title-full-name",
    "stray-capital",
    "company-case",
    "closing-pile",
]
CheckKind = DraftCheck | TemplateCheck
CHANNELS: tuple[Channel, ...] = ("email", "linkedin", "handwritten")
ELEMENTS: tuple[str, ...] = ("gratitude", "highlight", "interest", "signature")

SIGNOFF_WORDS = (
    r"(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? (?:regards|wishes)|regards"
    r"|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|respectfully(?: yours)?"
    r"|with (?:thanks|gratitude|appreciation|best wishes|warm regards|many thanks)"
    r"|many thanks(?: again)?|thanks(?: again| so much| very much| once more)?"
    r"|thank you(?: again| so much| very much| once more)?|all the best|cheers|warmly|gratefully"
    r"|take care|speak soon|talk soon|yours|all the best with [^\n,]{1,30}"
    r"|with (?:warm|warmest|kind|kindest|best|many|sincere) (?:wishes|regards|thanks)|love|thanks a lot"
    r"|god bless(?: (?:and|&) thank you)?|ta)"
)
# "Thanks & regards", "Thanks and Regards": two sign-offs joined, common in Indian and Filipino English.
SIGNOFF_PAIR = SIGNOFF_WORDS + r"(?:[ \t]*(?:and|&)[ \t]*" + SIGNOFF_WORDS + r")?(?:[ \t]+po)?"
SIGNOFF_LINE = r"^[ \t]*" + SIGNOFF_PAIR + r"[ \t]*[,.!]?[ \t]*$"
LETTER = r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]"
NAME_WORD = LETTER + r"(?:" + LETTER + r"|['.-])*"
# A written-out name (not initials such as "J.K."), for a name that ends the note on its own.
WHOLE_NAME = LETTER + r"(?:" + LETTER + r"|['-])+"
# Words that end a sign-off's sentence but are no name ("Thanks, that helps", "Cheers, and see you Monday").
NOT_A_NAME = (
    r"(?!(?:and|or|but|the|a|an|to|for|of|in|on|at|with|from|see|have|had|hope|i|i'm|i'll|you|your|we|it|its|it's|"
    r"so|again|once|everyone|everybody|all|that|this|these|those|talk|speak|looking|look|thanks|thank|regards|was|is|"
    r"are|be|will|would|can|could|please|let|my|me|just|very|really|much|more|everything|anyway|sir|madam|mate|"
    r"hi|hello|hey|dear|good|have|enjoy|yes|no|ok|okay|sent|call|text|reach|contact|phone|mobile|email|whatsapp)\b)"
)
SIGNED_NAME = NOT_A_NAME + NAME_WORD + r"(?:[ \t]+" + NOT_A_NAME + NAME_WORD + r"){0,3}"
# What may follow a signed name on its line: credentials, a note in brackets, a phone, an email or a profile link
# ("Denise Alvarez, RN", "Romeo Santos (driver applicant)", "Liam Fraser, 0412 555 873", "Tomasz Nowak | t@x.com").
NAME_TAIL = (
    r"(?:,[ \t]*[A-Za-z.]{2,10}){0,2}(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]*(?:,|\||/|-|\u2013|\u2014)[ \t]*"
    r"(?:\+?\d[\d ().-]{6,}\d|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:www\.)?linkedin\.com/[^\s|,]*)){0,3}"
)
# A written-out name of up to four words, initials allowed after the first ("Rebecca L. Hoffman"), with its tail.
WRITTEN_NAME = WHOLE_NAME + r"(?:[ \t]+" + NOT_A_NAME + r"(?:" + WHOLE_NAME + r"|" + LETTER + r"\.)){0,3}" + NAME_TAIL
# A line that is a signature by itself: "- Kai", "Best, Wei Zhang", "Sincerely, Rebecca L. Hoffman, M.Ed.", "Shaz",
# "Harriet Lowe", "Sr. Reshma Thomas, RN", "Maraming salamat, Ria Dela Cruz".
SIGNATURE_LINE = (
    r"^[ \t]*(?:(?:(?:-|\u2013|\u2014|~)[ \t]*|(?:"
    + SIGNOFF_WORDS
    + r"|ta|(?:maraming )?salamat)(?:[ \t]*(?:and|&)[ \t]*"
    + SIGNOFF_WORDS
    + r")?(?:[ \t]+po)?[ \t]*,[ \t]*)"
    + SIGNED_NAME
    + NAME_TAIL
    + r"|"
    + NOT_A_NAME
    + r"(?!"
    + SIGNOFF_WORDS
    + r"[ \t]*$)(?:(?:dr|sr|mr|mrs|ms|mx|engr|atty|rev|fr)\.?[ \t]+)?"
    + WRITTEN_NAME
    + r")[ \t]*$"
)
SIGNATURE = "|".join(
    (
        # A sign-off line, then a name below it (initials alone do not count).
        r"^[ \t]*"
        + SIGNOFF_PAIR
        + r"[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:"
        + LETTER
        + r"\.[ \t]*)?"
        + NOT_A_NAME
        + WHOLE_NAME,
        # "Best, Maya" or "Regards, Denise Alvarez, RN" on one line.
        r"^[ \t]*"
        + SIGNOFF_PAIR
        + r",[ \t]+"
        + NOT_A_NAME
        + NAME_WORD
        + r"(?:[ \t]+"
        + NOT_A_NAME
        + NAME_WORD
        + r"){0,2}(?:,[ \t]*[A-Za-z.]{2,10}){0,2}[ \t]*$",
        # Any short closing line, then a name, and no long line after them.
        r"^[^\n]{1,40}[,!.][ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[^\n]*"
        + LETTER
        + LETTER
        + r")"
        + NOT_A_NAME
        + NAME_WORD
        + r"(?:[ \t]+"
        + NAME_WORD
        + r"){0,3}[ \t]*$"
        + r"(?![\s\S]*[^\n]{61})",
        # "- Ellie" at the very end.
        r"^[ \t]*(?:-|\u2013|\u2014|~)[ \t]*"
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + WHOLE_NAME
        + r")?"
        + r"[ \t]*(?:x{1,3})?\s*(?![\s\S])",
        # A name alone after a blank line, at the very end.
        r"\n[ \t]*\n[ \t]*(?!"
        + SIGNOFF_WORDS
        + r"\b)"
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + WHOLE_NAME
        + r")?"
        + r"(?:[ \t]+x{1,3})?\s*(?![\s\S])",
        # A one-paragraph message that ends on its sign-off: "... next steps. Cheers, Ellie", "... today! - Marcus".
        r"[.!?)][ \t]+(?:(?:"
        + SIGNOFF_PAIR
        + r"|ta|(?:maraming )?salamat)(?:[ \t]+po)?[ \t]*(?:,|-|\u2013|\u2014)[ \t]*|(?:-|\u2013|\u2014|~)[ \t]*)"
        + NOT_A_NAME
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + NOT_A_NAME
        + NAME_WORD
        + r"){0,2}"
        + NAME_TAIL
        + r"[ \t]*\s*(?![\s\S])",
        # A name on its own line and then only contact lines: "Aditya Kulkarni" over "+91 98450 12345".
        r"(?:^|\n)[ \t]*"
        + NOT_A_NAME
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + NOT_A_NAME
        + r"(?:"
        + WHOLE_NAME
        + r"|"
        + LETTER
        + r"\.)){0,3}"
        + NAME_TAIL
        + r"[ \t]*(?:\n[ \t]*(?:(?:phone|mobile|mob|cell|tel|telephone|email|e-mail|whatsapp|linkedin|viber)[ \t]*"
        r"(?:no\.?)?[ \t]*[:.-]?[ \t]*)?(?:\+?\d[\d ().-]{6,}\d|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:https?://)?"
        r"(?:www\.)?linkedin\.com/\S*)[ \t]*){1,3}\s*(?![\s\S])",
        # A name alone ending a one-paragraph message, after its last sentence: "... at Lumen. Aisha".
        r"[.!?][ \t]+(?!"
        + SIGNOFF_WORDS
        + r"\b)(?!(?:x+|good luck|see you|bye|ps|p\.s|stay|fingers|ciao|namaste)\b)"
        + NOT_A_NAME
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + NOT_A_NAME
        + WHOLE_NAME
        + r")?[ \t]*\s*(?![\s\S])",
        # A name alone on the last line, under a line that ends a sentence (and perhaps a line of kisses).
        r"[.!?)][ \t]*\n(?:[ \t]*\n)?(?:[ \t]*x{1,3}[ \t]*\n)?[ \t]*(?!"
        + SIGNOFF_WORDS
        + r"\b)(?!(?:x+|good luck|see you|bye|ps|p\.s)\b)"
        + WHOLE_NAME
        + r"(?:[ \t]+"
        + WHOLE_NAME
        + r")?[ \t]*\s*(?![\s\S])",
    )
)
GREETING_LINE = r"^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))(?:[ \t]+again,?)?[ \t]+([^,\n!:;]+)"
SUBJECT_LINE = r"^subject:[ \t]*(.*)$"
WORD = r"\S+"
EMAIL_ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
PHONE_NUMBER = r"\+?\d[\d ().-]{6,}\d"
LINKEDIN_LINK = r"linkedin\.com/in/"
NAME_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam")

# LinkedIn's limits, in characters. A connection-request note stops at 300 characters with Premium and at
# 200 on a free account (since 2023); a message to a connection stops at 8,000.
LINKEDIN_CONNECTION_NOTE_LIMIT = 300
LINKEDIN_FREE_CONNECTION_NOTE_LIMIT = 200
LINKEDIN_MESSAGE_LIMIT = 8000
# A sentence in capitals: this many words in a row written in capitals, with at least this many capital
# letters between them (so that a run of acronyms such as "HR, FMLA, HRIS" is no shout).
SHOUTING_MIN_WORDS = 4
SHOUTING_MIN_LETTERS = 12

# A phrase that says which company the note is for, then up to five words; the checker keeps the
# capitalised words at the start (checker.company_name). "my role at X" is the sender's own employer.
# The last word of many an organisation's name: after "with" or before "offices", a name with one of these is a
# company, not a person ("an interview with Starline BPO", "the Meridian Health offices").
ORGANISATION_WORD = (
    r"(?:health|healthcare|dental|foods?|bank|clinic|group|logistics|builders|lines|mining|bpo|partners|media|systems|"
    r"solutions|technologies|tech|labs?|hotels?|freight|insurance|motors|pharmacy|consulting|capital|holdings|"
    r"services|studios?|agency|hospital|academy|college|university|council|trust|bakery|bakeries|coffee|care|"
    r"construction|engineering|retail|stores|markets|software|digital|energy|airlines?|transport|properties|realty|"
    r"legal|law|associates|co|inc|ltd|llc|corp|plc|llp|industries|manufacturing|foundation|network|vets|veterinary|"
    r"surgery|pharma|bio|events|marketing|architects|analytics|financial|finance|brewing|farms|steelworks|works|roofing|"
    r"plumbing|electrical|heating|cleaning|landscaping|catering|outfitters|supplies|supply|automotive|salon|fitness|"
    r"security|staffing|recruitment|nursing|childcare|dentistry|accountants|solicitors|pharmaceuticals|telecom)"
)
ORGANISATION_AHEAD = r"(?=[ \t]+(?:[^ \t\n.,;:!?()]+[ \t]+){0,3}" + ORGANISATION_WORD + r"\b)"
COMPANY_CUE = (
    r"(?<!\bmy )(?<!\bformer )(?<!\bcurrent )(?<!\bprevious )(?<!\bpast )(?<!\bold )"
    r"\b(?:(?:role|position|job|post|opening|opportunity|internship|vacancy|apprenticeship)[ \t]+(?:at|with)|"
    r"(?:team|crew|career|future|interview|day|time|life|everyone|people|folks|staff|value|growing|chance|lab|ward|"
    r"kitchen|clinic|salon)[ \t]+at|fit[ \t]+(?:right[ \t]+|in[ \t]+well[ \t]+|perfectly[ \t]+)?in[ \t]+at|"
    r"(?:branch|branches|offices|division|arm|subsidiary)[ \t]+of|"
    # "for Vector Automation's field team", "help Greenhill Foods grow its exports".
    r"for(?=[ \t]+(?:[^ \t\n.,;:!?()]+[ \t]+){0,2}[^ \t\n.,;:!?()]+['\u2019]s[ \t]+(?:[a-z-]+[ \t]+)?(?:team|crew|"
    r"customers|clients|patients|staff|kitchen|stores?|members|guests|residents|drivers)\b)|"
    r"help(?=[ \t]+(?:[^ \t\n.,;:!?()]+[ \t]+){1,3}(?:grow|expand|scale|succeed|reach|achieve|win|hit|meet)\b)|"
    r"join(?:ing)?(?:[ \t]+the)?(?![ \t]+(?:everyone|everybody|you|the whole|(?:[^ \t\n.,;:!?()]+[ \t]+){0,2}"
    r"(?:team|department|room|branch|unit|ward|office|site|crew|staff|squad|kitchen|floor|shift|class)\b))|"
    r"(?:department|addition|contribution)[ \t]+(?:at|to)|"
    r"(?:contribut(?:e|ing)|an[ \t]+asset)[ \t]+to(?:[ \t]+the[ \t]+(?:growth|success|future|mission|work|goals)"
    r"[ \t]+of)?|"
    r"(?:interview|interviewing|chat|conversation|meeting|call|visit|time)[ \t]+with" + ORGANISATION_AHEAD + r"|"
    r"(?:visit|visiting|around|of|from|at|to)[ \t]+the(?=[ \t]+(?:[^ \t\n.,;:!?()]+[ \t]+){1,2}"
    + ORGANISATION_WORD
    + r"[ \t]+(?:offices?|plant|warehouse|factory|headquarters|site|hiring team|team)\b)|"
    r"(?:work|working)[ \t]+(?:at|for)|part[ \t]+of|first[ \t]+choice[ \t]+(?:is|was)|"
    r"(?:having|hosting|welcoming|seeing)[ \t]+(?:me|us)[ \t]+at|"
    r"(?<!\bused to )(?<!\bi )(?<!\bstill )(?<!\bwe )"
    r"\b(?:drive|cook|nurse|teach|sell|deliver|fly)[ \t]+for(?![ \t]+\d)|"
    r"(?:from|to|with)[ \t]+the(?=[ \t]+[^ \t\n.,;:!?()]+[ \t]+(?:hiring|recruiting|recruitment)[ \t]+team\b)|"
    r"bring(?:ing)?[ \t]+(?:my|our)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:skills|experience|expertise|background|energy)[ \t]+to|"
    r"(?:patients|customers|clients|guests|students|residents|families|community)[ \t]+(?:of|at))"
    r"[ \t]+((?:[^ \t\n.,;:!?()]+)(?:[ \t]+[^ \t\n.,;:!?()]+){0,4})"
)
# Words that join the parts of a company's name, and words no company name starts with.
COMPANY_JOINERS = ("&", "and", "of", "+", "de", "la", "du", "von", "van", "-")
COMPANY_NOT_NAMES = (
    "i",
    "a",
    "an",
    "you",
    "your",
    "our",
    "my",
    "this",
    "that",
    "it",
    "us",
    "them",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "chef",
    "team",
    "company",
    "firm",
)
# Words left out when two company names are compared ("Calloway Freight Ltd" is "Calloway Freight").
COMPANY_SUFFIXES = (
    "the",
    "inc",
    "ltd",
    "llc",
    "llp",
    "plc",
    "co",
    "corp",
    "corporation",
    "company",
    "group",
    "gmbh",
    "sa",
    "ag",
    "limited",
    "&",
    "and",
    "of",
    "+",
    "-",
)

GENERIC_OBJECT = (
    r"(?!(?:more )?(?:about )?(?:the|this|that|your|our|a|its|their) (?:[A-Za-z-]+'s )?(?:role|position|job|"
    r"opportunity|company|team|office|hotel|building|workplace|premises|organi[sz]ation|business|school|store|shop|"
    r"restaurant|place|facilities|site|work|day|interview|process|mission|values|culture|products?|services?|"
    r"vision|history|goals|brand|people|staff|industry|field|sector|department|firm|agency|clients|customers|"
    r"offerings|company culture|work culture|team culture|values and culture|culture and values|pharmacy|clinic|"
    r"practice|hospital|surgery|ward|kitchen|salon|studio|lab|laboratory|library|branch|farm|garage|warehouse|"
    r"plant|factory|cent(?:er|re)|programm?e?|course|property|grounds|facility|yard)\b[ \t]*(?:[.,!;]|and\b|$))"
    r"(?!(?:more )?(?:about )?(?:what )?(?:a|the) typical day|(?:more )?(?:about )?(?:a )?day in the life|"
    r"(?:more )?(?:about )?where (?:the|your|this) [A-Za-z]+ (?:is|are) (?:headed|heading|going))"
)
NOT_GENERIC_THING = (
    r"(?!(?:[A-Za-z-]+ )?(?:team|interview|day|visit|conversation|chat|process|meeting|call|people|staff|office|place|"
    r"company|role|job|opportunity|position|time|chance|tour|welcome|atmosphere|environment|culture|week|morning|"
    r"afternoon|evening|point|stage|way|kind|sort)\b)"
)
VAGUE_TOPIC = (
    r"(?![ \t]+(?:me |us )?(?:(?:about|of|on|regarding)[ \t]+)?(?:the |this |your |our |how you |what |where |"
    r"life (?:on |at |in )?(?:the |your )?|a typical day |day-to-day )?"
    r"(?:role|culture|practice|team|company|position|job|work|process|day|organi[sz]ation|business|direction|"
    r"boat|place|firm|school|shop|store|clinic|home|hospital|ward|unit|hotel|restaurant|kitchen|office|site|"
    r"cent(?:er|re)|branch|department|agency|library|salon|plant|warehouse|facility|facilities|building)\b"
    # ... unless a place and a clause pin it down: "the branch in Skipton that went back to Saturday opening".
    r"(?![ \t]+(?:in|at|near|on) [A-Za-z0-9-]+,? (?:that|which|where|who|when)\b))"
)
HIGHLIGHT_PATTERNS: tuple[str, ...] = (
    r"\b(?:discuss(?:ed|ing|ion|ions)?|conversation|chat|talk(?:ed|ing)?|exchange)(?:[ \t\n]+through)?[ \t\n]+"
    r"(?:about|of|on|around|regarding|through)[ \t\n]+" + GENERIC_OBJECT + r"[A-Za-z]",
    r"\b(?:talking|walking) (?:through|over)\b",
    r"\byou (?:mentioned|described|explained|shared|told me|walked me through|showed me|pointed out|"
    r"asked (?:me )?(?:about|how|why|what|whether)|talked about|outlined|highlighted|spoke about|brought up|"
    r"raised|explaining|describing|showing|sharing|walking me|mentioning)\b" + VAGUE_TOPIC,
    r"\byou said\b(?! (?:that )?(?:you|we)(?:'d| would| will) (?:let|get|be|contact|call|email|send|decide|hear))"
    + VAGUE_TOPIC,
    r"\bwhat you (?:said|shared|told me|described|explained|mentioned)\b" + VAGUE_TOPIC,
    r"\byou(?:'re| are| were) (?:building|working on|planning|running|doing|putting|rolling out|launching|"
    r"developing|designing|bringing)\b",
    r"\b(?:learning|hearing|finding out|seeing|watching|to hear|to learn|to see|to watch|to try|to taste|"
    r"trying|tasting|getting to (?:see|try|meet|use))"
    r"[ \t\n]+(?!(?:(?:more )?about[ \t\n]+)?(?:(?:the|your) )?(?:next (?:steps?|stage|round)|decision|outcome|"
    r"timeline)\b|what you decide)(?:about[ \t\n]+|more about[ \t\n]+)?"
    + GENERIC_OBJECT
    + r"(?:how|why|what|that|your|the|about|more|[A-Za-z]+'s)\b",
    r"\byour (?:[A-Za-z-]+ )?(?:point|question|insight|comment|description|explanation|story|tale|example|thoughts?|"
    r"perspective|vision|plans?|approach|advice|account|idea|project|strategy|initiative|programme|program|goal)s?"
    r"(?: (?:about|on|of|regarding|that|around|to|for)\b|:)(?![ \t]+(?:the|this|that|your|our|a|its|their) "
    r"(?:role|position|job|company|team|culture|vision|mission|values|work|business|organi[sz]ation|practice|"
    r"opportunity)\b)",
    r"\b(?:when|as|where) we (?:discussed|talked|spoke|covered|looked at|went through|walked through|got into|"
    r"touched on)\b",
    r"\bthe (?:tour|demo|walkthrough|whiteboard|case study|case|exercise|presentation|task|puzzle|brief|role-play|"
    r"scenario|problem) (?:of|on|about)\b",
    r"\bthe (?:[A-Za-z-]+ )?(?:question|point|example|story|problem|scenario) (?:you|(?:[A-Za-z.]+ ){1,2})"
    r"(?:raised|asked|mentioned|shared|made|posed|described|gave|told|talked|spoke|discussed|brought up)\b",
    r"\bthe way (?:you|your|the team)\b",
    r"\byou(?:'d| had| have)? (?!(?:need|proceed|succeed|exceed|feed|speed|shared|described|told|said)\b)"
    r"(?:[a-z]{2,}ed|showed|shown|gave me|took me|ran|run|made|brought|drew|wrote|taught|let me(?! know)|"
    r"walked|keep|use|build|built)\b(?! (?:me|us) (?:the|an?) (?:chance|opportunity))" + VAGUE_TOPIC,
    r"\byour (?:[A-Za-z-]+ )?(?:tip|remark|anecdote|suggestion|feedback|take|observation|demo|tour|sketch|"
    r"whiteboard|diagram|numbers|figures)s? (?:about|on|of|regarding|around|for|that|with)\b",
    r"\bthe (?:[A-Za-z-]+ ){0,3}(?:exercise|case study|task|scenario|demo|presentation|role-play|trial|test)"
    r"(?: (?:of|on|about|with|where|in which)\b|,)",
    # Something done together during the visit: "next to you", "the trial shift taught me".
    r"\b(?:next to|alongside|beside|shadowing|watching|watch|watched) you\b",
    r"\b(?:you|who) (?:show|shows|showed|told|taught|gave|walked) (?:me|us)\b" + VAGUE_TOPIC,
    r"\b(?:the|your|that|this) (?:[A-Za-z-]+ ){0,3}(?:shift|trial|lesson|task|tour|visit|session|exercise|demo|"
    r"walk-round|walkaround|service) (?:taught|showed|gave|helped|made|left|reminded)\b",
    # Something the reader showed or let the writer do, or a named thing from the visit judged worth it.
    r"\b(?:for|and) (?:showing|introducing|walking|taking|letting|teaching) (?:me|us) (?!know\b|go\b)"
    r"(?:around |round |through |to |how |try |teach |see |use )?(?!around |round |through |"
    r"to )" + GENERIC_OBJECT + r"[A-Za-z]",
    r"\b(?:enjoyed|liked|loved) (?:discussing|brainstorming|trying|building|solving|working (?:on|through)|"
    r"looking at|tackling|debugging|cooking|making|teaching|shadowing|testing|fixing|wiring|designing|sketching|"
    r"observing|serving|baking|planning|mapping|reviewing|pairing on) " + GENERIC_OBJECT + r"[A-Za-z]",
    r"\b(?:the|that) (?!(?:whole |entire |full )?(?:team|interview|day|visit|conversation|chat|process|meeting|call|"
    r"people|staff|office|place|company|role|job)\b)(?:[A-Za-z'-]+ ){1,8}(?:was|were|sounded|looked|seemed) "
    r"(?:like )?(?:a |an )?(?:very |really |so |quite |such a |truly |pretty |proper )?"
    r"(?:real |great |big |true |definite )?(?:highlight|fun|cool|useful|educative|eye-opening|crazy|wild|"
    r"remarkable|proper|"
    r"good test|great test|fascinating|brilliant|detailed|insightful|smart|neat|funny|unreal|"
    r"thoughtful|ingenious|practical|satisfying|(?:a )?stretch|tough one|tricky one|hard one|"
    r"(?:good |great |real )?challenge|eye-opener|revelation|clever|inspiring|memorable|relatable|helpful|"
    r"breathtaking|adorable|amazing|incredible|impressive|beautiful|stunning|genius|hilarious|a good one)\b",
    # Plain words that point at one moment: "the part about", "it stuck with me", "I liked how you".
    r"\b(?:the|that|this) (?:[A-Za-z-]+ )?(?:part|bit|moment|section|point|question|case|story|example|idea|problem|"
    r"task|anecdote) "
    r"(?:about|where|when|with|of|on)[ \t]+" + GENERIC_OBJECT + r"[A-Za-z]",
    # A moment remembered: "I won't forget the moment the forklift alarm went off", "the chalkboard menu your
    # apprentices draw every morning".
    r"\b(?:won't|will not|will never|'ll never|never) forget\b|\bthe moment (?:the|you|your|when|we)\b|"
    r"\bthe (?:[A-Za-z-]+ )?(?:taster|practice|trial|test|sample|demo) (?:shift|lesson|session|day|run)\b"
    r"[^.!?\n]{0,60}\b(?:was|were|taught|showed|gave|helped|made)\b|"
    r"\b(?:loved|liked|enjoyed|admired) (?:the|that|those) " + NOT_GENERIC_THING + r"(?:[A-Za-z-]+ ){0,3}[A-Za-z-]+ "
    r"(?:your|you) (?:[a-z-]+ )?[a-z]+ (?:every|each|on|in|at|for|by|with|after|before)\b",
    # A thing the reader showed, named: "Thank you for showing the new dialysis unit".
    r"\b(?:for|and) showing (?:us )?" + GENERIC_OBJECT + r"(?:the|your|those|these|how) [A-Za-z]",
    # Something of the reader's that impressed: "impressed with the 5S boards in the production line".
    r"\b(?:impressed|amazed|struck|fascinated|intrigued|inspired|charmed|delighted|moved|touched|taken) (?:with|by) "
    r"(?:the|your|those|these) "
    + NOT_GENERIC_THING
    + r"(?!(?:whole |entire )?(?:company|organi[sz]ation|business|firm|facilities|work|growth|values|mission|"
    r"professionalism|energy|friendliness|warmth|passion|dedication|commitment|enthusiasm|teamwork|hospitality|"
    r"knowledge|expertise|kindness|setup|set-up|standards?|quality|level|size|scale|success|reputation)\b)"
    r"[A-Za-z0-9-]+",
    # A fact about the reader's place, learned: "happy to know that your school has a reading programme".
    r"\b(?:happy|glad|nice|great|interesting|good|amazing|surprised|impressed|fascinating) to (?:know|learn|hear|"
    r"find out) (?:that |how |about )?(?:your|the) "
    + NOT_GENERIC_THING
    + r"(?:[A-Za-z0-9-]+ ){0,2}(?:has|have|runs|run|does|uses|offers|holds|keeps|started|built|is building|plans|"
    r"trains|hosts)\b",
    r"\b(?:liked|loved|enjoyed|appreciated|admired) (?:how|the way) (?:you|your|the|they)\b"
    r"(?! (?:team|staff|people|everyone|office|place) (?:was|were|is|are)\b)",
    r"\b(?:(?:stayed|stuck|stays|sticks) with me|still on my mind|made me (?:think|smile|laugh|rethink|reconsider)|"
    r"made my (?:day|morning|afternoon|week)|caught my (?:eye|attention)|(?:a|such a) (?:nice|lovely|neat|great) touch|"
    r"eye-opening|(?:i|we) (?:had not|hadn't|never) (?:considered|thought about|seen)|(?:struck|fascinated|intrigued) "
    r"by (?:the|how|your|what)|impressed by (?:how|the way)|the most (?:useful|interesting|memorable|valuable|fun|"
    r"enjoyable) part)\b",
    r"\bkeep (?:coming back to|thinking (?:about|of)|going back to)\b|\b(?:was|were) the (?:best|highlight|favou?rite|"
    r"most [a-z]+|[a-z]{3,}est) (?:part|bit|moment)\b|"
    r"\byour (?:walkthrough|walk-through|breakdown|sketch|diagram|explanation|demo|demonstration) of\b",
    r"\b(?:for|and) (?:explaining|describing|demonstrating) (?:how|why|what|your|the) [A-Za-z]|"
    r"\bthe (?:look|walk|walk-round|walkround|visit) (?:at|round|around|through|to) (?:the|your)\b|"
    r"\b(?:tip|trick|advice|suggestion|hint)\b[^.!?\n]{0,40}\b(?:worked|helped|tried it)\b",
    r"\bthe (?:[A-Za-z-]+ ){0,3}(?:exercise|case study|task|scenario|demo|role-play|challenge) [a-z]+ing\b",
    # The reader's own things and doings, named: "the wedding arch you were wiring", "the bug where...".
    r"\b(?:still|keep|kept) (?:thinking|laughing|smiling|chuckling) (?:about|over)\b|\bstill thinking about\b|"
    r"\b(?:struck|impressed|surprised|fascinated) (?:when|that) you\b|\byou were (?:right|spot on|so right) "
    r"(?:that|about)\b|\bi (?:never|didn't|did not|had no idea) (?:knew|know|realised|realized)?[ \t]*(?:you|that|how) "
    r"[a-z]",
    r"\bthe (?:[A-Za-z-]+ ){1,4}you (?:were |are |had )?(?!hiring|offering|recruiting|looking|advertising|filling|"
    r"interviewing|doing)(?:[a-z]+ing|set up|built|made|drew|designed|started|launched|created)\b",
    r"\bthe (?:[A-Za-z0-9-]+ ){0,2}(?:bug|fault|problem|issue|patient|customer|ticket|incident|client|order|delivery) "
    r"(?:where|when|that|who)\b",
    # A plain moment: a named thing from the visit, pinned down by a clause, a figure or a judgement of it.
    r"\b(?:the|those|these|that|your) "
    + NOT_GENERIC_THING
    + r"(?:(?!(?:is|was|are|were)\b)[A-Za-z-]+ ){0,4}(?!(?:is|was|are|were)\b)[A-Za-z-]+,? (?:where|when|who|which) "
    r"(?!(?:i|we|you)(?:'d| would| will| could| can)\b)[a-z]+ (?:[a-z']+ )?[a-z]",
    r"\b(?:the|those|these) " + NOT_GENERIC_THING + r"(?:[A-Za-z-]+ ){0,3}(?:at|in|on) (?:[A-Za-z-]+ )?\d",
    r"\b(?:the|those|these|that) " + NOT_GENERIC_THING + r"(?:[A-Za-z0-9'%-]+,? ){1,12}(?:was|were|is) (?:a |an |very |"
    r"really |so |quite |just |such a )?(?:lovely|sweet|(?:good|great|real|useful) lesson|the best thing|impressive|"
    r"(?:clever|smart|brilliant|neat|great|lovely|simple|good|practical) (?:idea|touch|system|solution|trick|fix)|"
    r"something else|a (?:great|good|perfect) example|"
    r"(?:interesting|fun|amazing|great|good|fascinating) to (?:see|watch|hear|learn|try))\b",
    r"\b(?:brought home|opened my eyes|made the " + NOT_GENERIC_THING + r"(?:[a-z-]+ ){1,3}(?:very |so |really )?clear|"
    r"explained (?:the|this) (?:job|role|work) better|(?:i )?still remember (?:the|when|how|that)|"
    r"i remember (?:the|when|how))\b",
    # A named thing of the reader's, liked where it is: "I really liked the flood lights project at the stadium".
    r"\b(?:liked|loved|enjoyed|admired) (?:the|your) "
    + NOT_GENERIC_THING
    + r"(?!(?:energy|vibes?|feel|spirit|warmth|friendliness|hospitality|buzz|mood)\b)(?:[A-Za-z-]+ ){2,3}"
    r"(?:at|in|on|for|with|by) (?:the|your) [A-Za-z]",
    # A thing seen there, judged by how it looked: "the new barcode scanners on the loading dock looked handy".
    r"\bthe " + NOT_GENERIC_THING + r"(?:[A-Za-z0-9-]+ ){1,6}(?:looked|looks|seemed|seems|sounded|sounds) "
    r"(?:really |very |so |super |incredibly )?(?:handy|useful|clever|smart|brilliant|neat|efficient|impressive|"
    r"ingenious|cool|fun|practical|well thought out)\b",
    # A plan of the reader's, named by what it does: "the plan to digitise the 1970s planning files".
    r"\bthe (?:[A-Za-z-]+ )?(?:plan|idea|project|proposal|move|push|initiative|scheme|switch|effort) to "
    r"(?!(?:join|hire|fill|recruit|meet|interview|grow|expand|develop|improve|build) (?:the|your|a|an|its|our) "
    r"(?:team|role|position|business|company|staff|people|services?)\b)[a-z]+ (?:the |your |its |a |an |all |every )?"
    r"[A-Za-z0-9]",
    r"(?:^|[.!?][ \t]+)(?:watching|seeing|tasting|trying|handling) "
    r"(?!(?:you|everyone|everything|it|all|the team|your team|how)\b)"
    + GENERIC_OBJECT
    + r"[A-Za-z]+ (?:[a-z]+ )?[a-z]",
)
INTEREST_PATTERNS: tuple[str, ...] = (
    # Wanting the job in the writer's own plain words, in any English: "I really want to be a cashier here",
    # "I wish very much to work in your kitchen", "Sarvam is where I would most like to join", "id really like the job".
    r"\bi (?:really |truly |so |very much |still )?(?:want|wish|hope|would love|'d love) to be (?:(?:a|an) [a-z-]+"
    r"(?: [a-z-]+)? (?:here|at|with|for|on|in)\b|your (?:new |next )?[a-z-]+)|"
    r"\b(?:wish|hope|long) (?:very much |so much |really |truly )?to (?:work|join|be part|be with|start|serve|teach)\b|"
    r"\bwhere i(?:'d| would)? (?:most |really |truly )?(?:like|love|want|hope|wish) to (?:join|work|be|grow|build|"
    r"stay|learn)\b|\bid (?:really |truly |so |very much )?(?:love|like) (?:to|the|a|this)\b|"
    r"\bwant to (?:[a-z]+ ){1,2}(?:for|with) (?:you|your (?:team|kitchen|crew|clinic|school|company|firm|store|"
    r"restaurant|practice|ward|lab|office))\b|"
    r"\b(?:would|'d) (?:still |much |really |very much )?(?:prefer|rather) to (?:teach|work|join|be|start|stay)\b",
    r"\b(?:interest(?:ed)?|excite(?:d|ment)|exciting|eager(?:ly|ness)?|enthusias(?:m|tic)|look(?:ing)? forward|"
    r"keen|thrilled|motivated|next (?:steps?|stage|round)|mov(?:e|ing) forward|(?:stay|keep) in touch|"
    r"can(?:'|no)t wait|hope to (?:join|contribute|hear|work|continue|stay|be part)|"
    r"delighted to (?:join|accept|start)|"
    r"(?:a (?:great|strong|good|better|perfect|natural|real)|an excellent|the right) (?:fit|match)|"
    r"the one i (?:actually |really |truly )?want|contribute to|"
    r"join (?:your|the) (?:team|crew|department|faculty|staff)|be part of|become part of)\b",
    r"\b(?:would|should|I'd|I would|will|I'll) (?:(?:very much|really|also|so|truly|still|much|[a-z]+ly) ){0,2}(?:love|"
    r"like|welcome|relish|be (?:very |so |really )?(?:glad|happy|delighted|thrilled|pleased|honou?red|proud|ready|"
    r"tickled|chuffed|excited|keen|over the moon)) "
    r"(?:to|the|a|an|this|it|for)\b(?![ \t]+(?:withdraw|decline|let you know|inform|update|confirm|ask|clarify|add)\b)",
    r"\b(?:fingers crossed|say the word|count me in|keep me in mind|(?:take|taking) (?:this|it|things) forward|"
    r"jump at the chance|won't let you down|get stuck in|(?:be|come|get|jump) on board|at your disposal|i'm all in|"
    r"(?:I'd|I would|I will|I'll) gladly|gladly (?:take|join|accept|start))\b",
    r"\b(?:kind|sort|type) of (?:team|place|role|job|work|company|practice|workplace|crew) I(?:'d| would)? "
    r"(?:want|love|like|hope)\b",
    r"\bwant (?:very much |really |so much )?(?:to (?:join|work|be part|become|help|contribute|practi[sc]e)|"
    r"this (?:job|role|position|one))\b",
    r"\bready (?:to (?:start|get to work|join|begin|hit the ground)|for (?:the )?(?:next|panel|second|technical|"
    r"final|interview|start))\b",
    r"\b(?:would|should) (?:very much |really |so |truly )?welcome\b(?![ \t]+(?:your|any) (?:feedback|thoughts)\b)",
    r"\bhop(?:e|ing) (?:very much |so much |really |dearly )?(?:to be (?:given|offered|considered|part|one)|"
    r"to get (?:the|this) (?:chance|job|role)|for (?:the|a) chance)\b",
    r"\bI(?:'m| am) your (?:man|woman|person|guy|girl|candidate)\b",
    r"\btake (?:my application|my candidacy) (?:further|forward)\b",
    r"\b(?:so |totally |really )?down to (?:join|work|help|start|come)\b",
    r"(?<!\bnot )(?<!\bnot to )(?<!\bdecline to )\b(?:to|get to|chance to) join (?:you|your|the|them)\b",
    r"\b(?:nothing would (?:please|make) me (?:more|happier)|(?:really|truly|very much) want to do|"
    r"made it (?:onto|into|through to)|[a-z]+ing together (?:soon|before long))\b",
    # Wanting the job in plain words: "It would be a privilege to work as", "I want this dispatcher job".
    r"\b(?:(?:it )?(?:would|will|'d) be (?:a|an|my) (?:real |great |genuine )?(?:privilege|honou?r|dream|joy) to "
    r"(?:work|join|serve|train|be|start|learn)|i (?:really |truly )?want (?:this|the) (?:[a-z-]+ ){0,2}(?:job|role|"
    r"position|post|work)|(?:want|like|love) to (?:train|work|start(?: my career)?) (?:with|at|for|here|there)|"
    r"what i(?:'ve| have) (?:always )?wanted|(?:would|'d) (?:really |most |very much )?(?:like|love) to start|"
    r"(?:would|'d) (?:really |genuinely )?enjoy (?:doing|the|this|working))\b",
    # Plain words of wanting the job: "the team I want to grow with", "I can see myself there".
    r"\b(?:team|place|role|job|company|crew|school|ward|kitchen|office|practice|firm|people|group|lab)[ \t]+"
    r"i(?:'d| would)?[ \t]+(?:most |really |truly )?(?:want|hope|love|like)[ \t]+to[ \t]+"
    r"(?:grow|work|learn|build|stay|be|join|belong)\b",
    r"\b(?:can|could)[ \t]+(?:really[ \t]+|easily[ \t]+|already[ \t]+|honestly[ \t]+)?(?:see|picture|imagine)"
    r"[ \t]+myself\b",
    r"\bexactly (?:what|where|the (?:kind|sort|type) of)\b[^.!?\n]{0,40}\b(?:after|looking for|want|hoping for|"
    r"belong|hope to)\b",
    r"\b(?:i'd|i would) (?:much |far |really )?rather (?:come|join|work|be|teach|start)\b|"
    r"\bhop(?:e|ing) (?:very much |so much |really )?to (?:be (?:working|joining|part)|move (?:ahead|forward)|"
    r"work (?:with|for|at|alongside)|join)\b|\bmean (?:a lot|so much|the world|a great deal) to me to "
    r"(?:work|join|be)\b|"
    r"\bhope (?:that )?i (?:may|might|can|could|will|get to|'ll get to) (?:join|work|be|come|teach|help|start|cook|"
    r"serve|learn)\b|\bhope to [a-z]+ (?:for|with|alongside) (?:you|your|the team)\b|\bkeener\b|"
    r"\b(?:joining|working (?:in|with|alongside|under|at|for))\b[^.!?\n]{0,60}\b(?:would|will) (?:be|mean) (?:a |"
    r"an |so |"
    r"such )?(?:dream|privilege|honou?r|pleasure|lot|great|real|step|joy)|\b(?:this|that) is (?:the|"
    r"exactly the) (?:job|"
    r"role|place|team|position) (?:i|i'd) (?:want|hope|love)\b|\bwhere i (?:most )?want to (?:start|build|spend)\b|"
    r"\b(?:my|our) (?:first|top|clear|preferred|number one|no\. 1) (?:choice|option|preference)\b|"
    r"\b(?:is|remains|still) my (?:preference|preferred (?:option|employer|place))\b|"
    r"\bwhere i (?:most )?(?:want|would love|'d love|hope) to (?:be|work|grow)\b",
)


# ---- Sentence signals. The checker splits a draft into sentences (SENTENCE) and tries these patterns on each
# sentence alone, so "^" is the sentence's start and a lookahead "(?=.*X)" asks for X anywhere in it: one
# pattern can ask for two signals in the same sentence, in either order.
SENTENCE = (
    r"(?:\b(?:mrs?|ms|mx|dr|prof|st|jr|sr|vs|etc|no|e\.g|i\.e|a\.m|p\.m)\.|[.!?](?=[^\s.!?])|[^\n.!?]){1,600}[.!?]*"
)
# What the employer is deciding, and words that press for it.
DECISION_WORDS = (
    r"(?:decid\w*|decision|hear|heard|news|update|result|outcome|offer|picked|chosen|choose|hire|hired|hiring|"
    r"made up (?:your|their|the panel's) minds?|mind about me|"
    r"answer|verdict|got (?:it|the (?:job|role|position|offer|place)))"
)
PRESSURE_SIGNALS: tuple[str, ...] = (
    r"^(?=[^?]*\?)(?=.*\b(?:yet|already|or not|yes or no)\b)(?=.*\b" + DECISION_WORDS + r"\b)",
    r"\b(?:did i get (?:it|the (?:job|role|position|offer|place))|am i (?:in|hired|still in the running|getting "
    r"(?:it|the (?:job|role|offer)))\b|is the (?:job|role|position|place) mine|so did i|so am i\b)",
    r"^(?=[^?]*\?)(?=.*\bhave you (?:guys |all |folks |lot )?(?:decided|made (?:a|your|the) (?:decision|choice)|"
    r"picked|chosen|"
    r"found (?:someone|somebody)))",
    r"\bhow (?:much )?long(?:er)? (?:do|will|must|should|am) i (?:have to |going to )?(?:wait|be waiting)",
    r"\bwhen (?:exactly )?(?:will|do|can|shall) i (?:hear|get|know|find out|have|be (?:told|informed|notified|"
    r"contacted|updated|hearing))\b",
    r"\b(?:rather not|don't want to|do not want to|not want to|can't afford to|cannot afford to) be (?:left|kept) "
    r"(?:hanging|waiting|in the dark|in limbo|guessing)\b",
    r"\b(?:let me know|tell me|get back to me|reply|answer me|confirm|revert|respond|decide) (?:by )?(?:today|tonight|"
    r"tomorrow|asap|right away|immediately|now|eod|cob|end of (?:the )?day|this (?:morning|afternoon|evening))\b",
    r"\byou (?:should|need to|must|had better|'d better|better) (?:move|act|decide|hurry|be quick|"
    r"make (?:a|your) (?:decision|move))",
    r"\b(?:the|my) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time (?:that )?i(?:'m| am| have|'ve)? (?:been )?"
    r"(?:writ|ask|email|e-mail|messag|follow|reach|contact|call|chas)",
    r"\bi(?:'ll| will)? need (?:a|an|your) (?:firm |final |clear |quick )?(?:yes or no|answer|decision|reply) "
    r"(?:from you )?by\b",
    r"\bin your (?:best )?interest to (?:decide|move|act|respond|reply|hurry)\b|\bspeed (?:things|it|this) up\b|"
    r"\bhurry (?:up|things along)\b|\bevery day (?:this week |next week )?until i (?:hear|get)\b",
    r"\b(?:other|several|two|three|multiple) (?:companies|employers|firms|places|offers|kitchens|shops|stores|teams|"
    r"recruiters) (?:are |have been )?(?:chasing|asking|after|calling|interested in|waiting for) me\b",
    # A question about the writer's own outcome: "Did I make the cut?", "Is it a yes or a no?".
    r"^(?=[^?]*\?)(?=.*\b(?:(?:did|have|has|will|am|was) i (?:been )?(?:get|got|make|made|pass|passed|succeed\w*|"
    r"selected|chosen|picked|successful|through|in\b)|(?:is|was) (?:it|the (?:job|role|position|place)) (?:a yes|mine)|"
    r"yes or (?:a )?no|whether i (?:got|have got|'ve got|made|passed|was (?:successful|selected|chosen))|"
    r"(?:if|whether) (?:the (?:job|role|position|place) is mine|i(?:'m| am) (?:in|hired|successful))|"
    r"(?:am|are) i still (?:being )?(?:considered|in (?:the running|contention|consideration))|"
    r"(?:gone|given|offered|went) (?:it )?to (?:someone|somebody) else))",
    r"\b(?:a|your) straight answer\b|\botherwise,? i(?:'ll| will| shall) (?:move on|go elsewhere|look elsewhere|accept|"
    r"take (?:it|the other|another)|assume|withdraw)\b",
    r"^(?=.*\b(?:whether|if) i(?:'ve| have| am|'m)? (?:have |got |get |been )?(?:the (?:job|role|position|place)|it|"
    r"successful|selected|through|in)\b)(?=.*\b(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|tomorrow|tonight|today|the end|end of|\d))",
    r"\b(?:two|three|several|other|some) (?:of your )?competitors\b[^.?!\n]{0,60}\b(?:offers?|final|move|faster)\b",
    r"^(?=[^?]*\?)(?=.*\bhow (?:much )?(?:long|longer)\b)(?=.*\b(?:decid\w*|decision|wait\w*|hear|know|answer))",
    r"\bwhen (?:can|should|will|do) i (?:expect|hope) to (?:hear|find out|know|get|receive)\b",
    # A deadline or a hurry put on the employer.
    r"\b(?:confirm|tell me|let me know|inform me|update me)\b[^.?!\n]{0,15}\b(?:by|before|within)\b[^.?!\n]{0,25}"
    r"\b(?:whether|if) (?:i\b|i'm|i've|you(?:'re| are) (?:offering|hiring|taking|giving))",
    r"(?<!\bthey )(?<!\bwho )(?<!\bwhich )\b(?:appreciate|need|want|expect) (?:a|an|your) "
    r"(?:firm |final |clear |quick )?(?:decision|answer|verdict|"
    r"yes or no) "
    r"(?:this|by|before|today|tomorrow|within)\b|\bkeep my (?:life|plans|options|future) on hold\b",
    r"\byou(?:'ll| will| may| might| would)?(?: need| want| have)? to (?:move|act|decide|hurry|be quick)"
    r"(?: [a-z]+)?\b[^.?!\n]{0,10}\b(?:fast|faster|quick|quicker|quickly|soon|sooner|now|today)\b|"
    r"\bstay in the running\b|"
    r"\b(?:another|other|a different|two|three|several) (?:other )?(?:company|companies|firm|firms|employer|employers|"
    r"places?|offers?) (?:is |are )?(?:ready|about|keen|eager|waiting|wants?|want) (?:to (?:sign|hire|take|offer|"
    r"snap)|me)\b",
    r"\b(?:expedite|fast-track|speed up|hurry) (?:the|this|my|your) (?:[a-z]+ )?(?:process|decision|application|"
    r"hiring|outcome)\b|"
    r"\b(?:revert|reply|respond|answer|decide|decision|outcome|let me know|get back|hear back)\b[^.?!\n]{0,30}"
    r"\bwithin (?:the next )?(?:\d+|twenty-four|forty-eight|one|two|a) (?:hours?|days?)\b",
    r"\bi(?:'ll| will)(?: be| keep)? (?:call|ring|email|e-mail|phon|messag|chas|check|follow)\w*[^.?!\n]{0,40}"
    r"\buntil (?:i|you|someone|somebody)\b",
    r"\bfollowing up (?:again )?for the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b",
    r"\b(?:reached|made|come to) (?:a|your|the) (?:verdict|decision) on (?:me|my)\b|\bput me out of my misery\b|"
    r"\bspeed (?:things|it|this) along\b|\bwait (?:around )?indefinitely\b",
    r"\b(?:update|inform|intimate|tell|revert to|get back to|reply to|call|message) me\b[^.?!\n]{0,30}"
    r"\b(?:today(?: itself)?|tonight|tomorrow|asap|immediately|right away|at the earliest)\b|\btoday itself\b",
    r"\b(?:let me know|tell me|get back to me|reply|respond|confirm|decide|answer|hear back)\b[^.?!\n]{0,20}"
    r"\b(?:by|before) (?:the )?(?:close of (?:play|business)|end of (?:play|business)|cop|cob|eod)\b|\bplease hurry\b",
    # Hours counted since the interview: "It's been 48 hours."
    r"\b(?:it'?s|it has|it is) (?:now |already |only )?been (?:\d+|twenty-four|forty-eight|seventy-two|a few|"
    r"several|two|three) (?:whole |full )?hours\b",
    # A reproach about the employer's pace: "Why is it taking so long?", "What's the holdup?".
    r"^(?=[^?]*\?)(?=.*\b(?:taking (?:so|this|such a) long|so slow|the (?:hold-?up|delay)|holding (?:things|it) up))|"
    r"\bwhat(?:'s| is) (?:the )?(?:hold-?up|delay)\b",
)
# Softeners that make a timeline question or a competing offer's deadline a courtesy, not pressure: the sentence
# model's pressure guess is not taken for a sentence with one and no near deadline of the employer's own ("Any
# chance you could tell me by tomorrow?" stays pressure; the pressure patterns always apply).
NEAR_DEADLINE = (
    r"\b(?:today|tonight|tomorrow|this (?:week|morning|afternoon|evening)|(?:before|by) (?:the )?(?:weekend|end of|"
    r"eod|cob|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:the )?\d|right away|asap|immediately|"
    r"rather than next|on hold|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:follow|email|e-mail|message|time))"
)
OTHER_OFFER = (
    r"\b(?:(?:another|other|a second|competing|separate|different) (?:job )?(?:offer|company|employer|firm|outfit|"
    r"organi[sz]ation|business|school|hospital)|(?:been|was|got|have|received|had) (?:an? )?(?:job )?offer(?:ed)?|"
    r"(?:revert|respond|reply|get back) to them|they (?:want|need|asked|have asked|gave|expect))\b"
)
# The employer's own date, recalled: "You said you'd likely decide by the 15th".
STATED_DATE = (
    r"\byou(?:'d| had| were| would)? (?:said|mentioned|hoped|expected|planned|told me|indicated|estimated|thought|"
    r"were (?:hoping|planning|aiming|expecting)|(?:had |'d )?(?:hoped|planned|aimed|expected))\b"
)
# Impatience that no softener makes polite: "I'd rather not be left hanging".
IMPATIENCE = (
    r"(?:left hanging|kept hanging|kept waiting|in the dark|in limbo|rather not|any longer|so long|forever|"
    r"exactly|wait(?:ing)? around)"
)
POLITE_ASK = (
    r"^(?!.*\b"
    + IMPATIENCE
    + r"\b)(?:(?!.*"
    + NEAR_DEADLINE
    + r"\b)|(?=.*"
    + OTHER_OFFER
    + r")|(?=.*"
    + STATED_DATE
    + r"))(?=.*\b(?:may i (?:ask|know|enquire|inquire)|(?:i was |just )?wondering|could you (?:please |kindly )?"
    r"(?:tell|let) me (?:know )?(?:whether|if|when|roughly|how)|is likely|likely to|is it possible|"
    r"would it be possible|would you be able|might you be able|if (?:at all )?possible|"
    r"if you(?:'re| are| were) able|any chance|no (?:worries|pressure|rush|problem|stress)|(?:totally|completely|"
    r"perfectly|absolutely|entirely) (?:fine|okay|ok|understand\w*)|i (?:completely |totally |fully |quite )?"
    r"understand|whenever (?:you|it)|when you (?:get|have) a (?:chance|moment|minute)|at your (?:convenience|"
    r"earliest convenience)|happy to wait|i(?:'d| would) be (?:grateful|glad|thankful)|i(?:'d| would) (?:really )?"
    r"appreciate|(?:just )?(?:a |as a )?heads[- ]up|to keep you (?:informed|posted|in the loop|updated)|to be "
    r"(?:upfront|transparent|open)|in the interest of (?:transparency|being (?:open|upfront|transparent))|"
    r"(?:wanted|want) to let you know|(?:wanted|want) you to know|in fairness|no expectation|no obligation|"
    r"for your information|(?:just )?checking in|check in|(?:a|the|any) next step|(?:my|the) first choice|"
    r"i(?:'d| would) (?:much |really )?(?:rather|prefer)|(?:is|remains?) my (?:preference|first choice|top choice))\b)"
)
# Disappointment or reproach in the same sentence as the silence it is about; passive-aggressive reminders;
# criticism of the hiring process.
NEGATIVE_FEELING = (
    r"(?:frustrat\w*|disappoint\w*|upset\w*|annoy\w*|hurt\w*|rude|unprofessional|disrespect\w*|discourag\w*|"
    r"stressful|let down|unfair|not (?:very )?(?:nice|fair|professional|kind|okay|ok|great)|surpris\w*|strange|"
    r"shame|a pity|disheart\w*|(?:very |so |really )?sad|hard|difficult|tough|not nice|worrying|stressed|"
    r"demorali[sz]\w*|knock\w* my confidence|painful|gutted|hurtful|hurts|rude|left wondering|a bit much|"
    r"deflat\w*|anxious|unsettling)"
)
SILENCE_WORDS = (
    r"(?:silence|not (?:to )?(?:have )?(?:heard|hear)|haven't heard|have not heard|hasn't|has not|no (?:reply|"
    r"response|word|news|update|answer|one|feedback|contact)|nothing|nobody|no-one|without (?:a |any )?(?:word|reply|"
    r"news|update|answer|feedback|information)|(?:been|kept|left) (?:waiting|hanging|in the dark|in limbo)|in limbo|"
    r"wait(?:ing)? so long|still waiting|ghost\w*|"
    r"never (?:heard|got|replied|called)|didn't (?:hear|get|reply|call)|not (?:get|got|gotten|receive|received) "
    r"(?:a|any)|(?:not|n't) (?:yet )?(?:received|had|got) (?:any|a)|no (?:communication|information|contact)|"
    r"not to have (?:received|had|got)|not (?:to )?(?:get|receive) (?:even )?(?:a|an|any)|(?:nobody|no one|no-one|"
    r"nobody's|no one's)(?: has| had)? (?:been in touch|"
    r"contacted|followed up|replied|responded|called|got back)|(?:go|gone|went|going) (?:quiet|silent)|"
    r"(?:not|n't) (?:yet )?been (?:updated|contacted|told|informed|called|kept (?:informed|updated|posted))|"
    r"(?:it's|it has|it is|it's now|it has now) (?:now )?been (?:a|an|one|two|three|four|five|six|several|many|\d+) "
    r"(?:days?|weeks?|months?)|lack of (?:any |a )?(?:reply|response|word|news|update|answer|feedback|contact))"
)
REPROACH_SIGNALS: tuple[str, ...] = (
    r"^(?=.*\b" + NEGATIVE_FEELING + r")(?=.*\b" + SILENCE_WORDS + r")",
    r"\b(?:re-?sending|resend(?:ing)?|sending (?:it|this|my (?:email|message|note)) again|"
    r"here it is again(?!,? (?:correct|with|now|fixed|updated|below))|"
    r"forwarding (?:it|this|my (?:email|message)) again|"
    r"i trust you (?:received|got|saw|have (?:received|seen))|(?:did|have) you (?:even )?(?:read|see|seen|get|got|"
    r"receive|received) my (?:email|e-mail|message|note|last)|just (?:a )?(?:quick )?(?:nudge|bump)|"
    r"in case you (?:missed|forgot|didn't see|did not see|overlooked)|"
    r"hope (?:this one|this time it|this message finally) (?:reaches|gets|finds)|"
    r"as (?:previously|already) (?:stated|mentioned|said|noted|discussed|requested)|"
    r"as i(?: have|'ve| had) already (?:said|mentioned|stated|noted|written|explained|told you)|"
    r"i(?:'m| am) sure you(?:'re| are) (?:very |so |extremely |terribly )?busy,? but|"
    r"(?:a|any) (?:reply|response|answer|acknowledg\w*) would be nice|(?:gets?|got) lost like|"
    r"like the (?:previous|last|other|earlier) (?:ones|emails|e-mails|messages|two|three)|"
    r"as i (?:already )?(?:said|mentioned|wrote|stated|noted) (?:in|on) my (?:last|previous|earlier|first|other|"
    r"application|cv|resume|email|message)|(?:as|like) i (?:already )?(?:said|mentioned|wrote|explained|pointed out|"
    r"told you)(?: (?:in|on) my (?:last|previous|earlier|first) (?:email|message|note)| more than once| twice| before)|"
    r"would have been (?:courteous|polite|nice|good|professional|decent|kind) to|this (?:one|time) (?:actually |"
    r"finally )?"
    r"gets? (?:a|an) (?:response|reply|answer)|to be clear, i did|(?:like|same as) (?:the )?last (?:time|two times|"
    r"few times)|for the (?:second|third|fourth) time|following up on (?:the|my) (?:last )?follow-up|"
    r"gone missing again|(?:came|come|comes) up (?:two|three|four|several|many|multiple) times|"
    r"hopefully (?:that(?:'s| is)|this is|it(?:'s| is)) (?:settled|clear|cleared up)(?: now)?|per my (?:last|"
    r"previous|earlier) (?:email|message|note))\b",
    r"\bi(?:'m| am|'ve been| have been) still waiting\b|\bstill waiting (?:on|for|to hear)\b",
    r"\b(?:and|but) still nothing\b|\bstill nothing (?:from|back|yet)\b|\b(?:checking|refreshing) my (?:phone|inbox|"
    r"email|e-mail)\b[^.?!\n]{0,40}\bnothing\b|\b(?:hoping for|expected|expecting|deserve|deserves|would have liked) "
    r"(?:at least |some )?(?:an? )?(?:short |quick |simple )?(?:acknowledg\w*|reply|response|answer|update|courtesy|"
    r"word)\b(?! (?:from you )?(?:about|on|when))",
    r"\bi (?:really |honestly |genuinely |truly |had |'d )?(?:thought|expected|assumed|figured|was expecting|"
    r"had hoped|was sure)\b[^.?!\n]{0,10}\b(?:i(?:'d| would| should)(?: have)? |to )?(?:hear|heard|get|got|receive|"
    r"received|have|had|be told)\b[^.?!\n]{0,30}\bby now\b|"
    r"\bi (?:really |honestly |had |'d )?(?:expected|was expecting|had hoped for)\b[^.?!\n]{0,12}\b(?:a |an |some )?"
    r"(?:reply|response|answer|update|word|call|acknowledg\w*)\b[^.?!\n]{0,20}\bby now\b",
    # Passive-aggressive reminders, whatever their wording.
    r"\b(?:wonder\w*|not sure|unsure|doubt\w*)\b[^.?!\n]{0,20}\b(?:my|these|the|any of my) (?:emails?|e-mails?|"
    r"messages?|notes?|applications?) (?:are |is |have been |has been |were |was )?(?:even )?(?:reaching|getting "
    r"through|arriving|being read|landing|read)\b|"
    r"\b(?:get|gets|getting|got) (?:a)?round to (?:replying|responding|answering|reading|it|me|my)\b|"
    r"\b(?:reply|replying|respond\w*|answer\w*|hear\w*|get back)\b[^.?!\n]{0,25}\beventually\b",
    r"\btoo busy,? (?:apparently,? )?to (?:reply|respond|read|answer|get back|write|look|send)|"
    r"\b(?:refreshing|checking) my (?:inbox|phone|email|e-mail) (?:for fun|every (?:hour|morning|five minutes))|"
    r"\bif it (?:even )?still exists\b|"
    r"\b(?:the others|my (?:other|earlier|previous|last) (?:emails?|e-mails?|messages?|notes?)) (?:didn't|did not|"
    r"never|"
    r"haven't|have not) (?:come through|arrive|reach|make it|get through|land)|"
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|note) since\b|\b(?:floating|"
    r"bumping|pushing|moving|bringing) "
    r"(?:this|it|my (?:email|e-mail|message|note))[^.?!\n]{0,15}\b(?:top of your inbox|up|back up)\b|"
    r"\b(?:here it is|here's|sending it|sending this|attaching (?:it|this|them)) (?:once more|yet again)\b|"
    r"\breattach\w*\b[^.?!\n]{0,40}\b(?:since|in case|again|as (?:it|they) (?:seem|may))\b|\b(?:seem|seems|"
    r"seemed) to have (?:been )?(?:overlooked|missed|lost|forgotten|ignored)\b|"
    r"\bi(?:'ve| have)(?: only| now)? been waiting (?:since|for)\b|\btake (?:the|your) silence as\b|"
    r"\bfinally (?:get(?:ting)? back|repl\w*|respond\w*|answer\w*|hear(?:ing)? (?:back|from))|"
    r"\bas i(?:'ve| have)? (?:now |already )?(?:mentioned|said|stated|noted|explained|written|asked) (?:twice|three "
    r"times|more than once|several times|again|before)\b|\bmust be a record\b|"
    r"\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|note|letter|voicemail|call)s?\b"
    r"[^.?!\n]{0,30}\b(?:without|no|unanswered|with no)\b|"
    r"\bhope (?:this one|this time|this message|this email) (?:actually |finally )(?:reaches|gets|finds)",
    r"\b(?:as|like) i (?:have |'ve |had )?(?:now |already |also )?(?:said|mentioned|wrote|written|explained|"
    r"pointed out|told|stated|noted|made clear)\b[^.?!,;\n]{0,30}(?:,?[ \t]+(?:and|once|yet) again\b|\b(?:twice|"
    r"clearly|more than once|several times|repeatedly|three times)\b)|"
    r"\bwhich i (?:assume|presume|trust|take it|imagine|suppose)\b[^.?!\n]{0,40}\b(?:read|seen|looked at|opened|"
    r"received|got)\b|\bif (?:anyone|anybody|someone|you|the panel) (?:had |has |have )?(?:actually |even )?"
    r"(?:read|looked at|opened) (?:it|my|the)\b",
    r"\b(?:aren't|are not|isn't|is not|weren't|were not) (?:being |getting )?read\b|\bper my (?:last |previous |"
    r"earlier |recent )?(?:voicemail|call|calls|messages|emails|e-mails)\b|\bper my (?:last|previous|earlier|recent) "
    r"(?:email|e-mail|message|note|letter)\b",
    r"\b(?:your|the) (?:whole |entire )?(?:process|recruiter|recruitment(?: process)?|hiring (?:process|team|manager)|"
    r"interview process|interviewers?|panel|hr(?: team| department)?|receptionist|scheduling|portal|application "
    r"system|online form)\b[^.!?]{0,30}\b(?:is|was|were|are|seemed|seems|felt|feels)\b[^.!?]{0,20}\b(?:rude|slow|"
    r"disorgani[sz]ed|chaotic|a mess|confusing|unprofessional|dismissive|cold|a joke|ridiculous|frustrating|"
    r"disappointing|unfair|poor|terrible|awful|painful|exhausting|too long|a waste|pointless|careless|sloppy)\b",
)
# A polite follow-up: a courtesy and no reproach, no count of messages, no word of silence. The sentence model's
# silence-complaint guess is not taken for one ("Just following up, as you mentioned a decision last week").
POLITE_FOLLOW_UP = (
    r"^(?!.*\b"
    + NEGATIVE_FEELING
    + r")(?!.*\b"
    + SILENCE_WORDS
    + r")(?!.*\b(?:twice|again|yet|still|several|multiple|second|third|fourth|fifth|last two|last three|previous "
    r"(?:two|three)|assume|trust|surely|apparently|courtesy|even|finally|bother\w*|follow-?ups?|already|"
    r"trailing|refer to|below)\b)(?=.*\b(?:hope (?:you are|you're|this finds|all is|your week)|"
    r"just (?:following up|checking in|wanted to)|i (?:completely |fully |totally )?understand|"
    r"kindly|gently|following up on|checking (?:in|whether|if)|check in|wondered|wondering|may i (?:ask|know)|any "
    r"(?:update|news|progress))\b)"
)
# Evaluative negative words aimed at the writer's own employer, boss or colleagues.
OWN_EMPLOYER = (
    r"(?:my (?:current |present |previous |former |last |old |ex-?|existing )?(?:boss|bosses|manager|managers|"
    r"employer|company|supervisor|team lead|line manager|workplace|job|firm|management|colleagues|co-?workers|"
    r"director|owner|owners|principal|agency|organi[sz]ation|leadership|restaurant|hospital|clinic|store|school|"
    r"account|campaign|department|dept|tl|team leader)|"
    r"(?:the )?(?:people|management|managers|leadership|owners?|bosses) (?:at|in|where) (?:my|i)|"
    r"(?:management|leadership) at (?:the|my) (?:store|company|place|hospital|firm|office|restaurant|shop)|"
    r"(?:the )?(?:place|store|company|firm|hospital|school|shop) (?:where )?i (?:currently )?(?:work|am) "
    r"(?:at |in )?now|where i(?:'m| am) (?:working )?now|i(?:'m| am) working (?:in|at) now|"
    r"(?:under|with|for|of) a (?:director|manager|boss|supervisor|head chef|chef|owner|lead) who|"
    r"my (?:current |present |previous |former |old )?(?:team|crew|depot|store|seniors|co-?workers)|"
    r"my (?:current |present |previous |former |last |old )(?:kitchen|practice|office|hotel|warehouse|site|salon|bank|"
    r"lab|ward|unit|shop|branch|place)|"
    r"(?:the )?(?:people|team|staff|crew|colleagues|guys) i (?:currently )?work with|"
    r"(?:the )?(?:last|previous|former|old|other) (?:practice|place|company|firm|agency|school|hospital|clinic|store|"
    r"shop|restaurant|kitchen|hotel|office|warehouse|bank|salon|cafe|bar|lab|team|branch|site|factory|job|"
    r"employer|workplace|outfit|depot|call cent(?:er|re)|site) (?:that )?i (?:worked|was|temped|trained|interned) "
    r"(?:at|in|for|with)|"
    r"(?:the )?(?:company|firm|agency|school|hospital|clinic|store|shop|restaurant|kitchen|hotel|office|place|"
    r"warehouse|practice|bank|salon|cafe|bar|lab|team|branch|site|factory) (?:where )?i(?:'m| am)? (?:currently |"
    r"still )?"
    r"(?:work(?:ing)? )?(?:at|in|for) (?:now|currently)|"
    r"(?:the )?(?:company|firm|agency|school|hospital|clinic|store|shop|restaurant|kitchen|hotel|office|place|"
    r"warehouse|practice|bank|salon|cafe|bar|lab|team|branch|site|factory|agency) i (?:currently )?(?:work|temp|"
    r"freelance) (?:at|in|for))"
)
NEGATIVE_JUDGEMENT = (
    r"(?:micromanag\w*|toxic|terrible|awful|horrible|incompetent|useless|clueless|(?:a|total|complete) mess|"
    r"(?:a|total|complete) joke|is a joke|nightmare|hopeless|disorgani[sz]ed|chaotic|the worst|lazy|unprofessional|"
    r"abusive|disaster|dysfunctional|stupid|idiots?|rubbish|crap|bull(?:y|ies|ying)|dishonest|unbearable|miserable|"
    r"ridiculous|pathetic|unfair|underpa(?:id|ys?)|overwork\w*|exploit\w*|(?:don't|doesn't|do not|does not|never) "
    r"(?:care|listen|support|appreciate|value|respect)|no idea|dead[- ]end|hate|can't stand|cannot stand|shady|"
    r"backstab\w*|yell\w*|scream\w*|takes? (?:all the )?credit|plays? favou?rites|a zoo|a circus|sinking ship|"
    r"going nowhere|shambles|run like a|two-faced|liars|cliquey|"
    r"can't even|cannot even|couldn't care less|could not care less|rewrites every|"
    r"to save (?:their|his|her|my) li(?:fe|ves)|treats? (?:us|me|people|staff|everyone) like|"
    r"shouts? at|backward|(?:don't|doesn't) know (?:any|anything|how)|treat(?:s|ed)? (?:us|me|people|staff|everyone|"
    r"workers|employees) like|belittl\w*|humiliat\w*|demean\w*|gaslight\w*|(?:badly|poorly) (?:run|managed|led|"
    r"organi[sz]ed)|(?:has|have|had) no (?:idea|clue)|no clue|never pull (?:their|his|her) weight|"
    r"(?:don't|doesn't|do not|does not|never) pay (?:on time|us|me|properly|fairly)|(?:zero|no) (?:leadership|"
    r"management|people|communication) skills|gossip\w*|get(?:s)? nothing done|"
    r"treat(?:s|ed)? (?:its|their|the|us|me) (?:workers|staff|people|employees|temps) (?:terribly|badly|awfully|"
    r"poorly)|(?:very |really |so |such )?bad (?:management|manager|boss|bosses|leadership|culture|environment|"
    r"place)|no growth|biased|(?:proper |real |total )?cowboys|favou?ritism|office politics|"
    r"(?:so much|too much|lots of|a lot of) politics)"
)
CRITICISM_SIGNALS: tuple[str, ...] = (
    r"\b(?:lazy|useless|incompetent|toxic|clueless|rude|awful|terrible|horrible|office politics|"
    r"(?:so much|too much|lots of) politics|favou?ritism|micromanag\w*|bad management)\b[^.?!\n]{0,20}"
    r"\b(?:at|in|from) my (?:current|present|previous|former|last|old)\b",
    # The reason for leaving given as a fault of the employer.
    r"\b(?:left|leaving|leave|quit|quitting)\b[^.?!\n]{0,40}\bbecause\b[^.?!\n]{0,40}\b(?:incompetent|dishonest|toxic|"
    r"terrible|awful|useless|clueless|abusive|a joke|a mess|bull(?:y|ies|ying)|micromanag\w*|lazy|unprofessional)",
    r"\b(?:a|an|the|my|our|their) (?:clueless|incompetent|toxic|useless|lazy|abusive|awful|terrible|horrible) "
    r"(?:director|head|owner|boss|manager|supervisor|chef|management|leadership|colleagues?|co-?workers?)\b",
    r"^(?!.*\bi (?:fixed|rebuilt|turned|cleaned|sorted|reorgani[sz]ed|improved|cut|reduced|helped|streamlined|"
    r"built|introduced|set up|brought)\b)(?=.*\b" + OWN_EMPLOYER + r"\b.*\b" + NEGATIVE_JUDGEMENT + r")",
    r"\b(?:lazy|useless|incompetent|toxic|clueless|rude) (?:co-?workers|colleagues|managers?|bosses|staff) (?:at|in) "
    r"my\b",
)
# First-person statements of failure about the interview.
FAILURE_SIGNALS: tuple[str, ...] = (
    r"\bi (?:really |totally |completely |probably |definitely |kind of |sort of |just |honestly )?(?:messed up|"
    r"screwed up|blew|bombed|botched|fumbled|flubbed|fluffed|blanked|tanked|choked|froze|rambled|panicked|"
    r"butchered|fell apart|drew a blank|went blank|"
    r"made a (?:mess|hash|muddle) of|did(?: really| very| quite| so)? (?:badly|poorly|terribly|awful(?:ly)?))\b",
    r"\bmy (?:answers?|presentation|performance|case|interview|code|solution|pitch|demo|responses?)\b[^.!?]{0,25}"
    r"\b(?:was|were)\b[^.!?]{0,15}\b(?:rubbish|terrible|awful|weak|poor|bad|a mess|a disaster|embarrassing|"
    r"not (?:great|good|my best)|all over the place)",
    r"\bnot (?:the )?(?:strongest|best|right|ideal|most qualified|most experienced) (?:candidate|fit|person|applicant)",
    r"\bi (?:probably |may have |might have |must have )?wasted your time\b",
    r"\bi(?:'m| am| was| felt| feel) (?:so |really |very |a bit |quite )?(?:embarrassed|ashamed|mortified)\b",
    r"\b(?:stumbled|tripped) (?:badly )?(?:on|over) (?:the|that|your|my|a) (?:[a-z-]+ )?(?:question|answer|"
    r"calculation|task|case|exercise|test|presentation|problem)",
    r"\b(?:wasn't|was not|not) (?:at )?my best\b",
    r"\b(?:came|come) across as (?:totally |completely |a bit |really |so |quite |rather |very |pretty |fairly )?"
    r"(?:unprepared|nervous|clueless|lost|underprepared|disorgani[sz]ed)\b",
    r"\bi(?:'m| am) (?:probably |surely )?(?:not the (?:strongest|best|most [a-z]+)|the (?:least|weakest) )\b",
    r"\bmy mind went blank\b|\bdid(?: not|n't) do (?:justice to myself|myself justice)\b|"
    r"\b(?:counts?|weighs?) (?:heavily )?against me\b|\bi doubt i(?:'m| am) what you(?:'re| are) looking for\b",
    r"\bi(?:'m| am) (?:sure|afraid|certain) i (?:got|did|made|failed|flunked)\b",
    r"\bi (?:don't|do not) interview (?:very )?well\b|\btalked myself out of\b|\b(?:my [a-z]+|nerves|my nerves) "
    r"(?:really |badly )?let me down\b",
    r"\bi(?:'m| am)(?: [a-z]+ly)? (?:not (?:a |an )?(?:very |really |that )?(?:good|great|strong|confident|natural)"
    r"(?: at| with| in| speaker| interviewee| communicator| candidate)|(?:really |very |so |just |quite )?(?:bad|"
    r"terrible|"
    r"hopeless|awful|rubbish|useless|poor) (?:at|with|in) (?:interviews|interviewing|speaking|talking|tests|this))",
    r"\bnot (?:really |quite )?(?:good|qualified|experienced|strong|smart|skilled|ready) enough\b|"
    r"\b(?:under-?qualified|less (?:qualified|experienced|skilled) than)\b|"
    r"\bnot as (?:[a-z]+ )?(?:qualified|experienced|quick|strong|good|skilled|sharp|polished|confident|young)\b"
    r"[^.?!\n]{0,40}\b(?:as|compared)\b",
    r"\bi (?:may|might) not be (?:what|who|the (?:person|candidate|one)) you(?:'re| are)? (?:looking for|need|want)\b|"
    r"\bmy (?:cv|resume|experience|background|english) is (?:rather |quite |a bit |very |pretty |too )?(?:thin|weak|"
    r"limited|lacking|patchy|poor|bad)\b",
    r"\bsorry (?:for|about) (?:rambling|my (?:rambling|nerves|answers?|performance)|going on)|"
    r"\b(?:forgive|excuse|pardon) me for my\b|\bmy (?:poor|bad|weak|terrible|awful|rubbish|clumsy|nervous|muddled) "
    r"(?:answers?|performance|presentation|english|interview|responses?)\b",
    r"\b(?:don't|do not) think i(?:'m| am) (?:really |quite )?(?:good|qualified|experienced|strong|ready|right) "
    r"enough\b|"
    r"\b(?:not sure|don't think|do not think|doubt) (?:that )?i (?:came across|did (?:well|myself justice|very well)|"
    r"interviewed well|performed well|answered (?:well|clearly))|\bi (?:probably |may not have |might not have )?"
    r"(?:didn't|did not) (?:come|came) across (?:very |that |too )?well\b",
)
# Money and benefit terms in a sentence that asks about them.
MONEY_WORDS = (
    r"(?:pay|paid|salary|wages?|hourly rate|rate of pay|day rate|bonus(?:es)?|vacation|holiday pay|pto|time off|"
    r"sick (?:days|pay|leave)|(?:health|dental|medical|vision|life) insurance|pension|401 ?k|stock options|"
    r"equity (?:stake|package|grant)|perks?|company car|allowance|relocation|pay rise|pay raise|a raise|"
    r"compensation|per hour|an hour|per year|a year|benefits package|commission (?:rate|structure)|pay review|"
    r"free (?:meals|food|lunch|lunches|parking)|(?:staff|employee) discount|discount on|work from home|"
    r"(?:weeks|days) of (?:holiday|vacation|leave|pto|annual leave)|(?:weeks|days)'? (?:holiday|vacation|"
    r"annual leave|pto|paid leave)|(?:take|taking|book|booking|keep|keeping) (?:my |a |the |some |those |these )?"
    r"(?:[a-z0-9]+ )?(?:weeks?|days?) (?:off|away|in|holiday|vacation|leave)|work(?:ing)? from home|wfh|remote days|"
    r"take[- ]home|after tax|overtime|(?:pay|salary|benefits|compensation|relocation|total) package)"
)
ASKING = (
    r"(?:\?|\bwonder\w*|\bcurious|\b(?:want|like|love|wanted|liked|hoping) to (?:know|ask|find out|check|understand|"
    r"confirm|discuss|talk about|hear about)|\bmay i ask|\bappreciate knowing|\bquick question|\b(?:could|can|"
    r"would|will) you (?:share|"
    r"tell|confirm|clarify|let me know|send|explain|say)|\bplease (?:also )?(?:confirm|clarify|advise|share)|"
    r"\b(?:let me know|tell me) (?:what|how|whether|if|about))"
)
# Pay the interviewer raised, merely acknowledged ("Thank you for explaining the pay scale", "You mentioned the
# bonus, which sounds fair"): no question, no ask, no figure wanted.
PAY_ACKNOWLEDGED = (
    r"(?=[^?]*$)(?!.*"
    + ASKING
    + r")(?!.*\b(?:at least|a minimum|no less|i(?:'d| would)? (?:need|expect|want|require))\b)"
    r"(?=.*\b(?:(?:thank(?:s| you)|grateful|appreciated?)\b[^.?!]{0,20}\bfor (?:explaining|going (?:over|through)|"
    r"walking me through|taking me through|outlining|sharing|clarifying|telling me about|setting out|being (?:clear|"
    r"open|upfront) about|that|this)|you (?:mentioned|explained|outlined|shared|told me about|walked me through|went "
    r"(?:over|through)|clarified|raised|brought up|were (?:upfront|clear|open|transparent|honest) about)\b|"
    r"\bi (?:understand|noted|note|see) (?:that )?the\b[^?]*\b(?:works? for me|suits? me|fine (?:with|for) me|"
    r"(?:is|are|sounds?|seems?) (?:fine|fair|good|reasonable)|glad to hear)\b))"
)
MONEY_SIGNALS: tuple[str, ...] = (
    r"^(?=.*" + ASKING + r")(?=.*\b" + MONEY_WORDS + r"\b)",
    # A figure the writer wants or expects to be paid.
    r"\b(?:want|expect|need|looking for|require|hoping for|would accept)\b[^.?!\n]{0,40}\b(?:at least|a minimum of|"
    r"no less than|not less than)\b[^.?!\n]{0,15}(?:[$\u00a3\u20ac]|\b(?:r|rs|inr|usd|eur|gbp|ngn|kes|php|zar) ?)?\d",
    r"\b(?:pays?|paying|salary|wage|rate|ctc|package)\b[^.?!\n]{0,20}\b(?:at least|a minimum of|no less than|not less "
    r"than|more than)\b[^.?!\n]{0,10}(?:[$\u00a3\u20ac]|\b(?:rs|inr|usd|eur|gbp|ngn|kes|php|zar) ?)?\d[\d,.]*"
    r" ?(?:k|lakhs?|lpa|an hour|per hour|a year|per annum|a month|per month)?\b",
)
BEGGING_SIGNALS: tuple[str, ...] = (
    r"\bany (?:job|role|position|work|shift|post) (?:at all )?(?:would do|will do|is fine|would be fine)\b|"
    r"\bi (?:just |really |badly |desperately |so )?need (?:the|this|some) (?:money|income|pay|wage)\b",
    r"\b(?:please,? )?(?:don't|do not) (?:reject|turn (?:me )?down|say no to|pass (?:me )?over) me\b|\bhave mercy\b|"
    r"\bcan(?:'t|not) take (?:another|one more) (?:no|rejection)\b|\b(?:don't|do not) know what i(?:'ll| will| would) "
    r"do\b|\b(?:would|will|could) save (?:me|my life|us|my family)\b|\bmeans? (?:everything|the world|so much) to "
    r"(?:me|my family|us)\b|\btake any (?:wage|pay|salary|job|role|shift|hours)\b|\bdesperately need\b|"
    r"\bbills? (?:are )?(?:piling|stacking)\b|\bplease\b[^.?!\n]{0,40}\bwon't let you down\b",
    r"\bi (?:[a-z]+,? ){0,3}need (?:this|that) (?:job|role|position|work|opportunity|chance)\b",
    r"\b(?:please|pls|plz),? (?:just )?(?:give|let) me (?:a|one|this|the) (?:chance|shot|try)\b",
    r"\b(?:please|i beg you),? (?:please,? )?(?:hire|choose|pick|take|consider) me\b",
    r"\b(?:been )?(?:out of work|unemployed|jobless|struggling to find work) (?:for|since)\b",
    r"\bi(?:'ll| will| would) (?:take|accept) (?:any (?:pay|salary|wage|role|job)|whatever (?:you offer|pay))\b",
    r"\bi(?:'ll| will| would) work for (?:less|free|nothing)\b",
    r"\b(?:ready|willing|happy|prepared) to (?:do|accept|take) anything\b|\beven (?:unpaid|for free|without pay)\b|"
    r"\bjust give me (?:the|this|a|any) (?:job|role|position|chance|work)\b",
)
# The jobs a sentence can do that no rule flags: the writer's own evidence, logistics, a closing line.
EVIDENCE_SIGNAL = (
    r"\b(?:i(?:'ve| have| had)? (?:[a-z]+ly )?(?:led|built|ran|managed|trained|wrote|created|designed|cut|reduced|"
    r"increased|grew|handled|organi[sz]ed|set up|launched|delivered|taught|coached|supervised|developed|completed|"
    r"won|earned|passed|worked|volunteered|wired|fixed|repaired|served|cared for|looked after|mentored|introduced|"
    r"streamlined|migrated|automated|rebuilt|raised|saved|interviewed|run|held|checked|tested|installed|maintained|"
    r"audited|prepared|precept|spent (?:[a-z]+ )?(?:years|months))|"
    r"(?:for|over) (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|several|many) (?:years?|months?),? i\b|"
    r"i(?:'ve| have| had)? (?:[a-z]+ )?(?:[a-z]+ed|driven|done|taught|run|built|written|made|held|worn|given|kept) "
    r"[^.!?\n]{0,60}\bfor (?:over |nearly |almost |about |more than )?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (?:years?|months?)|"
    r"as an? [a-z ]{1,40} for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) years|"
    r"i(?:'ve| have) been [a-z]+ing|i (?:already )?(?:hold|have) (?:a |an |my )?(?:[a-z0-9-]+ ){0,3}(?:licen[cs]e|"
    r"certificate|certification|degree|diploma|qualification|card|ticket)|i speak|my (?:capstone|thesis|"
    r"dissertation|placement|"
    r"internship|apprenticeship|portfolio|degree|final[- ]year project|experience (?:in|with|as|at)|background in)|"
    r"(?:at|in|during) my (?:current |last |previous |old |former |first )?(?:job|role|store|school|company|placement|"
    r"post|apprenticeship|internship|degree|course|studies)|as an? (?:[a-z-]+ ){0,2}(?:lead|manager|assistant|"
    r"intern|apprentice|volunteer|supervisor|nurse|teacher|driver|cook|chef|analyst|engineer|cashier|server))\b|"
    # Years of one's own work, papers held, work done: "I've done eight years on slate", "got my HC licence".
    r"\bi(?:'ve|'m| have| am| was| had)? [^.!?\n]{0,40}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty) (?:years?|months?)\b(?! ago)|"
    r"\b(?:got|have|hold) my [^.!?\n]{0,30}\b(?:licen[cs]es?|certificates?|certifications?|tickets?)\b|"
    r"\b(?:part-qualified|kept the books|handled the [a-z-]+ (?:close|accounts|payroll|books))\b"
)
LOGISTICS_SIGNAL = (
    r"\b(?:attach\w*|enclos\w*|please find|references?|portfolio|cv|resume|available|availability|free (?:on|any|"
    r"from|after|for)|start(?:ing)? (?:on|date|from|in|next|immediately)|notice period|timeline|time ?line|"
    r"calendar|reschedul\w*|phone number|contact (?:details|number)|my (?:number|email)|(?:another|other|"
    r"competing|second) offer|deadline|reply by|respond by|trial (?:day|shift)|dbs|documents?|"
    r"transcript|writing sample|slides|send (?:over|you|the)|away (?:from|until|on)|(?:any|an) update|any news|"
    r"news on|hear(?:ing)? (?:back|any news))\b|"
    # A question about arrangements (the red-flag roles are tried first, so a pushy question is not one).
    r"^[^?\n]*\?|\b(?:could|would|can) (?:you|it) (?:be able to |be possible to |possibly )?(?:let me know|share|"
    r"confirm|"
    r"move|change|tell me)\b|\bmy (?:mobile|phone|cell) (?:number|is)\b|\b(?:i'm|i am) based in\b|"
    # Contact details, dates away, papers handed in, getting there: "reach me on 0806...", "I'm away 12-16 May".
    r"\b(?:(?:reach|contact|call|text) me (?:on|at)|my (?:new |updated )?(?:mobile|phone|cell|email address|address)|"
    r"reachable|away [0-9]|(?:can )?start as (?:early|soon) as|(?:first|last|early) (?:bus|train)|"
    r"get (?:me )?to you by|link to|(?:uploaded|resent|re-sent|dropped|drop|forwarded|submitted)\b[^.?!\n]{0,30}"
    r"\b(?:portal|forms?|certificates?|licen[cs]e|record|medical|paperwork|check|card|details))\b"
)
CLOSING_SIGNAL = "|".join(
    (
        *CLOSING_LINES,
        r"^(?:speak soon|until next time|god bless|see you (?:on|soon|then|next)|yours in anticipation|"
        r"warm(?:est)? wishes)\b|"
        r"\b(?:have a (?:lovely|great|good|nice|wonderful) (?:day|week|weekend|evening)|hope the rest of your "
        r"(?:day|week)|wishing you|(?:feel free|do not hesitate|don't hesitate) to (?:reach|contact|get in touch|"
        r"call|email)|(?:happy|glad) to (?:answer|provide|send) (?:any|anything)|(?:best of|good) luck with|"
        r"hope (?:our paths cross|to (?:speak|talk|see you|hear from you) soon)|take care)\b",
        # Waiting to hear back and wishing well, in any words: "Awaiting your kind response", "catch you later".
        r"\b(?:look(?:ing)? forward to (?:hearing (?:from|back)|your (?:[a-z]+ )?(?:reply|response))|"
        r"(?:hope|hoping) to hear (?:back )?from you|awaiting your (?:[a-z]+ )?(?:reply|response)|"
        r"(?:hope|hoping) to (?:speak|talk|catch up) (?:again|soon)|(?:talk|speak|chat) (?:soon|later)|catch you later|"
        r"have a good one|(?:enjoy|have a (?:lovely|great|good|nice|wonderful)) the rest of|"
        r"hope the [a-z]+ (?:rush|shift|week|day|season|move|launch) goes)\b",
        # A sign-off on its own, by its shape: "Warm regards,", "Yours faithfully,", "Cheers, and good luck".
        r"^(?:(?:warm(?:est)?|kind(?:est)?|best|many thanks and|thanks and|with) ?regards|yours (?:faithfully|"
        r"sincerely|truly)|cheers|warmly|sincerely|respectfully|best wishes|all the best),",
    )
)
# Roles given to a sentence, in the order they are tried: a red flag wins over anything else it also does.
SENTENCE_ROLES: tuple[str, ...] = (
    "pressure",
    "pay",
    "negativity",
    "signature",
    "thanks",
    "closing",
    "logistics",
    "moment",
    "interest",
    "evidence",
    "other",
)
# The rules whose findings give a sentence its role, the elements that do, and the shared patterns that do.
ROLE_RULES: dict[str, tuple[str, ...]] = {
    "pressure": ("AV501",),
    "pay": ("AV505",),
    "negativity": ("AV507", "AV508", "AV510"),
}
ROLE_ELEMENTS: dict[str, str] = {"thanks": "gratitude", "moment": "highlight", "interest": "interest"}
# Words in a surname that are not a name of their own ("Dr. van der Berg" is a title and a surname).
SURNAME_PARTICLE = r"^(?:van|der|den|de|la|le|du|von|da|di|del|bin|al|el|ter)$"
# Common words that take no capital in the middle of a sentence (a pasted answer keeps its first capital).
MID_SENTENCE_WORDS = (
    r"[a-z][ \t]+(the|a|an|my|your|our|their|this|that|these|those|when|while|how|what|running|working|leading|"
    r"managing|helping|building|teaching|one|two|three|four|five|six|seven|eight|nine|ten|it|we|they|he|she|about|"
    r"with|for|from|in|on|and|but|or|to|of|at|by|as|some|many|most|every|each)\b"
)
# Words that name a company after them in a subject line ("Interview at acme corp").
SUBJECT_COMPANY = (
    r"\b(?:role|position|job|interview|internship|opening|post|opportunity|team|day|shift|visit|trial|chat|call)"
    r"[ \t]+(?:at|with)[ \t]+([^\n,.;:!?()|/]+?)[ \t]*(?:[-|/(,:;]|$)"
)
# A moment told about the reader in the third person, or as a note to self ("She told me...").
THIRD_PERSON_MOMENT = (
    r"(?:^|[.!?][ \t]+|\b(?:when|because|and|how|that|but)[ \t]+)(?:she|he|the interviewer|the hiring manager|"
    r"the recruiter|the panel)[ \t]+(?:told|said|mentioned|explained|showed|described|talked|asked|walked|shared|"
    r"pointed|gave|took|introduced|seemed)\b|\b(?:we|i)[ \t]+(?:talked|spoke|chatted)[ \t]+about[ \t]+"
    r"(?:[a-z]+ing[ \t]+)?their[ \t]+[a-z]+"
)
DOUBLED_WORD = (
    r"\b(?!(?:had|that|bye|so|no|ha|tut|knock|well|very|do|dum|chop|boo|hush|pooh|yada|blah|bora|walla)\b)"
    r"([a-z]+)[ \t]+\1\b|\b(?:intern[ \t]+internship|apprentice[ \t]+apprenticeship|(?:role|position|job|post)[ \t]+"
    r"(?:role|position|job|post))\b"
)


@dataclass(frozen=True)
class Rule:
    """A numbered rule: what it checks, how severe it is, and how to fix it."""

    code: str
    name: str
    severity: Severity
    message: str
    fix: str
    point: int | None
    check: CheckKind
    target: Literal["draft", "template"] = "draft"
    element: str | None = None
    patterns: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = CHANNELS
    kinds: tuple[str, ...] = ()
    limits: dict[str, int] = field(default_factory=dict)
    # A kind of note for which the rule is more (or less) severe than `severity`; the fix says why.
    severity_by_kind: dict[str, Severity] = field(default_factory=dict)

    def severity_for(self, kind: str | None) -> Severity:
        """The severity of a finding of this rule in a note of the given kind."""
        return self.severity_by_kind.get(kind or "", self.severity)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON export and the generated docs."""
        data = asdict(self)
        data["patterns"] = list(self.patterns)
        data["channels"] = list(self.channels)
        data["kinds"] = list(self.kinds)
        return data


def _template_rule(code: str, name: TemplateCheck, message: str, fix: str) -> Rule:
    return Rule(code, name, "error", message, fix, None, name, target="template")


TEMPLATE_RULES: tuple[Rule, ...] = (
    _template_rule(
        "AV001",
        "readable-yaml",
        "should be a readable UTF-8 YAML mapping",
        "Save the file as UTF-8 and fix the YAML syntax at the line shown.",
    ),
    _template_rule(
        "AV002",
        "schema",
        "should match the template schema",
        "Compare the field with templates/template.schema.json (title, type, allowed values).",
    ),
    _template_rule(
        "AV003",
        "id-matches-file",
        "should have an id equal to its file name",
        "Rename the file or change `id:` so that they match.",
    ),
    _template_rule(
        "AV004",
        "unique-id",
        "should have an id no other template uses",
        "Choose a new id (and file name), or use `override` in a house configuration.",
    ),
    _template_rule(
        "AV005",
        "known-placeholder",
        "should use only placeholders listed in `fields`",
        "Add the field to `fields:` or correct the placeholder's spelling.",
    ),
    _template_rule(
        "AV006",
        "used-field",
        "should use every field listed in `fields`",
        "Remove the field from `fields:` or use it as {name} in a part.",
    ),
    _template_rule(
        "AV007",
        "required-part",
        "should have the parts gratitude, highlight, interest and signature",
        "Add the missing part under `parts:`.",
    ),
    _template_rule(
        "AV008",
        "example-passes-checker",
        "should pass the draft checker when rendered with example data",
        "Reword the part the checker names; run `afterview render ID` to see the note.",
    ),
    _template_rule(
        "AV009",
        "no-markup",
        "should contain plain text, not HTML or script",
        "Remove the tags; the site formats the note itself.",
    ),
    _template_rule("AV010", "file-size", "should stay under 20 KB", "A note is a few short paragraphs: cut the text."),
    _template_rule("AV011", "not-empty", "should not be empty", "Start from `afterview new ID --from MODEL`."),
    _template_rule("AV012", "no-tabs", "should indent with spaces, not tabs", "Replace each tab with two spaces."),
    _template_rule(
        "AV013",
        "subjects-for-email",
        "should have subject lines if, and only if, it is an email",
        "Add `subjects:` to an email template, or remove it from a LinkedIn or card template.",
    ),
    _template_rule(
        "AV014",
        "highlight-placeholder",
        "should let the sender fill the highlight with {highlight}",
        "Use {highlight} in the highlight part (and add it to `fields:`).",
    ),
    _template_rule(
        "AV015",
        "reads-naturally",
        "should read right when a sender types as people do: full sentences, lower-case names, relative days, "
        "blank optional fields",
        "Frame the field for both shapes with [[phrase frame || sentence frame]], put blank-able fields in "
        "[[...]], and write {interview_date} without `on`; run `afterview render ID --set FIELD=...` to see it.",
    ),
    _template_rule(
        "AV016",
        "well-formed-segments",
        "should use well-formed [[...]] segments for optional fields and sentence-shaped answers",
        "Close every [[ with ]] on the same line; put a field that may be blank inside [[...]]; give each "
        "sentence-shaped field a [[phrase frame || sentence frame]] choice or its own sentence; to join "
        "{highlight} and {strength} in one sentence, give [[pp || ps || sp || ss]], one frame per shape pair.",
    ),
    _template_rule(
        "AV017",
        "no-stock-claim",
        "should claim nothing the sender did not say: no stock claim, invented back-story or filler",
        "Cut the sentence, or let a field the sender fills say it; the banned phrasings are listed in "
        "afterview/editorial.py (STOCK_CLAIMS, TEMPLATE_STOCK_LINES).",
    ),
    _template_rule(
        "AV018",
        "one-closing",
        "should close once: at most one stock closing line in a note",
        'Keep the one closing that fits, such as "I look forward to the next steps.", and cut the others.',
    ),
    _template_rule(
        "AV019",
        "within-budget",
        "should stay within its channel's sentence and word budget (a brief note under about 90 words)",
        "Cut a sentence: one thanks, one moment with the sender's evidence, one line of interest; the budgets "
        "are in CONTRIBUTING.md.",
    ),
    _template_rule(
        "AV020",
        "formal-no-exclamation",
        'should not use "!" when its tone is formal',
        "End the sentence with a full stop; let the words carry the warmth.",
    ),
    _template_rule(
        "AV021",
        "not-a-copy",
        "should have its own title, summary and why, not those of another template",
        "Rewrite `title:`, `summary:` and `why:` for this template's situation: a copy needs more than a new id.",
    ),
)

DRAFT_RULES: tuple[Rule, ...] = (
    Rule(
        "AV101",
        "gratitude",
        "error",
        "should thank the reader for their time or the opportunity",
        'Open with a sentence of thanks, e.g. "Thank you for meeting with me on Tuesday."',
        7,
        "element",
        element="gratitude",
        patterns=(
            r"\b(?:thank(?:s|ing|ed|ful)?|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive)|cheers for|ta for)\b",
            # Thanks in the writer's own language: "Maraming salamat po for the interview".
            r"\b(?:salamat|dhanyavaa?d\w*|shukriya|asante|gracias|merci|obrigad[oa]|danke|grazie|arigato)\b",
        ),
    ),
    Rule(
        "AV102",
        "highlight",
        "error",
        "should mention a specific moment of the conversation",
        'Name one thing you discussed, e.g. "I enjoyed hearing how your team ...".',
        8,
        "element",
        element="highlight",
        patterns=HIGHLIGHT_PATTERNS,
    ),
    Rule(
        "AV103",
        "interest",
        "error",
        "should say you are still keen on the role and the next steps",
        'Add a line such as "I am excited about the chance to join the team and look forward to the next steps."',
        9,
        "element",
        element="interest",
        patterns=INTEREST_PATTERNS,
    ),
    Rule(
        "AV104",
        "signature",
        "error",
        "should end with a sign-off and your name",
        'Finish with a line such as "Best regards," and your full name below it.',
        17,
        "element",
        element="signature",
        patterns=(SIGNATURE,),
    ),
    Rule(
        "AV105",
        "email-signature",
        "warning",
        "should sign an email with your full name, a contact line and your LinkedIn profile link",
        "Under the sign-off put your full name, then your email or phone, then linkedin.com/in/...",
        17,
        "signature-contact",
        channels=("email",),
        patterns=(EMAIL_ADDRESS, PHONE_NUMBER, LINKEDIN_LINK),
    ),
    Rule(
        "AV201",
        "concise",
        "warning",
        "should stay short: a few sentences the reader takes in at a glance",
        "Cut to one thank-you, one highlight, one line of interest.",
        6,
        "max-words",
        limits={"email": 200, "linkedin": 120, "handwritten": 100},
    ),
    Rule(
        "AV301",
        "subject",
        "error",
        "should have a subject line that says what the email is about",
        'Start the draft with a line such as "Subject: Thank you - Product Designer interview".',
        16,
        "subject-missing",
        channels=("email",),
    ),
    Rule(
        "AV302",
        "specific-subject",
        "warning",
        'should have a subject that names its purpose, not just "Hi"',
        'Name the purpose and the role, e.g. "Thank you - Product Designer interview on Tuesday".',
        16,
        "subject-vague",
        channels=("email",),
        patterns=(
            r"^(?:(?:re|fw|fwd):[ \t]*)?(?:hi|hello|hey|thanks?|thank you|follow[- ]?up|following up|"
            r"checking in|quick question|update|interview|hello again|no subject|\(no subject\))"
            r"[ \t.!?]*$",
        ),
        limits={"min_words": 3},
    ),
    Rule(
        "AV303",
        "short-subject",
        "warning",
        "should keep the subject short enough to read in an inbox",
        "Keep it under 78 characters: the purpose, the role, maybe the day.",
        16,
        "subject-long",
        channels=("email",),
        limits={"max_chars": 78},
    ),
    Rule(
        "AV401",
        "placeholder",
        "error",
        "should have every placeholder filled in",
        "Replace the bracketed text with the real detail.",
        5,
        "forbid",
        patterns=(
            r"\[[^\]\n]{1,40}\]|\{[^}\n]{0,40}\}|<(?![^>\n]*@)(?!https?://|www\.)[A-Za-z][^<>\n]{0,40}>|"
            r"\bX{2,}\b|_{3,}",
        ),
    ),
    Rule(
        "AV402",
        "generic-greeting",
        "warning",
        'should greet the person by name, not "To whom it may concern"',
        'Use the name of the person you met, e.g. "Dear Ms. Raman,".',
        5,
        "forbid",
        patterns=(
            r"^[ \t]*(?:to whom it may concern|dear (?:sir(?: or madam)?|madam|sir/madam|hiring (?:manager|team)|"
            r"recruit(?:er|ment team)|team|all|colleagues)|hello there|hi there|greetings)\b",
        ),
    ),
    Rule(
        "AV403",
        "greeting-name",
        "error",
        "should greet the person the note is for",
        'Check the name after "Dear": it should be the interviewer this note goes to.',
        13,
        "greeting-mismatch",
        patterns=(GREETING_LINE,),
    ),
    Rule(
        "AV405",
        "title-and-surname",
        "error",
        "should greet with a title and surname, not the full name",
        'Keep the title and drop the first name: write "Dear Dr. Chen," rather than "Dear Dr. Wei Chen,".',
        5,
        "title-full-name",
        patterns=(GREETING_LINE,),
    ),
    Rule(
        "AV406",
        "no-doubled-words",
        "error",
        "should not repeat a word twice in a row",
        'Delete the repeated word: "the intern role" or "the internship", not "the intern internship".',
        12,
        "forbid",
        patterns=(DOUBLED_WORD,),
    ),
    Rule(
        "AV407",
        "no-stray-capitals",
        "error",
        "should not capitalize a word mid-sentence",
        'Write the word in lower case where it sits mid-sentence, e.g. "I believe six years in the ICU...".',
        12,
        "stray-capital",
        patterns=(MID_SENTENCE_WORDS,),
    ),
    Rule(
        "AV408",
        "company-capitals",
        "error",
        "should write the company name with its capitals",
        'Write the name as the company does, e.g. "Acme Corp" rather than "acme corp".',
        13,
        "company-case",
        patterns=(SUBJECT_COMPANY,),
    ),
    Rule(
        "AV409",
        "closes-once",
        "error",
        "should close once, not with several stock lines",
        'Keep the one closing line that says most, e.g. "I look forward to hearing from you," and delete the rest.',
        6,
        "closing-pile",
        patterns=CLOSING_LINES,
    ),
    Rule(
        "AV410",
        "no-stock-claims",
        "error",
        "should not claim what you never said or did",
        "Replace the stock sentence with what really happened, in your own words, or delete it.",
        8,
        "forbid",
        patterns=STOCK_CLAIMS,
    ),
    Rule(
        "AV411",
        "speak-to-the-reader",
        "warning",
        'should speak to the reader as "you", not "she" or "he"',
        'Write the moment to the person reading it, e.g. "You told me the unit is short-staffed".',
        8,
        "forbid",
        patterns=(THIRD_PERSON_MOMENT,),
    ),
    Rule(
        "AV501",
        "no-pressure",
        "warning",
        "should stay patient and polite, without pressing for an answer",
        "Drop the deadline, the demand or the count of your e-mails; ask gently, e.g. "
        '"If there is any news on the timeline, I would be glad to hear it."',
        11,
        "sentence-forbid",
        patterns=(
            # Urgency and demands.
            r"(?<!\bstart )(?<!\bleave )(?<!\bjoin )(?<!\bbegin )(?<!\bavailable )(?<!\bmove )(?<!\brelocate )"
            r"\b(?:asap|as soon as possible|i expect (?:to hear|an? (?:answer|reply|response|decision|offer))|"
            r"i need (?:an answer|a (?:reply|response|decision)|"
            r"to (?:know|hear)(?: back)? (?:by|now|today|soon|this|whether|if))|"
            r"you (?:must|need to|have to) (?:reply|respond|get back|decide|let me know)|"
            r"why (?:haven't|have you not|hasn't) (?:you|anyone)|"
            r"why (?:haven't|have) i (?:not )?(?:heard|received|got)|"
            r"i(?:'ve| have) been waiting|final (?:notice|reminder)|this is unacceptable|i deserve|"
            r"when (?:will|are|can) you (?:be )?(?:going to )?(?:decide|make (?:a|the|your) (?:decision|choice)|"
            r"let me know|get back to me|reply|respond|tell me)|"
            r"(?:let me know|tell me|give me|send me) (?:your|the|a) (?:decision|answer|verdict)\b[^.?!\n]{0,20}"
            r"\b(?:by|before|within|today|tomorrow|now)|"
            r"(?:let me know|get back to me|hear (?:back )?from you|(?<!\bthey )(?<!\bwho )(?<!\bwhich )"
            r"(?:need|expect|want|require|give me|send me|"
            r"must have) an? (?:answer|decision|reply|response))"
            r"(?: (?:either way|one way or the other))? (?:by|before|no later than) (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|tomorrow|tonight|today|the end of (?:the |this )?(?:day|week)|end of "
            r"(?:the |this )?(?:day|week)|eod|cob|close of business|noon|\d))\b",
            # Other offers and interviews used as leverage.
            r"\b(?:(?:other|several|more|multiple|a few) (?:offers?|interviews?|companies|employers|opportunities) "
            r"(?:lined up|on the table|waiting|in the pipeline|interested in me|chasing me)|"
            r"(?:another|an other|a competing|a better|other) offers? (?:is |are )?(?:on the table|waiting for me)|"
            r"(?:if|unless) i (?:don't|do not|can't|cannot) (?:hear|get)[^.?!\n]{0,25}\b(?:by|before|soon|today|"
            r"tomorrow|this (?:week|month|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday))|"
            r"i(?:'ll| will) (?:have to|be forced to|need to) (?:accept|take|go with|sign)|"
            r"can(?:'t|not) wait (?:forever|much (?:longer|more)|any (?:longer|more)|anymore|too long|around)|"
            r"can(?:'t|not) keep waiting|"
            r"running out of (?:time|patience)|(?:time|the clock) is ticking|first come,? first served)\b",
            # Chasing again and again.
            r"\b(?:(?:my|this is my) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|"
            r"attempt|follow[- ]?up|time (?:writing|asking|following up|reaching out))|"
            r"(?:emailed|e-mailed|called|messaged|written to|phoned|contacted) (?:you )?(?:twice|three times|several "
            r"times|multiple times|many times|again and again|every day)|(?:yet|once) again (?:following up|checking "
            r"in|writing|reaching out)|following up (?:yet )?again and again|following up yet again)\b",
            *PRESSURE_SIGNALS,
        ),
    ),
    Rule(
        "AV502",
        "no-emoji",
        "warning",
        "should keep a professional tone without emoji or smileys",
        "Remove the emoji; let the words carry the warmth.",
        12,
        "forbid",
        patterns=(r"[\u2600-\u27BF\U0001F000-\U0001FAFF]|(?:^|[ \t])[:;]-?[()DPp](?=[ \t.,!]|$)",),
    ),
    Rule(
        "AV503",
        "calm-punctuation",
        "warning",
        "should not use repeated exclamation marks",
        "Keep one full stop; enthusiasm reads better in words.",
        12,
        "forbid",
        patterns=(r"!{2,}|\?!|!\?",),
    ),
    Rule(
        "AV504",
        "no-text-speak",
        "warning",
        "should spell words out, without text-speak",
        'Write "thanks", "you", "please" in full.',
        12,
        "forbid",
        patterns=(
            r"\b(?:thx|thnx|tnx|pls|plz|gonna|wanna|gotta|lol|btw|omg|idk|tbh|imo|gr8|l8r|2moro)\b"
            r"|(?<![\u00C0-\u024F\u1E00-\u1EFF])\b(?:u|ur)\b(?![.'\u00C0-\u024F\u1E00-\u1EFF])",
        ),
    ),
    Rule(
        "AV505",
        "no-pay-questions",
        "warning",
        "should leave pay, benefits, time off and perks for the offer stage",
        "In a thank-you this is a thing to fix: it tells the reader that pay is what you took from the "
        "conversation. In a follow-up or an update it is a suggestion: it can wait. Ask freely once an offer is made.",
        11,
        "sentence-forbid",
        kinds=("thank-you", "thanks", "follow-up", "update"),
        severity_by_kind={"thank-you": "error", "thanks": "error"},
        patterns=(
            # Pay words as the object of the writer's own work ("I handled the salary queries") ask nothing.
            r"^(?!"
            + PAY_ACKNOWLEDGED
            + r")(?!.*\bi (?:[a-z]+ly )?(?:handled|processed|ran|run|managed|administered|calculated|prepared|audited|"
            r"led|oversaw|reconciled|benchmarked|answered|dealt with|designed|built)\b)"
            r".*?\b(?:(?:salary|salaries)(?![ -](?:bands?|structures?|surveys?|benchmark\w*|data|analysts?|reviews?|"
            r"models?)\b)|"
            r"remuneration|(?:starting|base|hourly|annual) (?:pay|wage|rate)|"
            r"pay (?:rise|raise|range|package|scale|rate)|wage (?:range|rate)|"
            r"compensation (?:package|range|details|and benefits|for (?:the|this) (?:role|position|job))|"
            r"benefits (?:package|would|will|are|look|include)|(?:signing|sign-on|joining|annual|performance|"
            r"year-end|relocation) bonus(?!-)|stock options|equity (?:package|grant|stake)|"
            r"how much (?:the (?:role|job|position) |it |this (?:role |job |position )?)?(?:pays|would pay|will pay)|"
            r"what (?:the )?(?:role|job|position|it) (?:pays|would pay|will pay)|"
            r"(?:how many|number of) (?:vacation|holiday|sick|paid|personal) (?:days|weeks)|"
            r"vacation (?:days|time|policy|allowance)|paid (?:time off|leave|holidays?|vacation)|pto|"
            r"holiday (?:allowance|entitlement)|annual leave|"
            r"(?:health|dental|medical|vision) (?:insurance|cover(?:age)?) (?:look|would|will|is|are|start|begin)|"
            r"(?:company|free) (?:car|phone|lunch(?:es)?)|gym membership|perks (?:are|of|would|will|include)|"
            r"what (?:are )?the perks|(?:any|the) perks)\b",
            # Questions about benefits in general: "benefits" alone is also a team and a word of the work.
            r"^(?!"
            + PAY_ACKNOWLEDGED
            + r").*?\b(?:ask|asking|wondering|wonder|curious|tell me|confirm|clarify|share|know) "
            r"(?:about |what |whether |if |how )?(?:the |your )?"
            r"(?:benefits|insurance|health (?:plan|insurance)|bonus|bonuses|perks)\b",
            *MONEY_SIGNALS,
        ),
    ),
    Rule(
        "AV506",
        "not-over-familiar",
        "warning",
        "should stay friendly but not over-familiar",
        'Use "Dear" or "Hello" and a plain sign-off.',
        12,
        "forbid",
        patterns=(r"^[ \t]*(?:hey|heya|hiya|yo|sup|howdy)\b|\b(?:xoxo|love you|hugs|mate|buddy)\b",),
    ),
    Rule(
        "AV507",
        "no-excuses",
        "warning",
        "should not apologize for or excuse your interview",
        "Leave nerves out; if an answer needs fixing, add the better answer instead.",
        12,
        "sentence-forbid",
        patterns=(
            r"\b(?:sorry (?:i was|for being|if i (?:seemed|sounded|was))|i was (?:so |really |very )?"
            r"(?:nervous|tired|hungover)|(?:forgive|excuse) my (?:nerves|nervousness|answers?|performance)|"
            r"i (?:messed|screwed) up|i blew it)\b",
            *FAILURE_SIGNALS,
        ),
    ),
    Rule(
        "AV508",
        "no-guilt",
        "warning",
        "should not reproach the reader for not replying yet",
        "Leave out reminders of your earlier e-mails and any disappointment; say simply that you are still "
        'interested, e.g. "I wanted to check in on the timeline and say again how keen I am."',
        12,
        "sentence-forbid",
        patterns=(
            r"\b(?:(?:just )?circling back|bumping (?:this|my (?:email|e-mail|message))|friendly reminder|"
            r"gentle reminder|(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|message|note)|"
            r"in case (?:it|my (?:email|e-mail|message|note)|this|you) (?:got|was|went|were|have been|are) "
            r"(?:lost|buried|missed|too busy)|"
            r"(?:not sure|unsure|wondering|i don't know) (?:if|whether) you (?:got|received|saw|read|had a chance to "
            r"(?:see|read))(?: my| the)? (?:last|previous|earlier|first|other)|"
            r"as i (?:have )?(?:previously |already )?(?:mentioned|said|stated|explained|wrote) (?:before|previously|"
            r"earlier|in my (?:last|previous|earlier))|"
            r"(?:disappointed|frustrated|upset|discouraged) (?:that|not to|to not|to still|i|by the (?:silence|lack))|"
            r"surprised (?:not to|to not|by the (?:silence|lack)|that (?:i|no one|nobody) (?:haven't|have not|hasn't|"
            r"has not|still))|"
            r"(?:would|could|should) have (?:thought|expected|appreciated|hoped for|liked) (?:a|an|at least|some|you|"
            r"that|the courtesy|to (?:hear|get))|"
            r"(?:the )?(?:least you could|common courtesy|basic courtesy)|"
            r"still (?:haven't|have not|hadn't|had not|not|no|never) (?:heard|received|got|gotten|had|"
            r"any|a )[^.?!\n]{0,20}\b(?:back|reply|response|word|news|anything|answer|update)|"
            r"no one (?:has )?(?:got|gotten|bothered|cared) (?:back|to)|"
            r"(?:ignored|ghosted)(?: me)?)\b",
            *REPROACH_SIGNALS,
        ),
    ),
    Rule(
        "AV509",
        "no-begging",
        "warning",
        "should show interest with confidence, without begging",
        "Say what you would bring instead of how much you need it, e.g. "
        '"I would be glad to bring my experience with busy Saturday shifts to the store."',
        12,
        "sentence-forbid",
        patterns=(
            r"\b(?:i(?:'m| am) (?:begging|pleading|desperate|on my knees)|i beg(?: of)? you|"
            r"(?:please|pls),? (?:please,? )?(?:please,? )?(?:give me|hire me|consider me|pick me|choose me|"
            r"i (?:really |desperately |badly )?need)|"
            r"i (?:really |desperately |badly |truly |so )?need (?:this|the|a|that) (?:job|role|position|work|"
            r"opportunity|chance)|"
            r"i(?:'ll| will| would) do (?:anything|whatever it takes|whatever you (?:want|need|ask))|"
            r"(?:this|the|that) (?:job|role|position|opportunity) (?:would|will|could) mean (?:everything|the world)|"
            r"(?:my|our) (?:last|only) (?:hope|chance)|"
            r"(?:been|am|i'm) (?:out of work|unemployed|jobless) for|can(?:'t|not) afford (?:to lose|not to|rent)|"
            r"you won't regret (?:it|hiring|giving)|i promise (?:you )?(?:won't|will not|i will|i won't)|"
            r"(?:give|grant) me (?:a|one|this|just one) (?:chance|shot)|"
            r"(?:desperate|desperately) (?:for|to (?:get|have|land|work))|"
            r"(?:my )?(?:family|kids|children) (?:depend|are depending|is depending) on)\b",
            *BEGGING_SIGNALS,
        ),
    ),
    Rule(
        "AV510",
        "no-badmouthing",
        "warning",
        "should not speak badly of a current or former employer or manager",
        "Talk about what you want next, not what you dislike now, e.g. "
        '"I am looking for a team where I can take on more planning."',
        12,
        "sentence-forbid",
        patterns=(
            r"\b(?:my|our) (?:current |previous |former |last |old |present |existing )?(?:boss|manager|employer|"
            r"company|supervisor|team lead|workplace|job|firm|management|colleagues|co-?workers|director|owner)"
            r"\b[^.!?\n]{0,40}\b(?:is|was|are|were|has been|have been|seems?|acts?)\b[^.!?\n]{0,25}\b"
            r"(?:incompetent|terrible|awful|horrible|toxic|a mess|a joke|useless|clueless|a nightmare|hopeless|"
            r"disorgani[sz]ed|chaotic|the worst|lazy|unprofessional|abusive|a disaster|dysfunctional|micromanag\w*|"
            r"stupid|an idiot|idiots|rubbish|crap|shit\w*|a bully|bull(?:y|ies)|dishonest|unbearable|miserable|"
            r"a sinking ship|going nowhere|ridiculous|pathetic)",
            r"\b(?:get(?:ting)? (?:away|out) (?:from|of) (?:my|that|this) (?:toxic |terrible |awful |horrible |"
            r"current |old |dead-end )?(?:boss|manager|company|job|place|workplace|team|hellhole|mess)|"
            r"(?:i )?(?:hate|can't stand|cannot stand) (?:my|working (?:for|at|with)) (?:current |old |previous |"
            r"present )?(?:boss|manager|job|company|team|employer|supervisor)|"
            r"(?:toxic|terrible|awful|horrible|incompetent|useless|clueless|abusive|bully(?:ing)?) (?:boss|bosses|"
            r"manager|managers|management|employer|workplace|supervisor|leadership|work environment)|"
            r"(?:unlike|not like|better than) (?:my|the) (?:current|previous|former|last|old) "
            r"(?:boss|manager|employer|company|place|job))\b",
            *CRITICISM_SIGNALS,
        ),
    ),
    Rule(
        "AV511",
        "no-shouting",
        "warning",
        "should not write whole sentences in capital letters",
        "Write the sentence in ordinary lower case; keep capitals for names and acronyms such as HR.",
        12,
        "capitals",
        limits={"min_words": SHOUTING_MIN_WORDS, "min_letters": SHOUTING_MIN_LETTERS},
    ),
    Rule(
        "AV512",
        "no-device-footer",
        "warning",
        'should end with your own sign-off, without a footer such as "Sent from my iPhone"',
        "Delete the line your phone or mail app added; your name is the last line of the note.",
        17,
        "forbid",
        patterns=(
            r"^[ \t]*(?:sent from (?:my |the )?(?:iphone|ipad|android|samsung|galaxy|mobile|phone|smartphone|"
            r"blackberry|huawei|pixel|xiaomi|oneplus|motorola|nokia|tablet|device|mail|outlook|yahoo|gmail|aol|"
            r"proton|windows|mac)[^\n]{0,40}|get outlook for (?:ios|android|mac|windows)[^\n]{0,20}|"
            r"sent (?:via|with|using) (?:the )?[^\n]{1,30}(?:mail|app|iphone|android|outlook|gmail|proton|spark|"
            r"blackberry)[^\n]{0,20}|(?:please )?excuse (?:the |any |my )?(?:typos|brevity)[^\n]{0,30}|"
            r"typed on (?:a|my) (?:phone|mobile|tablet)[^\n]{0,20})[ \t]*$",
        ),
    ),
    Rule(
        "AV404",
        "right-company",
        "error",
        "should name the company the note is for, not another one",
        "Check every company name in the note: a note copied from an earlier one often keeps the old name. "
        "When only the note tells which company it is for, this is a suggestion; when you said, it is a thing to fix.",
        13,
        "company-mismatch",
        patterns=(COMPANY_CUE,),
    ),
    Rule(
        "AV202",
        "linkedin-length",
        "error",
        "should fit within the length limit LinkedIn sets",
        f"A connection-request note stops at {LINKEDIN_CONNECTION_NOTE_LIMIT} characters with LinkedIn Premium and "
        f"at {LINKEDIN_FREE_CONNECTION_NOTE_LIMIT} on a free account; a message at {LINKEDIN_MESSAGE_LIMIT:,}. "
        "Cut it to the thanks, one moment and one line of interest.",
        6,
        "length-limit",
        channels=("linkedin",),
        limits={
            "connection": LINKEDIN_CONNECTION_NOTE_LIMIT,
            "connection_free": LINKEDIN_FREE_CONNECTION_NOTE_LIMIT,
            "message": LINKEDIN_MESSAGE_LIMIT,
        },
    ),
)

DRAFT_RULES = tuple(sorted(DRAFT_RULES, key=lambda rule: rule.code))  # registry order: by code
RULES: tuple[Rule, ...] = TEMPLATE_RULES + DRAFT_RULES
RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def shared_patterns() -> dict[str, str]:
    """Patterns the checker uses outside any one rule, exported with the rules."""
    return {
        "signoff_line": SIGNOFF_LINE,
        "greeting_line": GREETING_LINE,
        "subject_line": SUBJECT_LINE,
        "word": WORD,
        "sentence": SENTENCE,
        "role_signature": SIGNATURE_LINE,
        "role_closing": CLOSING_SIGNAL,
        "role_logistics": LOGISTICS_SIGNAL,
        "role_evidence": EVIDENCE_SIGNAL,
        "surname_particle": SURNAME_PARTICLE,
        "organisation_word": "^" + ORGANISATION_WORD + "$",
        "courtesy_AV501": POLITE_ASK,
        "courtesy_AV505": "^" + PAY_ACKNOWLEDGED,
        "courtesy_AV508": POLITE_FOLLOW_UP,
    }


# Sentences each of these registry rules is there to catch. A house rule that flags one of them repeats the
# registry's rule, and the office is told so (site.repeated_rules).
CATCHES: dict[str, tuple[str, ...]] = {
    "AV505": (
        "Could you tell me the salary range for the position?",
        "Is there a signing bonus?",
        "How many vacation days come with the role?",
    ),
}
