"""GUI work too long for one go, done a step per turn of the event loop.

What must touch widgets or documents (building a page from its draft, marking thousands of
changes) cannot go to a worker; cut into steps, each run from a zero timer, it lets the event
loop paint, scroll and take keys between them, so no step holds the GUI for all of it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in runs of ``size`` (the last shorter)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SliceRunner(QObject):
    """Runs the steps given to it in order, one per turn of the event loop."""

    finished = Signal()
    """The last step queued has run."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def add(self, steps: Iterable[Callable[[], None]]) -> None:
        """Queue ``steps`` after those still waiting."""
        self._steps.extend(steps)
        if self._steps and not self._timer.isActive():
            self._timer.start()

    def clear(self) -> None:
        """Drop the steps not run yet (what they were for has changed)."""
        self._steps.clear()
        self._timer.stop()

    def busy(self) -> bool:
        """Whether steps are waiting."""
        return bool(self._steps)

    def _run_one(self) -> None:
        if not self._steps:
            return
        self._steps.popleft()()
        if self._steps:
            self._timer.start()
        else:
            self.finished.emit()
