"""How the annotations dock paints a row: a colour bar, the quote, a note preview, tags and time.

A group row (a speech, or the passages not found) is a small heading with a count. Row heights
follow the view's width: the quote takes up to two lines, the note one (its first line, "…" when
more follows: the editor under the list shows it whole), the tags and time one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.annotation import AnchorState
from desktop.gui.actions import SWATCHES
from desktop.gui.annotation_paint_cache import Fonts, PaintCache, RowInks, small_font
from desktop.gui.app_theme import focus_colour, row_colours, warning_colour
from desktop.models import AnyIndex
from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotation_roles import Column, Role
from desktop.models.annotation_text import note_preview, words_changed_label
from desktop.models.speech_labels import speech_label

translate = QCoreApplication.translate

PAD = 8
"""Space around a row's content, in pixels."""
BAR = 4
"""Width of the colour bar."""
QUOTE_LINES = 2
_HEIGHTS_KEPT = 100_000
GAP = 3
"""Space between a row's lines."""
FOCUS_WIDTH = 2
"""Pixels of the ring on the row the keyboard is on, as wide as the list's own."""


def elided_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """``text`` wrapped into at most ``lines`` lines of ``width`` pixels, the last one elided."""
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    # A long Latin word or URL in a narrow dock breaks anywhere rather than overflowing.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    found: list[str] = []
    while len(found) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(found) == lines - 1:
            rest = text[start:]
            found.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            found.append(text[start : start + length].rstrip())  # trailing spaces are unseen
    layout.endLayout()
    return found


