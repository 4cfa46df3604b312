"""Tests for desktop/gui/annotation_editor.py: the note saved as typed (every so often while
the typing goes on), tags typed in one line and kept in the order typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.annotation_editor import AnnotationEditor
from desktop.gui.main_window import MainWindow
from desktop.gui.tag_completer import split_tags
from tests.gui.window_helpers import highlight_word, type_chinese
from tests.models.factory import make_annotation


def test_switching_annotations_sends_the_pending_note_of_the_previous(qtbot: QtBot) -> None:
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    first, second = make_annotation(note="旧"), make_annotation(note="另一条")
    editor.set_annotation(first)
    editor.note_edit.setPlainText("新的批注")
    with qtbot.waitSignal(editor.note_edited, timeout=100) as blocker:
        editor.set_annotation(second)
    assert blocker.args == [first.id, "新的批注"]
    assert editor.note_edit.toPlainText() == "另一条"


def test_loading_an_annotation_sends_nothing(qtbot: QtBot) -> None:
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    sent: list[str] = []
    editor.note_edited.connect(lambda _id, text: sent.append(text))
    editor.set_annotation(make_annotation(note="已有批注", tags=("金句",)))
    editor.flush()
    assert sent == []
    assert editor.tags_edit.text() == "金句"


def test_a_note_copied_goes_to_a_word_processor_as_plain_text_with_its_line_breaks(
    qtbot: QtBot,
) -> None:
    """No HTML nor OpenDocument copy naming the app's font: pasted into WPS or LibreOffice,
    the note takes the draft's font and size."""
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    editor.set_annotation(make_annotation(note="第一行批注\n第二行批注"))
    note = editor.note_edit
    note.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.formats() == ["text/plain"]
    assert copied.text() == "第一行批注\n第二行批注"


def test_passing_through_the_note_leaves_tags_the_line_cannot_spell_as_they_are(
    qtbot: QtBot,
) -> None:
    """A tag holding a comma (made by ``annotate --tag`` or an imported file) was split in two,
    and the annotation's modified time stamped, by a click into the note and out again."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    editor, elsewhere = AnnotationEditor(host), QLineEdit(host)
    layout.addWidget(editor)
    layout.addWidget(elsewhere)
    host.show()
    qtbot.waitExposed(host)
    editor.set_annotation(make_annotation(note="批注", tags=("规划", "tag,comma")))
    with qtbot.assertNotEmitted(editor.tags_edited):
        qtbot.mouseClick(editor.note_edit.viewport(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(editor.note_edit.hasFocus)
        qtbot.mouseClick(elsewhere, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(elsewhere.hasFocus)
    with qtbot.waitSignal(editor.tags_edited) as edited:  # typing in the line still saves it
        qtbot.mouseClick(editor.tags_edit, Qt.MouseButton.LeftButton)
        qtbot.keyClick(editor.tags_edit, Qt.Key.Key_End)
        qtbot.keyClicks(editor.tags_edit, ", new")
        qtbot.keyClick(editor.tags_edit, Qt.Key.Key_Return)
    assert edited.args[1] == ["规划", "tag", "comma", "new"]


def test_tags_stay_in_the_order_typed_while_the_note_is_saved_and_undo_shows_its_change(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    annotation_id = highlight_word(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    assert dock.select_annotation(annotation_id)
    tags = dock.editor.tags_edit
    with qtbot.waitSignal(main_window.session.annotation_changed):
        type_chinese(tags, "数据，历史")
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert main_window.session.annotation(annotation_id).tags == ("数据", "历史")
    note = dock.editor.note_edit
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(note, "开头可用")  # saved after a pause: the dock hears of the change
    assert not tags.hasFocus()
    assert tags.text() == "数据，历史", "the order typed, under the user's hands"
    main_window.registry.action(ActionId.UNDO).trigger()  # the note
    main_window.registry.action(ActionId.UNDO).trigger()  # the tags
    assert main_window.session.annotation(annotation_id).tags == ()
    assert tags.text() == ""


# The completer's popup offers the tags typed before (offscreen cannot raise it or grab keys).
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_new_order_of_the_same_tags_is_saved_and_undone_and_shown_on_reopening(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    annotation_id = highlight_word(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    other_id = highlight_word(qtbot, main_window, "决心", Qt.Key.Key_2)
    dock = main_window.annotations_dock
    assert dock.select_annotation(annotation_id)
    tags = dock.editor.tags_edit
    with qtbot.waitSignal(main_window.session.annotation_changed):
        type_chinese(tags, "重点，经济，引用")
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    tags.selectAll()
    with qtbot.waitSignal(main_window.session.annotation_changed):
        type_chinese(tags, "引用，重点，经济")
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert main_window.session.annotation(annotation_id).tags == ("引用", "重点", "经济")
    dock.editor.note_edit.setFocus()
    main_window.registry.action(ActionId.UNDO).trigger()
    assert main_window.session.annotation(annotation_id).tags == ("重点", "经济", "引用")
    assert split_tags(tags.text()) == ["重点", "经济", "引用"], "the undone order shown"
    assert dock.select_annotation(other_id)
    assert tags.text() == ""
    assert dock.select_annotation(annotation_id)
    assert split_tags(tags.text()) == ["重点", "经济", "引用"], "reopened in the order typed"


def test_typing_on_without_a_pause_saves_the_note_every_so_often(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    """Saved only after a pause in typing, a note typed on without one was saved nothing until
    she stopped: a crash lost all of it. The timers run in test time: the pause never comes,
    the longest wait is short; the keys go on meanwhile."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    note = editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    pause, longest = editor.save_timers
    pause.setInterval(3_600_000)  # she never stops long enough
    longest.setInterval(20)
    saves: list[str] = []

    def typing_on_until_saved() -> None:
        qtbot.keyClicks(note, "ab")
        saved = window.session.annotation(note_id).note
        assert saved not in ("", *saves), "saved while the typing goes on"
        saves.append(saved)

    qtbot.waitUntil(typing_on_until_saved, timeout=20_000)
    qtbot.waitUntil(typing_on_until_saved, timeout=20_000)  # and again, a while later
    typed = note.toPlainText()
    assert pause.isActive(), "no pause came: the keys went on"
    assert set(typed) == {"a", "b"}
    assert typed.startswith(saves[1])
    assert len(saves[1]) > len(saves[0])
    assert note.textCursor().position() == len(typed), "the caret stayed where she typed"
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert other.annotations.get(note_id).note == saves[1], "in the file, as a crash finds it"
    qtbot.keyClicks(note, "c")
    window.save_typed_note()
    assert window.session.annotation(note_id).note == typed + "c"
