"""Rows of a one-column tree that wrap their text to the view's width instead of eliding it.

A ``QTreeView`` with ``wordWrap`` on still sizes its rows without knowing their width (Qt asks the
delegate with an invalid rect), so a long sentence stays one line, cut with "…". This delegate
tells the style the width each row really has (the column less its indentation), and the view
lays its rows out again when that width changes. Rows marked ``KEEP_ONE_LINE`` stay one line,
elided: lists of many short quotes whose whole text is in their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt, Slot
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from desktop.models import AnyIndex

KEEP_ONE_LINE = Qt.ItemDataRole.UserRole + 50
"""Data role: True on a row that stays one line (elided), as rows of a plain view are."""
_ROW_GAP = 4
"""Pixels added to a row's text height: about what a row with an icon has, so the lines of
one wrapped row stay close and the rows apart."""


class WrappedRowsDelegate(QStyledItemDelegate):
    """Wraps the text of ``view``'s rows (column 0) to the width the view gives them."""

    def __init__(self, view: QTreeView, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._view = view
        view.setUniformRowHeights(False)  # wrapped rows are taller than the others
        view.setItemDelegate(self)
        view.header().sectionResized.connect(self._on_header_section_resized)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:  # noqa: N802
        """The view's options for the row, with text wrapping unless the row keeps one line."""
        super().initStyleOption(option, index)
        if index.data(KEEP_ONE_LINE):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        else:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """The row's size with its text wrapped at the width the view gives it."""
        sized = QStyleOptionViewItem(option)
        if not index.data(KEEP_ONE_LINE):
            width = self._view.header().sectionSize(index.column()) - self._indentation(index)
            sized.rect = QRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + _ROW_GAP)

    def _indentation(self, index: AnyIndex) -> int:
        """How far the view moves the row's content right: one step per level (and the root's)."""
        if index.column() != 0:
            return 0
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        steps = depth + (1 if self._view.rootIsDecorated() else 0)
        return steps * self._view.indentation()

    @Slot(int, int, int)
    def _on_header_section_resized(self, _section: int, old: int, new: int) -> None:
        if old != new:
            self._view.scheduleDelayedItemsLayout()  # the rows' heights follow their width
