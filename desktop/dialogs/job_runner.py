"""A small pool that runs the export dialog's jobs off the GUI thread and reports by signal.

It offers the calls the dialogs use (``submit(job, name)`` returning a task with
``progressed``, ``succeeded``, ``failed``, ``cancelled`` and ``finished``), so the window can
hand them its own worker pool instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from desktop.core.errors import CancelledError, PizhuError

log = logging.getLogger(__name__)

Job = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class JobTask(QObject):
    """One submitted job: its cancel flag and the signals its outcome arrives by (GUI thread)."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    _posted = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._cancel = threading.Event()
        self._done = threading.Event()
        # Queued: the worker thread only posts; the task emits when the GUI thread delivers.
        self._posted.connect(self._on_task_posted, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def is_cancel_requested(self) -> bool:
        """Whether ``cancel()`` was called."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """True until the job's thread is done with it."""
        return not self._done.is_set()

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
    def __init__(self, task: JobTask, job: Job) -> None:
        super().__init__()
        self._task = task
        self._job = job

    def run(self) -> None:
        """Call the job and post exactly one outcome."""
        task = self._task

        def progress(fraction: float, stage: str) -> None:
            task._posted.emit("progress", (min(max(float(fraction), 0.0), 1.0), stage))

        try:
            kind, payload = "succeeded", self._job(progress, task.is_cancel_requested)
        except CancelledError:
            kind, payload = "cancelled", None
        except Exception as error:  # noqa: BLE001 - every failure must reach the GUI
            if not isinstance(error, PizhuError):
                log.exception("job %s failed", task.objectName())
            kind, payload = "failed", error
        task._done.set()
        task._posted.emit(kind, payload)


class JobRunner(QObject):
    """Runs jobs in background threads."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: list[JobTask] = []

    def submit(self, job: Job, name: str = "job") -> JobTask:
        """Start ``job`` in a pool thread; connect to the returned task's signals right away."""
        task = JobTask(name, self)
        self._tasks = [t for t in self._tasks if t.is_running()] + [task]
        self._pool.start(_Runnable(task, job))
        return task

    def active(self) -> list[JobTask]:
        """The tasks still running."""
        return [task for task in self._tasks if task.is_running()]

    def cancel_all(self) -> None:
        """Ask every running job to stop."""
        for task in self.active():
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every job has finished; True if none is left."""
        self._pool.waitForDone(timeout_ms)
        return not self.active()
