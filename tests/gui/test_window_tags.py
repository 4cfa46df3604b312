"""Tests for desktop/gui/window_tags.py: Manage Tags driven in the real window, as a user does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.dialogs.tags_dialog import TagsDialog
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from tests.gui.access_keys import activate
from tests.gui.typing import commit_text
from tests.gui.window_helpers import focus_reader, menu_action


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, which gives the counted messages their singular and plural."""
    translations = Translations(qapp)
    assert translations.apply(Language.ENGLISH) == Language.ENGLISH
    yield
    translations.remove()


@pytest.fixture
def tagged(main_window: MainWindow) -> list[Annotation]:
    """Three highlights of the open speech: 金句+开头, 金句, 提法."""
    session = main_window.session
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    made = []
    for i, tags in enumerate([("金句", "开头"), ("金句",), ("提法",)]):
        highlight = session.add_highlight(speech_id, i * 20, i * 20 + 6, "yellow")
        made.append(session.set_tags(highlight.id, tags))
    return made


def _filter_tags(window: MainWindow) -> list[str]:
    """The tag filter's entries as the dock shows them ("金句 (2)"), after "All Tags"."""
    combo = window.annotations_dock.filter_bar.tag_combo
    return [combo.itemText(i) for i in range(1, combo.count())]


def _open_from_menu(qtbot: QtBot, window: MainWindow) -> TagsDialog:
    focus_reader(qtbot, window)
    menu_action(window, "&Edit", "action_manage_tags").trigger()
    dialog = window.tags_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.view)
    return dialog


def _listed(dialog: TagsDialog) -> dict[str, int]:
    return dialog.model.counts()


def _rename_by_typing(qtbot: QtBot, dialog: TagsDialog, tag: str, name: str) -> None:
    assert dialog.select_tag(tag)
    qtbot.keyClick(dialog.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.selectedText() == tag
    commit_text(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_rename_by_typing_then_undo_then_delete_then_escape(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    assert _filter_tags(main_window) == ["金句 (2)", "开头 (1)", "提法 (1)"]
    dialog = _open_from_menu(qtbot, main_window)
    assert _listed(dialog) == {"开头": 1, "提法": 1, "金句": 2}
    assert dialog.windowTitle() == "Manage Tags"

    _rename_by_typing(qtbot, dialog, "金句", "好句")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["好句 (2)", "开头 (1)", "提法 (1)"])
    assert _listed(dialog) == {"好句": 2, "开头": 1, "提法": 1}
    assert dialog.current_tag() == "好句"
    assert "Renamed “金句” to “好句” on 2 annotations." in dialog.message.text()
    assert main_window.session.undo_stack.undoText() == "Rename Tag"
    assert main_window.reader.annotations_at(tagged[0].start) == [tagged[0].id]
    assert main_window.session.annotation(tagged[0].id).tags == ("好句", "开头")

    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "开头 (1)", "提法 (1)"])
    assert [main_window.session.annotation(a.id) for a in tagged] == tagged
    assert _listed(dialog) == {"开头": 1, "提法": 1, "金句": 2}
    assert dialog.message.text() == "", "the rename's message and its Undo hint are past"

    assert dialog.select_tag("开头")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "提法 (1)"])
    assert len(main_window.session.annotations(tagged[0].speech_id)) == 3, "annotations stay"
    assert main_window.session.undo_stack.undoText() == "Delete Tag"
    assert "Removed “开头” from 1 annotation" in dialog.message.text()

    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_renaming_to_an_existing_tag_merges_them(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "开头", "金句")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "提法 (1)"])
    assert main_window.session.annotation(tagged[0].id).tags == ("金句",)
    assert "Merged “开头” into “金句” on 1 annotation." in dialog.message.text()


def test_an_empty_or_splittable_name_is_explained_and_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    dialog = _open_from_menu(qtbot, main_window)
    steps = main_window.session.undo_stack.count()
    _rename_by_typing(qtbot, dialog, "金句", "好句，妙句")
    qtbot.waitUntil(lambda: "separate tags" in dialog.message.text())
    _rename_by_typing(qtbot, dialog, "金句", "   ")
    qtbot.waitUntil(lambda: dialog.message.text() == "A tag needs a name.")
    assert main_window.session.undo_stack.count() == steps
    assert _listed(dialog) == {"开头": 1, "提法": 1, "金句": 2}


