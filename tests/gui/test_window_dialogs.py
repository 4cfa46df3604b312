"""Tests for desktop/gui/window_dialogs.py: trash, preferences, shortcuts, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.dialogs.preferences import Preferences, PreferencesDialog
from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role
from tests.gui.swatches import PURPLE, PURPLE_ON_DARK, dark_theme, swatch_fill
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import select_and_press


def test_the_trash_restores_a_deleted_highlight_and_a_deleted_collection(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    (annotation_id,) = main_window.reader.annotations_at(start)
    main_window.session.delete_annotation(annotation_id)
    main_window.registry.action(ActionId.TRASH).trigger()
    dialog = main_window.trash_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert [row.kind for row in dialog.rows()] == ["annotation"]
    record = main_window.current_speech().record
    assert dialog.rows()[0].detail == f"No. {record.index} · {record.title}", "titles repeat"
    dialog.select_all()
    dialog.restore_button.click()
    assert dialog.rows() == []
    assert main_window.reader.annotations_at(start) == [annotation_id]
    main_window.session.trash_collection(1)
    main_window.show_trash()
    assert [row.kind for row in dialog.rows()] == ["collection"], "its notes come back with it"
    dialog.select_all()
    dialog.restore_button.click()
    assert main_window.library_pane.proxy.rowCount() == 1
    assert main_window.reader.annotations_at(start) == [annotation_id]


def test_the_trash_names_speeches_as_all_speeches_does_reading_only_theirs(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Naming every speech of a 10,000-speech library to list a few took 0.2 s.
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    (annotation_id,) = main_window.reader.annotations_at(start)
    main_window.session.delete_annotation(annotation_id)
    statements: list[str] = []
    connection = main_window.session._library.db._conn
    connection.set_trace_callback(statements.append)
    dialog = main_window.show_trash()
    connection.set_trace_callback(None)
    assert not [s for s in statements if "OVER (PARTITION" in s], "not every speech's name"
    speech_id = main_window.current_speech().record.id
    labels = main_window._speech_labels()
    assert [row.detail for row in dialog.rows()] == [labels[speech_id]]


def test_emptying_the_trash_after_confirming_deletes_for_good(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    (annotation_id,) = main_window.reader.annotations_at(start)
    main_window.session.delete_annotation(annotation_id)
    dialog = main_window.show_trash()
    with qtbot.waitSignal(dialog.empty_requested):
        dialog.empty_requested.emit()  # what the confirmed question emits (tested in dialogs/)
    assert dialog.rows() == []
    assert main_window.session.trash() == []
    assert main_window.session.undo_stack.count() == 0


def test_deleting_chosen_rows_for_good_leaves_the_rest_of_the_trash(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Only the whole trash could be deleted for good; now the rows chosen can be (the
    question before it is tested in dialogs/), and what was restored meanwhile stays."""
    text = main_window.current_speech().text
    ids = []
    for word in ("效能革命", "市委"):
        start = text.index(word)
        select_and_press(qtbot, main_window, start, start + len(word), Qt.Key.Key_1)
        (annotation_id,) = main_window.reader.annotations_at(start)
        main_window.session.delete_annotation(annotation_id)
        ids.append(annotation_id)
    dialog = main_window.show_trash()
    assert len(dialog.rows()) == 2
    main_window.session.restore_annotation(ids[1])  # restored meanwhile: not deleted
    dialog.delete_requested.emit([("annotation", ids[0]), ("annotation", ids[1])])
    assert dialog.rows() == []
    kept = {a.id for a in main_window.session.annotations(main_window.current_speech_id())}
    assert kept == {ids[1]}
    main_window.session.trash_collection(1)
    main_window.show_trash()
    dialog.delete_requested.emit([("collection", "1")])
    assert dialog.rows() == []
    assert main_window.session.trashed_collections() == []
    assert main_window.session.undo_stack.count() == 0


