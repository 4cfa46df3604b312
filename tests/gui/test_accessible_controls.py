"""Every control of the real window and of its dialogs has a name a screen reader can say.

The window is walked with every pane open (find bar, search and terms docks, an annotation
chosen so its editor shows) and each dialog the menus open, in English and in Chinese.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language
from desktop.gui.main_window import MainWindow
from tests.gui.accessibility import unnamed_controls, untranslated_names
from tests.gui.ui_languages import ui_language
from tests.gui.window_helpers import menu_dialogs, select_and_press

__all__ = ["ui_language"]

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs


def _annotate(qtbot: QtBot, window: MainWindow) -> None:
    """A highlight with a note, chosen in the annotations dock (its editor shown)."""
    start = window.current_speech().text.index("效能革命")
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)
    view = window.annotations_dock.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.expandAll()
    first = view.model().index(0, 0)
    view.setCurrentIndex(
        view.model().index(0, 0, first) if view.model().hasChildren(first) else first
    )


def _open_everything(qtbot: QtBot, window: MainWindow) -> None:
    _annotate(qtbot, window)
    window.open_find_bar()
    window.show_library_search("效能")
    window.registry.action(ActionId.SHOW_TERMS).setChecked(True)
    qtbot.waitUntil(lambda: window.find_bar.isVisible() and window.search_dock().isVisible())


def _audit(window: MainWindow, language: Language) -> list[str]:
    check = untranslated_names if language == Language.CHINESE else unnamed_controls
    return check(window)


def test_every_control_of_the_window_has_a_name(
    ui_language: Language, qtbot: QtBot, main_window: MainWindow
) -> None:
    _open_everything(qtbot, main_window)
    assert _audit(main_window, ui_language) == []


def test_every_control_of_the_dialogs_has_a_name(
    ui_language: Language, qtbot: QtBot, main_window: MainWindow
) -> None:
    found = {}
    for dialog in menu_dialogs(main_window):
        qtbot.waitExposed(dialog)
        found[dialog.objectName()] = _audit(dialog, ui_language)
    assert all(not names for names in found.values()), found


def test_the_toolbars_icons_tell_their_keys(main_window: MainWindow) -> None:
    tips = {
        action.iconText(): action.toolTip()
        for action in main_window.toolbar.actions()
        if not action.isSeparator() and not action.shortcut().isEmpty()
    }
    assert tips, "the toolbar has no action with a shortcut"
    for action in main_window.toolbar.actions():
        keys = action.shortcut().toString()
        assert not keys or tips[action.iconText()].endswith(f"({keys})")
    assert tips[main_window.registry.action(ActionId.HIGHLIGHT_1).iconText()].endswith("(1)")