def test_the_button_beside_the_dock_tag_filter_opens_the_dialog(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    button = main_window.annotations_dock.filter_bar.findChild(QToolButton, "manageTagsButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = main_window.tags_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert _listed(dialog) == {"开头": 1, "提法": 1, "金句": 2}
    dialog.close()


def test_chinese_runs_the_undo_hint_on_without_a_space(
    qtbot: QtBot, qapp: QApplication, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    chinese = Translations(qapp)
    assert chinese.apply(Language.CHINESE) == Language.CHINESE
    try:
        dialog = _open_from_menu(qtbot, main_window)
        _rename_by_typing(qtbot, dialog, "开头", "金句")
        qtbot.waitUntil(lambda: "合并" in dialog.message.text())
        assert "。可按" in dialog.message.text(), "no space between Chinese sentences"
    finally:
        chinese.remove()


def test_with_no_tags_the_dialog_says_how_to_make_some(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    for annotation in tagged:
        main_window.session.set_tags(annotation.id, ())
    focus_reader(qtbot, main_window)
    menu_action(main_window, "&Edit", "action_manage_tags").trigger()
    dialog = main_window.tags_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    hint = dialog.empty_hint
    assert hint.isVisible()
    assert not dialog.view.isVisible()
    assert "No tags yet" in hint.text()
    assert "Annotations pane" in hint.text()


def test_the_dock_filtered_by_a_tag_follows_its_rename_and_merge(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    # Filtered to 金句, a researcher renames it: the list stays on the same two annotations
    # under the new name, instead of falling back to "All Tags" and showing every one.
    dock = main_window.annotations_dock
    combo = dock.filter_bar.tag_combo
    combo.setCurrentIndex(combo.findData("金句"))
    qtbot.waitUntil(lambda: dock.proxy.shown_count() == 2)
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "金句", "好句")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["好句 (2)", "开头 (1)", "提法 (1)"])
    assert dock.filter_bar.current_tag() == "好句"
    assert dock.proxy.tag == "好句"
    assert dock.proxy.shown_count() == 2
    # Merged into another tag, the filter follows into it.
    _rename_by_typing(qtbot, dialog, "好句", "开头")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["开头 (2)", "提法 (1)"])
    assert dock.filter_bar.current_tag() == "开头"
    assert dock.proxy.shown_count() == 2
    # A rename of another tag leaves the filter alone.
    _rename_by_typing(qtbot, dialog, "提法", "表述")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["表述 (1)", "开头 (2)"])
    assert dock.filter_bar.current_tag() == "开头"


def _undo_in(qtbot: QtBot, dialog: TagsDialog) -> None:
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _redo_in(qtbot: QtBot, dialog: TagsDialog) -> None:
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.view, Qt.Key.Key_Z, shift_control)


def _filtered_to(qtbot: QtBot, window: MainWindow, tag: str, shown: int) -> None:
    """The dock's tag filter and its list: on ``tag``, showing ``shown`` annotations."""
    dock = window.annotations_dock
    qtbot.waitUntil(lambda: dock.filter_bar.current_tag() == tag)
    assert dock.proxy.tag == tag
    assert dock.proxy.shown_count() == shown


@pytest.mark.parametrize("all_speeches", [False, True], ids=["this-speech", "all-speeches"])
def test_the_dock_filter_follows_a_rename_undone_and_redone(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation], all_speeches: bool
) -> None:
    # Filtered to 金句, a researcher renames it to 好句 and takes it back: the list stays on
    # its two annotations under each name, not "All Tags" showing every one. Over all
    # speeches the tags come later, from a worker.
    dock = main_window.annotations_dock
    dock.set_all_speeches(all_speeches)
    qtbot.waitUntil(lambda: dock.proxy.shown_count() == 3)
    combo = dock.filter_bar.tag_combo
    combo.setCurrentIndex(combo.findData("金句"))
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "金句", "好句")
    _filtered_to(qtbot, main_window, "好句", 2)
    _undo_in(qtbot, dialog)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "开头 (1)", "提法 (1)"])
    _filtered_to(qtbot, main_window, "金句", 2)
    _redo_in(qtbot, dialog)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["好句 (2)", "开头 (1)", "提法 (1)"])
    _filtered_to(qtbot, main_window, "好句", 2)


def test_the_dock_filter_follows_a_merge_undone_and_redone(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    # Filtered to 开头, merged into 金句: undone, the filter goes back to 开头 (金句 is still
    # offered, but the annotations followed are 开头's); redone, into 金句 again.
    combo = main_window.annotations_dock.filter_bar.tag_combo
    combo.setCurrentIndex(combo.findData("开头"))
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "开头", "金句")
    _filtered_to(qtbot, main_window, "金句", 2)
    _undo_in(qtbot, dialog)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "开头 (1)", "提法 (1)"])
    _filtered_to(qtbot, main_window, "开头", 1)
    _redo_in(qtbot, dialog)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "提法 (1)"])
    _filtered_to(qtbot, main_window, "金句", 2)


def test_filtered_to_the_tag_merged_into_the_filter_stays_through_undo(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    # The filter was on 金句 before 开头 merged into it: the merge undone leaves it there.
    combo = main_window.annotations_dock.filter_bar.tag_combo
    combo.setCurrentIndex(combo.findData("金句"))
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "开头", "金句")
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "提法 (1)"])
    _undo_in(qtbot, dialog)
    qtbot.waitUntil(lambda: _filter_tags(main_window) == ["金句 (2)", "开头 (1)", "提法 (1)"])
    _filtered_to(qtbot, main_window, "金句", 2)


def test_the_filter_follows_a_merge_into_a_tag_spelled_in_another_case(
    qtbot: QtBot, main_window: MainWindow, tagged: list[Annotation]
) -> None:
    # "ppt" merged into "PPT" (tags compare without ASCII case): the filter finds "PPT".
    session = main_window.session
    session.set_tags(tagged[2].id, ("提法", "PPT"))
    session.set_tags(tagged[1].id, ("金句", "slides"))
    combo = main_window.annotations_dock.filter_bar.tag_combo
    qtbot.waitUntil(lambda: combo.findData("slides") > 0)
    combo.setCurrentIndex(combo.findData("slides"))
    dialog = _open_from_menu(qtbot, main_window)
    _rename_by_typing(qtbot, dialog, "slides", "ppt")
    _filtered_to(qtbot, main_window, "PPT", 2)
    _undo_in(qtbot, dialog)
    _filtered_to(qtbot, main_window, "slides", 1)
