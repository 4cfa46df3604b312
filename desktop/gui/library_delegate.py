"""How a row of the library tree is painted: icon, title, a second line for speeches, a badge.

Many speeches share a title (在全市“效能革命”工作会上的讲话), so a speech's row carries a second,
quieter line with its number, date and speaker; the number of notes on it sits at the right in
a small vermilion pill, the colour of 朱批.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.app_theme import accent_colour, is_dark
from desktop.models import AnyIndex
from desktop.models.library_tree import Role, TreeKind

ICON_SIZE = 16
PADDING = 4


class LibraryDelegate(QStyledItemDelegate):
    """Paints the rows of ``view``; speeches take two lines.

    The style draws each row's background, selection and focus (QStyledItemDelegate.paint with
    the text and icon left out); this paints the icon, texts and badge. Nothing here names
    QStyle: PySide makes its Python class, with its hundreds of enum members, the first time
    Python touches it, some 4 ms before the first frame.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._bare = False  # True while the style paints: no text, no icon

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Two text lines for a speech, one for the rest, with room to breathe."""
        size = super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        lines = 2 if index.data(Role.KIND) == TreeKind.SPEECH else 1
        return QSize(size.width(), line * lines + 2 * PADDING + 2)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The row as the style sees it (while it paints: without the text and the icon)."""
        super().initStyleOption(option, index)
        if self._bare:
            option.text = ""
            option.icon = QIcon()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Background and selection by the style; icon, texts and badge by hand."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        # A copy: PySide hands out the option's own icon, which may be emptied after.
        title, icon = item.text, QIcon(item.icon)
        self._bare = True
        try:
            super().paint(painter, option, index)
        finally:
            self._bare = False
        painter.save()
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        icon_rect = QRect(rect.left(), rect.top(), ICON_SIZE, ICON_SIZE)
        icon_rect.moveTop(
            rect.top() + PADDING + (QFontMetrics(item.font).height() - ICON_SIZE) // 2
        )
        if not icon.isNull():
            icon.paint(painter, icon_rect)
        text_left = icon_rect.right() + 1 + PADDING + 2
        badge_width = self._paint_badge(painter, rect, index, item)
        text_rect = QRect(text_left, rect.top(), rect.right() - text_left - badge_width, 0)
        self._paint_texts(painter, item, index, title, text_rect)
        painter.restore()

    def _paint_texts(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        index: AnyIndex,
        title: str,
        area: QRect,
    ) -> None:
        selected = self._view.selectionModel().isSelected(index)
        palette: QPalette = item.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(role)
        kind = index.data(Role.KIND)
        font = QFont(item.font)
        if kind == TreeKind.COLLECTION:
            font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        line = QRect(area.left(), area.top() + PADDING, area.width(), metrics.height())
        painter.setFont(font)
        painter.setPen(text_colour if kind != TreeKind.POINT else _muted(text_colour))
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(
            title, Qt.TextElideMode.ElideRight, line.width()
        ))  # fmt: skip
        detail = index.data(Role.DETAIL) if kind == TreeKind.SPEECH else ""
        if detail:
            small = QFont(item.font)
            small.setPointSizeF(max(item.font.pointSizeF() - 1.5, 7.0))
            small_metrics = QFontMetrics(small)
            below = QRect(line.left(), line.bottom() + 2, line.width(), small_metrics.height())
            painter.setFont(small)
            painter.setPen(_muted(text_colour))
            painter.drawText(below, Qt.AlignmentFlag.AlignVCenter, small_metrics.elidedText(
                detail, Qt.TextElideMode.ElideRight, below.width()
            ))  # fmt: skip

    def _paint_badge(
        self, painter: QPainter, rect: QRect, index: AnyIndex, item: QStyleOptionViewItem
    ) -> int:
        """The note count at the right of a speech's first line (filled), or how many speeches
        of a collection match the filter (outlined); returns the width it took."""
        font: QFont = item.font
        count = self._badge_count(index)
        if count <= 0:
            return 0
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 2, 7.0))
        metrics = QFontMetrics(small)
        text = str(count)
        width = max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        height = metrics.height() + 2
        first_line = QFontMetrics(font).height()
        top = rect.top() + PADDING + (first_line - height) / 2
        badge = QRectF(rect.right() - width, top, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = accent_colour(item.palette)  # 朱, a lighter one on a dark list
        if index.data(Role.KIND) == TreeKind.SPEECH:
            fill = QColor(colour)
            fill.setAlpha(34 if not is_dark(item.palette) else 56)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
        else:  # matches, not notes: outlined, so the two counts do not read as one
            painter.setPen(colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            badge.adjust(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(colour)
        painter.setFont(small)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return width + PADDING

    def _badge_count(self, index: AnyIndex) -> int:
        kind = index.data(Role.KIND)
        if kind == TreeKind.SPEECH:
            return index.data(Role.NOTE_COUNT) or 0
        match_count = getattr(self._view.model(), "match_count", None)
        if kind == TreeKind.COLLECTION and match_count is not None:
            return match_count(index)
        return 0


def _muted(colour: QColor) -> QColor:
    """A quieter version of ``colour`` for secondary text."""
    muted = QColor(colour)
    muted.setAlphaF(0.62)
    return muted
