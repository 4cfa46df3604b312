"""Down and Up between the search box and its results, as a browser's find or a locator does.

Down (no modifier) in the box moves the keyboard to the first result when there is one; Up on
the first result goes back to the box, its text selected to type over. The box's history stays
one key away: Alt+Down (or F4) opens its list, Up steps back through it, and Down steps
through it when nothing is found. While the history's list is open it has the keys, so Down
there still steps through the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QTreeView

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class QueryResultsCrossing(QObject):
    """Watches the box's and the results' keys for the step from one to the other."""

    def __init__(self, box: QComboBox, results: QTreeView) -> None:
        super().__init__(box)
        self._box = box
        self._results = results
        box.installEventFilter(self)
        results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take Down in the box and Up on the first result; let every other key through."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() not in _PLAIN:
            return False
        if watched is self._box and event.key() == Qt.Key.Key_Down:
            return self._down_to_results()
        if watched is self._results and event.key() == Qt.Key.Key_Up:
            return self._up_to_box()
        return False

    def _down_to_results(self) -> bool:
        model = self._results.model()
        if model is None or model.rowCount() == 0 or self._box.view().isVisible():
            return False
        first = model.index(0, 0)
        self._results.setCurrentIndex(first)
        self._results.scrollTo(first)
        self._results.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _up_to_box(self) -> bool:
        current = self._results.currentIndex()
        if current.parent().isValid() or current.row() > 0:
            return False
        self._box.setFocus(Qt.FocusReason.BacktabFocusReason)
        self._box.lineEdit().selectAll()
        return True
