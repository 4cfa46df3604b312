"""The context menu of the terms panel's lists: an entry's concordance, library search and
counts by year, clearing the marks of the term chosen, and copying or exporting the list shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QTableView

from desktop.models.terms_model import Role

if TYPE_CHECKING:
    from desktop.gui.terms_dock import TermsDock


def entry_menu(dock: TermsDock, term: str | None) -> QMenu:
    """The menu of ``term``'s entry, or of the list (None: copying or exporting it only)."""
    menu = QMenu(dock)
    if term is not None:
        scope = dock.scope()
        concordance = menu.addAction(QCoreApplication.translate("TermsDock", "C&oncordance…"))
        concordance.setObjectName("terms_concordance")
        concordance.triggered.connect(lambda: dock.concordance_requested.emit(term, scope))
        search = menu.addAction(QCoreApplication.translate("TermsDock", "&Search the Library"))
        search.setObjectName("terms_search")
        search.triggered.connect(lambda: dock.search_requested.emit(term))
        trend = menu.addAction(QCoreApplication.translate("TermsDock", "Counts by &Year…"))
        trend.setObjectName("terms_trend")
        trend.triggered.connect(lambda: dock.trend_requested.emit(term, scope))
    if dock.chosen_term() is not None:
        # The right-clicked row need not be the marked term: the item names the one it clears.
        menu.addAction(dock.clear_action)
    if not menu.isEmpty():
        menu.addSeparator()
    menu.addAction(dock.table_export.copy_action)
    menu.addAction(dock.table_export.export_action)
    return menu


def show_entry_menu(dock: TermsDock, view: QTableView, point: QPoint) -> None:
    """Open the menu of the entry at ``point`` of ``view``'s viewport (of the list if none)."""
    index = view.indexAt(point)
    menu = entry_menu(dock, index.data(Role.TERM) if index.isValid() else None)
    menu.exec(view.viewport().mapToGlobal(point))
    menu.deleteLater()
