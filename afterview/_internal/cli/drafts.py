"""Reading a draft someone saved: plain text in whatever encoding their editor chose, or a clear message.

UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark and Windows-1252 are read as
they are. A Word or OpenDocument file, a PDF or any other binary file gets a message that names the kind
of file and how to save it as plain text.
"""

from __future__ import annotations

import codecs

# The first bytes of files people save drafts as, and what to call them.
SIGNATURES = (
    (b"PK\x03\x04", "a Word or OpenDocument file (.docx, .odt) or another zip archive"),
    (b"%PDF", "a PDF"),
    (b"{\\rtf", "a Rich Text file (.rtf)"),
    (b"\xd0\xcf\x11\xe0", "an old Word file (.doc)"),
)
SAVE_AS_TEXT = "save it as plain text (in Word: File, Save As, Plain Text (.txt)) or paste the note into a .txt file"


class DraftError(ValueError):
    """A draft that cannot be read as text; the message says what it is and what to do."""


def decode_draft(raw: bytes, name: str) -> str:
    """The text of a saved draft; DraftError names the file and the fix when it is not text."""
    for signature, kind in SIGNATURES:
        if raw.startswith(signature):
            raise DraftError(f"{name} is {kind}, not plain text; {SAVE_AS_TEXT}")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftError(f"{name} is a binary file, not plain text; {SAVE_AS_TEXT}") from None
        if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
            raise DraftError(f"{name} is a binary file, not plain text; {SAVE_AS_TEXT}")
        return text.replace("\r\n", "\n")
    if b"\x00" in raw:
        raise DraftError(f"{name} is a binary file, not plain text; {SAVE_AS_TEXT}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise DraftError(f"{name} is not in an encoding Afterview reads; {SAVE_AS_TEXT} (UTF-8)") from None
    return text.replace("\r\n", "\n")
