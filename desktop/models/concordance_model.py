"""A concordance as a table: speech, left context, the term, right context.

Sorting by the left context reads it backwards from the term (the word just before the term
decides first), so the same collocations line up, as concordancers show them; sorting by the
speech column (or the term) puts the lines back in library order.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.core.chinese.concordance import ConcordanceLine, SortBy, sort_lines
from desktop.models import AnyIndex
from desktop.models.fullwidth_text import shown_parts, shown_text
from desktop.models.speech_labels import SpeechName

translate = QCoreApplication.translate


class Column(IntEnum):
    """The table's columns."""

    SPEECH = 0
    LEFT = 1
    HIT = 2
    RIGHT = 3


class Role(IntEnum):
    """Data roles beyond Qt's."""

    SPEECH_ID = Qt.ItemDataRole.UserRole + 1
    START = Qt.ItemDataRole.UserRole + 2
    END = Qt.ItemDataRole.UserRole + 3
    NAME = Qt.ItemDataRole.UserRole + 4
    """The speech's ``SpeechName`` (its parts, for a cell elided part by part), if given."""


_SORTS = {Column.LEFT: SortBy.LEFT, Column.RIGHT: SortBy.RIGHT}


class ConcordanceModel(QAbstractTableModel):
    """Concordance lines; sources are speech ids, shown by their titles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found: list[ConcordanceLine] = []
        self._lines: list[ConcordanceLine] = []
        self._titles: dict[int, str] = {}
        self._names: dict[int, SpeechName] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Column.SPEECH, Qt.SortOrder.AscendingOrder)
        self._fullwidth = False
        # A line's (left, term, right) as shown with full-width punctuation, by its place:
        # converted once per line, not per paint; emptied when the option changes.
        self._shown: dict[tuple[object, int], tuple[str, ...]] = {}
        # A speech's name as shown with full-width punctuation (its titles converted), by id.
        self._shown_names: dict[int, SpeechName | str] = {}

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show the contexts with (or without) full-width punctuation; the copy keeps them."""
        if enabled == self._fullwidth:
            return
        self._fullwidth = enabled
        self._shown.clear()
        self._shown_names.clear()
        if self._lines:
            bottom = self.index(len(self._lines) - 1, Column.RIGHT)
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.NAME]
            self.dataChanged.emit(self.index(0, Column.SPEECH), bottom, roles)

    def set_lines(
        self,
        lines: Sequence[ConcordanceLine],
        titles: dict[int, str],
        names: dict[int, SpeechName] | None = None,
    ) -> None:
        """Show these lines (in library order), sorted as the table is.

        ``titles`` name the speeches without a name; ``names``, when given, name them title
        first (cells, tooltips, exports), each part shortened its own way in a narrow cell.
        """
        self.beginResetModel()
        self._found = list(lines)
        self._titles = dict(titles)
        self._names = dict(names or {})
        self._shown.clear()
        self._shown_names.clear()
        self._lines = self._sorted()
        self.endResetModel()

    def lines(self) -> list[ConcordanceLine]:
        """The lines in the order shown (what an export writes)."""
        return list(self._lines)

    def titles(self) -> dict[int, str]:
        """The speeches' names by id as the cells show them (what a copy or export writes)."""
        return {source: self._speech_name(source) for source in {*self._titles, *self._names}}

    def _speech_name(self, source: int) -> str:
        # The title first: speeches are told apart by what they are, then by number.
        name = self._names.get(source)
        return name.title_first() if name else self._titles.get(source, str(source))

    def _shown_name(self, source: int) -> tuple[str, SpeechName | None]:
        """A speech's cell text and name as shown: with the option on, its titles converted
        (each apart, not the label: the label's brackets are the language's), once a speech."""
        name = self._names.get(source)
        if not self._fullwidth:
            return self._speech_name(source), name
        found = self._shown_names.get(source)
        if found is None:
            if name is None:
                found = shown_text(self._titles.get(source, str(source)), True)
            else:
                title, collection = (
                    shown_text(text, True) for text in (name.title, name.collection)
                )
                found = name._replace(title=title, collection=collection)
            self._shown_names[source] = found
        return (found, None) if isinstance(found, str) else (found.title_first(), found)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per occurrence."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Speech, left, term, right."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The line's parts, alignment, and where it is (``Role``)."""
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = Column(index.column())
        if role == Role.NAME and column == Column.SPEECH:
            return self._shown_name(int(line.source))[1]  # type: ignore[call-overload]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Column.HIT:
            font = QFont()
            font.setBold(True)
            return font
        return {Role.SPEECH_ID: line.source, Role.START: line.start, Role.END: line.end}.get(
            role  # type: ignore[call-overload]
        )

    def _text(self, line: ConcordanceLine, column: Column) -> str:
        if column == Column.SPEECH:
            return self._shown_name(int(line.source))[0]  # type: ignore[call-overload]
        if self._fullwidth:
            key = (line.source, line.start)
            shown = self._shown.get(key)
            if shown is None:
                shown = self._shown[key] = shown_parts((line.left, line.hit, line.right), True)
            return shown[column - Column.LEFT]
        return {Column.LEFT: line.left, Column.HIT: line.hit, Column.RIGHT: line.right}[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; a first click on a column sorts it ascending."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.SPEECH: translate("ConcordanceModel", "Speech"),
            Column.LEFT: translate("ConcordanceModel", "Before"),
            Column.HIT: translate("ConcordanceModel", "Term"),
            Column.RIGHT: translate("ConcordanceModel", "After"),
        }
        return titles.get(section)  # type: ignore[call-overload]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By left context (read backwards), right context, or library order."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(self._lines[index.row()], index.column()) for index in before]
        self._sort = (column, order)
        self._lines = self._sorted()
        rows = {(line.source, line.start): row for row, line in enumerate(self._lines)}
        after = [self.index(rows[(line.source, line.start)], col) for line, col in moved]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self) -> list[ConcordanceLine]:
        column, order = self._sort
        lines = sort_lines(self._found, _SORTS.get(Column(column), SortBy.TEXT))
        if order == Qt.SortOrder.DescendingOrder:
            lines.reverse()
        return lines
