"""Where the user reads, kept by the library session: the reading position in each speech
and the speech opened last.

A mixin of ``LibrarySession``. Not undoable: it is where the user is, not what they wrote. It is
written off the GUI thread, in order (``ReadingStateWriter``, made at the first write: no
start-up work), and the reads see what waits to be written. A read-only library refuses each
write, so its positions are kept for this run only, never queued.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.reading_state_writer import ReadingStateWriter

    _Base = LibrarySession
else:
    _Base = object


class SessionReadingMixin(_Base):
    """The reading position and the last speech: read, queued for writing, flushed, closed."""

    _reading_writer: ReadingStateWriter | None = None
    _kept_positions: dict[int, int] = {}  # a read-only library's, for this run (replaced whole)
    _kept_last_speech: int | None = None

    def reading_position(self, speech_id: int) -> int | None:
        """The saved reading position in a speech (one waiting to be written included)."""
        writer = self._reading_writer
        queued = None if writer is None else writer.queued_position(speech_id)
        queued = self._kept_positions.get(speech_id, queued)
        return self._library.reading.position(speech_id) if queued is None else queued

    def set_reading_position(self, speech_id: int, offset: int) -> None:
        """Remember the reading position in a speech (a refusal: ``reading_state_failed``)."""
        if self.read_only:  # never queued: a read-only library refuses each write
            self._kept_positions = {**self._kept_positions, speech_id: offset}
        else:
            self._reading_state_writer().set_position(speech_id, offset)

    def last_speech(self) -> int | None:
        """The speech opened last, if it is still in the library."""
        writer = self._reading_writer  # a read-only library's kept one first (ids start at 1)
        queued = self._kept_last_speech or (writer.queued_last_speech() if writer else None)
        return self._library.reading.last_speech() if queued is None else queued

    def set_last_speech(self, speech_id: int) -> None:
        """Remember the speech opened last (for this run only, in a read-only library)."""
        if self.read_only:
            self._kept_last_speech = speech_id
        else:
            self._reading_state_writer().set_last_speech(speech_id)

    def flush_reading_state(self) -> None:
        """Wait until the reading state asked for is written (a write or two at most)."""
        if self._reading_writer is not None:
            self._reading_writer.flush()

    def _reading_state_writer(self) -> ReadingStateWriter:
        if self._reading_writer is None:
            from desktop.gui.reading_state_writer import ReadingStateWriter

            writer = ReadingStateWriter(self._library.path)  # no parent: see its docstring
            writer.failed.connect(self.reading_state_failed)
            writer.written.connect(self.reading_state_written)
            self._reading_writer = writer
            self.writer_followed.emit(writer)  # the watch takes its commits for its own
        return self._reading_writer

    def _close_reading_state(self) -> None:
        writer, self._reading_writer = self._reading_writer, None
        if writer is not None:
            writer.close()  # what waits is written first
            writer.deleteLater()
