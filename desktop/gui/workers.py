"""Long work off the GUI thread: a pool of workers that call a function and report by signal.

A job is any callable ``job(progress, cancel) -> result``: ``progress(fraction, message)`` reports
how far it got (0 to 1) and ``cancel()`` says whether it should stop (by raising
``CancelledError``), the same contract as core's long functions. The job runs in a thread of the
pool; it never touches widgets. Its ``WorkerTask`` lives in the GUI thread and delivers progress,
the result or the error by signal.

The window keeps one ``WorkerPool``: at shutdown it calls ``cancel_all()`` and ``wait()`` so no
thread outlives the library it writes to.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from desktop.core.errors import CancelledError, PizhuError

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
Job = Callable[[Progress, Cancel], Any]
"""What a worker runs: ``job(progress, cancel)`` returning its result or raising."""


class WorkerTask(QObject):
    """One job submitted to a ``WorkerPool``: its cancel flag and the signals it reports by.

    Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then ``finished``. The
    worker thread only posts to the task; the task emits in the GUI thread when that post is
    delivered, so connections made right after ``submit`` never miss a fast job's result.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    _posted = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.name = name
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._posted.connect(self._on_task_posted, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; safe from any thread, any number of times."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        """Whether ``cancel()`` was called."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """True until the job's thread has finished with it."""
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has finished (or ``timeout`` seconds); True if it has."""
        return self._done.wait(timeout)

    def _report(self, fraction: float, message: str = "") -> None:
        self._posted.emit("progress", (min(max(float(fraction), 0.0), 1.0), message))

    @Slot(str, object)
    def _on_task_posted(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.progressed.emit(*payload)
            return
        if kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Runnable(QRunnable):
    """Runs a job in a pool thread and reports through its task."""

    def __init__(self, task: WorkerTask, job: Job, on_done: Callable[[WorkerTask], None]) -> None:
        super().__init__()
        self._task = task
        self._job = job
        self._on_done = on_done

    def run(self) -> None:
        """Call the job, then post exactly one outcome to the task."""
        task = self._task
        try:
            result = self._job(task._report, task.is_cancel_requested)
        except CancelledError:
            kind, payload = "cancelled", None
        except Exception as error:  # noqa: BLE001 - any failure must reach the GUI, not kill us
            if not isinstance(error, PizhuError):
                log.exception("worker %s failed", task.name)
            kind, payload = "failed", error
        else:
            kind, payload = "succeeded", result
        # Done before the outcome is posted, so a slot that hears ``finished`` already finds
        # the task gone from ``WorkerPool.active()``.
        self._on_done(task)
        task._posted.emit(kind, payload)


class WorkerPool(QObject):
    """Runs jobs in background threads and keeps track of them until they finish."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._lock = threading.Lock()
        self._running: set[WorkerTask] = set()

    def submit(self, job: Job, name: str = "worker") -> WorkerTask:
        """Start ``job`` in a pool thread; connect to the returned task's signals right away."""
        task = WorkerTask(name, self)
        with self._lock:
            self._running.add(task)
        # The task stays a child of the pool (a few bytes) rather than being deleted once done:
        # whoever holds it may still ask ``is_running()`` after ``finished``.
        self._pool.start(_Runnable(task, job, self._forget))
        return task

    def active(self) -> list[WorkerTask]:
        """The tasks whose jobs have not finished yet (queued or running)."""
        with self._lock:
            return list(self._running)

    def cancel_all(self) -> None:
        """Ask every unfinished job to stop."""
        for task in self.active():
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every job has finished (or ``timeout_ms``); True if none is left."""
        self._pool.waitForDone(timeout_ms)
        return not self.active()

    def _forget(self, task: WorkerTask) -> None:
        """Called from the worker thread when its job is over."""
        with self._lock:
            self._running.discard(task)
        task._done.set()
