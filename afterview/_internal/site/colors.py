"""CSS colours of a house palette: parsing, WCAG contrast, and a lighter shade for dark backgrounds."""

from __future__ import annotations

import re

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
SLATE_BACKGROUND: RGB = (30, 33, 41)  # Material's dark ("slate") page background
MIN_CONTRAST = 4.5
HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
FUNCTIONAL = re.compile(r"^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$")


def parse_color(text: str) -> RGB:
    """A colour written as #rgb, #rrggbb or rgb(r, g, b); ValueError for anything else."""
    if HEX.match(text):
        digits = text[1:]
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    match = FUNCTIONAL.match(text)
    if match and all(int(v) <= 255 for v in match.groups()):
        r, g, b = (int(v) for v in match.groups())
        return r, g, b
    raise ValueError(f"{text!r} is not a colour written as #rrggbb, #rgb or rgb(r, g, b)")


def hex_color(rgb: RGB) -> str:
    """#rrggbb."""
    return "#" + "".join(f"{v:02x}" for v in rgb)


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else float(((c + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """a moved towards b by amount (0 to 1)."""
    r, g, bl = (round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))
    return r, g, bl


def readable_on(color: RGB, background: RGB, target: float = MIN_CONTRAST) -> RGB:
    """The colour lightened towards white just enough to be readable on a dark background."""
    for step in range(21):
        candidate = mix(color, WHITE, step / 20)
        if contrast(candidate, background) >= target:
            return candidate
    return WHITE
