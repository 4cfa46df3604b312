"""How each column of the concordance elides a cell too long for it.

Qt's table elides every column one way. Each of the concordance's wants its own: a left context
keeps the words next to the hit (its start goes), a right context too (its end goes), and a
speech's name "No. 3 · title" keeps its number (the end of the title goes: compilations share
titles, so the number is what tells two lines' speeches apart; the collection is in the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.concordance_model import Column

_ELIDE = {
    Column.SPEECH: Qt.TextElideMode.ElideRight,
    Column.LEFT: Qt.TextElideMode.ElideLeft,
    Column.HIT: Qt.TextElideMode.ElideMiddle,
    Column.RIGHT: Qt.TextElideMode.ElideRight,
}


class ColumnElision(QStyledItemDelegate):
    """Draws each cell elided the way its column wants (``_ELIDE``)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The column's elide mode on top of the view's options."""
        super().initStyleOption(option, index)
        option.textElideMode = _ELIDE.get(Column(index.column()), option.textElideMode)
