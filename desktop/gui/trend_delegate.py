"""The bar of a term's counts table: each row's occurrences drawn as a bar beside its number.

No charting library: the delegate paints the cell as the style does (its ground, selection and
focus), then a bar from the cell's left edge, its length the row's share of the largest row
(``Role.SHARE``), in the room the right-aligned number leaves. The bar's colour is the app's
calm blue, lightened on a dark surface (``info_colour``), and the highlighted text's colour on
a selected row, so it reads in the light, sepia and dark themes alike. A year with no speeches
in the scope (``Role.NO_SPEECHES``) has no bar and its text in the palette's disabled colour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.app_theme import info_colour
from desktop.models.trend_model import Column, Role

BAR_PX = 120
"""The longest bar's width, at the default font (the column is sized for it)."""

_GAP = 6  # pixels between the bar and the number


class TrendBarDelegate(QStyledItemDelegate):
    """Paints the occurrences column's bar; other columns as the style does."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """As the style does; a year without speeches greyed."""
        super().initStyleOption(option, index)
        if index.data(Role.NO_SPEECHES):
            grey = option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            option.palette.setColor(QPalette.ColorRole.Text, grey)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell as usual, and in the occurrences column the row's bar."""
        super().paint(painter, option, index)
        if index.column() != Column.OCCURRENCES:
            return
        share = float(index.data(Role.SHARE) or 0.0)
        if share <= 0:
            return
        bar = bar_rect(option.rect, option.fontMetrics.horizontalAdvance(str(index.data())), share)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = (
            option.palette.highlightedText().color() if selected else info_colour(option.palette)
        )
        painter.save()
        painter.fillRect(bar, colour)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the bar beside the number in the occurrences column."""
        size = super().sizeHint(option, index)
        if index.column() == Column.OCCURRENCES:
            size.setWidth(size.width() + option.fontMetrics.horizontalAdvance("0") * 12)
        return size


def bar_rect(cell: QRect, number_px: int, share: float) -> QRect:
    """Where a bar of ``share`` (0 to 1) goes in ``cell``: from its left, a quarter of a line's
    height above and below left free, up to the number right-aligned in it (at least 1 px
    for a row that has any occurrence)."""
    margin = max(2, cell.height() // 4)
    room = max(0, cell.width() - number_px - 2 * _GAP - margin)
    width = max(1, round(room * min(share, 1.0)))
    return QRect(cell.left() + margin, cell.top() + margin, width, cell.height() - 2 * margin)
