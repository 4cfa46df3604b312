"""Every tag of the library with how many annotations carry it: the Manage Tags list.

Names are edited in place: an edit changes nothing here but asks for the rename
(``rename_requested``); the window makes it and gives the new counts (``set_counts``). The
proxy sorts by ``Role.SORT``: names in the window's order of the user's words (pinyin, without
case: ``desktop.gui.collation``), counts as numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from desktop.gui.collation import name_key
from desktop.models import AnyIndex

_CONTEXT = "TagsModel"


class Column(IntEnum):
    """The list's columns."""

    NAME = 0
    COUNT = 1


class Role(IntEnum):
    """Data roles beyond Qt's."""

    TAG = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2


_TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("TagsModel", "Tag"),
    Column.COUNT: QT_TRANSLATE_NOOP("TagsModel", "Annotations"),
}


class TagsModel(QAbstractTableModel):
    """Tags and their counts of annotations not in the trash; names editable."""

    rename_requested = Signal(str, str)  # the tag, the name typed for it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show these tags with their counts."""
        self.beginResetModel()
        self._rows = sorted(counts.items(), key=lambda row: name_key(row[0]))
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        """The tags shown, with their counts."""
        return dict(self._rows)

    def row_of(self, tag: str) -> int:
        """The row of ``tag`` (names compare without case), or -1."""
        wanted = tag.casefold()
        return next(
            (row for row, (name, _) in enumerate(self._rows) if name.casefold() == wanted), -1
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per tag."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The name and the count."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The name or count, the tag itself (``Role.TAG``) and the value to sort by."""
        if not index.isValid():
            return None
        name, count = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name if column == Column.NAME else QLocale().toString(count)
        if role == Role.TAG:
            return name
        if role == Role.SORT:
            # The rows are in name order already: a name sorts by its row.
            return index.row() if column == Column.NAME else count
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return name
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Names are editable (a rename); counts are not."""
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the tag to be renamed to ``value``; the rows change once it is done."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = self._rows[index.row()][0]
        if isinstance(value, str) and value != name:
            self.rename_requested.emit(name, value)
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' titles in the UI language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _TITLES[Column(section)])
        return super().headerData(section, orientation, role)
