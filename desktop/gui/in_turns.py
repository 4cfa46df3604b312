"""``InTurns``: run a list of steps one per turn of the event loop.

The window's first frame is followed by work it did without (the menu style, the annotations
dock, the docks left open): done in one go it held the painted window ~0.1–0.3 s on a big
library, deaf to a click or a key just when the user reaches for it. Each step here runs in a
turn of its own, so what the user does between two steps is answered at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer


class InTurns(QObject):
    """Runs ``steps`` in order, each in its own turn of the event loop (a queued call).

    ``cancelled`` is asked before each step: once it answers True (the window closed) the steps
    left are dropped.
    """

    def __init__(
        self,
        steps: Iterable[Callable[[], object]],
        parent: QObject,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], object]] = deque(steps)
        self._cancelled = cancelled

    def start(self) -> None:
        """Run the first step now; each next one in a later turn of the loop."""
        self._run_next()

    @property
    def done(self) -> bool:
        """Whether no step is left (all run, or dropped)."""
        return not self._steps

    def _run_next(self) -> None:
        if self._cancelled():
            self._steps.clear()
            return
        if not self._steps:
            return
        step = self._steps.popleft()
        step()
        if self._steps:
            # The receiver's call is dropped if the window is deleted meanwhile.
            QTimer.singleShot(0, self, self._run_next)
