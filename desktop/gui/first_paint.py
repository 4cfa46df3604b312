"""``AfterFirstPaint``: run something once a widget has painted for the first time.

The window appears as soon as its reader has painted the speech; what the first frame does not
show (the annotations dock, docks left open last time, jieba, the day's backup) waits for this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once ``widget`` has painted for the first time (and events ran).

    Qt calls the newest event filter first, so of several on one widget the last made is
    called back first.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event, call back once that paint is done."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