def elided_heading(text: str, font: QFont, width: int) -> str:
    """A group's heading fitted to ``width`` pixels, cut in its collection's title first.

    Speeches of several collections are headed "collection › No. 5 · title": cut at the right,
    every heading of a long collection's title read the same ("…(精选7篇) › N…"), the speech's
    number, the one thing telling them apart, gone.
    """
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:
        return text
    separator = speech_label("%2", collection="%1").replace("%1", "").replace("%2", "")
    collection, found, speech = text.partition(separator)
    if not found or not collection or not speech:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    tail = found + speech
    room = width - metrics.horizontalAdvance(tail)
    if room < metrics.horizontalAdvance(collection[:2] + "…"):
        return metrics.elidedText("…" + tail, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(collection, Qt.TextElideMode.ElideRight, room) + tail


def note_line(note: str, font: QFont, width: int) -> str:
    """A card's note line: "✎", the note's first line, and "…" when more of it follows
    (lines after it, or words cut at ``width``); empty for a note without text."""
    preview = note_preview(note)
    if not preview:
        return ""
    return QFontMetrics(font).elidedText("✎ " + preview, Qt.TextElideMode.ElideRight, width)


def quote_line_count(text: str, font: QFont, width: int, most: int) -> int:
    """How many lines ``elided_lines`` gives ``text`` (at least one), without laying it out
    unless it is a close call: far narrower than ``width`` is one line, far wider is two or
    more. Within a pixel, rounding decides, so the layout does."""
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if most <= 1 or advance <= width - 1:
        return 1
    if most == 2 and advance > width + 1:  # noqa: PLR2004 - the second line takes the rest
        return 2
    return max(len(elided_lines(text, font, width, most)), 1)


class AnnotationDelegate(QStyledItemDelegate):
    """Paints annotation rows and group headings for the dock's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Row heights by (quote, has a note, width, font): a view lays out every row to size
        # its scroll bar, again after each filter, sort or resize, and "all speeches" may hold
        # tens of thousands. The key holds what the height depends on, so nothing goes stale.
        self._heights: dict[tuple[str, bool, int, str], int] = {}
        # A group heading's height depends on the font only: thousands of headings, one font.
        self._heading_heights: dict[str, int] = {}
        self._last_heading: tuple[QFont, int] | None = None
        # Fonts, inks and fitted texts shared by the rows of a paint and the paints after it.
        self._cache = PaintCache()

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show quotes with full-width punctuation (or not): the rows are laid out again, as
        full-width marks are wider; the model, and what a copy takes, keep the quotes."""
        if enabled != self._cache.fullwidth:
            self._cache.fullwidth = enabled
            self.sizeHintChanged.emit(QModelIndex())

    # Fonts and sizes ----------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Two quote lines at most, a note line when there is a note, and a line of tags/time."""
        if _is_group(index):
            return QSize(option.rect.width(), self.heading_height(option.font))
        quote = self._cache.shown(_quote_text(index))
        key = (quote, bool(index.data(Role.NOTE)), self._width_for(option))
        full_key = (*key, option.font.key())
        height = self._heights.get(full_key)
        if height is None:
            if len(self._heights) > _HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[full_key] = self._row_height(option.font, *key)
        return QSize(option.rect.width(), height)

    def heading_height(self, font: QFont) -> int:
        """A group heading's height in ``font``: one line of its metrics, never its text."""
        # Asked of each of thousands of headings in one font: comparing fonts is far cheaper
        # than building the key of one (a string) each time.
        if self._last_heading is not None and font == self._last_heading[0]:
            return self._last_heading[1]
        key = font.key()
        height = self._heading_heights.get(key)
        if height is None:
            height = self._heading_heights[key] = QFontMetrics(font).height() + 2 * PAD - 2
        self._last_heading = (QFont(font), height)
        return height

    def _row_height(self, font: QFont, quote: str, has_note: bool, width: int) -> int:
        metrics, small = QFontMetrics(font), QFontMetrics(small_font(font))
        lines = quote_line_count(quote, font, width, QUOTE_LINES)
        height = PAD + lines * metrics.lineSpacing()
        if has_note:
            height += GAP + metrics.lineSpacing()
        return height + GAP + small.lineSpacing() + PAD

    def _width_for(self, option: QStyleOptionViewItem) -> int:
        # sizeHint gets no useful rect from QTreeView: measure from the viewport instead.
        view = option.widget
        width = option.rect.width()
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width() - getattr(view, "indentation", lambda: 0)()
        return max(width - 2 * PAD - BAR - PAD, 40)

    # Painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """A group heading or an annotation card."""
        # No initStyleOption: it asks the model for seven roles a row (its text, its colour as
        # an icon, font, alignment, brushes, check state) that neither the card nor the style's
        # panel uses (the model gives no font or brushes); the view's option has all they do.
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = option.widget.style() if option.widget is not None else None
        if index.data(Role.IS_GROUP):
            self._paint_group(painter, option, index)
        else:
            if style is not None:
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
                )
            self._paint_annotation(painter, option, index)
        if _keyboard_is_on(option):
            _paint_focus(painter, option)
        painter.restore()

    def _paint_group(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        palette = option.palette
        rect = option.rect.adjusted(PAD, 0, -PAD, 0)
        fonts = self._cache.fonts(option.font)
        font = fonts.bold
        orphans = bool(index.data(Role.IS_ORPHAN_GROUP))
        painter.setFont(font)
        painter.setPen(
            warning_colour(palette) if orphans else palette.color(QPalette.ColorRole.WindowText)
        )
        model = index.model()
        shown = model.group_count(index) if isinstance(model, AnnotationFilter) else None
        count = f"  {index.data(Role.GROUP_COUNT) if shown is None else shown}"
        room = rect.width() - fonts.small_metrics.horizontalAdvance(count)
        # A speech's label: made of its titles as the page shows them (the window's labels).
        heading = index.data() or ""
        # The separator is in the key: a language change cuts the heading again.
        key = ("heading", heading, fonts.key, room, speech_label("%2", collection="%1"))
        title = self._cache.line(key, lambda: elided_heading(heading, font, room))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(fonts.small)
        ground = palette.color(QPalette.ColorRole.Base)
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(self._cache.count_colour(placeholder, ground))
        title_width = fonts.bold_metrics.horizontalAdvance(title)
        painter.drawText(
            rect.adjusted(title_width, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            count,
        )

    def _paint_annotation(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        text_colour, ground = _row_colours(option)
        fonts = self._cache.fonts(option.font)
        inks = self._cache.inks(text_colour, ground, warning_colour(option.palette))
        muted = inks.muted
        rect = option.rect
        self._paint_bar(painter, rect, index.data(Role.COLOR))
        left = rect.left() + PAD + BAR + PAD
        # the width sizeHint measured (_width_for): rect.right() is one pixel short of the edge,
        # and a quote of Chinese, its characters all one width, often fills a line exactly
        width = rect.left() + rect.width() - PAD - left
        y = rect.top() + PAD
        metrics = fonts.metrics
        painter.setFont(option.font)
        quote = self._cache.shown(_quote_text(index))
        quote_lines = self._cache.lines(
            ("quote", quote, fonts.key, width),
            lambda: elided_lines(quote, option.font, width, QUOTE_LINES),
        )
        painter.setPen(text_colour if index.data(Role.QUOTE) else muted)
        for line in quote_lines or [""]:
            painter.drawText(QRect(left, y, width, metrics.lineSpacing()), 0, line)
            y += metrics.lineSpacing()
        text = index.data(Role.NOTE) or ""
        note = self._cache.line(
            ("note", text, fonts.key, width) if text else ("",),
            lambda: note_line(text, option.font, width),
        )
        if note:
            y += GAP
            painter.setPen(muted)
            painter.drawText(QRect(left, y, width, metrics.lineSpacing()), 0, note)
            y += metrics.lineSpacing()
        area = QRect(left, y + GAP, width, 0)
        self._paint_meta(painter, index, area, (text_colour, ground), (fonts, inks))

    def _paint_bar(self, painter: QPainter, rect: QRect, color: str | None) -> None:
        fill = QColor(SWATCHES.get(color or "", "#9e9e9e")) if color else QColor("#9e9e9e")
        bar = QRectF(rect.left() + PAD, rect.top() + PAD, BAR, rect.height() - 2 * PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bar, BAR / 2, BAR / 2)

    def _paint_meta(
        self,
        painter: QPainter,
        index: AnyIndex,
        area: QRect,
        colours: tuple[QColor, QColor],
        fonts_inks: tuple[Fonts, RowInks],
    ) -> None:
        """Tags as chips on the left; the state badge, the words-changed mark and the time on
        the right, each readable on the row (``colours``: its text and ground)."""
        fonts, inks = fonts_inks
        small = fonts.small_metrics
        painter.setFont(fonts.small)
        height = small.lineSpacing()
        right = area.right()
        time_text = index.data(Role.TIME_TEXT) or ""
        painter.setPen(inks.muted)
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), height),
            Qt.AlignmentFlag.AlignRight,
            time_text,
        )
        right -= small.horizontalAdvance(time_text) + PAD
        # Orphans sit under a heading that already says their passage was not found.
        orphan = index.data(Role.STATE) == AnchorState.ORPHANED
        state = "" if orphan else index.siblingAtColumn(Column.STATE).data() or ""
        # The words differ from those marked (even on an orphan): say so beside the state.
        changed = words_changed_label() if index.data(Role.MARKED_QUOTE) else ""
        for badge in (state, changed):
            if badge:
                painter.setPen(inks.badge)
                width = small.horizontalAdvance(badge)
                painter.drawText(QRect(right - width, area.top(), width, height), 0, badge)
                right -= width + PAD
        self._paint_tags(painter, index.data(Role.TAGS) or (), small, area, right, inks)

    def _paint_tags(
        self,
        painter: QPainter,
        tags: tuple[str, ...],
        small: QFontMetrics,
        area: QRect,
        right: int,
        inks: RowInks,
    ) -> None:
        x, height = area.left(), small.lineSpacing()
        for tag in tags:
            width = small.horizontalAdvance(tag) + 2 * PAD - 2
            if x + width > right:
                painter.setPen(inks.chip_text)
                painter.drawText(QRect(x, area.top(), right - x, height), 0, "…")
                return
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(inks.chip)
            painter.drawRoundedRect(QRectF(x, area.top(), width, height), height / 2, height / 2)
            painter.setPen(inks.chip_text)
            painter.drawText(QRect(x, area.top(), width, height), Qt.AlignmentFlag.AlignCenter, tag)
            x += width + GAP + 1