def test_preferences_apply_theme_size_punctuation_and_are_kept(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = Preferences(language="en", theme="dark", font_size=20, fullwidth_punctuation=True)

    def accept(dialog: PreferencesDialog) -> int:
        assert dialog.preferences().theme == "light", "it opens on the current choices"
        dialog.set_preferences(chosen)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    main_window.registry.action(ActionId.PREFERENCES).trigger()
    assert main_window.reader.theme_name == "dark"
    assert main_window.reader.font_size == 20
    assert main_window.reader.fullwidth_punctuation
    assert main_window.settings.language == "en"
    assert main_window.preferences() == chosen


def test_keyboard_shortcuts_lists_the_menus_actions(main_window: MainWindow) -> None:
    main_window.registry.action(ActionId.SHORTCUTS).trigger()
    (dialog,) = main_window.findChildren(ShortcutsDialog)
    rows = dialog.visible_rows()
    commands = {command for _group, command, _keys in rows}
    assert {"Import", "Next Section", "Highlight Yellow"} <= commands
    keys = {command: key for _group, command, key in rows}
    assert keys["Next Section"] == "Alt+Down"
    dialog.close()


def test_keyboard_shortcuts_lists_every_key_of_the_annotations_list(
    main_window: MainWindow,
) -> None:
    row_actions = main_window.ensure_annotations_dock().row_actions
    wanted = {
        keys.toString(QKeySequence.SequenceFormat.NativeText)
        for action in row_actions.findChildren(QAction)
        for keys in action.shortcuts()
    }
    assert "Ctrl+T" in wanted, "Add Tag… of the chosen rows"
    main_window.registry.action(ActionId.SHORTCUTS).trigger()
    (dialog,) = main_window.findChildren(ShortcutsDialog)
    listed = {key for _group, _command, keys in dialog.visible_rows() for key in keys.split(" or ")}
    assert wanted - listed == set(), "Help ▸ Keyboard Shortcuts lists every key"
    dialog.close()


def test_keyboard_shortcuts_names_undo_itself_not_the_change_it_would_undo(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Add Highlight"
    main_window.registry.action(ActionId.SHORTCUTS).trigger()
    (dialog,) = main_window.findChildren(ShortcutsDialog)
    commands = {command for _group, command, _keys in dialog.visible_rows()}
    assert {"Undo", "Redo"} <= commands
    assert not any(command.startswith("Undo ") for command in commands)
    dialog.close()


def test_switching_to_chinese_translates_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    with window_language(main_window):
        main_window.retranslate()  # as the LanguageChange event does
        assert main_window.menus["&Edit"].title() == "编辑(&E)"
        assert main_window.registry.action(ActionId.NEXT_SECTION).text().startswith("下一章节")
        assert main_window.library_dock.windowTitle() == "文库"
        assert "字" in main_window.status.length_label.text()
        undo = main_window.registry.action(ActionId.UNDO)
        assert undo.text() == "撤销添加高亮(&U)", "a change made before the switch too"
        main_window.registry.action(ActionId.TRASH).trigger()
        assert main_window.trash_dialog.windowTitle() == "回收站"
    main_window.retranslate()
    assert main_window.menus["&Edit"].title() == "&Edit"


def test_the_chinese_edit_menu_names_the_step_as_chinese_software_does(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # 撤销添加高亮, as Word and WPS write it: "撤销 添加高亮" reads as two words side by side.
    with window_language(main_window):
        main_window.retranslate()
        text = main_window.current_speech().text
        start = text.index("效能革命")
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_2)
        undo = main_window.registry.action(ActionId.UNDO)
        redo = main_window.registry.action(ActionId.REDO)
        assert undo.text() == "撤销添加高亮(&U)"
        undo.trigger()
        qtbot.waitUntil(lambda: redo.text() == "重做添加高亮(&R)")
        assert main_window.reader.annotations_at(start) == []
    main_window.retranslate()


def test_switching_language_translates_the_library_pane_too(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    speech_row = pane.proxy.index(0, 0, pane.proxy.index(0, 0))
    assert speech_row.data(Role.DETAIL) == "No. 1"
    with window_language(main_window):
        # Qt's LanguageChange reaches the widgets through the event loop, as for a user.
        qtbot.waitUntil(lambda: pane.filter_edit.placeholderText() == "筛选标题")
        qtbot.waitUntil(lambda: speech_row.data(Role.DETAIL) == "第1篇")
    qtbot.waitUntil(lambda: pane.filter_edit.placeholderText() == "Filter titles")
    assert speech_row.data(Role.DETAIL) == "No. 1"


def test_the_trash_s_swatches_follow_a_theme_change(qtbot: QtBot, main_window: MainWindow) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_5)  # purple
    (annotation_id,) = main_window.reader.annotations_at(start)
    main_window.session.delete_annotation(annotation_id)
    row = main_window.show_trash().list.topLevelItem(0)
    assert swatch_fill(row.icon(0)) == QColor(PURPLE)
    with dark_theme(main_window):
        assert swatch_fill(row.icon(0)) == PURPLE_ON_DARK
    assert swatch_fill(row.icon(0)) == QColor(PURPLE), "and back on light"
