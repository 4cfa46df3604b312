"""A one-line label that elides what does not fit and shows the whole text in its tooltip.

A wrapping label in a narrow dock grows a line for every few words and takes the rows of the
list below it; this one stays one line high whatever its text, and asks no width for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """One line of text, elided at its end when too long; the tooltip holds all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        """The whole text, as set (``text()`` is what is shown)."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text``, elided to the label's width."""
        self._full = text
        self._elide()

    def is_elided(self) -> bool:
        """Whether part of the text is left out."""
        return self.text() != self._full

    def minimumSizeHint(self) -> QSize:
        """One line high; no width asked for the text, which elides instead."""
        return QSize(0, self._line_height())

    def sizeHint(self) -> QSize:
        """One line high, no wider than the text."""
        return QSize(self.fontMetrics().horizontalAdvance(self._full), self._line_height())

    def _line_height(self) -> int:
        """One line of the label's font, whatever the text: QLabel's own hint grows with the
        fallback fonts of some characters (“”, ↑), and the list under it would lose a row."""
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
