"""A query box with its options: beside it in a wide dock, under it in a narrow one.

The search dock along the bottom of a 720-px window is short: a row of its own for the scope
and "notes only" took from the results the room of a row and a half. At the side of the
window (some 300 px) the options do not fit beside the query, and go under it as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget

from desktop.gui.row_or_column import RowOrColumn

QUERY_ROOM = 20
"""The query's width, in characters of its font, that the options never squeeze it under."""


class QueryRow(RowOrColumn):
    """``query`` with the ``options`` at its right, or under it when they would squeeze it."""

    def __init__(self, query: QWidget, options: QLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.query = query
        self._options = options
        query.setParent(self)
        self._layout.addWidget(query, 1)
        self._layout.addLayout(options)

    def needed_width(self) -> int:
        """The query's room beside the options' width."""
        room = self.query.fontMetrics().averageCharWidth() * QUERY_ROOM
        return room + self._layout.spacing() + self._options.sizeHint().width()
