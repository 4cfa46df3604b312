"""What the reader draws over its text: highlights and notes, mark layers, the line flash.

A mixin of ``ReaderView`` kept apart so the view's file stays about showing and scrolling. The
annotations and marks given here become extra selections (``decorations``) and ticks on the
scroll bar (``scroll_ticks.ScrollBarMarks``, a transparent child of the bar made with the first
ticks, paints for each layer a short bar at the height of each range's first line, over the
highlights' and notes' own ticks); a note's end gets a small dot, painted over the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextBlock, QTextCursor

from desktop.core.annotation import Annotation
from desktop.gui.reader import decorations, visible
from desktop.gui.reader.balance import (
    BALANCE_INDENT,
    BALANCE_SPACED,
    centred_blocks,
    held_gap,
)

if TYPE_CHECKING:
    from desktop.gui.reader.scroll_ticks import AnnotationTick, ScrollBarMarks
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object

Range = tuple[int, int]
"""A ``str`` range of the speech's canonical text: start, end."""

DECORATED_PAGES = 2
"""Pages above and below the visible one whose annotations and marks are drawn in advance."""


class ReaderOverlays(_Base):
    """Annotations, mark layers and the flash drawn over the reader's text and scroll bar."""

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Draw these annotations (the speech's live ones; orphans and trash are skipped)."""
        self._annotations = list(annotations)
        self._shown = decorations.AnnotationIndex(
            decorations.drawable(self._annotations, len(self._text))
        )
        if self._current_annotation and self._shown.by_id(self._current_annotation) is None:
            self._current_annotation = None
        self._refresh_decorations()
        self._refresh_annotation_ticks()
        self._update_action_state()

    def annotations_at(self, offset: int) -> list[str]:
        """Ids of the annotations covering the character at ``offset``, innermost first."""
        return [item.id for item in self._shown.at(offset)]

    def set_marks(self, layer: str, ranges: list[Range], current: int | None = None) -> None:
        """Mark ``ranges`` as layer ``layer`` ("search", "term"…); ``current`` drawn stronger."""
        length = len(self._text)
        clamped = [(max(s, 0), min(e, length)) for s, e in ranges if min(e, length) > max(s, 0)]
        self._marks[layer] = (clamped, current)
        self._refresh_decorations()
        self._refresh_scroll_marks()

    def clear_marks(self, layer: str) -> None:
        """Remove every mark of ``layer``."""
        if self._marks.pop(layer, None) is not None:
            self._refresh_decorations()
            self._refresh_scroll_marks()

    def marks(self, layer: str) -> list[Range]:
        """The ranges marked in ``layer``."""
        return list(self._marks.get(layer, ([], None))[0])

    def scroll_mark_fractions(self, layer: str) -> list[float]:
        """Where the ticks of ``layer`` sit on the scroll bar (0 top … 1 bottom)."""
        made = self._scroll_marks_made
        return made.layer(layer) if made is not None else []

    def annotation_ticks(self) -> list[AnnotationTick]:
        """The highlights' and notes' ticks on the scroll bar, under the marks' ticks."""
        made = self._scroll_marks_made
        return made.annotation_ticks() if made is not None else []

    @property
    def _scroll_marks(self) -> ScrollBarMarks:
        """What paints the ticks over the scroll bar, made with the first ticks: the first frame
        shows none (``scroll_ticks`` loads after it)."""
        if self._scroll_marks_made is None:
            from desktop.gui.reader.scroll_ticks import ScrollBarMarks

            self._scroll_marks_made = ScrollBarMarks(self.verticalScrollBar())
            self._scroll_marks_made.show()  # a child made after its parent shows is hidden
        return self._scroll_marks_made

    def _clear_annotation_ticks(self) -> None:
        if self._scroll_marks_made is not None:
            self._scroll_marks_made.set_annotation_ticks([])

    def _refresh_annotation_ticks(self, later: bool = False) -> None:
        """The highlights' and notes' ticks on the scroll bar (``scroll_ticks``): now if the
        page is laid out to its end, else once Qt has laid it out (it goes on after the first
        page, in steps; the timer looks again). Placed at once, a long report just opened
        would be laid out whole before its first page showed, and the first frame wait."""
        self._ticks_timer.stop()
        if not len(self._shown):
            self._clear_annotation_ticks()
            return
        if not self._page_painted:
            return  # nothing before the first frame: its paint starts the timer
        if later or not self._laid_out():
            self._ticks_timer.start()
            return
        from desktop.gui.reader.scroll_ticks import TickPlaces

        if self._tick_places is None:
            self._tick_places = TickPlaces()
        shown, theme = self._shown, self._style.theme
        ticks = self._tick_places.ticks(self.document(), self._line_top, shown, theme)
        self._scroll_marks.set_annotation_ticks(ticks)

    def _laid_out(self) -> bool:
        """Whether Qt has laid the page out to its last paragraph."""
        return self.document().lastBlock().layout().lineCount() > 0

    def _refresh_decorations(self) -> None:
        """Draw the annotations and marks on the pages around the visible one.

        Only those: Qt lays a long speech out bit by bit after the visible page, and placing
        an extra selection lays the text out down to it (300 highlights over a report were
        the whole report laid out at its opening). Scrolling past them draws the next pages.
        """
        if not (len(self._shown) or self._marks or self._flash_range is not None):
            self._decorated = (0, len(self._text))  # nothing to draw anywhere
            self.setExtraSelections([])
            return
        colours = self._style.theme
        document, utf16 = self.document(), self._utf16
        start, end = self._decorated = self._text_around_view(DECORATED_PAGES)
        shown = self._shown.overlapping(start, end)
        selections = decorations.annotation_selections(document, utf16, shown, colours)
        for layer, (ranges, current) in self._marks.items():
            near, near_current = decorations.marks_within(ranges, current, start, end)
            selections += decorations.mark_selections(
                document, utf16, layer, near, colours, near_current
            )
        if self._flash_range is not None:
            selections += decorations.range_flash_selections(
                document, utf16, *self._flash_range, colours
            )
        self.setExtraSelections(selections)

    def _follow_view_with_decorations(self) -> None:
        """Draw the pages around the view anew once the visible one leaves the drawn ones."""
        start, end = self._text_around_view(0)
        if not (self._decorated[0] <= start and end <= self._decorated[1]):
            self._refresh_decorations()

    def _text_around_view(self, pages: int) -> Range:
        """The ``str`` range from ``pages`` pages above the visible one to as many below it
        (laying the text out only that far)."""
        if not self._text:
            return 0, 0
        height, top = self.viewport().height(), self.verticalScrollBar().value()
        first, last = visible.text_between(
            self.document(), top - pages * height, top + (pages + 1) * height
        )
        return self._utf16.to_str(first), self._utf16.to_str(last)

    def _refresh_scroll_marks(self, later: bool = False) -> None:
        """The mark layers' ticks: now if the page is laid out to its end, else once Qt has
        laid it out, as the annotations' ticks. ``documentSize`` lays a long speech out whole
        (a 220,000-character one some 65 ms at each resize), where Qt goes bit by bit."""
        self._marks_timer.stop()
        made = self._scroll_marks_made
        for layer in set(made.layers() if made is not None else ()) - set(self._marks):
            self._scroll_marks.set_layer(layer, self._style.theme.mark(layer), [])
        if not self._marks:
            return
        if later or not self._laid_out():
            self._marks_timer.start()
            return
        layout = self.document().documentLayout()
        height = max(layout.documentSize().height(), 1.0)
        for layer, (ranges, _current) in self._marks.items():
            fractions = [min(self._line_top(start) / height, 1.0) for start, _end in ranges]
            self._scroll_marks.set_layer(layer, self._style.theme.mark(layer), fractions)

    def flash_range(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` for a moment: where a link (a note, its mark) led."""
        self._flash_range = (start, end)
        self._refresh_decorations()
        self._flash_timer.start()

    def flashed_range(self) -> Range | None:
        """The range marked for a moment, while it is."""
        return self._flash_range

    def flashed_offset(self) -> int | None:
        """The offset whose line is marked for a moment (where a jump landed), while it is."""
        return self._flash_offset

    def _flash_line(self, offset: int) -> None:
        """Mark the line holding ``offset`` for a moment: where a jump landed."""
        self._flash_offset = offset
        self.viewport().update()
        self._flash_timer.start()

    def _end_flash(self) -> None:
        if self._flash_offset is not None:
            self._flash_offset = None
            self.viewport().update()
        if self._flash_range is not None:
            self._flash_range = None
            self._refresh_decorations()

    def _flash_band(self) -> QRectF | None:
        """The band across the page behind the flashed line, in viewport coordinates.

        Painted here, not as Qt's full-width selection: on a centred line that ran from its
        first character past its end only, and a held line's blank cut a hole in it, which
        left a block of its own at the right of a title (and a sliver on the next line).
        """
        if self._flash_offset is None:
            return None
        document = self.document()
        position = self._utf16.to_utf16(self._flash_offset)
        block = document.findBlock(position)
        if not block.isValid():
            return None
        index = min(position - block.position(), max(block.length() - 1, 0))
        line = block.layout().lineForTextPosition(index)
        if not line.isValid():
            return None
        top = document.documentLayout().blockBoundingRect(block).top() + line.y()
        top -= self.verticalScrollBar().value()
        return QRectF(0, top, self.viewport().width(), line.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The flashed line's band under the text, the text and the title over it (when not a
        line of it), then a small dot at the end of every visible note."""
        if not self._page_painted:
            self._page_painted = True  # the first frame is out: the scroll bar's ticks may come
            self._ticks_timer.start()
        band = self._flash_band()
        if band is not None and band.intersects(QRectF(event.rect())):
            painter = QPainter(self.viewport())
            painter.fillRect(band, decorations.line_flash_colour(self._style.theme))
            painter.end()
        super().paintEvent(event)
        self._paint_held_gaps(event, band)
        if self._at_line_end():
            painter = QPainter(self.viewport())
            self._caret_keys.paint(painter)
            painter.end()
        if self._title_plate is not None:
            painter = QPainter(self.viewport())
            scrolled = self.verticalScrollBar().value()
            self._title_plate.paint(painter, self.document(), scrolled, self.palette())
            painter.end()
        if not any(item.has_note for item in self._shown):
            return
        first, last = self._text_around_view(0)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._style.theme.color("accent"))
        radius = max(2.0, self._style.em / 9)
        for item in self._shown:
            if item.has_note and first <= item.end and item.start <= last:
                corner = self._note_end_corner(item.end)
                painter.drawEllipse(corner + QPointF(radius, radius), radius, radius)
        painter.end()

    def _paint_held_gaps(self, event: QPaintEvent, band: QRectF | None) -> None:
        """The page again over the blank after a title's held first line (``held_gap``),
        and the flashed line's ``band`` where it crosses it."""
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        held = (held_gap(block) for block in centred_blocks(self.document()))
        gaps = [gap.translated(-offset) for gap in held if gap is not None]
        shown = [gap for gap in gaps if gap.intersects(QRectF(event.rect()))]
        if not shown:
            return
        painter = QPainter(self.viewport())
        for gap in shown:
            painter.fillRect(gap, self._style.theme.color("background"))
            if band is not None and band.intersects(gap):
                painter.fillRect(
                    band.intersected(gap), decorations.line_flash_colour(self._style.theme)
                )
        painter.end()

    def _note_end_corner(self, end: int) -> QPointF:
        """The top of the caret after a note's last character, on that character's line.

        Where a line wraps, the position after its last character is also the next line's
        first, and ``cursorRect`` puts it there: the dot would mark the wrong line.
        """
        after = self.cursorRect(self._cursor_at(end))
        if end == 0:
            return QPointF(after.topLeft())
        last_char = self._cursor_at(end - 1)
        last = self.cursorRect(last_char)
        if last.top() == after.top():
            return QPointF(after.topLeft())
        return QPointF(last.left() + self._advance(last_char, end), last.top())

    def _advance(self, cursor: QTextCursor, end: int) -> float:
        """How far the caret moves from ``cursor`` to ``str`` offset ``end`` on cursor's line,
        up to the last glyph: a held line's spacing after its last character is left out."""
        block = cursor.block()
        start = cursor.position() - block.position()
        stop = min(self._cursor_at(end).position() - block.position(), block.length() - 1)
        line = block.layout().lineForTextPosition(start)
        advance = line.cursorToX(stop)[0] - line.cursorToX(start)[0]
        return advance - _held_spacing(block, start, stop)


def _held_spacing(block: QTextBlock, start: int, stop: int) -> float:
    """The spacing holding ``block``'s first line short, if its held character lies in the
    block positions ``start``–``stop`` (else 0): Qt counts it in that character's advance."""
    fmt = block.blockFormat()
    spaced, spacing = fmt.property(BALANCE_SPACED), fmt.property(BALANCE_INDENT)
    if spaced is None or not spacing or not start <= int(spaced) < stop:
        return 0.0
    return float(spacing)
