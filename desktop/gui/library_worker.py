"""A worker thread with its own connection to the library, running one job at a time.

Searches, concordances and word counts read the library for a while; the GUI thread must never
wait for them. Each ``LibraryWorker`` owns a QThread whose executor opens the library once
(a ``Database`` belongs to the thread that opened it; WAL lets it read beside the GUI's
connection) and runs the jobs it is sent, in order. A job is a plain function of the open
``Library`` and a ``Cancellation`` (the cancel flag core functions take).

Submitting a job cancels the one before it (latest wins: a search typed on makes the previous
one stale): its flag is set, SQLite aborts its statements while the flag is set
(``Database.cancel_when``) and the one running now is interrupted; a cancelled job's outcome is
dropped. Only the outcome of the latest job is reported, by signal, on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, SignalInstance, Slot

from desktop.core.storage.library import Library, open_library


class Cancellation:
    """A cancel flag: call it to ask whether the job should stop."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop."""
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


Job = Callable[[Library, Cancellation], object]
"""Work done in the worker thread: must not touch widgets; returns the outcome."""


class _Executor(QObject):
    """Lives in the worker thread: opens the library on first use and runs jobs."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    dropped = Signal(int)

    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self._path = library_path
        self._library: Library | None = None
        self._lock = threading.Lock()

    @Slot(int, object, object)
    def run(self, ticket: int, job: Job, cancellation: Cancellation) -> None:
        """Run one job and report how it went (a cancelled job is only dropped)."""
        if cancellation():
            self.dropped.emit(ticket)
            return
        try:
            library = self._open()
            library.db.cancel_when(cancellation)
            result = job(library, cancellation)
        except Exception as error:  # noqa: BLE001 - reported to the GUI, which explains it
            self._report(ticket, cancellation, self.failed, error)
        else:
            self._report(ticket, cancellation, self.finished, result)

    def _report(
        self, ticket: int, cancellation: Cancellation, signal: SignalInstance, value: object
    ) -> None:
        if cancellation():
            self.dropped.emit(ticket)
        else:
            signal.emit(ticket, value)

    def _open(self) -> Library:
        if self._library is None:
            library = open_library(self._path, create=False, daily_backup=False)
            with self._lock:
                self._library = library
        return self._library

    def interrupt(self) -> None:
        """Abort the statement running now, if any (called from the GUI thread)."""
        with self._lock:
            if self._library is not None:
                self._library.db.interrupt()

    @Slot()
    def close(self) -> None:
        """Close the library (the last call the thread runs)."""
        with self._lock:
            library, self._library = self._library, None
        if library is not None:
            library.close()


class LibraryWorker(QObject):
    """Runs jobs on the library off the GUI thread; reports the latest job's outcome."""

    finished = Signal(int, object)
    """(ticket, result) of the latest job."""
    failed = Signal(int, object)
    """(ticket, exception) of the latest job."""
    idle = Signal()
    """No job is queued or running any more."""

    _post = Signal(int, object, object)
    _close = Signal()

    def __init__(self, library_path: Path, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._executor = _Executor(library_path)
        self._executor.moveToThread(self._thread)
        self._thread.finished.connect(self._executor.deleteLater)
        self._post.connect(self._executor.run)
        # Blocking: the library is closed in its own thread before the thread is told to end.
        self._close.connect(self._executor.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._executor.finished.connect(self._on_executor_finished)
        self._executor.failed.connect(self._on_executor_failed)
        self._executor.dropped.connect(self._on_executor_dropped)
        self._ticket = 0
        self._outstanding: set[int] = set()
        self._shut_down = False
        """Shut down (the window closed): an outcome posted before that is not reported."""
        self._cancellation = Cancellation()
        # If the owner goes without calling shutdown(), the thread must still end before Qt
        # deletes it (a QThread destroyed while running aborts the process).
        self.destroyed.connect(partial(_stop, self._thread, self._cancellation))
        self._thread.start()

    def submit(self, job: Job) -> int:
        """Run ``job`` after cancelling the one before; returns its ticket."""
        self.cancel()
        self._ticket += 1
        self._cancellation = Cancellation()
        self._outstanding.add(self._ticket)
        self._post.emit(self._ticket, job, self._cancellation)
        return self._ticket

    def cancel(self) -> None:
        """Stop the current job (its outcome will not be reported)."""
        if self._outstanding:
            self._cancellation.cancel()
            self._executor.interrupt()

    @property
    def ticket(self) -> int:
        """The latest job's ticket."""
        return self._ticket

    def is_busy(self) -> bool:
        """True while a job is queued or running."""
        return bool(self._outstanding)

    def release(self) -> None:
        """Cancel and close the library; the next job opens it again.

        For a library file about to be replaced (a restore): a connection kept open would go on
        reading the file put aside.
        """
        if not self._thread.isRunning():
            return
        self.cancel()
        self._close.emit()

    def shutdown(self) -> None:
        """Cancel, close the library and end the thread (waits for a running job to stop)."""
        if not self._thread.isRunning():
            return
        self.cancel()
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
        self._outstanding.clear()
        self._shut_down = True

    @Slot(int, object)
    def _on_executor_finished(self, ticket: int, result: object) -> None:
        if self._done(ticket):
            self.finished.emit(ticket, result)
        self._announce_idle()

    @Slot(int, object)
    def _on_executor_failed(self, ticket: int, error: object) -> None:
        if self._done(ticket):
            self.failed.emit(ticket, error)
        self._announce_idle()

    @Slot(int)
    def _on_executor_dropped(self, ticket: int) -> None:
        self._done(ticket)
        self._announce_idle()

    def _done(self, ticket: int) -> bool:
        """Forget a job; True if it is the latest and the worker is not shut down (its outcome
        matters: after the window closed, a failure would open a message no one sees)."""
        self._outstanding.discard(ticket)
        return ticket == self._ticket and not self._shut_down

    def _announce_idle(self) -> None:
        if not self._outstanding:
            self.idle.emit()


def _stop(thread: QThread, cancellation: Cancellation) -> None:
    """End a worker thread whose owner is being destroyed."""
    cancellation.cancel()
    thread.quit()
    thread.wait()
