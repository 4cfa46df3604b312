"""Tests for desktop/gui/library_empty_hint.py: the empty library says how to fill it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language
from desktop.gui.main_window import MainWindow
from desktop.gui.window_reading import SPEECH_ACTIONS
from desktop.models.library_tree import Role, TreeKind
from tests.gui.conftest import WindowFactory
from tests.gui.ui_languages import ui_language
from tests.gui.window_helpers import menu_action

__all__ = ["ui_language"]

IMPORT_TIMEOUT_MS = 30_000


def _trash_the_sample(qtbot: QtBot, window: MainWindow) -> None:
    """Delete the sample collection to the trash from the tree, as the user does."""
    pane = window.library_pane
    collection = pane.proxy.index(0, 0)
    assert collection.data(Role.KIND) == TreeKind.COLLECTION
    pane.tree.setCurrentIndex(collection)
    window.registry.action(ActionId.DELETE_COLLECTION).trigger()
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 0)


def test_the_sample_can_only_be_added_while_it_is_not_in_the_library(
    main_window: MainWindow,
) -> None:
    action = menu_action(main_window, "&File", "action_add_sample")
    assert not action.isEnabled()
    assert main_window.library_pane.empty_hint is None  # made only once the library is empty


HINTS = {
    Language.ENGLISH: (
        "The library is empty.\nImport speeches (Ctrl+O) or drop their files here.\n"
        "The trash holds 1 collection.",
        ["Import", "Add Sample Collection", "Trash"],
    ),
    Language.CHINESE: (
        "文库是空的。\n导入讲话（Ctrl+O），或把文件拖到这里。\n回收站里有 1 个文集。",
        ["导入", "添加示例文集", "回收站"],
    ),
}


def test_an_empty_library_says_how_to_fill_it_and_what_the_trash_holds(
    qtbot: QtBot, ui_language: Language, main_window: MainWindow
) -> None:
    _trash_the_sample(qtbot, main_window)
    hint = main_window.library_pane.empty_hint
    qtbot.waitUntil(hint.isVisible)
    buttons = [hint.import_button, hint.sample_button, hint.trash_button]
    assert (hint.message.text(), [b.text() for b in buttons]) == HINTS[ui_language]
    assert all(button.isVisible() and button.isEnabled() for button in buttons)


def test_adding_the_sample_brings_it_back_through_the_import(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _trash_the_sample(qtbot, main_window)
    hint = main_window.library_pane.empty_hint
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        qtbot.mouseClick(hint.sample_button, Qt.MouseButton.LeftButton)
    assert main_window.library_pane.proxy.rowCount() == 1
    assert main_window.session.trashed_collections() == []
    assert hint.isHidden()
    assert not main_window.registry.action(ActionId.ADD_SAMPLE).isEnabled()


def test_the_hint_forgets_the_trash_once_it_is_emptied(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _trash_the_sample(qtbot, main_window)
    main_window.session.empty_trash()
    hint = main_window.library_pane.empty_hint
    assert "trash" not in hint.message.text()
    assert hint.trash_button.isHidden()
    assert hint.isVisible()


def test_an_empty_library_greys_the_steps_from_an_open_speech(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    going = [ActionId.NEXT_SECTION, ActionId.PREVIOUS_SECTION, ActionId.NEXT_SPEECH]
    going.append(ActionId.PREVIOUS_SPEECH)
    assert all(main_window.registry.action(a).isEnabled() for a in going)
    _trash_the_sample(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.current_speech_id() is None)
    # They had nothing to step from, and a click did nothing with no word why.
    assert not any(main_window.registry.action(a).isEnabled() for a in going)
    main_window.session.undo_stack.undo()  # the collection back: a speech opens, they come back
    qtbot.waitUntil(lambda: main_window.current_speech_id() is not None)
    assert all(main_window.registry.action(a).isEnabled() for a in going)


def test_a_window_started_on_an_empty_library_greys_go_and_find(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    first = open_window()
    _trash_the_sample(qtbot, first)
    first.close()
    window = open_window()  # no speech to open at the start
    assert window.current_speech_id() is None
    for action_id in SPEECH_ACTIONS:
        assert not window.registry.action(action_id).isEnabled(), action_id


def _export_offered(window: MainWindow) -> bool:
    """Whether File ▸ Export… and its toolbar button can be clicked (the one action)."""
    action = menu_action(window, "&File", "action_export")
    button = window.toolbar.widgetForAction(action)
    assert button is not None
    assert button.isEnabled() == action.isEnabled()
    return action.isEnabled()


def test_export_is_greyed_while_the_library_holds_no_speech(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Every collection in the trash: Export opened a dialog with nothing to export in it.
    assert _export_offered(main_window)
    _trash_the_sample(qtbot, main_window)
    assert not _export_offered(main_window)
    tip = main_window.registry.action(ActionId.EXPORT).statusTip()
    assert tip.startswith("Export"), "greyed, its tip still says what it exports"
    trash = main_window.show_trash()  # File ▸ Trash…: the collection back out of it
    trash.select_all()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.library_pane.proxy.rowCount() == 1)
    assert _export_offered(main_window)
    trash.close()


def test_a_window_started_on_an_empty_library_offers_export_once_speeches_come(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    first = open_window()
    _trash_the_sample(qtbot, first)
    first.session.empty_trash()
    first.close()
    window = open_window()
    assert not _export_offered(window)
    hint = window.library_pane.empty_hint
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        qtbot.mouseClick(hint.sample_button, Qt.MouseButton.LeftButton)
    assert _export_offered(window)
