"""The editorial standard's machine-checkable parts: one source for template lint and the draft checker.

Stock claims are sentences that assert something the writer never typed ("It shows how I approached a
comparable problem"); closing lines are the stock sign-off sentences a note should use at most once.
Patterns read the same in Python (re.IGNORECASE | re.ASCII) and JavaScript (flag i): ASCII classes only.
"""

from __future__ import annotations

STOCK_CLAIMS: tuple[str, ...] = (
    r"it shows how i approached a comparable problem",
    r"bears directly on the work we discussed",
    r"i offered to share an example of similar work",
)

CLOSING_LINES: tuple[str, ...] = (
    r"please (?:do not|don't) hesitate to (?:contact|reach out)",
    r"(?:please )?let me know if (?:i can|there is anything|you need)",
    r"i look forward to hearing from you",
    r"i remain (?:very )?interested",
)
