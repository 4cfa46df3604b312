"""How a row of the library tree is painted: icon, title, a second line, a badge.

Many speeches share a title (在全市“效能革命”工作会上的讲话), so a speech's row carries a second,
quieter line with its number, date and speaker; the number of notes on it sits at the right in
a small vermilion pill, the colour of 朱批. A collection whose title another bears (a draft and
its final version) says on a second line what tells it apart: its file's name or import date.
Every text keeps 4.5:1 on its row, a selected one's
included: the second line is the row's text quietened only as far as that allows, and on a
selected row the count turns as pale as the selection's text needs.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.app_theme import accent_colour, is_dark, row_colours
from desktop.gui.contrast import blend, readable_colour, secondary_colour
from desktop.gui.icons import inked_icon
from desktop.models import AnyIndex
from desktop.models.library_tree import Role, TreeKind

ICON_SIZE = 16
PADDING = 4
_TEXT_LEFT = PADDING + ICON_SIZE + PADDING + 2
"""Where a row's texts start, from its left edge (after the icon)."""


def _second_line(index: AnyIndex, kind: str | None) -> str:
    """A row's quieter second line: a speech's number, date and speaker; what tells a
    collection from another of its title; else nothing."""
    if kind == TreeKind.SPEECH:
        return index.data(Role.DETAIL) or ""
    if kind == TreeKind.COLLECTION:
        return index.data(Role.DISTINCTION) or ""
    return ""


def _two_lines(index: AnyIndex, kind: str | None) -> bool:
    """Whether a row takes two lines: every speech (its line may be empty), and a collection
    told apart from another of its title."""
    return kind == TreeKind.SPEECH or (
        kind == TreeKind.COLLECTION and bool(index.data(Role.DISTINCTION))
    )


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
        """Two text lines for a speech, one for the rest, with room to breathe; as wide as the
        icon and title painted."""
        # Asked of every row a collection unfolds (10,000 speeches: the view measures each).
        # The style's own hint filled a whole option from the model first, ~10 roles a row,
        # each through the filter and the tree model in Python: ~0.9 s for 10,000 rows.
        metrics = QFontMetrics(option.font)
        lines = 2 if _two_lines(index, index.data(Role.KIND)) else 1
        title = index.data(Qt.ItemDataRole.DisplayRole)
        width = _TEXT_LEFT + metrics.horizontalAdvance(str(title or "")) + PADDING
        return QSize(width, metrics.height() * lines + 2 * PADDING + 2)

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
            self._paint_icon(painter, icon, icon_rect, item, index)
        text_left = icon_rect.right() + 1 + PADDING + 2
        badge_width = self._paint_badge(painter, rect, index, item)
        text_rect = QRect(text_left, rect.top(), rect.right() - text_left - badge_width, 0)
        self._paint_texts(painter, item, index, title, text_rect)
        painter.restore()

    def _paint_icon(
        self,
        painter: QPainter,
        icon: QIcon,
        area: QRect,
        item: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> None:
        """The row's icon; on a selected row in the row's text colour, as the title is.

        The icons' grey ink reads on the list (9:1) but not on the selection (1.8:1).
        """
        if not self._view.selectionModel().isSelected(index):
            icon.paint(painter, area)
            return
        text_colour, _ground = self._row_colours(item, index)
        ratio = painter.device().devicePixelRatioF()
        inked_icon(icon, text_colour, area.width(), ratio).paint(painter, area)  # cached

    def _paint_texts(
        self,
        painter: QPainter,
        item: QStyleOptionViewItem,
        index: AnyIndex,
        title: str,
        area: QRect,
    ) -> None:
        text_colour, ground = self._row_colours(item, index)
        kind = index.data(Role.KIND)
        font = QFont(item.font)
        if kind == TreeKind.COLLECTION:
            font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        line = QRect(area.left(), area.top() + PADDING, area.width(), metrics.height())
        painter.setFont(font)
        quiet = secondary_colour(text_colour, ground)
        painter.setPen(text_colour if kind != TreeKind.POINT else quiet)
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(
            title, Qt.TextElideMode.ElideRight, line.width()
        ))  # fmt: skip
        detail = _second_line(index, kind)
        if detail:
            small = QFont(item.font)
            small.setPointSizeF(max(item.font.pointSizeF() - 1.5, 7.0))
            small_metrics = QFontMetrics(small)
            below = QRect(line.left(), line.bottom() + 2, line.width(), small_metrics.height())
            painter.setFont(small)
            painter.setPen(quiet)
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
        small.setWeight(QFont.Weight.DemiBold)  # thin digits this small antialias to a blur
        metrics = QFontMetrics(small)
        text = str(count)
        width = max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        height = metrics.height() + 2
        first_line = QFontMetrics(font).height()
        top = rect.top() + PADDING + (first_line - height) / 2
        badge = QRectF(rect.right() - width, top, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        filled = index.data(Role.KIND) == TreeKind.SPEECH
        fill, colour = self._badge_colours(item, index, filled=filled)
        if filled:
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

    def _row_colours(self, item: QStyleOptionViewItem, index: AnyIndex) -> tuple[QColor, QColor]:
        """The row's text colour and the ground under it, as the style paints the row."""
        return row_colours(
            item.palette,
            active=self._view.window().isActiveWindow(),
            selected=self._view.selectionModel().isSelected(index),
        )

    def _badge_colours(
        self, item: QStyleOptionViewItem, index: AnyIndex, *, filled: bool
    ) -> tuple[QColor, QColor]:
        """The badge's fill and its digits' colour (and outline's), at 4.5:1 on what is under
        the digits: the fill of a ``filled`` badge, the row under an outlined one.

        On a plain row the note count's pill is a wash of 朱 (a lighter one on a dark list);
        a filter's match count is outlined in the quiet grey of the rows' second lines (in 朱
        a column of them read as error marks); on a selected row a shade of the selection,
        away from the digits, which turn pale enough to read.
        """
        text, ground = self._row_colours(item, index)
        accent = accent_colour(item.palette) if filled else secondary_colour(text, ground)
        if self._view.selectionModel().isSelected(index):
            digits = readable_colour(accent, ground, toward=text)
            away = QColor("#000000" if digits.lightness() >= ground.lightness() else "#ffffff")
            fill = blend(ground, away, 0.22)
        else:
            fill = blend(ground, accent, (56 if is_dark(item.palette) else 34) / 255)
            digits = accent
        return fill, readable_colour(digits, fill if filled else ground, toward=text)

    def _badge_count(self, index: AnyIndex) -> int:
        kind = index.data(Role.KIND)
        if kind == TreeKind.SPEECH:
            return index.data(Role.NOTE_COUNT) or 0
        match_count = getattr(self._view.model(), "match_count", None)
        if kind == TreeKind.COLLECTION and match_count is not None:
            return match_count(index)
        return 0
