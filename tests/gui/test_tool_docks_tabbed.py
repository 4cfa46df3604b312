"""A tool dock put behind another as a tab stays open, as every dock of a Qt window does.

A researcher drags the Terms pane onto the Annotations pane to save room: the two share the
column as tabs. The one behind is not shown, but it is open: its menu item stays checked, a
click on its tab brings it in front, and the window remembers it open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow


def test_the_terms_pane_tabbed_behind_the_annotations_stays_open(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    show_terms = main_window.registry.action(ActionId.SHOW_TERMS)
    show_terms.trigger()
    terms = main_window.terms_dock()
    qtbot.waitUntil(terms.isVisible)
    annotations = main_window.annotations_dock
    main_window.tabifyDockWidget(terms, annotations)  # as a drag onto the other pane does
    annotations.raise_()  # the annotations' tab in front
    qtbot.waitUntil(lambda: not terms.visibleRegion().boundingRect().isValid())
    qtbot.wait_until(lambda: annotations.isVisible())
    assert show_terms.isChecked(), "behind a tab, the pane is still open"
    assert not terms.isHidden()
    assert "terms_dock" in main_window.open_tool_docks()
    terms.raise_()  # its tab clicked
    qtbot.waitUntil(terms.isVisible)
    assert show_terms.isChecked()
    show_terms.trigger()  # its key again: closed
    qtbot.waitUntil(terms.isHidden)
    assert not show_terms.isChecked()
    assert "terms_dock" not in main_window.open_tool_docks()
    assert annotations.isVisible()
    assert Qt.DockWidgetArea.RightDockWidgetArea == main_window.dockWidgetArea(annotations)
