"""Sizes that grow with the text: pixel sizes drawn for the usual UI font, scaled for a larger.

A user who needs larger text sets a larger system font (or Pizhu's through Qt); columns,
minimum heights and first sizes of dialogs given in pixels would then cut their text. These
helpers grow such a size in proportion to the widget's line height, never shrinking it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

REFERENCE_LINE_HEIGHT = 14
"""The line height (pixels) of the 9-point UI font the app's pixel sizes were drawn with."""


def text_scale(widget: QWidget) -> float:
    """How much larger than the usual the widget's text is (1.0 at most sizes, never less)."""
    return max(1.0, widget.fontMetrics().height() / REFERENCE_LINE_HEIGHT)


def text_px(widget: QWidget, pixels: int) -> int:
    """``pixels`` drawn for the usual UI font, grown with ``widget``'s larger text."""
    return round(pixels * text_scale(widget))


def text_size(widget: QWidget, width: int, height: int) -> QSize:
    """A size drawn for the usual UI font, grown with ``widget``'s larger text."""
    return QSize(text_px(widget, width), text_px(widget, height))


def fixed_font(widget: QWidget) -> QFont:
    """The system's fixed-pitch font, as much larger than its default as ``widget``'s text is.

    ``QFontDatabase.systemFont`` keeps its own size when the application's font grows.
    """
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if general.pointSizeF() > 0 and font.pointSizeF() > 0:
        ratio = max(1.0, widget.font().pointSizeF() / general.pointSizeF())
        font.setPointSizeF(font.pointSizeF() * ratio)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


TERM_CHARACTERS = 10
"""How many Chinese characters a term box shows whole (a long formulation: 全面深化改革开放)."""


def term_box_width(widget: QWidget) -> int:
    """The least width of a box a term is typed in: ``TERM_CHARACTERS`` of its font's Chinese
    characters, so a long collection name in the scope box beside it cannot squeeze it."""
    return widget.fontMetrics().horizontalAdvance("国" * TERM_CHARACTERS)
