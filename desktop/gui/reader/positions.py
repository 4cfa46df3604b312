"""Where the reader is in its speech, and scrolling to a place: jumps, hits, the line read; the
selection and the caret as ``str`` offsets (a range selected, whole sentences, a caret's place).

A mixin of ``ReaderView`` kept apart so the view's file stays about what it shows. A jump
leaves a line of room above its target, a passage (a hit, an annotation) comes a third of the
way down; ``_anchor`` remembers the place last scrolled (or revealed) to, so a re-flow (a resize,
a new font size) shows it again and the reading position names it until the page is moved: after
a jump to a hit the breadcrumb and the tree name the hit's section, not the one at the page's top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Slot
from PySide6.QtGui import QTextCursor

from desktop.gui.reader import visible
from desktop.gui.reader.document import LINE_HEIGHT_EM

if TYPE_CHECKING:
    from desktop.gui.reader.overlays import Range
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object


class ReaderPositions(_Base):
    """The reading position, jumps to offsets and scrolling a place into view; the selection
    and the caret at offsets."""

    def _line_top(self, offset: int) -> float:
        """The y (document coordinates) of the top of the line holding ``offset``."""
        document = self.document()
        position = self._utf16.to_utf16(offset)
        block = document.findBlock(position)
        if not block.isValid():
            block = document.lastBlock()
        rect = document.documentLayout().blockBoundingRect(block)  # lays the block out if needed
        line = block.layout().lineForTextPosition(min(position - block.position(), block.length()))
        if not line.isValid() or line.lineNumber() == 0:
            # A paragraph's first line: show the space above it too (the page top for the first).
            return 0.0 if block == document.firstBlock() else rect.top()
        return block.layout().position().y() + line.y()

    def line_screen_rect(self, offset: int) -> QRect:
        """The band of the page across the line holding ``offset``, in screen coordinates (a
        dialog over the page keeps clear of a line just opened)."""
        rect = self.cursorRect(self._cursor_at(offset))
        band = QRect(0, rect.top(), self.viewport().width(), rect.height())
        return band.translated(self.viewport().mapToGlobal(band.topLeft()) - band.topLeft())

    def _headroom(self, passage: bool = False) -> float:
        """How far below the page's top a jump puts its line: one body line, so the reader
        sees where it came in (as find in a browser does); a passage a third of the way down,
        read with what leads up to it."""
        line = LINE_HEIGHT_EM * self._style.em
        return max(line, self.viewport().height() / 3) if passage else line

    def put_caret(self, offset: int) -> None:
        """Have the caret at a passage jumped to (a hit, an annotation) when the keyboard next
        comes to the page: Escape or F6 back then finds the keys there (1–5, N, the menu key
        on its highlight; Shift+arrows from it), not at the page's top. Only then, and only
        while the passage is in sight: moving the caret now would scroll, and lay out text."""
        self._caret_due = min(max(offset, 0), len(self._text))

    def _take_caret_due(self) -> bool:
        """Put the caret at the passage jumped to, if there is one in sight; whether it did."""
        due, self._caret_due = self._caret_due, None
        if due is None:
            return False
        cursor = self._cursor_at(due)
        if not self.viewport().rect().intersects(self.cursorRect(cursor)):
            return False
        self.setTextCursor(cursor)
        return True

    def scroll_to_offset(self, offset: int, mark: bool = False, *, passage: bool = False) -> None:
        """Bring the line holding ``offset`` near the top, a line below it (a third of the
        page down for a ``passage``: a hit, an annotation); ``mark`` flashes it briefly."""
        offset = min(max(offset, 0), len(self._text))
        scroll_bar = self.verticalScrollBar()
        target = round(self._line_top(offset) - self._headroom(passage))
        self._let_scroll_bar_reach(target)
        scroll_bar.setValue(target)
        self._anchor = (offset, scroll_bar.value(), passage)
        if mark:
            self._flash_line(offset)

    def shows_end(self) -> bool:
        """Whether the speech's last line is in sight."""
        # Only when the last block is at the page's bottom: placing a cursor at the end
        # lays out the whole speech at once (~0.1 s for 500,000 characters), which Qt
        # otherwise does bit by bit after the visible page.
        viewport = self.viewport()
        bottom = self.verticalScrollBar().value() + viewport.height()
        if visible.block_at(self.document(), bottom) != self.document().lastBlock():
            return False
        end = QTextCursor(self.document())
        end.movePosition(QTextCursor.MoveOperation.End)
        return self.cursorRect(end).bottom() <= viewport.height()

    def _let_scroll_bar_reach(self, value: int) -> None:
        """Make room for ``value`` on the scroll bar, with the page below it laid out.

        Qt sets the range from the text laid out so far, a little later: far into a speech
        just opened, the bar would stop short and the page show the speech's top. Once the
        text is laid out to its end, no further than the range Qt will set: a bar held
        longer came and went with each re-flow, each one a resize that placed it again.
        """
        scroll_bar = self.verticalScrollBar()
        if value > scroll_bar.maximum():
            document = self.document()
            height = self.viewport().height()
            if visible.block_at(document, value + height) == document.lastBlock():
                size = document.documentLayout().documentSize().toSize()  # laid out: no cost
                value = min(value, max(size.height() - height, scroll_bar.maximum()))
            scroll_bar.setMaximum(value)

    def _return_to_anchor(self, anchor: tuple[int, bool] | None) -> None:
        """Show the place ``anchor`` held again, as it was placed, after a re-flow."""
        if anchor is not None:
            self.scroll_to_offset(anchor[0], passage=anchor[1])

    def reveal_offset(self, offset: int) -> None:
        """Scroll only if the line holding ``offset`` is out of view; it then comes a third of
        the way down, with what leads up to it above (stepping through find hits). Either way
        the reading position is ``offset`` until the page moves, and is reported now."""
        offset = min(max(offset, 0), len(self._text))
        top = self._line_top(offset)
        bottom = top + self.cursorRect(self._cursor_at(offset)).height()
        scroll_bar = self.verticalScrollBar()
        height = self.viewport().height()
        if not (scroll_bar.value() <= top and bottom <= scroll_bar.value() + height):
            target = round(top - height / 3)
            self._let_scroll_bar_reach(target)
            scroll_bar.setValue(target)
        self._anchor = (offset, scroll_bar.value(), True)
        # A hit already in view moves nothing: no scroll would report the new place.
        self._position_timer.stop()
        self._emit_position()

    def _on_scroll_bar_range_changed(self, _minimum: int, maximum: int) -> None:
        """Keep the place jumped to when Qt, not the reader, moves the page: a target near the
        speech's end was scrolled to before the text below it was laid out, and the range
        found then pulls the page back (the target stays in view, lower down)."""
        anchor = self._anchor
        if anchor is not None and anchor[1] == self.verticalScrollBar().value() > maximum:
            self._anchor = (anchor[0], maximum, anchor[2])

    def current_offset(self) -> int:
        """The ``str`` offset of the first character of the line being read: the one a jump
        puts there, a line below the page's top (the start at the very top)."""
        if self.verticalScrollBar().value() <= self.verticalScrollBar().minimum():
            return 0
        y = self.verticalScrollBar().value() + round(self._headroom()) + 1
        return self._utf16.to_str(visible.line_start_at(self.document(), y))

    def reading_offset(self) -> int:
        """Where the reader is: the place last scrolled to, or the line read once moved away."""
        return self._placed_anchor()[0]

    def _placed_anchor(self) -> tuple[int, bool]:
        """The reading place and whether it was placed as a passage (a third of the way down).

        Before the reader is first shown nobody can have scrolled it, but its size (and so
        its scroll range) is still settling: the target holds whatever the scroll bar says.
        """
        if self._anchor is not None and (
            self._anchor[1] == self.verticalScrollBar().value() or not self.isVisible()
        ):
            return self._anchor[0], self._anchor[2]
        return self.current_offset(), False

    # The selection and the caret as ``str`` offsets -------------------------------------------

    def selected_range(self) -> Range | None:
        """The selection as a ``str`` range, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._utf16.range_to_str(cursor.selectionStart(), cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select ``str`` range [start, end)."""
        cursor = self._cursor_at(start)
        cursor.setPosition(self._utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    @Slot()
    def select_sentence(self) -> None:
        """Select the sentence at the caret, or widen the selection to whole sentences (a
        金句 to collect, ``core.sentences``); the floating toolbar shows, as after a drag."""
        from desktop.core.sentences import sentence_at, whole_sentences  # not the first frame

        selected = self.selected_range()
        breaks = self._sentence_breaks()
        if selected is not None:
            span: Range | None = whole_sentences(self._text, *selected, breaks)
        else:
            caret = self._utf16.to_str(self.textCursor().position())
            span = sentence_at(self._text, caret, breaks)
        if span is not None and self._text:
            self.clear_plate_selection()
            self.select_range(*span)
            self._show_toolbar()

    def _select_sentence_at(self, point: QPoint) -> Range | None:
        """Ctrl+click: select the sentence under viewport ``point``, as Word does, and return
        it; None off the text or on a note mark (a link, which the click follows)."""
        from desktop.core.sentences import sentence_at

        offset = self._char_at(point)
        if offset is None or self._footnote_link_at(offset):
            return None
        span = sentence_at(self._text, offset, self._sentence_breaks())
        if span is not None:
            self.select_range(*span)
        return span

    def _drag_sentences(self, pressed: Range, point: QPoint) -> None:
        """A drag on from a Ctrl+click takes in the sentences passed over, as Word's does."""
        from desktop.core.sentences import whole_sentences

        offset = self._char_at(point)
        if offset is not None:
            start, end = whole_sentences(self._text, offset, offset + 1, self._sentence_breaks())
            if start < pressed[0]:
                self.select_range(pressed[1], start)  # the moving end where the pointer is
            else:
                self.select_range(pressed[0], max(end, pressed[1]))

    def _sentence_breaks(self) -> list[int]:
        """Where the page's glued headings end (``roles.glued_heading_ends``): a sentence ends
        there too. Found once a speech (a drag from a Ctrl+click asks at every move)."""
        content = self._content
        if content is None:
            return []
        known = self._breaks_of
        if known is None or known[0] is not content:
            from desktop.gui.reader.document import paragraph_starts
            from desktop.gui.reader.roles import glued_heading_ends

            known = (content, glued_heading_ends(content, paragraph_starts(content.text)))
            self._breaks_of = known
        return known[1]

    def _trimmed_selection(self) -> Range | None:
        """The selection without the spaces and line breaks at its ends."""
        selected = self.selected_range()
        if selected is None:
            return None
        start, end = selected
        while start < end and self._text[start].isspace():
            start += 1
        while end > start and self._text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def cursor_rect_at(self, offset: int) -> QRect:
        """Where a caret before the character at ``str`` offset ``offset`` is drawn, in the
        viewport (where Qt draws it: a wrapped line's end is the next line's start)."""
        return self.cursorRect(self._cursor_at(offset))

    def _cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16.to_utf16(offset))
        return cursor

    def _cursor_at_position(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return cursor
