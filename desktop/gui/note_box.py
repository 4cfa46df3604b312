"""The note's text box in the annotations dock: small at first, never clipping its placeholder.

Its height is reckoned from the lines as drawn: Chinese falls back to a CJK font whose lines
are taller than the widget font's ``lineSpacing`` (two lines reckoned from it cut the second
one's foot), and the placeholder wraps to as many lines as the box's width makes it. It opens
at a few lines where the dock has room for them (a short note read whole) and at its smallest
where it has not: the list above it keeps its rows (a box asking for more lost the list its
rows beside the terms panel); the user drags the splitter to make it taller.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from desktop.gui.plain_copy_edit import PlainCopyEdit

MIN_LINES = 1
"""Lines of Chinese the box keeps at its smallest (more if its placeholder wraps to more)."""

OPENING_LINES = 4
"""Lines it asks for where there is room: a short note read whole, without scrolling."""

_SAMPLE = "国"  # a CJK line's height: the tallest a note's lines are drawn


class NoteBox(PlainCopyEdit):
    """A plain-text box whose minimum holds its placeholder and a line, as drawn (copied as
    plain text alone, ``PlainCopyEdit``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_height = 0

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Set the placeholder; the box's minimum follows its lines."""
        super().setPlaceholderText(text)
        self._refresh_minimum()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for ``MIN_LINES`` lines and for the whole placeholder at the present width."""
        self._min_height = self._needed_height()
        return QSize(super().minimumSizeHint().width(), self._min_height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """``OPENING_LINES`` lines, or its smallest height if more (Qt's asks for twelve)."""
        lines = self._text_height(OPENING_LINES) + self._frame_height()
        return QSize(super().sizeHint().width(), max(lines, self.minimumSizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """A new width may wrap the placeholder to more or fewer lines."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refresh_minimum()

    def _refresh_minimum(self) -> None:
        if self._needed_height() != self._min_height:
            self.updateGeometry()

    def _needed_height(self) -> int:
        margin = int(self.document().documentMargin())
        # Qt draws the placeholder from the viewport's top-left corner less the margin.
        width = max(1, self.viewport().width() - margin)
        bound = QRect(0, 0, width, 100_000)
        flags = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        placeholder = self.fontMetrics().boundingRect(bound, flags, self.placeholderText())
        text = max(self._text_height(MIN_LINES), placeholder.height())
        return text + self._frame_height()

    def _frame_height(self) -> int:
        return 2 * int(self.document().documentMargin()) + 2 * self.frameWidth()

    def _text_height(self, lines: int) -> int:
        sample = "\n".join([_SAMPLE] * lines)
        return self.fontMetrics().boundingRect(QRect(0, 0, 1000, 100_000), 0, sample).height()
