"""A career office's look: the generated colour stylesheet and its logo, added to the build."""

from __future__ import annotations

from .colors import SLATE_BACKGROUND, hex_color, parse_color, readable_on
from .minify import HOUSE_STYLESHEET as HOUSE_STYLESHEET
from .settings import Settings


def house_stylesheet(settings: Settings) -> str:
    """Material's colour custom properties set to the office's colours (only the footer layout when it has none)."""
    colors = dict(settings.colors)
    lines = [
        "/* Generated from the afterview plugin's colors option; edit the config file, not this one. */",
        ".av-house-footer > * { margin-right: 0.6em; }",
        ".av-house-footer a { color: inherit; text-decoration: underline; }",
        ".av-house-logo { height: 1.6rem; width: auto; }",
    ]
    primary, accent = colors.get("primary"), colors.get("accent")
    if primary:
        rgb = parse_color(primary)
        lines += [
            # Two attribute selectors outrank Material's [data-md-color-primary=...] palette rules.
            "[data-md-color-scheme][data-md-color-primary] {",
            f"  --md-primary-fg-color: {hex_color(rgb)};",
            f"  --md-primary-fg-color--light: {hex_color(rgb)};",
            f"  --md-primary-fg-color--dark: {hex_color(rgb)};",
            "  --md-primary-bg-color: #fff;",
            "  --md-primary-bg-color--light: #ffffffb3;",
            f"  --md-typeset-a-color: {hex_color(rgb)};",
            "}",
            "body[data-md-color-scheme=slate][data-md-color-primary] {",
            f"  --md-typeset-a-color: {hex_color(readable_on(rgb, SLATE_BACKGROUND))};",
            "}",
        ]
    if accent:
        rgb = parse_color(accent)
        lines += [
            "[data-md-color-scheme][data-md-color-accent] {",
            f"  --md-accent-fg-color: {hex_color(rgb)};",
            f"  --md-accent-fg-color--transparent: {hex_color(rgb)}1a;",
            "  --md-accent-bg-color: #fff;",
            "  --md-accent-bg-color--light: #ffffffb3;",
            "}",
            "body[data-md-color-scheme=slate][data-md-color-accent] {",
            f"  --md-accent-fg-color: {hex_color(readable_on(rgb, SLATE_BACKGROUND))};",
            "}",
        ]
    return "\n".join(lines) + "\n"
