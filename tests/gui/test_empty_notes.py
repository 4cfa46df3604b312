"""Tests for desktop/gui/empty_notes.py: a note opened and left without a word leaves nothing.

Driven as a user does in the real window: Shift+arrows select, N (or the floating toolbar's
note button) opens the note, Esc (or a click back into the page) leaves it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.empty_notes import is_empty_note
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import close_window
from tests.gui.full_disk import FullDisk, close_messages
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.reader.helpers import char_point
from tests.gui.window_helpers import focus_reader, highlight_word, status_messages, type_chinese

WORD = "效能革命"


def _select_with_shift_arrows(qtbot: QtBot, window: MainWindow, word: str) -> None:
    """Put the caret before the first ``word`` and extend over it with Shift+Right."""
    focus_reader(qtbot, window)
    start = window.current_speech().text.index(word)
    window.reader.select_range(start, start)
    for _ in word:
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.selected_range() == (start, start + len(word))


def _open_note_with_n(qtbot: QtBot, window: MainWindow) -> str:
    """Press N in the reader; wait for the dock's note to have the keyboard; the note's id."""
    editor = window.annotations_dock.editor.note_edit
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    qtbot.waitUntil(editor.hasFocus)
    found = window.annotations_dock.editor.annotation_id
    assert found is not None
    return found


def _press_escape_in_note(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.annotations_dock.editor.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.reader.hasFocus)


def _live(window: MainWindow) -> list[Annotation]:
    return window.session.annotations(window.current_speech_id())


def _undo_text(window: MainWindow) -> str:
    return window.registry.action(ActionId.UNDO).text()


def test_n_then_escape_on_a_selection_leaves_nothing_twice_over(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    before = _undo_text(main_window)
    for _ in range(2):
        _select_with_shift_arrows(qtbot, main_window, WORD)
        note_id = _open_note_with_n(qtbot, main_window)
        assert [a.id for a in _live(main_window)] == [note_id]
        with qtbot.waitSignal(main_window.session.annotation_removed):
            _press_escape_in_note(qtbot, main_window)
        assert _live(main_window) == []
        assert main_window.session.trash() == []
        assert main_window.annotations_dock.model.rowCount() == 0
        assert _undo_text(main_window) == before, "no step is left in the Edit menu"
        assert not main_window.registry.action(ActionId.REDO).isEnabled()


def test_a_note_typed_and_erased_then_left_by_a_click_in_the_page_leaves_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    _open_note_with_n(qtbot, main_window)
    editor = main_window.annotations_dock.editor.note_edit
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "金句")
    for _ in "金句":
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    reader = main_window.reader
    with qtbot.waitSignal(main_window.session.annotation_removed, timeout=3000):
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, 2))
    assert _live(main_window) == []
    assert main_window.session.trash() == []
    assert _undo_text(main_window) == "&Undo"


def test_the_toolbar_s_note_button_then_escape_leaves_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    button = main_window.reader.selection_toolbar.buttons["action_add_note"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(main_window.annotations_dock.editor.note_edit.hasFocus)
    assert len(_live(main_window)) == 1
    with qtbot.waitSignal(main_window.session.annotation_removed):
        _press_escape_in_note(qtbot, main_window)
    assert _live(main_window) == []


@MENU_ON_OFFSCREEN
def test_the_context_menu_s_note_then_escape_leaves_nothing(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    reader = main_window.reader
    start = main_window.current_speech().text.index(WORD)
    point = char_point(reader, start + 1)
    menus.chosen = "action_add_note"
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(reader.viewport(), event)
    qtbot.waitUntil(main_window.annotations_dock.editor.note_edit.hasFocus)
    assert len(_live(main_window)) == 1
    with qtbot.waitSignal(main_window.session.annotation_removed):
        _press_escape_in_note(qtbot, main_window)
    assert _live(main_window) == []
    assert main_window.session.trash() == []


def test_n_then_escape_on_a_highlight_leaves_it_as_it_was(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        qtbot.keyClick(main_window.reader, Qt.Key.Key_1)
    highlight = main_window.session.annotation(added.args[1])
    assert _open_note_with_n(qtbot, main_window) == highlight.id
    _press_escape_in_note(qtbot, main_window)
    assert main_window.session.annotation(highlight.id) == highlight
    assert _undo_text(main_window) == "&Undo Add Highlight"


def test_a_highlight_s_note_erased_keeps_the_highlight(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        qtbot.keyClick(main_window.reader, Qt.Key.Key_2)
    _open_note_with_n(qtbot, main_window)
    editor = main_window.annotations_dock.editor.note_edit
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "金")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _press_escape_in_note(qtbot, main_window)
    kept = main_window.session.annotation(added.args[1])
    assert (kept.color, kept.note, kept.deleted) == ("green", "", None)


def test_an_old_note_emptied_goes_to_the_trash_and_undo_brings_it_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    start = main_window.current_speech().text.index(WORD)
    note = main_window.session.add_note(speech_id, start, start + len(WORD), "开头")
    main_window.annotations_dock.edit_note(note.id)
    editor = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        _press_escape_in_note(qtbot, main_window)
    assert [a.id for a in main_window.session.trash()] == [note.id]
    assert _undo_text(main_window) == "&Undo Delete Note"
    main_window.registry.action(ActionId.UNDO).trigger()
    main_window.registry.action(ActionId.UNDO).trigger()
    assert main_window.session.annotation(note.id).note == "开头"


def test_going_from_the_note_to_its_tags_keeps_the_note(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    note_id = _open_note_with_n(qtbot, main_window)
    tags = main_window.annotations_dock.editor.tags_edit
    qtbot.keyClick(main_window.annotations_dock.editor.note_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(tags.hasFocus)
    assert QApplication.focusWidget() is tags
    type_chinese(tags, "开头")
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(tags, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)
    assert main_window.session.annotation(note_id).tags == ("开头",)


def test_only_a_live_colourless_wordless_untagged_note_is_empty(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    note = main_window.session.add_note(speech_id, 0, 2)
    assert is_empty_note(note)
    assert is_empty_note(main_window.session.edit_note(note.id, " \n"))
    assert not is_empty_note(main_window.session.set_tags(note.id, ["甲"]))
    assert not is_empty_note(main_window.session.change_color(note.id, "blue"))


def test_an_empty_note_the_full_disk_kept_is_undone_as_a_step_of_its_own_later(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its taking back refused (a full disk), the note stayed, but its step kept the mark
    "drop when undone": her next Undo deleted the step, leaving no Redo (and the note's later
    edits on the redo side, with nothing under them)."""
    window = main_window
    _select_with_shift_arrows(qtbot, window, WORD)
    note_id = _open_note_with_n(qtbot, window)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _press_escape_in_note(qtbot, window)
    assert [a.id for a in _live(window)] == [note_id], "refused: the note is still there"
    assert len(close_messages(window)) == 1, "said once"
    disk.full = False
    assert _undo_text(window) == "&Undo Add Note"
    with qtbot.waitSignal(window.session.annotation_removed):
        window.registry.action(ActionId.UNDO).trigger()
    assert _live(window) == []
    redo = window.registry.action(ActionId.REDO)
    assert redo.isEnabled(), "an Undo she asked for leaves its Redo"
    with qtbot.waitSignal(window.session.annotation_added):
        redo.trigger()
    assert [a.id for a in _live(window)] == [note_id]


