"""Tests for desktop/gui/note_saving.py: notes and tags the library refuses (a full disk).

Said once, then in the status bar and under the note; kept by annotation when another is
chosen, sent again at the next chance, and never dropped silently at quitting.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT
from desktop.core.storage.library import open_library
from desktop.gui import lock_wait
from desktop.gui.action_ids import ActionId
from desktop.gui.library_session import TYPED_BUSY_TIMEOUT
from desktop.gui.main_window import MainWindow
from desktop.gui.notes_records import recorded
from desktop.gui.settings import Settings
from tests.gui.full_disk import SUMMARIES, FullDisk, close_messages
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import (
    highlight_word,
    select_and_press,
    status_messages,
    type_chinese,
)

STILL_NOT_SAVED = "Still not saved: kept in the editor, and saved again as you go on."


def _type_and_pause(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type ``text`` at the end of the note, and wait for the pause in typing that saves it."""
    editor = window.annotations_dock.editor
    note = editor.note_edit
    note.moveCursor(note.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.note_edited, timeout=5000):
        type_chinese(note, text)


def _stored_note(library_path: Path, annotation_id: str) -> str:
    """The note as the library file holds it (another connection, as the next start reads it)."""
    with open_library(library_path, create=False, daily_backup=False) as other:
        return other.annotations.get(annotation_id).note


def test_a_note_refused_again_and_again_is_said_once_then_in_the_status_bar(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """While the disk stayed full, every pause in typing brought another message box."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    qtbot.waitUntil(editor.note_edit.hasFocus)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "满盘时")
    assert close_messages(window) == [SUMMARIES["disk-full"]]
    assert editor.unsaved_label.isVisible()
    shown = status_messages(window, monkeypatch)
    for more in ("写的", "批注"):
        shown.clear()
        _type_and_pause(qtbot, window, more)
        assert close_messages(window) == [], "said once"
        assert STILL_NOT_SAVED in shown
        assert editor.unsaved_label.isVisible()
    assert editor.note_edit.toPlainText() == "满盘时写的批注"

    # Another action gets its message, and so does another cause.
    start = window.current_speech().text.index("再动员")
    select_and_press(qtbot, window, start, start + 3, Qt.Key.Key_2)
    assert close_messages(window) == [SUMMARIES["disk-full"]]
    window.edit_note_of(note_id)
    disk.code = "read-only"
    _type_and_pause(qtbot, window, "，")
    assert close_messages(window) == [SUMMARIES["read-only"]]

    disk.full = False
    shown.clear()
    _type_and_pause(qtbot, window, "终于")
    assert close_messages(window) == []
    assert not editor.unsaved_label.isVisible()
    assert "Note saved." in shown
    assert _stored_note(library_path, note_id) == "满盘时写的批注，终于"
    disk.full, disk.code = True, "disk-full"
    _type_and_pause(qtbot, window, "又满了")
    assert close_messages(window) == [SUMMARIES["disk-full"]], "saved since: news again"
    disk.full = False


def test_the_words_refused_stay_with_their_annotation_when_another_is_chosen(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """Choosing another annotation while the disk was full loaded it into the editor, and the
    refused words of the one left were gone."""
    window = main_window
    first = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    second = highlight_word(qtbot, window, "再动员", Qt.Key.Key_2)
    editor = window.annotations_dock.editor
    window.edit_note_of(first)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "第一条的批注")
    assert close_messages(window) == [SUMMARIES["disk-full"]]

    window.edit_note_of(second)
    assert editor.note_edit.toPlainText() == ""
    assert not editor.unsaved_label.isVisible(), "this one has nothing unsaved"
    window.edit_note_of(first)
    assert editor.note_edit.toPlainText() == "第一条的批注", "the words refused, not the library's"
    assert editor.unsaved_label.isVisible()
    window.edit_note_of(second)
    assert close_messages(window) == [], "refused again on leaving it: said already"

    disk.full = False
    _type_and_pause(qtbot, window, "第二条")  # the next save sends the first's words too
    qtbot.waitUntil(lambda: not editor.has_unsaved())
    assert _stored_note(library_path, first) == "第一条的批注"
    assert _stored_note(library_path, second) == "第二条"
    assert not editor.has_unsaved()
    assert close_messages(window) == []


def test_the_next_change_the_library_takes_sends_the_refused_words_again(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "等有空间")
    close_messages(window)
    window.reader.setFocus()  # she reads on; the disk has room again
    disk.full = False
    highlight_word(qtbot, window, "再动员", Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.annotations_dock.editor.has_unsaved())
    assert _stored_note(library_path, note_id) == "等有空间"


def test_tags_refused_show_as_not_saved_and_are_kept_like_a_note(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """The tags line kept showing tags the full disk refused, as if they were saved."""
    window = main_window
    first = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    second = highlight_word(qtbot, window, "再动员", Qt.Key.Key_2)
    dock = window.annotations_dock
    editor = dock.editor
    assert dock.select_annotation(first)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    type_chinese(editor.tags_edit, "金句，数据")
    qtbot.keyClick(editor.tags_edit, Qt.Key.Key_Return)
    assert close_messages(window) == [SUMMARIES["disk-full"]]
    assert editor.tags_edit.text() == "金句，数据"
    assert editor.unsaved_label.isVisible(), "shown, and said not to be saved"
    assert window.session.annotation(first).tags == ()

    assert dock.select_annotation(second)
    assert editor.tags_edit.text() == ""
    assert dock.select_annotation(first)
    assert editor.tags_edit.text() == "金句, 数据", "the tags asked for, still to be saved"
    assert editor.unsaved_label.isVisible()

    disk.full = False
    shown = status_messages(window, monkeypatch)
    window.save_typed_note()
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert other.annotations.get(first).tags == ("金句", "数据")
    assert not editor.unsaved_label.isVisible()
    assert "Tags saved." in shown


def _question(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.objectName() for b in boxes] == ["unsaved_notes_question"]
    return boxes[0]


def _refused_files(library_path: Path) -> list[Path]:
    """The files beside the library holding refused notes (``unsaved_notes_file``)."""
    return list(library_path.parent.glob(f"{library_path.stem}-unsaved-notes-*.txt"))


def test_quitting_with_words_the_library_refuses_again_asks_first(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "不能丢的话")
    close_messages(window)

    assert not window.close()
    question = _question(window)
    assert "不能丢的话" in question.detailedText(), "the words, to copy"
    assert "效能革命" in question.detailedText()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()
    assert not window.has_closed

    assert not window.close()
    disk.full = False  # she made room
    _question(window).button(QMessageBox.StandardButton.Retry).click()
    qtbot.waitUntil(lambda: window.has_closed)
    assert _stored_note(library_path, note_id) == "不能丢的话"
    assert _refused_files(library_path) == [], "saved: the file they were kept in went"


def test_quitting_without_the_refused_words_is_her_choice(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "算了")
    close_messages(window)
    assert not window.close()
    retry = _question(window).button(QMessageBox.StandardButton.Retry)
    retry.click()  # still full: asked again
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "unsaved_notes_question") is not None)
    qtbot.waitUntil(lambda: _question(window) is not None)
    assert len(_refused_files(library_path)) == 1, "kept in a file while she was asked"
    _question(window).button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.has_closed)
    assert _stored_note(library_path, note_id) == ""
    assert _refused_files(library_path) == [], "given up by her: not told of at the next start"
    assert recorded(Settings()) == []


def test_undo_takes_back_the_refused_words_of_the_note_it_undoes(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """Undo of a note's edit while words of it were refused: they were sent again right after
    the undo and overwrote it."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    _type_and_pause(qtbot, window, "第一句")
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "第二句")
    close_messages(window)
    window.reader.setFocus()
    disk.full = False  # room again; she takes her change back
    assert window.registry.action(ActionId.UNDO).text() == "&Undo Edit Note"
    window.registry.action(ActionId.UNDO).trigger()
    retry = window.findChild(QObject, "note_saving")._retry
    qtbot.waitUntil(lambda: not retry.isActive())
    assert _stored_note(library_path, note_id) == ""
    assert editor.note_edit.toPlainText() == ""
    assert not editor.has_unsaved()
    assert not editor.unsaved_label.isVisible()
    window.registry.action(ActionId.REDO).trigger()
    qtbot.waitUntil(lambda: editor.note_edit.toPlainText() == "第一句")
    assert close_messages(window) == []