def _row_colours(option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
    """A card's text colour and the ground under it, as the style paints the card."""
    state = option.state
    return row_colours(
        option.palette,
        active=bool(state & QStyle.StateFlag.State_Active),
        selected=bool(state & QStyle.StateFlag.State_Selected),
    )


def _is_group(index: AnyIndex) -> bool:
    model = index.model()
    if isinstance(model, AnnotationFilter):
        return model.is_group(index)  # thousands of headings: not each through the source
    return bool(index.data(Role.IS_GROUP))


def _quote_text(index: AnyIndex) -> str:
    quote = index.data(Role.QUOTE) or ""
    if quote:
        return " ".join(quote.split())
    return translate("AnnotationDelegate", "Note on the whole speech")


def _keyboard_is_on(option: QStyleOptionViewItem) -> bool:
    """Whether the row is the list's current one, the list has the keyboard and the keyboard
    has moved in its window: a mouse user's click shows its selection only, as Fusion does."""
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus) and bool(
        state & QStyle.StateFlag.State_KeyboardFocusChange
    )


def _paint_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A ring inside the row the keyboard is on. The style draws none for this delegate, so a
    keyboard user who came to the list by F6 or Tab saw no row marked, and ↓ then went to the
    second one. On a chosen row it takes the chosen text's colour (the list chooses the row Tab
    or F6 makes current); Ctrl+arrows move the keyboard without choosing."""
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    colour = (
        palette.color(QPalette.ColorRole.HighlightedText) if selected else focus_colour(palette)
    )
    painter.setPen(QPen(colour, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_WIDTH / 2
    painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
