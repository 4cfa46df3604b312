"""What the search panel's counts say, and its filter row alone, for the tests of the panel."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.search_dock import SearchDock
from desktop.gui.search_filter_row import SearchFilterRow


def summary_text(dock: SearchDock) -> str:
    """The summary as read: its non-breaking spaces (a count kept with its words) as spaces."""
    return dock.summary.text().replace("\u00a0", " ")


def shown_counts(dock: SearchDock) -> tuple[str, str]:
    """The summary and its link to the hits in annotations ("" while the link is hidden)."""
    link = dock.notes_link
    return summary_text(dock), "" if link.isHidden() else link.text()


def filter_row_in_host(qtbot: QtBot) -> tuple[QWidget, SearchFilterRow]:
    """A search filter row and its Filter button in a host widget of their own, as the panel
    lays them out; not shown yet (a test sizes the host first, or opens the row)."""
    host = QWidget()
    qtbot.addWidget(host)
    row = SearchFilterRow(host)
    layout = QVBoxLayout(host)
    layout.addWidget(row.toggle)
    layout.addWidget(row)
    return host, row
