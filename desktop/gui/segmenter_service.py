"""jieba for the window: loaded in a worker once the window shows, then asked for words.

Loading jieba's dictionary takes about a second, so the window never waits for it: until it is
ready ``word_range`` answers None (the reader falls back to Qt's own word selection) and the
status bar says jieba is loading. The cache lives in Qt's CacheLocation and the user's own
dictionary in AppDataLocation (``desktop.app_paths``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.words import word_at


class SegmenterState(StrEnum):
    """Where jieba is."""

    IDLE = "idle"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class _Signals(QObject):
    finished = Signal(object)  # None on success, else the exception


class _LoadJob(QRunnable):
    """Run one slow segmenter call in the pool and say how it went."""

    def __init__(self, work: Callable[[], None], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the service keeps it until it reports
        self._work = work
        self._signals = signals

    def run(self) -> None:
        """Load; report success or the error (never raise into Qt's thread pool)."""
        try:
            self._work()
        except Exception as error:  # noqa: BLE001 - any failure only means "no jieba words"
            self._signals.finished.emit(error)
        else:
            self._signals.finished.emit(None)


class SegmenterService(QObject):
    """Loads a ``Segmenter`` off the GUI thread and answers word ranges once it is ready."""

    state_changed = Signal(str)

    def __init__(self, segmenter: Segmenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segmenter = segmenter
        self.state = SegmenterState.IDLE
        self.error: Exception | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._job: _LoadJob | None = None

    def start(self) -> None:
        """Load jieba in the background (once; later calls do nothing)."""
        if self.state == SegmenterState.IDLE:
            self._run(self.segmenter.initialize)

    def reload(self) -> None:
        """Load the dictionaries again (the user edited theirs); the old words serve meanwhile."""
        if self.state != SegmenterState.LOADING:
            self._run(self.segmenter.reload)

    def _run(self, work: Callable[[], None]) -> None:
        self._set_state(SegmenterState.LOADING)
        self._job = _LoadJob(work, self._signals)
        self._pool.start(self._job)

    @Slot(object)
    def _on_job_finished(self, error: Exception | None) -> None:
        self._job = None
        self.error = error
        ready = error is None and self.segmenter.ready
        self._set_state(SegmenterState.READY if ready else SegmenterState.FAILED)

    def _set_state(self, state: SegmenterState) -> None:
        self.state = state
        self.state_changed.emit(state.value)

    def is_running(self) -> bool:
        """True while a load is in progress."""
        return self._job is not None

    def wait(self, msecs: int = -1) -> bool:
        """Block until a running load ends (the window's teardown); False on timeout."""
        return self._pool.waitForDone(msecs)

    def word_range(self, text: str, offset: int) -> tuple[int, int] | None:
        """The jieba word at ``offset`` of ``text``; None until jieba is ready."""
        if not self.segmenter.ready:
            return None
        return word_at(text, offset, self.segmenter)
