"""A term's counts by year or speaker as a table: the year (or speaker), occurrences with a bar,
the speeches holding it, and all the speeches of that year (or speaker).

The rows keep the order core gives (years in order, undated last; speakers most occurrences
first). The occurrences column also answers ``Role.SHARE``, the row's occurrences against the
largest row's, which the table's delegate draws as a bar. A year with no speeches in the scope
(a gap between dated years) reads "—" and "No speeches", not 0 of 0, and answers
``Role.NO_SPEECHES``, which the delegate greys.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.core.storage.term_trend import TermTrend, TrendBy, TrendRow
from desktop.models import AnyIndex

translate = QCoreApplication.translate


class Column(IntEnum):
    """The table's columns."""

    KEY = 0
    OCCURRENCES = 1
    SPEECHES = 2
    ALL_SPEECHES = 3


class Role(IntEnum):
    """Data roles beyond Qt's."""

    KEY = Qt.ItemDataRole.UserRole + 1
    """The row's year or speaker; None for the undated speeches (or those naming nobody)."""
    SHARE = Qt.ItemDataRole.UserRole + 2
    """The row's occurrences as a fraction of the largest row's (0.0 to 1.0)."""
    NO_SPEECHES = Qt.ItemDataRole.UserRole + 3
    """Whether the row is a year the scope has no speech of (nothing was counted there)."""


class TrendModel(QAbstractTableModel):
    """The rows of one ``TermTrend``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TrendRow, ...] = ()
        self._by = TrendBy.YEAR
        self._most = 0

    def set_trend(self, trend: TermTrend | None) -> None:
        """Show these counts (None: none)."""
        self.beginResetModel()
        self._rows = trend.rows if trend is not None else ()
        self._by = trend.by if trend is not None else self._by
        self._most = max((row.occurrences for row in self._rows), default=0)
        self.endResetModel()

    def by(self) -> TrendBy:
        """What the rows shown are grouped by."""
        return self._by

    def none_label(self) -> str:
        """What the row without a year (or a speaker) is called, in the UI's language."""
        if self._by == TrendBy.YEAR:
            return translate("TrendModel", "Undated")
        return translate("TrendModel", "No speaker named")

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of years or speakers."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Four columns."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, alignment, key or share."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Role.KEY:
            return row.key
        if role == Role.NO_SPEECHES:
            return row.no_speeches
        if role == Role.SHARE:
            return row.occurrences / self._most if self._most else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.KEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: TrendRow, column: Column) -> str | int:
        if column == Column.KEY:
            return row.key if row.key is not None else self.none_label()
        if row.no_speeches and column != Column.ALL_SPEECHES:
            # Nothing to count in a year without speeches: not "0 of 0".
            return "—" if column == Column.OCCURRENCES else translate("TrendModel", "No speeches")
        if column == Column.OCCURRENCES:
            return row.occurrences
        if column == Column.SPEECHES:
            return row.speeches
        return row.of_speeches

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' titles in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section]

    def titles(self) -> list[str]:
        """The columns' titles (the copied table's header too)."""
        key = (
            translate("TrendModel", "Year")
            if self._by == TrendBy.YEAR
            else translate("TrendModel", "Speaker")
        )
        return [
            key,
            translate("TrendModel", "Occurrences"),
            translate("TrendModel", "Speeches"),
            translate("TrendModel", "All speeches"),
        ]
