"""Following a speech's note marks in the reader: to the note, and from its number back.

A mixin of ``ReaderView`` kept apart so the view's file stays about what it shows. The marks
and notes are ``core.footnotes``'s (offsets into the canonical text); ``document.py`` sets the
marks as superscripts. Hovering a mark shows its note, clicking it (or Enter with the caret on
it) goes to the note and marks it for a moment, and the note's own number leads back to the
mark the reader came from (the first that cites it otherwise), as an e-reader's do.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent

from desktop.core.footnotes import NoteItem, NoteMark, note_words

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object


class ReaderFootnotes(_Base):
    """The links between a speech's note marks and its notes."""

    def follow_footnote(self, offset: int) -> bool:
        """Go from the mark at ``offset`` to its note, or from a note's number back to its
        mark; False when there is no link there."""
        mark = self._footnotes.mark_at(offset)
        if mark is not None:
            self._go_to_note(mark)
            return True
        item = self._footnotes.item_mark_at(offset)
        if item is not None:
            self._go_back_from(item)
            return True
        return False

    def _footnote_link_at(self, offset: int) -> bool:
        """Whether ``offset`` is on a note mark or a note's number: a link."""
        notes = self._footnotes
        return bool(notes) and (
            notes.mark_at(offset) is not None or notes.item_mark_at(offset) is not None
        )

    def _follow_footnote_at_caret(self) -> bool:
        """Follow the link the caret is on or just after (Enter)."""
        cursor = self.textCursor()
        if not self._footnotes or cursor.hasSelection():
            return False
        caret = self._utf16.to_str(cursor.position())
        return any(self.follow_footnote(offset) for offset in (caret, caret - 1) if offset >= 0)

    def _go_to_note(self, mark: NoteMark) -> None:
        item = mark.note
        self._footnote_origins[item.start] = mark.start
        self._land_on(item.start, item.start, item.end)

    def _go_back_from(self, item: NoteItem) -> None:
        origin = self._footnote_origins.get(item.start)
        marks = self._footnotes.marks_of(item)
        mark = next((m for m in marks if m.start == origin), marks[0] if marks else None)
        if mark is not None:
            self._land_on(mark.end, mark.start, mark.end)

    def _land_on(self, caret: int, start: int, end: int) -> None:
        """Put the caret at ``caret`` and show ``[start, end)`` a third of the way down, marked
        for a moment; the caret there lets Enter follow the link back."""
        self.setTextCursor(self._cursor_at(caret))
        self.scroll_to_offset(start, passage=True)
        self.flash_range(start, end)

    def _footnote_hover_text(self, offset: int | None) -> str:
        """HTML for the tooltip over a mark (its note) or a note's number; else empty."""
        if offset is None or not self._footnotes:
            return ""
        mark = self._footnotes.mark_at(offset)
        if mark is not None:
            item = mark.note
            number = self._text[item.start : item.mark_end]
            return f"<p><b>{escape(number)}</b> {escape(note_words(self._text, item))}</p>"
        if self._footnotes.item_mark_at(offset) is not None:
            back = QCoreApplication.translate("ReaderView", "Back to where this note is cited")
            return f"<p>{escape(back)}</p>"
        return ""

    def _point_at_links(self, event: QMouseEvent) -> None:
        """A pointing hand over a mark or a note's number, as over a link."""
        offset = self._char_at(event.position().toPoint())
        link = offset is not None and self._footnote_link_at(offset)
        shape = Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.IBeamCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)
