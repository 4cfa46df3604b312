"""The search panel's way to a query's counts by year: "Counts by Year…" in its results' menu.

Built by the window when it builds the search panel, so the panel's own file stays about
searching: an action on the results' context menu (beside Copy Table and Export CSV…), asking
for the counts of the query in the box, in the panel's scope and within its filter of years
and speaker (the scope carries it), through ``requested``. Offered while the box holds a query
and the panel searches the speeches' texts (the counts are the texts': with "Annotations only"
ticked they would answer another question than the panel's). The texts follow the UI language.
The dialog opens beside the panel (``place_beside_panel``), not over the results it brings up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop.gui.screen_fit import place_beside

if TYPE_CHECKING:
    from desktop.gui.search_dock import SearchDock
    from desktop.gui.search_scope import SearchScope


class SearchTrendAction(QObject):
    """The results' "Counts by Year…" action of one search panel."""

    def __init__(self, dock: SearchDock, requested: Callable[[str, SearchScope], None]) -> None:
        super().__init__(dock)
        self._dock = dock
        self._requested = requested
        self.action = QAction(dock)
        self.action.setObjectName("search_trend")
        self.action.triggered.connect(self._on_action_triggered)
        first = dock.view.actions()[0] if dock.view.actions() else None
        dock.view.insertAction(first, self.action)
        if first is not None:  # apart from the table's Copy and Export
            separator = QAction(dock)
            separator.setSeparator(True)
            dock.view.insertAction(first, separator)
        dock.query_box.lineEdit().textChanged.connect(self._update_enabled)
        dock.notes_box.toggled.connect(self._update_enabled)
        dock.installEventFilter(self)  # its language changes
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.action.setText(QCoreApplication.translate("SearchDock", "Counts by &Year…"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "SearchDock", "Count the query's occurrences per year or per speaker"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the panel's language changes."""
        if watched is self._dock and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _update_enabled(self) -> None:
        searches_texts = not self._dock.notes_box.isChecked()
        self.action.setEnabled(bool(self._dock.query_text().strip()) and searches_texts)

    def _on_action_triggered(self) -> None:
        scope = self._dock.scope()
        self._requested(self._dock.query_text().strip(), scope)


def place_beside_panel(dialog: QWidget, dock: QDockWidget, window: QMainWindow) -> None:
    """Put ``dialog`` (about to open) beside the search panel, on the side away from the
    window's edge it stands at: a row double-clicked shows its results there, which the dialog
    would cover. Where the screen has no room, or the panel is hidden, Qt places it."""
    if not dock.isVisible():
        return
    panel = QRect(dock.mapToGlobal(QPoint(0, 0)), dock.size())
    side = _AWAY.get(window.dockWidgetArea(dock))
    if side is None or dock.isFloating():  # on its own: the side nearer the window's middle
        middle = window.frameGeometry().center().x()
        side = Qt.Edge.LeftEdge if panel.center().x() >= middle else Qt.Edge.RightEdge
    place_beside(dialog, panel, side)


_AWAY = {
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.Edge.LeftEdge,
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.Edge.RightEdge,
    Qt.DockWidgetArea.BottomDockWidgetArea: Qt.Edge.TopEdge,
    Qt.DockWidgetArea.TopDockWidgetArea: Qt.Edge.BottomEdge,
}
"""The side of a docked panel towards the window's middle."""
