"""Registry patterns in case-folded form, for the browser's checker.

Python compiles the registry with IGNORECASE | MULTILINE | ASCII, so only A-Z and a-z fold into each
other. The browser instead searches a copy of the text whose A-Z are lower-cased, with patterns whose
letters are lower case and whose classes gain the lower case of their capitals, because JavaScript's
"i" flag folds far more than ASCII.
"""

from __future__ import annotations

import re
from functools import cache

UNSUPPORTED_ESCAPES = frozenset("AZN")
HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
JS_SYNTAX = frozenset("^$\\.*+?()[]{}|/-")


def js_pattern(pattern: str) -> str:
    r"""A registry pattern for JavaScript: ``new RegExp(result, "mu")`` on text whose A-Z are lower-cased.

    Python compiles the patterns with IGNORECASE | MULTILINE | ASCII, so only A-Z and a-z fold into each
    other. JavaScript's "i" flag with "u" folds far more (ſ matches s, the Kelvin sign k, Å å), so the
    browser leaves "i" off: checker.js lower-cases A-Z in the text, and here letters outside a class
    become lower case and a class gains the lower case of its capitals. \UXXXXXXXX becomes \u{X}.
    Python-only syntax (\A, \Z, \N, inline flags, a class opening with "]") raises ValueError.
    """
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            text, point, index = _escape(pattern, index)
            out.append(chr(point).lower() if point is not None and _is_capital(point) else text)
        elif char == "[":
            text, index = _char_class(pattern, index)
            out.append(text)
        elif pattern.startswith("(?", index):
            text, index = _group_opening(pattern, index)
            out.append(text)
        else:
            out.append(char.lower() if _is_capital(ord(char)) else char)
            index += 1
    return "".join(out)


def _is_capital(point: int) -> bool:
    return ord("A") <= point <= ord("Z")


def _escape(pattern: str, index: int) -> tuple[str, int | None, int]:
    r"""One escape at index: its JavaScript text, the code point it stands for (None for \d and the like), the end."""
    letter = pattern[index + 1 : index + 2]
    if letter in UNSUPPORTED_ESCAPES:
        raise ValueError(f"\\{letter} has no JavaScript equivalent in {pattern!r}")
    if letter in HEX_DIGITS:
        end = index + 2 + HEX_DIGITS[letter]
        point = int(pattern[index + 2 : end], 16)
        return "\\u{" + f"{point:X}" + "}", point, end
    if letter.isalnum():
        return pattern[index : index + 2], None, index + 2
    # With the u flag JavaScript only accepts escaped syntax characters; any other one stands for itself.
    return (pattern[index : index + 2] if letter in JS_SYNTAX else letter), ord(letter), index + 2


def _char_class(pattern: str, index: int) -> tuple[str, int]:
    """A [...] class at index, with the lower case of every capital (and capital range) added."""
    head = "[^" if pattern.startswith("[^", index) else "["
    cursor = index + len(head)
    if pattern[cursor : cursor + 1] == "]":
        raise ValueError(f"a class opening with ']' reads differently in JavaScript: {pattern!r}")
    items: list[tuple[str, int | None, bool]] = []  # JavaScript text, code point, written as a bare "-"
    while pattern[cursor] != "]":
        if pattern[cursor] == "\\":
            text, point, cursor = _escape(pattern, cursor)
            items.append((text, point, False))
        else:
            items.append((pattern[cursor], ord(pattern[cursor]), pattern[cursor] == "-"))
            cursor += 1
    pieces: list[str] = []
    lower: list[str] = []
    position = 0
    while position < len(items):
        text, low, _ = items[position]
        is_range = position + 2 < len(items) and items[position + 1][2] and low is not None
        high = items[position + 2][1] if is_range else low
        if is_range and high is not None:
            pieces.append(text + "-" + items[position + 2][0])
            position += 3
        else:
            pieces.append("\\-" if items[position][2] else text)
            position += 1
        if low is not None and high is not None and max(low, ord("A")) <= min(high, ord("Z")):
            first, last = chr(max(low, ord("A")) + 32), chr(min(high, ord("Z")) + 32)
            lower.append(first if first == last else f"{first}-{last}")
    return head + "".join(pieces + lower) + "]", cursor + 1


def _group_opening(pattern: str, index: int) -> tuple[str, int]:
    """A (?...) opening: lookarounds and (?: pass through, (?P<name> becomes (?<name>; inline flags raise."""
    for opening in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        if pattern.startswith(opening, index):
            return opening, index + len(opening)
    if pattern.startswith("(?P<", index):
        end = pattern.index(">", index) + 1
        return "(?<" + pattern[index + 4 : end], end
    raise ValueError(f"{pattern[index : index + 4]!r} has no JavaScript equivalent in {pattern!r}")


# Escapes whose meaning is Unicode-wide in Python and ASCII-only (or another set) in JavaScript.
UNICODE_ONLY_ESCAPES = frozenset("dDwWbBS")


@cache
def python_whitespace_class() -> str:
    r"""The characters Python's Unicode \s matches (str.isspace), as the inside of a JavaScript class."""
    ranges: list[list[int]] = []
    for point in range(0x110000):
        if chr(point).isspace():
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return "".join(
        "\\u{" + f"{low:X}" + "}" + ("" if low == high else "-\\u{" + f"{high:X}" + "}") for low, high in ranges
    )


def js_unicode_pattern(pattern: re.Pattern[str]) -> dict[str, str]:
    r"""A pattern compiled without flags, for JavaScript: ``{"source", "flags"}`` for ``new RegExp``.

    Python reads such a pattern over all of Unicode, and JavaScript with "u" does too, except for \s (which
    becomes Python's own whitespace, written out), and \d, \w, \b, \S and "." (which raise ValueError, as
    does any flag or the Python-only syntax js_pattern refuses).
    """
    if pattern.flags & ~re.UNICODE:
        raise ValueError(f"flags have no JavaScript equivalent in {pattern.pattern!r}")
    source = pattern.pattern
    out: list[str] = []
    depth = 0
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            letter = source[index + 1 : index + 2]
            if letter in UNICODE_ONLY_ESCAPES:
                raise ValueError(f"\\{letter} reads differently in JavaScript: {source!r}")
            if letter == "s":
                out.append(python_whitespace_class() if depth else "[" + python_whitespace_class() + "]")
                index += 2
                continue
            text, _, index = _escape(source, index)
            out.append(text)
            continue
        if char == "[" and not depth:
            if source[index + 1 : index + 2] == "]" or source.startswith("[^]", index):
                raise ValueError(f"a class opening with ']' reads differently in JavaScript: {source!r}")
            depth = 1
        elif char == "]" and depth:
            depth = 0
        elif char == "." and not depth:
            raise ValueError(f"'.' reads differently in JavaScript: {source!r}")
        elif source.startswith("(?", index) and not depth:
            text, index = _group_opening(source, index)
            out.append(text)
            continue
        out.append(char)
        index += 1
    return {"source": "".join(out), "flags": "u"}
