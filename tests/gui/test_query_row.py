"""Tests for desktop/gui/query_row.py: the search's options beside its query along the bottom
of the window (the results keep that row's room), under it in a dock at the side."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow


def _top_in(dock: QWidget, widget: QWidget) -> int:
    return widget.mapTo(dock, QPoint(0, 0)).y()


def _bottom_in(dock: QWidget, widget: QWidget) -> int:
    return _top_in(dock, widget) + widget.height()


def test_the_options_share_the_query_row_at_the_bottom_and_go_under_it_at_the_side(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    qtbot.waitUntil(dock.isVisible)
    assert main_window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    query = dock.query_box
    for option in (dock.scope_box, dock.notes_box):
        qtbot.waitUntil(lambda option=option: _top_in(dock, option) < _bottom_in(dock, query))
    main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    qtbot.waitUntil(lambda: dock.width() < 400)
    for option in (dock.scope_box, dock.notes_box):
        qtbot.waitUntil(lambda option=option: _top_in(dock, option) >= _bottom_in(dock, query))
        assert option.width() <= dock.width()


def test_options_that_grow_with_a_new_language_go_under_the_query(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit

    from desktop.gui.query_row import QueryRow

    parent = QWidget()
    qtbot.addWidget(parent)
    options = QHBoxLayout()
    notes = QCheckBox("仅批注")
    options.addWidget(notes)
    row = QueryRow(QLineEdit(), options, parent)
    room = row.query.fontMetrics().averageCharWidth() * 20
    row.resize(room + options.sizeHint().width() + 60, 40)
    parent.show()
    qtbot.waitUntil(row.isVisible)
    assert row.beside()
    notes.setText("Only the notes and tags of the annotations")  # as English comes in
    qtbot.waitUntil(lambda: not row.beside(), timeout=2000)
