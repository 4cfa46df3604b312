"""Tests for desktop/dialogs/tags_dialog.py: the list, its sorting and filter, rename and delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.dialogs.tags_dialog import TagsDialog, TagTexts
from desktop.gui.i18n import Language
from desktop.models.tags_model import Column, Role
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.typing import commit_text

COUNTS = {"金句": 12, "结构": 3, "开头": 100, "提法": 1}


@pytest.fixture
def dialog(qtbot: QtBot) -> TagsDialog:
    """The dialog with four tags, shown, the list with the keyboard."""
    shown = TagsDialog()
    qtbot.addWidget(shown)
    shown.set_counts(COUNTS)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    shown.view.setFocus()
    return shown


def _shown(dialog: TagsDialog) -> list[str]:
    proxy = dialog.view.model()
    return [proxy.index(row, Column.NAME).data(Role.TAG) for row in range(proxy.rowCount())]


def test_tags_sort_by_name_and_by_count_from_the_header(qtbot: QtBot, dialog: TagsDialog) -> None:
    assert _shown(dialog) == ["结构", "金句", "开头", "提法"]  # jié, jīn, kāi, tí
    assert dialog.current_tag() == _shown(dialog)[0], "arrows and F2 work at once"
    header = dialog.view.header()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(Column.COUNT) + 5, 5),
    )
    assert _shown(dialog) == ["提法", "结构", "金句", "开头"]


def test_six_tags_list_in_pinyin_order(dialog: TagsDialog) -> None:
    in_pinyin_order = ["安全", "北京", "结构", "金句", "提法", "重点"]
    dialog.set_counts(dict.fromkeys(reversed(in_pinyin_order), 1))
    assert _shown(dialog) == in_pinyin_order


def test_the_filter_shows_only_matching_tags(qtbot: QtBot, dialog: TagsDialog) -> None:
    dialog.filter_edit.setFocus()
    commit_text(dialog.filter_edit, "句")
    assert _shown(dialog) == ["金句"]
    assert dialog.current_tag() == "金句"
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.view.hasFocus(), "Enter goes on to the list"
    assert dialog.isVisible()


def test_rename_edits_in_place_and_asks_with_the_tidied_name(
    qtbot: QtBot, dialog: TagsDialog
) -> None:
    dialog.select_tag("结构")
    dialog.rename_button.click()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    commit_text(editor, "  文章   结构 ")
    with qtbot.waitSignal(dialog.rename_requested) as asked:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert asked.args == ["结构", "文章 结构"]
    assert dialog.isVisible(), "Enter commits the name; it does not close the dialog"


def test_delete_asks_for_the_current_tag(qtbot: QtBot, dialog: TagsDialog) -> None:
    dialog.select_tag("提法")
    with qtbot.waitSignal(dialog.delete_requested) as asked:
        qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert asked.args == ["提法"]
    dialog.select_tag("开头")
    with qtbot.waitSignal(dialog.delete_requested) as asked:
        dialog.delete_button.click()
    assert asked.args == ["开头"]


def test_new_counts_keep_the_chosen_tag_and_no_tags_says_how_to_make_some(
    dialog: TagsDialog,
) -> None:
    dialog.select_tag("结构")
    dialog.set_counts({**COUNTS, "结构": 4})
    assert dialog.current_tag() == "结构"
    dialog.set_counts({})
    assert not dialog.rename_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert "No tags yet" in dialog.empty_hint.text()
    assert dialog.empty_hint.isVisible()
    assert not dialog.view.isVisible()
    dialog.set_counts(COUNTS)
    assert dialog.view.isVisible()
    assert not dialog.empty_hint.isVisible()


def test_every_button_and_the_filter_have_their_own_access_key(
    qtbot: QtBot, ui_language: Language, dialog: TagsDialog
) -> None:
    assert window_problems(dialog) == []
    if ui_language == Language.CHINESE:
        assert dialog.windowTitle() == "管理标签"
        assert dialog.rename_button.text() == "重命名(&R)"
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.filter_edit]
    press_access_key(qtbot, dialog, label.text())
    assert dialog.filter_edit.hasFocus()


def test_escape_closes_the_dialog(qtbot: QtBot, dialog: TagsDialog) -> None:
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_tag_holding_a_place_mark_is_named_as_written(qtbot: QtBot) -> None:
    """A user's tag like "50%2" must not be filled in as if it were the sentence's place."""
    said = TagTexts().renamed("50%2", "半数", 1, False)
    assert said.startswith("Renamed “50%2” to “半数” on 1 annotation")  # plural: no translator
