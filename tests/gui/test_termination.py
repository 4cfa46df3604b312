"""SIGTERM (logout, shutdown, kill) closes the window as Quit does: the typed note is saved."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.notes_records import recorded
from desktop.gui.settings import Settings
from desktop.gui.termination import CloseOnTermination
from tests.gui.full_disk import FullDisk, close_messages
from tests.gui.window_helpers import highlight_word, type_chinese

_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@pytest.fixture
def closing(main_window: MainWindow) -> Iterator[CloseOnTermination]:
    """The handler as the app installs it after the first frame, given back at the end
    (on signals at their default, as a window started from a desktop finds them)."""
    before = {number: signal.signal(number, signal.SIG_DFL) for number in _SIGNALS}
    handler = CloseOnTermination(main_window)
    yield handler
    handler.uninstall()
    for number, previous in before.items():
        signal.signal(number, previous)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_termination_signal_saves_the_note_being_typed_and_closes(
    qtbot: QtBot, main_window: MainWindow, closing: CloseOnTermination, number: int
) -> None:
    annotation_id = highlight_word(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    assert dock.select_annotation(annotation_id)
    type_chinese(dock.editor.note_edit, "写到一半")  # waiting for the pause that saves it
    assert main_window.session.annotation(annotation_id).note == ""
    os.kill(os.getpid(), number)
    qtbot.waitUntil(lambda: not main_window.isVisible())
    assert main_window.session.annotation(annotation_id).note == "写到一半"


def test_uninstalling_gives_the_signal_back(main_window: MainWindow) -> None:
    before = signal.getsignal(signal.SIGTERM)
    CloseOnTermination(main_window).uninstall()
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_signal_ignored_before_stays_ignored(main_window: MainWindow) -> None:
    # Started with nohup: closing the terminal must not close the window.
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        handler = CloseOnTermination(main_window)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
        handler.uninstall()
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_a_termination_signal_ends_a_modal_dialog_s_own_loop_too(
    qtbot: QtBot, main_window: MainWindow, closing: CloseOnTermination
) -> None:
    """Logout with Preferences open: the window closes; the dialog's loop must not keep the
    process waiting (systemd would kill it, and the note being typed with it)."""
    rescued: list[bool] = []

    def rescue() -> None:  # only if the signal left the dialog running: fails, never hangs
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            rescued.append(True)
            dialog.close()

    QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
    QTimer.singleShot(5000, rescue)
    main_window.registry.action(ActionId.PREFERENCES).trigger()  # runs the dialog's own loop
    assert not rescued, "the dialog kept running after the signal"
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_the_signals_go_back_with_the_window(qtbot: QtBot) -> None:
    """A signal after the window is gone (the app ending) acts as if nothing were installed."""
    before = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        window = QWidget()
        handler = CloseOnTermination(window)
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
        window.deleteLater()
        qtbot.waitUntil(lambda: not Shiboken.isValid(handler))
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, before)


def test_a_termination_signal_with_notes_refused_writes_them_to_a_file_and_quits(
    qtbot: QtBot,
    main_window: MainWindow,
    closing: CloseOnTermination,
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
) -> None:
    """At logout with notes the library refused, the quit question was closed by the signal
    and asked again at once: the window never quit."""
    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    note = window.annotations_dock.editor.note_edit
    with qtbot.waitSignal(window.annotations_dock.editor.note_edited, timeout=5000):
        type_chinese(note, "注销前写的")
    close_messages(window)
    assert not window.close()  # she is asked, and has not answered yet when the session ends
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: window.has_closed)
    written = list(library_path.parent.glob(f"{library_path.stem}-unsaved-notes-*.txt"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert "注销前写的" in text
    assert "效能革命" in text
    assert recorded(Settings()) == written  # told of at the next start


def test_a_note_typed_while_another_program_holds_the_lock_is_written_out_at_a_logout(
    qtbot: QtBot,
    main_window: MainWindow,
    closing: CloseOnTermination,
    library_path: Path,
) -> None:
    """A note typed while a sync tool held the write lock, the session ending before it let
    go: the words go to the unsaved-notes file, told of at the next start."""
    import sqlite3

    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    editor = window.annotations_dock.editor
    qtbot.waitUntil(editor.note_edit.hasFocus)
    other = sqlite3.connect(library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        with qtbot.waitSignal(editor.note_edited, timeout=5000):
            type_chinese(editor.note_edit, "锁住时注销")
        qtbot.waitUntil(editor.has_unsaved, timeout=20000)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: window.has_closed, timeout=30000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    written = list(library_path.parent.glob(f"{library_path.stem}-unsaved-notes-*.txt"))
    assert len(written) == 1
    assert "锁住时注销" in written[0].read_text(encoding="utf-8")
    assert recorded(Settings()) == written, "the file kept since the refusal, handed over"
