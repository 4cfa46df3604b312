"""One side of the compare window: a speech set as the reader sets it, its changes marked.

The page is the reader's own, made as the reader makes it (``reader.document.build_page`` in
its two halves: the draft, plain Python, which the compare window has a worker make, then the
document), read-only; a new theme or size restyles it as the reader does (``style_page``).
Deleted text is marked in the old pane, inserted text in the new one: a fill of the theme
(orange for what went, blue for what came: two hues told apart by colour-blind eyes too, as by
lightness on every theme) and, for those who see neither, a line through what went and under
what came. Where the other side has text this side lacks (a paragraph inserted, seen from the
old pane) a bar of that text's colour stands at the place. Offsets are ``str`` indices into
the canonical text, converted to the page's positions (UTF-16, around the hints) by its
``HintedMap``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from desktop.core.offsets import HintedMap, Rounding
from desktop.core.records import SpeechContent
from desktop.gui.reader.document import (
    PageDraft,
    PagePlan,
    ReaderStyle,
    draft_page,
    page_from_draft,
    style_page,
)
from desktop.gui.reader.line_hints import page_map
from desktop.gui.reader.visible import text_between

DELETED = "deleted"
INSERTED = "inserted"

# (deleted, inserted) fills, #aarrggbb, by theme: translucent over the page so the words keep
# the theme's colour; on the dark page stronger, as its highlights are.
CHANGE_FILLS: dict[str, tuple[str, str]] = {
    "light": ("#59f76707", "#4d1c7ed6"),
    "sepia": ("#5ce8590c", "#4d1971c2"),
    "dark": ("#80d9480f", "#8c1c7ed6"),
}


def change_colour(kind: str, theme_name: str) -> QColor:
    """The fill of a change of ``kind`` in theme ``theme_name`` (translucent)."""
    deleted, inserted = CHANGE_FILLS.get(theme_name, CHANGE_FILLS["light"])
    return QColor(deleted if kind == DELETED else inserted)


def change_format(kind: str, theme_name: str) -> QTextCharFormat:
    """How a change of ``kind`` looks in theme ``theme_name``: its fill, struck or underlined."""
    fmt = QTextCharFormat()
    fmt.setBackground(change_colour(kind, theme_name))
    if kind == DELETED:
        fmt.setFontStrikeOut(True)
    else:
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    return fmt


class ComparePane(QTextEdit):
    """A read-only page showing one speech, its changes marked, that can go to an offset."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text = ""
        self._map = HintedMap("")
        self._style = ReaderStyle()
        self._built: QTextDocument | None = None
        self._plan: PagePlan | None = None
        self._points: list[int] = []  # UTF-16 positions of the other side's text this one lacks
        self._point_colour = QColor()

    @property
    def text(self) -> str:
        """The canonical text shown."""
        return self._text

    def show_speech(self, content: SpeechContent, style: ReaderStyle) -> None:
        """Show ``content`` set in the reader's ``style`` (its theme and font size)."""
        self.show_page(draft_page(content, style), content.text, style)

    def show_page(self, draft: PageDraft, text: str, style: ReaderStyle) -> None:
        """Show the page of ``draft`` (of canonical ``text``) set in ``style``."""
        document, self._plan = page_from_draft(draft, style, self)
        self._text = text
        self._map = page_map(document, text)
        self._style = style
        self.setDocument(document)
        if self._built is not None:  # the page shown before a swap (Qt deletes only its own)
            self._built.deleteLater()
        self._built = document
        self._points = []
        self._set_palette()

    def restyle(self, style: ReaderStyle) -> None:
        """Set the page shown in ``style``, of the same text (a theme or zoom), as the reader
        does (``reader.styling``): its document kept, no text set again. Marks go with the old
        style's formats: mark again."""
        if self._plan is None:
            return
        self._style = style
        document = self.document()
        size = document.pageSize()
        # As the reader's restyle: at the top while laid out again, and with no page size, so
        # Qt lays the page out lazily as a new one rather than all of it on each edit.
        self.verticalScrollBar().setValue(0)
        document.setPageSize(QSizeF())
        style_page(document, self._plan, style)
        document.setPageSize(size)
        self._points = []
        self._set_palette()

    def _set_palette(self) -> None:
        palette = self._style.theme.palette(QApplication.palette())
        self.setPalette(palette)
        self.verticalScrollBar().setPalette(palette)

    def mark_changes(self, ranges: Iterable[tuple[int, int]], kind: str) -> None:
        """Mark each ``(start, end)`` of the text as a change of ``kind`` (deleted, inserted)."""
        fmt = change_format(kind, self._style.theme_name)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end in ranges:
            if start < end:
                first, last = self._map.range_to_utf16(start, end)
                cursor.setPosition(first)
                cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def mark_points(self, offsets: Iterable[int], kind: str) -> None:
        """Mark each offset as where the other side holds text of ``kind`` this one lacks."""
        self._points = sorted(self._map.to_utf16(offset) for offset in offsets)
        colour = change_colour(kind, self._style.theme_name)
        colour.setAlpha(255)  # a thin bar: drawn solid to be seen at all
        self._point_colour = colour
        self.viewport().update()

    def change_points(self) -> list[int]:
        """The offsets marked by ``mark_points``."""
        return [self._map.to_str(position) for position in self._points]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """The page, then a bar at each point in view where the other side has more text."""
        super().paintEvent(event)
        if not self._points:
            return
        viewport = self.viewport()
        # The points in view found among the blocks in view, found as the reader finds them
        # (``visible``): laying out no more than down to the view. (A hit test at the view's
        # corners reads a page not laid out yet as all at the top; a bisection of every
        # point by its caret's place laid half the page out on each paint.)
        top = self.verticalScrollBar().value()
        start, end = text_between(self.document(), top, top + viewport.height())
        first = bisect_left(self._points, start)
        last = bisect_right(self._points, end)
        if first >= last:
            return
        painter = QPainter(viewport)
        for position in self._points[first:last]:
            rect = self._point_rect(position)
            painter.fillRect(
                QRectF(rect.left() - 1, rect.top(), 3, rect.height()), self._point_colour
            )
        painter.end()

    def _point_rect(self, position: int) -> QRect:
        """The caret's rectangle at UTF-16 ``position``, in the view's coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor)

    def select_range(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select ``text[start:end]`` (a caret at ``start`` when empty) and, unless ``scroll``
        is false, bring it in sight."""
        first, last = self._map.range_to_utf16(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.setTextCursor(cursor)  # Qt brings the cursor in sight
        if scroll:
            self.scroll_to(start, fraction=1 / 3)
        else:
            bar.setValue(kept)

    def selected_range(self) -> tuple[int, int]:
        """The selection as ``str`` offsets (equal when nothing is selected)."""
        cursor = self.textCursor()
        return (
            self._map.to_str(cursor.selectionStart()),
            self._map.to_str(cursor.selectionEnd(), Rounding.CEIL),
        )

    def top_offset(self) -> tuple[int, int]:
        """The offset of the line at the top of the view, and how far (pixels) that line
        starts above the view's top."""
        # Found by the blocks' places, which Qt lays out as they are asked for: a hit test
        # (cursorForPosition) on a long page not laid out yet took a block far down for the
        # top, and a zoom or the other pane's following sent the view there.
        document, layout = self.document(), self.document().documentLayout()
        top = self.verticalScrollBar().value()
        numbers = range(document.blockCount())
        number = bisect_right(
            numbers,
            top,
            key=lambda n: layout.blockBoundingRect(document.findBlockByNumber(n)).bottom(),
        )
        block = document.findBlockByNumber(min(number, document.blockCount() - 1))
        block_top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        line = lines.lineAt(0) if lines.lineCount() else None
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            if block_top + line.y() + line.height() > top:
                break
        start = block.position() + (line.textStart() if line is not None else 0)
        line_top = block_top + (line.y() if line is not None else 0) - top
        return self._map.to_str(start), round(-line_top)

    def place(self) -> tuple[int, int] | None:
        """Where the view stands (``top_offset``), None at the page's top."""
        return self.top_offset() if self.verticalScrollBar().value() > 0 else None

    def go_to_place(self, place: tuple[int, int] | None) -> None:
        """Back to a ``place`` (the page's top for None) after the page was set again."""
        if place is None:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to(place[0], above=place[1])

    def scroll_to(self, offset: int, *, fraction: float = 0.0, above: int = 0) -> None:
        """Scroll so the line of ``offset`` stands ``fraction`` of the way down the view, or
        ``above`` pixels above its top (``top_offset`` of another pane)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(min(max(offset, 0), len(self._text))))
        line_top = self.cursorRect(cursor).top()
        bar = self.verticalScrollBar()
        target = line_top - round(self.viewport().height() * fraction) + above
        bar.setValue(bar.value() + target)
