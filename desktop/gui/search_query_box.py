"""The search dock's query box: an editable line that remembers the queries run, latest first.

A query is remembered when it is run with Enter or when one of its hits is chosen; running one
again brings it to the top. What is typed is what is run: the history is a list to pick from,
never a completion of the line. The window saves the list (``history``) and gives it back at the
next start (``set_history``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

HISTORY_SIZE = 20
"""How many queries are remembered."""


class SearchQueryBox(QComboBox):
    """An editable combo box whose list is the query history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_query")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # history is kept by remember()
        # No inline completion from the history: typing 效能革命 after 效能革命 -放管服 was run
        # filled in the older query's tail, and Enter ran that one. The list stays one click
        # (or Alt+Down) away.
        self.setCompleter(None)
        self.setMaxCount(HISTORY_SIZE)
        self.lineEdit().setClearButtonEnabled(True)

    def history(self) -> list[str]:
        """The remembered queries, latest first."""
        return [self.itemText(row) for row in range(self.count())]

    def set_history(self, queries: Iterable[str]) -> None:
        """Replace the remembered queries (latest first), keeping what is typed."""
        text = self.currentText()
        self.clear()
        self.addItems([query for query in queries if query][:HISTORY_SIZE])
        self.setEditText(text)

    def remember(self, text: str) -> None:
        """Put ``text`` first in the history (moved there if it was further down)."""
        if not text.strip():
            return
        existing = self.findText(text, Qt.MatchFlag.MatchExactly)
        if existing == 0:
            return
        if existing > 0:
            self.removeItem(existing)
        self.insertItem(0, text)
        self.setCurrentIndex(0)
