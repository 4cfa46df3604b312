"""The menu bar from the keyboard: every item has an access key, none twice in one menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.access_keys import access_key, problems
from tests.gui.conftest import WindowFactory
from tests.gui.ui_languages import window_language


def mnemonic_problems(menu_bar: QMenuBar) -> list[str]:
    """Items without an access key, and keys used twice in one menu (or in the bar itself)."""
    found = problems("menu bar", [action.text() for action in menu_bar.actions()])
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found += _menu_problems(menu)
    return found


def _menu_problems(menu: QMenu) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    found = problems(menu.title(), [action.text() for action in actions])
    for action in actions:
        if isinstance(action.menu(), QMenu):
            found += _menu_problems(action.menu())
    return found


def test_access_key_reads_both_forms() -> None:
    assert access_key("Highlight &Yellow") == "y"
    assert access_key("黄色高亮(&Y)") == "y"
    assert access_key("Salt && Pepper") is None
    assert access_key("Library") is None


def test_every_menu_item_has_its_own_access_key(main_window: MainWindow) -> None:
    assert mnemonic_problems(main_window.menuBar()) == []


def test_every_menu_item_has_its_own_access_key_in_chinese(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    with window_language(main_window):
        # The docks and their toggles follow on the LanguageChange events Qt posts.
        qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "文库")
        assert mnemonic_problems(main_window.menuBar()) == []
    qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "Library")
    assert mnemonic_problems(main_window.menuBar()) == [], "back in English"


def test_a_toolbar_hidden_from_its_right_click_menu_comes_back_from_the_view_menu(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    # The toolbar's right-click menu hides it; the View menu had no item to bring it back, and
    # with the docks closed only a right-click on the menu bar (which nobody guesses) did.
    window = open_window()
    toggle = window.registry.action(ActionId.TOGGLE_TOOLBAR)
    assert toggle in window.menus["&View"].actions()
    assert toggle.isChecked()
    window.toolbar.toggleViewAction().trigger()  # its right-click menu's "Toolbar"
    assert window.toolbar.isHidden()
    assert not toggle.isChecked()
    window.close()
    again = open_window()  # the hidden toolbar comes back hidden, and the item says so
    again_toggle = again.registry.action(ActionId.TOGGLE_TOOLBAR)
    assert again.toolbar.isHidden()
    assert not again_toggle.isChecked()
    again_toggle.trigger()
    qtbot.waitUntil(again.toolbar.isVisible)
    assert again.toolbar.toggleViewAction().isChecked()


def test_the_panes_right_click_list_offers_the_terms_pane_before_it_was_ever_shown(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    # Qt lists the docks that exist; the Terms pane is built on first use, so it was missing
    # from the list until then (the View menu had it).
    window = open_window()
    qtbot.waitUntil(lambda: window.first_paint_done)
    menu = window.createPopupMenu()
    names = [action.objectName() for action in menu.actions()]
    assert "action_show_terms" in names
    assert names.index("action_show_terms") < [a.isSeparator() for a in menu.actions()].index(True)
    next(a for a in menu.actions() if a.objectName() == "action_show_terms").trigger()
    dock = window.findChild(QDockWidget, "terms_dock")
    assert dock is not None
    qtbot.waitUntil(dock.isVisible)
    built = window.createPopupMenu()  # now the dock's own entry, not ours a second time
    assert "action_show_terms" not in [action.objectName() for action in built.actions()]
    assert dock.toggleViewAction() in built.actions()
