"""Changes the library refused (a full disk, a read-only file): kept for a retry, never dropped.

The note being typed and the undo history both hold the only copy of words the library does
not have: a failed save must leave the note waiting to be sent again, and a failed undo must
leave its step where it was, so both work once the disk has room again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.annotation_editor import AnnotationEditor
from desktop.gui.main_window import MainWindow
from tests.gui.full_disk import FullDisk, close_messages
from tests.gui.window_helpers import highlight_word, type_chinese
from tests.models.factory import make_annotation


def _full_disk(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> FullDisk:
    return FullDisk(monkeypatch, window)


def test_a_note_the_full_disk_refused_is_saved_when_the_note_is_left_after_room_is_made(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    disk = _full_disk(monkeypatch, window)
    disk.full = True
    type_chinese(editor, "满盘时写的批注")
    window.save_typed_note()  # the pause in typing: the save fails and says so
    assert close_messages(window) == [
        "The disk is full. The change was not saved; the library is as it was."
    ]
    assert window.session.annotation(note_id).note == ""
    assert editor.toPlainText() == "满盘时写的批注", "the words stay where she typed them"
    disk.full = False  # room made: leaving the note now must not take it for saved
    window.save_typed_note()
    assert window.session.annotation(note_id).note == "满盘时写的批注"
    assert close_messages(window) == []


def test_an_undo_the_full_disk_refused_stays_in_the_history_and_works_later(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing "Edit Note" is the only way back to the note's old words: a failed undo
    dropped the step, and the old words with it."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    type_chinese(editor, "几个月的笔记")
    window.save_typed_note()
    highlight_word(qtbot, window, "再动员", Qt.Key.Key_2)  # a step between: no merging
    window.session.edit_note(note_id, "不小心覆盖")
    stack = window.session.undo_stack
    steps, index = stack.count(), stack.index()
    disk = _full_disk(monkeypatch, window)
    disk.full = True
    undo = window.registry.action(ActionId.UNDO)
    undo.trigger()
    assert close_messages(window) == [
        "The disk is full. The change was not saved; the library is as it was."
    ]
    assert window.session.annotation(note_id).note == "不小心覆盖"
    assert (stack.count(), stack.index()) == (steps, index), "the step waits where it was"
    assert undo.isEnabled()
    assert undo.text() == "&Undo Edit Note"
    disk.full = False
    undo.trigger()
    assert window.session.annotation(note_id).note == "几个月的笔记"
    assert close_messages(window) == []


def test_a_redo_the_full_disk_refused_stays_to_be_redone(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    type_chinese(editor, "原来的批注")
    window.save_typed_note()
    highlight_word(qtbot, window, "再动员", Qt.Key.Key_2)  # a step between: no merging
    window.session.edit_note(note_id, "改过的批注")
    stack = window.session.undo_stack
    window.registry.action(ActionId.UNDO).trigger()
    assert window.session.annotation(note_id).note == "原来的批注"
    steps, index = stack.count(), stack.index()
    disk = _full_disk(monkeypatch, window)
    disk.full = True
    redo = window.registry.action(ActionId.REDO)
    redo.trigger()
    assert len(close_messages(window)) == 1
    assert (stack.count(), stack.index()) == (steps, index)
    assert redo.isEnabled()
    disk.full = False
    redo.trigger()
    assert window.session.annotation(note_id).note == "改过的批注"


def test_refused_words_are_sent_again_on_leaving_but_not_as_the_message_takes_the_keys(
    qtbot: QtBot,
) -> None:
    """The message box saying the save failed takes the keyboard from the note: sending the
    refused words again then brought a second message at once."""
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    annotation = make_annotation(note="旧")
    sent: list[str] = []
    editor.note_edited.connect(lambda _id, text: sent.append(text))
    editor.set_annotation(annotation)
    editor.note_edit.setPlainText("新写的")
    editor.flush()
    editor.note_not_saved(annotation.id, "新写的")
    to_message = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    QApplication.sendEvent(editor.note_edit, to_message)
    assert sent == ["新写的"]
    elsewhere = QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason)
    QApplication.sendEvent(editor.note_edit, elsewhere)
    assert sent == ["新写的", "新写的"]
    editor.note_saved(annotation.id)  # as the window says once the library took them
    QApplication.sendEvent(editor.note_edit, elsewhere)
    assert sent == ["新写的", "新写的"], "saved this time: nothing more to send"