def test_refused_words_of_an_annotation_gone_from_the_library_are_said_once_and_dropped(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """Refused words of an annotation deleted for good were sent again for ever, and asked
    about at every quit."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "无处可存的话")
    close_messages(window)
    with open_library(library_path, create=False, daily_backup=False) as other:
        other.annotations.purge(note_id)  # a copy without it put back, say
    disk.full = False
    window.save_typed_note()
    lost = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.objectName() for b in lost] == ["lost_notes_message"], "said, never silently"
    assert "效能革命" in lost[0].text()
    assert "无处可存的话" in lost[0].detailedText(), "the words, to copy"
    lost[0].close()
    assert not editor.has_unsaved()
    assert not editor.unsaved_label.isVisible()
    window.save_typed_note()
    assert close_messages(window) == [], "said once"
    assert window.close(), "nothing left to ask about"


def test_undoing_a_tag_rename_takes_back_the_refused_tags_of_what_it_renamed(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """A library-wide step (a tag renamed) undone: the refused tags of an annotation it
    changed are part of what is taken back, not sent again over it."""
    window = main_window
    first = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    dock = window.annotations_dock
    editor = dock.editor
    window.session.set_tags(first, ["旧题"])
    window.session.rename_tag("旧题", "新题")
    assert dock.select_annotation(first)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    type_chinese(editor.tags_edit, "，更多")
    qtbot.keyClick(editor.tags_edit, Qt.Key.Key_Return)
    close_messages(window)
    assert editor.has_unsaved()
    window.reader.setFocus()
    disk.full = False
    window.registry.action(ActionId.UNDO).trigger()
    retry = window.findChild(QObject, "note_saving")._retry
    qtbot.waitUntil(lambda: not retry.isActive())
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert other.annotations.get(first).tags == ("旧题",)
    assert not editor.has_unsaved()
    assert close_messages(window) == []


def test_undoing_the_making_of_a_note_whose_words_were_all_refused_simply_undoes_it(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """Its refused words, sent again after the undo, found no annotation and brought the
    "no longer in the library" message: she took the note back, nothing of it was saved."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "没存下的话")
    close_messages(window)
    window.reader.setFocus()
    disk.full = False
    assert window.registry.action(ActionId.UNDO).text() == "&Undo Add Note"
    with qtbot.waitSignal(window.session.annotation_removed):
        window.registry.action(ActionId.UNDO).trigger()
    retry = window.findChild(QObject, "note_saving")._retry
    qtbot.waitUntil(lambda: not retry.isActive())
    window.save_typed_note()
    assert close_messages(window) == [], "no message: the undo did what she asked"
    assert not editor.has_unsaved()
    assert window.session.annotations() == []
    window.registry.action(ActionId.REDO).trigger()
    assert window.session.annotation(note_id).note == ""
    assert close_messages(window) == []
    assert window.close(), "nothing left to ask about"


WAITING_FOR_LOCK = (
    "The library is in use by another program: your changes are kept, and saved as soon as it "
    "lets go."
)


def test_a_note_refused_for_another_program_s_lock_is_saved_when_the_lock_goes(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """It was sent again only at the next pause in typing or change: a note typed while a sync
    tool held the library stayed unsaved after the lock went, until she typed again."""
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    qtbot.waitUntil(editor.note_edit.hasFocus)
    shown = status_messages(window, monkeypatch)
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        _type_and_pause(qtbot, window, "锁住时")  # refused after a short wait for the lock
        assert close_messages(window) == [], "no message box: the status bar says it waits"
        assert WAITING_FOR_LOCK in shown
        assert editor.unsaved_label.isVisible()
        _type_and_pause(qtbot, window, "写的")  # kept as typed, not tried against the lock
        assert editor.note_edit.toPlainText() == "锁住时写的"
        assert editor.unsaved_label.isVisible()
        other.execute("ROLLBACK")  # the program lets go; nobody types
    finally:
        other.close()
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=20000)
    assert _stored_note(library_path, note_id) == "锁住时写的"
    assert not editor.unsaved_label.isVisible()
    assert "Note saved." in shown
    assert close_messages(window) == []


def test_a_note_refused_for_a_lock_holds_the_window_a_moment_not_the_busy_timeout(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first refusal froze the window for SQLite's whole busy timeout (5 s) before the
    wait for the lock began: the note's write asked for the lock with that timeout."""
    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    qtbot.waitUntil(editor.note_edit.hasFocus)
    db = window.session._library.db
    asked_with: list[int] = []  # the busy timeout (ms) of each write's asking for the lock
    execute = db._execute

    def spy(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE":
            asked_with.append(db._conn.execute("PRAGMA busy_timeout").fetchone()[0])
        execute(sql)

    monkeypatch.setattr(db, "_execute", spy)
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        _type_and_pause(qtbot, window, "锁住时")
        assert window.findChild(QObject, "lock_wait").is_waiting(), "refused, and waiting"
    finally:
        other.close()
    assert asked_with, "the note's write asked for the lock"
    assert max(asked_with) <= TYPED_BUSY_TIMEOUT * 1000 < DEFAULT_BUSY_TIMEOUT * 1000
    assert db._conn.execute("PRAGMA busy_timeout").fetchone()[0] == DEFAULT_BUSY_TIMEOUT * 1000
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=20000)  # saved once it went


def test_the_wait_for_the_lock_is_said_in_the_language_switched_to(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    """The status bar went on saying it in the old language after a switch while it waited."""
    monkeypatch.setattr(lock_wait, "FIRST_MS", 600_000)  # no look at the lock says it again
    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    qtbot.waitUntil(editor.note_edit.hasFocus)
    dock = window.library_dock  # its title is set at the window's own LanguageChange
    english = dock.windowTitle()
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        _type_and_pause(qtbot, window, "锁住时")
        assert window.status.currentMessage() == WAITING_FOR_LOCK
        with window_language(window):
            qtbot.waitUntil(lambda: dock.windowTitle() != english)  # the window has switched
            assert window.status.currentMessage() == WAITING_FOR_LOCK_ZH
        qtbot.waitUntil(lambda: dock.windowTitle() == english)
        assert window.status.currentMessage() == WAITING_FOR_LOCK, "and back"
        other.execute("ROLLBACK")  # the program lets go
    finally:
        other.close()
    _type_and_pause(qtbot, window, "写的")  # the lock gone: the pause saves
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=20000)
    assert close_messages(window) == []


WAITING_FOR_LOCK_ZH = "文库正被其他程序占用：您的修改已保留，一旦释放即自动保存。"
