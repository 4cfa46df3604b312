"""``ReadingStateWriter``: where the user reads, written on a thread of its own, in order.

The reading position is written when the reader stops scrolling and when another speech opens,
the last speech when one opens. Each write is one durable transaction (``synchronous=FULL``):
well under a millisecond on a quiet disk, 40–120 ms when the disk is busy, which the GUI thread
waited out. Neither is undoable nor read by any other write, so they can wait: they go, in the
order made, to a thread with its own connection to the library. Only the newest value of each
waits (a position moved three times before its turn is written once). What waits is read back
from here (``queued_position``), so the window never reads an older place than it wrote.

The GUI thread waits on it in two places only, for what is queued then (one write, or none):
``flush`` before the library closes (the window closing, a restore: the position at close is on
disk before the process exits) and before a background writer (an import) starts, so a
re-import moves the position written before it, never under a position written after.
While another program holds the library's write lock, a write is tried again and again (each
try waiting a moment) up to the busy timeout; at close it is tried once and given up quietly
if locked: the place being read is not worth a quit that waits seconds (notes are: see
``note_saving``).

It is a ``BackgroundWriter``: each transaction passes its gate, so the window's ``LibraryWatch``
takes its commits for this process's own (the watch looks holding the gate, never between a
commit and its report). Its failures (a read-only library) come back by ``failed``.

The session makes it without a Qt parent: its thread holds it, so a session dropped without
``close`` (its Qt side deleted) cannot take the writer's Qt side away while the thread writes
and signals.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.storing import told_storing
from desktop.gui.background_writer import BackgroundWriter

_log = logging.getLogger(__name__)

TRY_TIMEOUT = 0.25
"""Seconds one try of a write waits for another program's write lock (tried again until the
library's busy timeout has passed in all; once only when closing)."""

_POSITION, _LAST_SPEECH = "position", "last speech"
_STOP = None


class ReadingStateWriter(BackgroundWriter):
    """Writes reading positions and the last speech opened on its own thread, in order (the
    newest value of each)."""

    failed = Signal(object)
    """A write was refused (a ``PizhuError``; a bug's error as a ``LibraryError`` naming it, its
    traceback logged); emitted from the thread, heard on the GUI's."""
    written = Signal()
    """A write was committed (the library takes them again after a refusal)."""

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = library_path
        self._queue: queue.Queue[tuple[str, int, int] | None] = queue.Queue()
        self._lock = threading.Lock()
        # What waits to be written, by kind and key: (ticket, value); the newest ticket wins.
        self._waiting: dict[tuple[str, int], tuple[int, int]] = {}
        self._tickets = 0
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="reading-state", daemon=True)
        self._thread.start()

    def set_position(self, speech_id: int, offset: int) -> None:
        """Write the reading position in a speech (soon, in order)."""
        self._put(_POSITION, speech_id, offset)

    def set_last_speech(self, speech_id: int) -> None:
        """Write the speech opened last (soon, in order)."""
        self._put(_LAST_SPEECH, 0, speech_id)

    def queued_position(self, speech_id: int) -> int | None:
        """The position of a speech waiting to be written, or None."""
        with self._lock:
            found = self._waiting.get((_POSITION, speech_id))
        return None if found is None else found[1]

    def queued_last_speech(self) -> int | None:
        """The last speech waiting to be written, or None."""
        with self._lock:
            found = self._waiting.get((_LAST_SPEECH, 0))
        return None if found is None else found[1]

    def flush(self) -> None:
        """Wait until everything queued is written (or refused)."""
        self._queue.join()

    def close(self) -> None:
        """Write what is queued, then end the thread and its connection; what another
        program's lock refuses now is given up (quietly), not waited for."""
        self._closing.set()
        self.begin_closing()
        self._thread.join()
        self.stop()  # the watch counts its transactions and follows it no more

    def begin_closing(self) -> None:
        """Let the thread end once what is queued now is written."""
        self._queue.put(_STOP)

    def _put(self, kind: str, key: int, value: int) -> None:
        with self._lock:
            self._tickets += 1
            self._waiting[kind, key] = (self._tickets, value)
            ticket = self._tickets
        self._queue.put((kind, key, ticket))

    def _run(self) -> None:
        library: Library | None = None
        while True:
            item = self._queue.get()
            try:
                if item is _STOP:
                    if library is not None:
                        library.close()  # on the thread that opened it
                    return
                library = self._write(library, *item)
            except Exception as error:  # noqa: BLE001 - the thread lives on: a flush would wait
                self._failed_unexpectedly(error)  # for it forever
            finally:
                self._queue.task_done()

    def _write(self, library: Library | None, kind: str, key: int, ticket: int) -> Library | None:
        """Write one queued value unless a newer one of it waits; the library opened first."""
        with self._lock:
            waiting = self._waiting.get((kind, key))
        if waiting is None or waiting[0] != ticket:
            return library  # a newer value is queued behind: that one is written
        try:
            if library is None:
                library = open_library(
                    self._path, create=False, daily_backup=False, busy_timeout=TRY_TIMEOUT
                )
            self._write_patiently(library, kind, key, waiting[1])
            self.written.emit()
        except PizhuError as error:
            if error.code == "busy" and self._closing.is_set():
                _log.info("the reading state was not written: the library is locked")
            else:
                self.failed.emit(error)
        except Exception as error:  # noqa: BLE001 - reported to the GUI like a refusal
            self._failed_unexpectedly(error)
        finally:
            with self._lock:
                if self._waiting.get((kind, key)) == waiting:
                    del self._waiting[kind, key]
        return library

    def _write_patiently(self, library: Library, kind: str, key: int, value: int) -> None:
        """Write one value; while another program holds the lock, try again (each try waiting
        ``TRY_TIMEOUT``) until the library's busy timeout has passed in all, or, closing, no
        more: a quit must not wait on the lock for where she reads."""
        deadline = time.monotonic() + DEFAULT_BUSY_TIMEOUT
        while True:
            try:
                with told_storing(self.storing):  # the gate let go between two tries
                    if kind == _POSITION:
                        library.reading.set_position(key, value)
                    else:
                        library.reading.set_last_speech(value)
                return
            except LibraryError as error:
                if error.code != "busy" or self._closing.is_set() or time.monotonic() > deadline:
                    raise

    def _failed_unexpectedly(self, error: Exception) -> None:
        """Report a bug's error as the workers do: its traceback logged, the GUI told by
        ``failed`` (queued to its thread), never ``sys.excepthook`` called on this thread."""
        _log.exception("the reading state could not be written")
        self.failed.emit(LibraryError(f"the reading state could not be saved: {error!r}"))
