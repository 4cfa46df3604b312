"""Tables whose rows are a line of text high, whatever the text size.

The style's default row is 30 px under a CJK font: a list of one-line entries (terms, the lines
of a concordance) then shows half the rows its height holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTableView, QWidget

ROW_PADDING = 6
"""Pixels above and below a row's line of text, together."""


def fit_rows_to_text(view: QTableView) -> None:
    """Make ``view``'s rows a line of its font high (and no lower)."""
    height = view.fontMetrics().height() + ROW_PADDING
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)


class LineRowsTableView(QTableView):
    """A table of one-line rows, a line high, following a new font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_rows_to_text(self)

    def changeEvent(self, event: QEvent) -> None:
        """Rows follow a new font."""
        if event.type() == QEvent.Type.FontChange:
            fit_rows_to_text(self)
        super().changeEvent(event)
