"""Contrast as WCAG counts it, and the least change of a colour that reads on its ground.

Pure colour arithmetic on QColor (no widget, no palette), shared by the window's palette rules
(``app_theme``) and the reader's themes (``theme``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_CONTRAST = 4.5
"""WCAG AA for small text: what every text we paint keeps against the ground under it."""

PAINTED_CONTRAST = 4.9
"""What our painters aim at so that text reads at TEXT_CONTRAST as drawn: the strokes of small,
antialiased CJK glyphs peak a little short of the pen's colour."""

_QUIET = 0.36
"""How far secondary text goes into its ground, when it still reads there at TEXT_CONTRAST."""


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, 1 to 21."""

    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        r, g, b = (u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4 for u in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0 to 1) of the way to ``other``: opaque, as painted."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def readable_colour(
    colour: QColor,
    ground: QColor,
    minimum: float = PAINTED_CONTRAST,
    toward: QColor | None = None,
) -> QColor:
    """``colour`` when it reads on ``ground`` at ``minimum``; else the least change of it that
    does: toward ``toward`` (the row's own text) when that gets there, else black or white."""
    if contrast_ratio(colour, ground) >= minimum:
        return QColor(colour)
    if toward is not None and contrast_ratio(toward, ground) >= minimum:
        return first_readable(colour, toward, ground, minimum) or QColor(toward)
    best: tuple[int, QColor] | None = None
    for extreme in (QColor("#000000"), QColor("#ffffff")):
        for step in range(1, 41):
            moved = blend(colour, extreme, step / 40)
            if contrast_ratio(moved, ground) >= minimum:
                if best is None or step < best[0]:
                    best = (step, moved)
                break
    if best is not None:
        return best[1]
    black, white = QColor("#000000"), QColor("#ffffff")
    return max((black, white), key=lambda extreme: contrast_ratio(extreme, ground))


def first_readable(
    colour: QColor, target: QColor, ground: QColor, minimum: float = PAINTED_CONTRAST
) -> QColor | None:
    """The first of ``colour``'s 40 steps toward ``target`` that reads on ``ground`` at
    ``minimum``; None when not even ``target`` does."""
    for step in range(1, 41):
        moved = blend(colour, target, step / 40)
        if contrast_ratio(moved, ground) >= minimum:
            return moved
    return None


def secondary_colour(text: QColor, ground: QColor, minimum: float = PAINTED_CONTRAST) -> QColor:
    """Quieter text on ``ground``: ``text`` blended a third of the way into it, or less, as far
    as it still reads at ``minimum``; ``text`` itself where even that is all it can do."""
    for step in range(round(_QUIET * 50), 0, -1):
        quiet = blend(text, ground, step / 50)
        if contrast_ratio(quiet, ground) >= minimum:
            return quiet
    return QColor(text)