def test_closing_the_window_leaves_a_note_opened_and_left_empty(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    """N, then the window closed with the keyboard still in the empty note: no note is kept."""
    _select_with_shift_arrows(qtbot, main_window, WORD)
    _open_note_with_n(qtbot, main_window)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        main_window.close()
    close_window(main_window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        assert library.annotations.annotations(None) == []
        assert library.annotations.trash() == []


def test_closing_the_window_keeps_a_note_with_words(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    _select_with_shift_arrows(qtbot, main_window, WORD)
    _open_note_with_n(qtbot, main_window)
    type_chinese(main_window.annotations_dock.editor.note_edit, "金句")
    main_window.close()
    close_window(main_window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        assert [a.note for a in library.annotations.annotations(None)] == ["金句"]


EMPTY_NOTE_KEPT = (
    "Another program is writing to the library, so the empty note was not removed: "
    "it is kept. Delete it later if you do not want it."
)


def test_an_empty_note_left_while_another_program_holds_the_lock_is_said_kept(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N, then Esc while a sync tool held the write lock: a message box said the library was
    in use, as if she had asked for something; the note she left stays, said so once."""
    import sqlite3

    window = main_window
    shown = status_messages(window, monkeypatch)
    _select_with_shift_arrows(qtbot, window, WORD)
    note_id = _open_note_with_n(qtbot, window)
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        _press_escape_in_note(qtbot, window)
        assert close_messages(window) == [], "no message box"
        assert shown == [EMPTY_NOTE_KEPT]
        assert [a.id for a in _live(window)] == [note_id], "kept, as said"
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_note_emptied_and_left_while_the_lock_is_held_is_said_kept_not_trashed(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note with words, emptied later (a step since: it goes to the trash): refused for the
    lock, the status bar said "nothing was moved to the trash", of a trash she never asked for."""
    import sqlite3

    window = main_window
    _select_with_shift_arrows(qtbot, window, WORD)
    note_id = _open_note_with_n(qtbot, window)
    editor = window.annotations_dock.editor
    with qtbot.waitSignal(editor.note_edited):
        type_chinese(editor.note_edit, "金句")
    _press_escape_in_note(qtbot, window)
    highlight_word(qtbot, window, "市委", Qt.Key.Key_2)  # a step since the note's
    assert window.annotations_dock.select_annotation(note_id)
    editor.note_edit.setFocus()
    qtbot.waitUntil(editor.note_edit.hasFocus)
    with qtbot.waitSignal(editor.note_edited):
        editor.note_edit.selectAll()
        qtbot.keyClick(editor.note_edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.session.annotation(note_id).note == "")
    shown = status_messages(window, monkeypatch)
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        _press_escape_in_note(qtbot, window)
        assert close_messages(window) == []
        assert shown == [EMPTY_NOTE_KEPT]
        assert note_id in [a.id for a in _live(window)]
        assert window.session.trash() == []
    finally:
        other.execute("ROLLBACK")
        other.close()
