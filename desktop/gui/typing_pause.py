"""A filter box's timing: a burst of keys filters once, after a short pause in typing.

Filtering a big library costs tenths of a second; paying that for each character typed makes
the box lag. Emptying the box, and Enter (``flush``), filter at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

TYPING_PAUSE_MS = 150
"""The pause in typing after which the filter runs."""


class TypingPause(QObject):
    """Calls ``apply`` once typing pauses, or at once when the text is emptied or flushed.

    ``paused``, when given, is called at the pause instead (it may answer later, from a
    worker); ``flush`` always calls ``apply``.
    """

    def __init__(
        self,
        apply: Callable[[], None],
        parent: QObject,
        delay_ms: int = TYPING_PAUSE_MS,
        paused: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._paused = paused or apply  # what the pause does, where flushing must be at once
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        """Whether typed text waits for the pause before it filters."""
        return self._timer.isActive()

    def text_changed(self, text: str) -> None:
        """The box's text changed: filter after the pause (at once when it was emptied)."""
        if text.strip():
            self._timer.start()  # restarted by each key: one filter after the burst
        else:
            self.flush()  # showing everything again should not wait

    def stop(self) -> None:
        """Drop the pause still running: the text is taken care of elsewhere."""
        self._timer.stop()

    @Slot()
    def flush(self) -> None:
        """Filter now (Enter), dropping the pause still running."""
        self._timer.stop()
        self._apply()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._paused()
