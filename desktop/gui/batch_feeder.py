"""Gives a list view more of its model's top-level rows as the user nears their end.

A model that hands QTreeView its top-level rows a batch at a time (the annotations dock's
"all speeches", the search results) asks for nothing itself: this watches the view. Within a
page of the end of the rows given (the scroll bar moved or its range changed, rows came or went,
a list shorter than the view) the next batch is given, once the event loop is back (a zero
timer coalesces a layout's many signals into one look). Down or PageDown on the last page give
it at once, before the view moves, so the keys never stop at the end of a batch; End (also
Ctrl+End) gives every row first, so it goes to the last row of all.

A model may give End only its last rows (``EarlierRows``: the search results): the rows are
then a window of its list, and the rows before it come above it the same way, within a page of
its top, or on Up or PageUp there, the view kept on what it showed; Home gives the first rows.

Not Qt's ``canFetchMore``/``fetchMore``: QTreeView calls ``fetchMore`` on every layout of the
list, so each change anywhere would give it another batch until it had them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

_STEP_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
"""Keys that move down through the list: near its end they need the next batch first."""
_UP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_PageUp)
"""Keys that move up: near the top of a window of the list they need the batch before it."""


@dataclass(frozen=True, slots=True)
class EarlierRows:
    """A model whose rows may start after its first (after End gave only its last ones)."""

    has_earlier: Callable[[], bool]
    give_earlier: Callable[[], None]
    """Give the batch before the first row, above it."""
    give_first: Callable[[], None]
    """Give the first rows again (Home)."""


class BatchFeeder(QObject):
    """Asks for more top-level rows of ``view``'s model when the view nears their end."""

    def __init__(
        self,
        view: QAbstractItemView,
        has_more: Callable[[], bool],
        give_more: Callable[[], None],
        give_end: Callable[[], None],
        earlier: EarlierRows | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._has_more = has_more
        self._give_more = give_more
        self._give_end = give_end
        """What End gives before it moves: every row, or only the last (``EarlierRows``)."""
        self._earlier = earlier
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

    def near_top(self) -> bool:
        """Whether the view shows the first page of the rows given."""
        bar = self._view.verticalScrollBar()
        return bar.value() <= bar.minimum() + bar.pageStep()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.near_end() and self._has_more():
            self._give_more()
        elif self._earlier_wanted():
            self._give_earlier()

    def _earlier_wanted(self) -> bool:
        earlier = self._earlier
        return earlier is not None and earlier.has_earlier() and self.near_top()

    def _give_earlier(self) -> None:
        """The batch before the first row, the view still showing what it showed."""
        assert self._earlier is not None
        view = self._view
        anchor = QPersistentModelIndex(view.indexAt(QPoint(0, 0)))
        offset = view.visualRect(QModelIndex(anchor)).top() if anchor.isValid() else 0
        self._earlier.give_earlier()
        if anchor.isValid():
            view.doItemsLayout()
            view.scrollTo(QModelIndex(anchor), QAbstractItemView.ScrollHint.PositionAtTop)
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() - offset)

    def _keep_a_current(self) -> None:
        """End from a current row taken back (a window's first rows): QTreeView would go to the
        first row from no current, not the last; any row given will do to move from."""
        view = self._view
        model = view.model()
        if not view.currentIndex().isValid() and model.rowCount():
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            view.selectionModel().setCurrentIndex(model.index(0, 0), flag)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before End: the last row; before Home: the first; before Down or PageDown on the last
        page: the next batch; before Up or PageUp on the first: the batch before."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_End and self._has_more():
                self._give_end()
                self._keep_a_current()
            elif key == Qt.Key.Key_Home and self._earlier and self._earlier.has_earlier():
                self._earlier.give_first()
            elif key in _STEP_KEYS and self.near_end() and self._has_more():
                self._give_more()
            elif key in _UP_KEYS and self._earlier_wanted():
                self._give_earlier()
        return super().eventFilter(watched, event)
