"""A worker that writes to the library, followed by the window's write queue while it runs.

Every worker whose job opens a write transaction on the library is a ``BackgroundWriter`` (an
import, File ▸ Import Annotations, the word counts): its transactions pass its ``gate``
(``desktop.gui.writer_gates``), so the window's writes hold it without waiting, or keep or
refuse the change (``PendingWrites``). On the GUI thread, ``begin`` says a run starts (before
the job is submitted: the session follows the writer from then on) and ``stop`` that it ended
(the session writes the changes kept meanwhile and follows it no more). In the worker,
``storing`` (the core's hook, told by ``told_storing``) brackets each transaction.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from desktop.gui.writer_gates import WriterGate


class BackgroundWriter(QObject):
    """A worker's writes to the library, behind a gate the window never waits on."""

    began = Signal()
    """A run starts (GUI thread, before its job is submitted): follow the writer."""
    write_lock_released = Signal()
    """A transaction ended (emitted from the worker): changes kept meanwhile may be written."""
    stopped = Signal()
    """The run ended, its last transaction too (GUI thread): follow it no more."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gate = WriterGate()
        self._storing = threading.Event()
        self.transactions = 0
        """How many transactions the worker has ended, committed or not (counted inside the
        gate: whoever holds the gate reads a settled count; ``LibraryWatch`` tells these
        commits from another program's by it in a library that keeps no commit serial)."""

    def begin(self) -> None:
        """On the GUI thread, before the job that writes is submitted."""
        self.began.emit()

    def stop(self) -> None:
        """On the GUI thread, once the job ended (done, failed or cancelled)."""
        self.stopped.emit()

    def storing(self, held: bool) -> None:
        """In the worker: True just before a transaction asks for the write lock (waits for a
        write the window is making now), False once it ended (always: in a ``finally``)."""
        if held:
            self.gate.enter()
            self._storing.set()
        else:
            self._storing.clear()
            self.transactions += 1
            self.gate.leave()
            self.write_lock_released.emit()

    def holds_write_lock(self) -> bool:
        """Whether a transaction of the worker's holds (or is about to ask for) the write lock."""
        return self._storing.is_set()
