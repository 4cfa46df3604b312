"""Tests for desktop/gui/actions.py: the registry of actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.gui.actions import HIGHLIGHT_COLORS, LIST_TITLE, SPECS, ActionId, ActionRegistry
from desktop.gui.main_window import MainWindow


def test_every_id_has_a_spec() -> None:
    assert set(SPECS) == set(ActionId)


def test_actions_are_created_once_with_text_shortcut_and_tip(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    action = registry.action(ActionId.HIGHLIGHT_1)
    assert registry.action(ActionId.HIGHLIGHT_1) is action
    assert action.text() == "Highlight &Yellow"
    assert action.shortcut() == QKeySequence("1")
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert action.statusTip()
    assert not action.icon().isNull()  # a colour swatch
    assert action.objectName() == "action_highlight_1"


def test_zoom_uses_standard_keys_and_ctrl_equals(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    shortcuts = registry.action(ActionId.ZOOM_IN).shortcuts()
    assert QKeySequence("Ctrl+=") in shortcuts
    assert registry.action(ActionId.ZOOM_RESET).shortcut() == QKeySequence("Ctrl+0")
    assert registry.action(ActionId.COPY).shortcut() == QKeySequence(QKeySequence.StandardKey.Copy)


def test_theme_actions_are_exclusive(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    light, dark = registry.actions([ActionId.THEME_LIGHT, ActionId.THEME_DARK])
    light.setChecked(True)
    dark.trigger()
    assert dark.isChecked()
    assert not light.isChecked()


def test_bind_calls_the_slot_once_per_trigger(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    calls: list[str] = []
    registry.bind(ActionId.ADD_NOTE, lambda: calls.append("note"))
    registry.action(ActionId.ADD_NOTE).trigger()
    assert calls == ["note"]


def test_highlight_actions_cover_the_five_colours_in_key_order() -> None:
    assert [colour.value for colour in HIGHLIGHT_COLORS.values()] == [
        "yellow",
        "green",
        "blue",
        "pink",
        "purple",
    ]


def test_search_keys(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    keys = {
        ActionId.FIND: QKeySequence(QKeySequence.StandardKey.Find),
        ActionId.FIND_NEXT: QKeySequence("F3"),
        ActionId.FIND_PREVIOUS: QKeySequence("Shift+F3"),
        ActionId.SEARCH_LIBRARY: QKeySequence("Ctrl+Shift+F"),
    }
    for action_id, key in keys.items():
        action = registry.action(action_id)
        assert action.shortcut() == key
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert registry.action(ActionId.SHOW_TERMS).isCheckable()


def test_the_import_tip_names_every_kind_of_file_the_file_dialog_offers(qtbot: QtBot) -> None:
    from desktop.gui.window_import import IMPORT_PATTERNS

    registry = ActionRegistry()
    tip = registry.action(ActionId.IMPORT).statusTip()
    named = {"*.txt": "text", "*.docx": "Word", "*.pdf": "PDF", "*.md": "Markdown"}
    named |= {"*.doc": "Word", "*.wps": "WPS"}
    named |= {"*.markdown": "Markdown", "*.html": "web page", "*.htm": "web page"}
    assert set(IMPORT_PATTERNS.split()) == set(named)
    assert [word for word in named.values() if word not in tip] == []


def test_the_other_text_names_the_action_until_its_own_is_shown_again(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    note = registry.action(ActionId.ADD_NOTE)
    registry.show_other_text(ActionId.ADD_NOTE, True)
    assert note.text() == "Edit &Note…"
    assert note.property(LIST_TITLE) == "Add &Note…", "the shortcuts list names the action"
    registry.retranslate()
    assert note.text() == "Edit &Note…", "a language change keeps the name shown"
    registry.show_other_text(ActionId.ADD_NOTE, False)
    assert note.text() == "Add &Note…"
    assert note.property(LIST_TITLE) is None


def test_restore_from_backup_is_not_drawn_as_the_trash(qtbot: QtBot) -> None:
    """Both sit in the Edit menu: one icon for the two read as one command."""
    registry = ActionRegistry()
    trash = registry.action(ActionId.TRASH).icon().pixmap(24).toImage()
    restore = registry.action(ActionId.RESTORE_BACKUP).icon().pixmap(24).toImage()
    assert not restore.isNull()
    assert restore != trash


@pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "propagateSizeHints"
)
@pytest.mark.parametrize("action_id", [ActionId.HIGHLIGHT_1, ActionId.COPY_WITH_CITATION])
def test_the_page_s_menu_says_what_a_greyed_item_needs_in_the_status_bar(
    qtbot: QtBot, main_window: MainWindow, action_id: ActionId
) -> None:
    # A context menu has no menu bar above it: Qt sent its hovered item's status tip to the
    # action's parent, the registry, no widget, and the status bar stayed blank. A right-click
    # on the page with nothing selected showed eight greyed commands and no word why.
    reader = main_window.reader
    qtbot.waitUntil(lambda: reader.toPlainText() != "")
    point = QPoint(40, 40)
    menu = reader.build_context_menu(point)
    action = main_window.registry.action(action_id)
    assert not action.isEnabled(), "nothing is selected"
    menu.popup(reader.viewport().mapToGlobal(point))
    qtbot.waitExposed(menu)
    qtbot.mouseMove(menu, menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: menu.activeAction() is action)
    assert main_window.statusBar().currentMessage() == action.statusTip() != ""
    menu.close()
    menu.deleteLater()
