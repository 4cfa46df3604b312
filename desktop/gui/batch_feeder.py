"""Gives a list view more of its model's top-level rows as the user nears their end.

A model that hands QTreeView its top-level rows a batch at a time (the annotations dock's
"all speeches", the search results) asks for nothing itself: this watches the view. Within a
page of the end of the rows given (the scroll bar moved or its range changed, rows came or went,
a list shorter than the view) the next batch is given, once the event loop is back (a zero
timer coalesces a layout's many signals into one look). Down or PageDown on the last page give
it at once, before the view moves, so the keys never stop at the end of a batch; End (also
Ctrl+End) gives every row first, so it goes to the last row of all.

Not Qt's ``canFetchMore``/``fetchMore``: QTreeView calls ``fetchMore`` on every layout of the
list, so each change anywhere would give it another batch until it had them all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_STEP_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
"""Keys that move down through the list: near its end they need the next batch first."""


class BatchFeeder(QObject):
    """Asks for more top-level rows of ``view``'s model when the view nears their end."""

    def __init__(
        self,
        view: QAbstractItemView,
        has_more: Callable[[], bool],
        give_more: Callable[[], None],
        give_all: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._has_more = has_more
        self._give_more = give_more
        self._give_all = give_all
        self.timer = QTimer(self)
        """The pending look at the list's end (started by each change, run once)."""
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.watch(view.model())
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.timer.start)
        bar.rangeChanged.connect(self.timer.start)
        view.installEventFilter(self)

    def watch(self, model: QObject) -> None:
        """Look at the end again whenever ``model``'s rows change (the view's model, or what
        it shows through a proxy: a list shorter than the view changes no scroll bar)."""
        for signal in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
            getattr(model, signal).connect(self.timer.start)

    def near_end(self) -> bool:
        """Whether the view shows the last page of the rows given (or all of them)."""
        bar = self._view.verticalScrollBar()
        return bar.value() >= bar.maximum() - bar.pageStep()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.near_end() and self._has_more():
            self._give_more()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before End: every row; before Down or PageDown on the last page: the next batch."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_End and self._has_more():
                self._give_all()
            elif key in _STEP_KEYS and self.near_end() and self._has_more():
                self._give_more()
        return super().eventFilter(watched, event)
