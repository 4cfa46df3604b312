"""Tests for desktop/dialogs/shortcuts_dialog.py: every action, grouped by menu, searchable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.dialogs.shortcuts_dialog import (
    ShortcutsDialog,
    groups_from_menu_bar,
    plain_text,
    shortcut_text,
)
from desktop.gui.actions import SPECS, ActionId, ActionRegistry
from desktop.gui.i18n import Language
from tests.gui.access_keys import window_problems


def _window(qtbot: QtBot) -> tuple[QMainWindow, ActionRegistry]:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    edit = window.menuBar().addMenu("&Edit")
    edit.addActions(registry.actions([ActionId.COPY, ActionId.COPY_WITH_CITATION]))
    edit.addSeparator()
    colours = edit.addMenu("Highlight")
    colours.addActions(registry.actions([ActionId.HIGHLIGHT_1, ActionId.HIGHLIGHT_2]))
    view = window.menuBar().addMenu("&View")
    view.addActions(registry.actions([ActionId.ZOOM_IN, ActionId.ZOOM_RESET]))
    return window, registry


def test_plain_text_drops_mnemonics_and_ellipses() -> None:
    assert plain_text("Add &Note…") == "Add Note"
    assert plain_text("添加批注(&N)…") == "添加批注"
    assert plain_text("Save && Close") == "Save & Close"


def test_groups_follow_the_menus_and_list_every_registry_action(qtbot: QtBot) -> None:
    window, registry = _window(qtbot)
    groups = groups_from_menu_bar(window.menuBar(), registry)
    assert [g.title for g in groups] == ["Edit", "View", "Other"]
    assert [plain_text(a.text()) for a in groups[0].actions] == [
        "Copy",
        "Copy with Citation",
        "Highlight Yellow",
        "Highlight Green",
    ]
    listed = sum(len(g.actions) for g in groups)
    assert listed == len(SPECS)


def test_the_dialog_shows_shortcuts_and_filters_by_name_key_or_menu(qtbot: QtBot) -> None:
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry)
    qtbot.addWidget(dialog)
    rows = dialog.visible_rows()
    assert ("Edit", "Copy with Citation", "Ctrl+Shift+C") in rows
    assert ("Edit", "Highlight Yellow", "1") in rows
    qtbot.keyClicks(dialog.search_edit, "citation")
    assert [r[1] for r in dialog.visible_rows()] == ["Copy with Citation"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "ctrl+0")
    assert [r[1] for r in dialog.visible_rows()] == ["Actual Size"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "view")
    # The View menu's keys, and File ▸ Print Preview by its name.
    assert [r[1] for r in dialog.visible_rows()] == ["Zoom In", "Actual Size", "Print Preview"]


def test_only_keys_of_an_ordinary_keyboard_are_listed(qapp) -> None:  # noqa: ANN001, ARG001
    action = QAction()
    action.setShortcuts(
        [
            QKeySequence("Ctrl+Z"),
            QKeySequence(Qt.Key.Key_F14),
            QKeySequence(Qt.Key.Key_Undo),
            QKeySequence("Ctrl+Ins"),
            QKeySequence("Ctrl+K, Ctrl+F20"),
        ]
    )
    assert shortcut_text(action, native=False) == "Ctrl+Z; Ctrl+Ins"


def test_close_has_an_access_key_and_escape_closes(qtbot: QtBot, ui_language: Language) -> None:
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.search_edit
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_keys_of_no_command_are_listed_too(qtbot: QtBot, ui_language: Language) -> None:
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "esc")  # the portable name, in either language
    ((group, command, keys),) = dialog.visible_rows()
    back = "Back to the page from a pane" if ui_language is Language.ENGLISH else "从面板回到正文"
    assert command == back
    assert keys == QKeySequence("Esc").toString(QKeySequence.SequenceFormat.NativeText)


def test_the_pages_line_and_speech_keys_are_listed(qtbot: QtBot, ui_language: Language) -> None:
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "home")
    rows = {command: keys for _group, command, keys in dialog.visible_rows()}
    either = "or" if ui_language is Language.ENGLISH else "或"
    lines, edges = f"Home {either} End", f"Ctrl+Home {either} Ctrl+End"
    if ui_language is Language.ENGLISH:
        assert rows["Start or end of the line in the page"] == lines
        assert rows["Top or bottom of the speech"] == edges
    else:
        assert sorted(rows.values()) == sorted([lines, edges])


def test_the_pages_paragraph_keys_are_listed(qtbot: QtBot, ui_language: Language) -> None:
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "ctrl+down")
    ((_group, command, keys),) = dialog.visible_rows()
    native = QKeySequence.SequenceFormat.NativeText
    down, up = (QKeySequence(key).toString(native) for key in ("Ctrl+Down", "Ctrl+Up"))
    assert keys == f"{down} {'or' if ui_language is Language.ENGLISH else '或'} {up}"
    english = "Next or previous paragraph in the page"
    assert command == (english if ui_language is Language.ENGLISH else "正文中移到下一段或上一段")


def test_the_compare_window_s_change_keys_are_listed(qtbot: QtBot, ui_language: Language) -> None:
    # F7 and Shift+F7 step through a comparison's changes; the list read only the menu bar's.
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "f7")
    ((group, command, keys),) = dialog.visible_rows()
    native = QKeySequence.SequenceFormat.NativeText
    next_key, previous_key = (QKeySequence(key).toString(native) for key in ("F7", "Shift+F7"))
    assert keys == f"{next_key} {'or' if ui_language is Language.ENGLISH else '或'} {previous_key}"
    if ui_language is Language.ENGLISH:
        assert (group, command) == ("Compare Window", "Next or previous change")
    else:
        assert (group, command) == ("对照窗口", "下一处或上一处改动")


@pytest.mark.parametrize(
    ("key", "english", "chinese"),
    [
        ("Ctrl+E", "Export the changes", "导出改动"),
        ("Ctrl+Shift+C", "Copy the changes, to paste into Word", "复制改动（可粘贴到 Word）"),
    ],
)
def test_the_compare_window_s_export_and_copy_keys_are_listed(
    qtbot: QtBot, ui_language: Language, key: str, english: str, chinese: str
) -> None:
    # Export Changes… and Copy Changes came with keys that only their tooltips named.
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    named = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    qtbot.keyClicks(dialog.search_edit, named)
    rows = [row for row in dialog.visible_rows() if row[0] in ("Compare Window", "对照窗口")]
    expected = english if ui_language is Language.ENGLISH else chinese
    assert [(command, keys) for _group, command, keys in rows] == [(expected, named)]


def test_ctrl_click_selecting_a_sentence_is_listed(qtbot: QtBot, ui_language: Language) -> None:
    # A mouse gesture no key sequence can hold: Select Sentence's status tip alone named it.
    window, registry = _window(qtbot)
    dialog = ShortcutsDialog.for_window(window.menuBar(), registry, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "click")  # the portable name, in either language
    ((group, command, keys),) = dialog.visible_rows()
    ctrl = QKeySequence("Ctrl+A").toString(QKeySequence.SequenceFormat.NativeText)[:-1]
    if ui_language is Language.ENGLISH:
        assert (command, keys) == ("Select the sentence under the pointer", f"{ctrl}Click")
    else:
        assert (command, keys) == ("选中鼠标所指的句子", f"{ctrl}单击")
        assert group == "面板与列表中的按键"
