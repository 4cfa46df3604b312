"""A query box with its options: beside it in a wide dock, under it in a narrow one.

The search dock along the bottom of a 720-px window is short: a row of its own for the scope
and "notes only" took from the results the room of a row and a half. At the side of the
window (some 300 px) the options do not fit beside the query, and go under it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

_ROW = QBoxLayout.Direction.LeftToRight
_COLUMN = QBoxLayout.Direction.TopToBottom

QUERY_ROOM = 20
"""The query's width, in characters of its font, that the options never squeeze it under."""


class QueryRow(QWidget):
    """``query`` with the ``options`` at its right, or under it when they would squeeze it."""

    def __init__(self, query: QWidget, options: QLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.query = query
        self._options = options
        query.setParent(self)
        self._layout = QBoxLayout(_ROW, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(query, 1)
        self._layout.addLayout(options)

    def beside(self) -> bool:
        """True while the options share the query's row."""
        return self._layout.direction() == _ROW

    def event(self, event: QEvent) -> bool:
        """Fit again when the options' size changes (a new language's words, as
        ``BesideOrUnder`` does for its text)."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fit again to the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.query.fontMetrics().averageCharWidth() * QUERY_ROOM
        needed = room + self._layout.spacing() + self._options.sizeHint().width()
        direction = _ROW if needed <= self.width() else _COLUMN
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
