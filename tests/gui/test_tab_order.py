"""Tab reaches every control of the main window and of its dialogs, and never gets stuck."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.accessibility import controls

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs


def _tab_walk(qtbot: QtBot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from ``start`` until it comes round again."""
    start.window().activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), key)
        focused = QApplication.focusWidget()
        if focused in visited:
            assert focused is start, f"Tab is caught in a loop at {focused.objectName()}"
            return visited
        visited.append(focused)
    raise AssertionError("Tab never came back to where it started")


def _missed(root: QWidget, visited: list[QWidget]) -> list[str]:
    """The enabled controls under ``root`` that take Tab's focus but Tab did not visit."""
    return [
        widget.objectName() or type(widget).__name__
        for widget in controls(root)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isEnabled()
        and widget not in visited
    ]


def _names(widgets: list[QWidget]) -> list[str]:
    return [widget.objectName() for widget in widgets]


def _open_tool_docks(qtbot: QtBot, window: MainWindow) -> None:
    window.show_library_search()
    window.registry.action(ActionId.SHOW_TERMS).setChecked(True)
    window.open_find_bar()
    qtbot.waitUntil(lambda: window.find_bar.isVisible() and window.search_dock().isVisible())


def test_tab_goes_round_every_control_of_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    _open_tool_docks(qtbot, main_window)
    forward = _tab_walk(qtbot, main_window.library_pane.filter_edit)
    assert _missed(main_window, forward) == []
    names = _names(forward)
    # The order of the screen: the library, the page and its find bar, then the docks.
    assert names[:3] == ["library_filter", "library_tree", "reader"]
    assert names[3:5] == ["find_text", "find_close"]  # ↑ ↓ wait until something is found
    views = main_window.findChildren(QAbstractItemView)
    assert not [view.objectName() for view in views if view.tabKeyNavigation()]  # no traps
    backward = _tab_walk(qtbot, main_window.library_pane.filter_edit, Qt.Key.Key_Backtab)
    assert _names(backward[1:]) == list(reversed(names[1:]))


def test_tab_goes_round_every_control_of_each_dialog(qtbot: QtBot, main_window: MainWindow) -> None:
    missed = {}
    for show in (
        main_window.show_export_dialog,
        main_window.show_tags_dialog,
        main_window.show_trash,
        main_window.show_shortcuts,
        lambda: main_window.show_concordance_of("效能", None) or main_window.concordance_dialog(),
        lambda: main_window.show_import_report(main_window.session.collections()[0].id),
    ):
        dialog = show()
        qtbot.waitExposed(dialog)
        first = next(
            w
            for w in controls(dialog)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
        )
        missed[dialog.objectName()] = _missed(dialog, _tab_walk(qtbot, first))
        dialog.close()
    assert all(not names for names in missed.values()), missed


def _panes_of(window: MainWindow, widgets: list[QWidget]) -> list[str]:
    """The panes (docks by name, the page's centre) ``widgets`` lie in, each run once."""
    panes = [pane for pane, _main in window._panes() if pane is not None]
    names: list[str] = []
    for widget in widgets:
        pane = next(p for p in panes if p is widget or p.isAncestorOf(widget))
        if not names or names[-1] != pane.objectName():
            names.append(pane.objectName())
    return names


def _f6_walk(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """Where F6 puts the keyboard, from the library round to the library again."""
    _tab_walk(qtbot, window.library_pane.tree)[:1]  # the keyboard in the library
    visited = [QApplication.focusWidget()]
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        if window.library_dock.isAncestorOf(QApplication.focusWidget()):
            return visited
        visited.append(QApplication.focusWidget())
    raise AssertionError("F6 never came back to the library")


SCREEN = ["library_dock", "centre", "search_dock", "annotations_dock", "terms_dock"]
"""The panes as the screen shows them: the library, the page, the search under it, the right
column (annotations above terms)."""


def test_tab_goes_through_the_docks_as_f6_does(qtbot: QtBot, main_window: MainWindow) -> None:
    # The annotations dock is built with the window, the search and terms docks later.
    _open_tool_docks(qtbot, main_window)
    forward = _tab_walk(qtbot, main_window.library_pane.filter_edit)
    assert _panes_of(main_window, forward) == SCREEN
    assert _panes_of(main_window, _f6_walk(qtbot, main_window)) == SCREEN


def test_a_dock_opened_later_takes_its_place_in_tab(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    terms = window.registry.action(ActionId.SHOW_TERMS)
    terms.trigger()  # terms first, then the search: built in the other order
    window.show_library_search()
    qtbot.waitUntil(lambda: window.search_dock().isVisible() and window.terms_dock().isVisible())
    assert _panes_of(window, _tab_walk(qtbot, window.library_pane.filter_edit)) == SCREEN
    terms.trigger()  # closed: Tab passes it by, as F6 does
    qtbot.waitUntil(lambda: not window.terms_dock().isVisible())
    assert _panes_of(window, _tab_walk(qtbot, window.library_pane.filter_edit)) == SCREEN[:-1]
    terms.trigger()  # back: in its place again
    qtbot.waitUntil(lambda: window.terms_dock().isVisible())
    assert _panes_of(window, _tab_walk(qtbot, window.library_pane.filter_edit)) == SCREEN
    window.search_dock().setFloating(True)  # a window of its own, with its own Tab
    qtbot.waitUntil(lambda: window.search_dock().isWindow())
    expected = [*SCREEN[:2], *SCREEN[3:]]
    assert _panes_of(window, _tab_walk(qtbot, window.library_pane.filter_edit)) == expected
    window.search_dock().setFloating(False)
    qtbot.waitUntil(lambda: not window.search_dock().isWindow())
    assert _panes_of(window, _tab_walk(qtbot, window.library_pane.filter_edit)) == SCREEN
    assert _panes_of(window, _f6_walk(qtbot, window)) == SCREEN


def test_ordering_the_tabs_leaves_the_window_alive_when_the_chains_last_widget_goes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Tab's chain goes round through the window: a walk asking its last widget for the next
    # made the window that widget's Python child, and deleting the widget killed the window's.
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()  # the tabs ordered again
    qtbot.waitUntil(main_window.search_dock().isVisible)
    last = main_window.previousInFocusChain()
    assert last is not None
    assert main_window.isAncestorOf(last)
    delete(last)
    assert isValid(main_window)
    assert main_window.objectName() == "MainWindow"
