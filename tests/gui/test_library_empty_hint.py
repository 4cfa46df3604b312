"""Tests for desktop/gui/library_empty_hint.py: the empty library says how to fill it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role, TreeKind
from tests.gui.window_helpers import menu_action

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
    assert main_window.library_pane.empty_hint.isHidden()


def test_an_empty_library_says_how_to_fill_it_and_what_the_trash_holds(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _trash_the_sample(qtbot, main_window)
    hint = main_window.library_pane.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "empty" in hint.message.text()
    assert "1 collection" in hint.message.text()
    assert hint.import_button.isVisible()
    assert hint.trash_button.isVisible()
    assert hint.sample_button.isEnabled()


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
