"""What the annotations dock's delegate works out once and reuses across rows and paints.

A screen of rows shares one font, one palette and a few row colours: the small font and its
metrics, the contrast search of ``readable_colour`` and the fitted texts of rows already seen
were redone for every row of every paint. Each cache here is keyed by what its value depends
on (the font, the colours, the text, the width, the words of the language), so a theme, zoom,
language, width or data change finds a new key instead of a stale value. A quote is shown as
the full-width punctuation option has it (``shown``): converted once per text and setting, so
the ~28,000 rows of a big library cost one conversion each when the option changes, not one a
paint; the converted text is then the key of its fitted lines and its row's height.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetrics

from desktop.gui.contrast import blend, readable_colour, secondary_colour
from desktop.models.fullwidth_text import ShownTexts

_TEXTS_KEPT = 20_000
"""Fitted texts kept: a few screens of rows many times over, cleared past it."""
_SHOWN_KEPT = 100_000
"""Quotes kept as shown: every row's (a layout asks each row's height), cleared past it."""


@dataclass(frozen=True)
class Fonts:
    """A row's font, its small and bold variants, and their metrics."""

    font: QFont
    metrics: QFontMetrics
    small: QFont
    small_metrics: QFontMetrics
    bold: QFont
    bold_metrics: QFontMetrics
    key: str


@dataclass(frozen=True)
class RowInks:
    """The colours of a card on one ground: secondary text, badges, tag chips and their text."""

    muted: QColor
    badge: QColor
    chip: QColor
    chip_text: QColor


def small_font(font: QFont) -> QFont:
    """The font of a row's tags, time and counts."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
    return small


class PaintCache:
    """Fonts by font, inks by colours, fitted texts by (text, font, width, words)."""

    def __init__(self) -> None:
        self._fonts: Fonts | None = None
        self._inks: dict[tuple[int, int, int], RowInks] = {}
        self._counts: dict[tuple[int, int], QColor] = {}
        self._lines: dict[tuple[object, ...], str] = {}
        self._wrapped: dict[tuple[object, ...], tuple[str, ...]] = {}
        self.shown = ShownTexts(kept=_SHOWN_KEPT)
        """A quote as the full-width option shows it now, converted once per text and setting."""

    def fonts(self, font: QFont) -> Fonts:
        """``font``'s variants; made again when the font (zoom, family) changes."""
        # Comparing fonts is far cheaper than building a font's key for each row.
        if self._fonts is None or font != self._fonts.font:
            small, bold = small_font(font), QFont(font)
            bold.setBold(True)
            self._fonts = Fonts(
                QFont(font),
                QFontMetrics(font),
                small,
                QFontMetrics(small),
                bold,
                QFontMetrics(bold),
                font.key(),
            )
        return self._fonts

    def inks(self, text: QColor, ground: QColor, warning: QColor) -> RowInks:
        """A card's colours on ``ground`` for ``text`` (a theme brings new colours, new keys)."""
        key = (text.rgba(), ground.rgba(), warning.rgba())
        found = self._inks.get(key)
        if found is None:
            chip = blend(ground, text, 0.09)  # a wash of the text, as quiet on any row
            found = self._inks[key] = RowInks(
                secondary_colour(text, ground),
                readable_colour(warning, ground, toward=text),
                chip,
                secondary_colour(text, chip),
            )
        return found

    def count_colour(self, placeholder: QColor, ground: QColor) -> QColor:
        """A heading's count colour: the placeholder text made readable on ``ground``."""
        key = (placeholder.rgba(), ground.rgba())
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = readable_colour(placeholder, ground)
        return found

    def line(self, key: tuple[object, ...], make: Callable[[], str]) -> str:
        """The fitted line under ``key`` (all it depends on), made by ``make`` the first time."""
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > _TEXTS_KEPT:
                self._lines.clear()
            found = self._lines[key] = make()
        return found

    def lines(self, key: tuple[object, ...], make: Callable[[], list[str]]) -> tuple[str, ...]:
        """The fitted lines under ``key``, as ``line``."""
        found = self._wrapped.get(key)
        if found is None:
            if len(self._wrapped) > _TEXTS_KEPT:
                self._wrapped.clear()
            found = self._wrapped[key] = tuple(make())
        return found

    @property
    def fullwidth(self) -> bool:
        """Whether quotes show Latin punctuation in Chinese context as full-width."""
        return self.shown.fullwidth

    @fullwidth.setter
    def fullwidth(self, enabled: bool) -> None:
        self.shown.set_fullwidth(enabled)
