"""Tests for desktop/gui/unsaved_notes_file.py: notes the library refuses are kept in a file from
the first refusal on, so a kill or a power cut loses none; told of at the next start."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import fileio
from desktop.gui.main_window import MainWindow
from desktop.gui.notes_records import recorded
from desktop.gui.settings import Settings
from desktop.gui.unsaved_notes_file import RefusedNotesFile
from desktop.gui.unsaved_notes_notice import MESSAGE_NAME
from tests.gui.conftest import WindowFactory
from tests.gui.full_disk import FullDisk, close_messages
from tests.gui.window_helpers import highlight_word, type_chinese

_ROOT = Path(__file__).resolve().parents[2]


def _notice(window: MainWindow) -> QMessageBox | None:
    found = window.findChild(QMessageBox, MESSAGE_NAME)
    return found if found is not None and found.isVisible() else None


def _kept_files() -> list[Path]:
    return recorded(Settings())


def _kept_by_an_ended_process(library_path: Path, words: str) -> Path:
    """The file another process kept ``words`` in before it ended as a kill ends it."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.refused_notes_holder", str(library_path), words],
        cwd=_ROOT,
        env={**os.environ, "PYTHONPATH": str(_ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return Path(done.stdout.strip())


def _type_and_pause(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.annotations_dock.editor
    editor.note_edit.moveCursor(editor.note_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.note_edited, timeout=5000):
        type_chinese(editor.note_edit, text)


def test_a_note_refused_for_a_lock_survives_a_kill_and_is_told_of_at_the_next_start(
    open_window: WindowFactory, library_path: Path
) -> None:
    """SIGKILL (or a power cut) while a note waited for another program's lock: the words
    lived only in the killed window's memory, and were lost."""
    words = "断电前写的批注"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.refused_note_process", str(library_path), words],
        cwd=_ROOT,
        env={**os.environ, "PYTHONPATH": str(_ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        said = child.stdout.readline()  # it exits on its own deadline if it never holds
        assert said.strip() == "held"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    kept = _kept_files()
    assert len(kept) == 1
    assert kept[0].parent == library_path.parent
    assert words in kept[0].read_text(encoding="utf-8")
    box = _notice(open_window())
    assert box is not None, "the next start tells of the file"
    assert str(kept[0]) in box.informativeText()
    assert _kept_files() == [], "told of once"
    assert words in kept[0].read_text(encoding="utf-8"), "her words stay"


def test_the_file_follows_the_typing_and_goes_once_the_note_is_saved(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "第一句")
    close_messages(window)
    qtbot.waitUntil(lambda: len(_kept_files()) == 1)
    kept = _kept_files()[0]
    assert "效能革命" in kept.read_text(encoding="utf-8"), "the passage it is on"
    assert "第一句" in kept.read_text(encoding="utf-8")
    _type_and_pause(qtbot, window, "第二句")
    qtbot.waitUntil(lambda: "第一句第二句" in kept.read_text(encoding="utf-8"))
    assert _kept_files() == [kept], "the same file, rewritten"
    disk.full = False
    _type_and_pause(qtbot, window, "第三句")
    qtbot.waitUntil(lambda: not kept.exists())
    assert _kept_files() == []
    assert not window.annotations_dock.editor.has_unsaved()
    assert not list(kept.parent.glob(".*.part")), "no temporary file left"


def test_a_disk_too_full_for_the_file_says_nothing_more(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The file cannot be written either: the editor holds the words as before, with one
    message for the refusal, none for the file, at no pause in typing."""
    window = main_window
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_N)
    home, temporary = tmp_path / "user", tmp_path / "temporary"  # the other folders tried
    for folder in (home, temporary):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    tried: list[Path] = []

    def no_room(path: Path, _data: object) -> Path:
        if "-unsaved-notes-" in Path(path).name:  # not its record, refused all the same
            tried.append(Path(path))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio, "atomic_write", no_room)
    disk = FullDisk(monkeypatch, window)
    disk.full = True
    _type_and_pause(qtbot, window, "第一句")
    qtbot.waitUntil(lambda: tried != [])
    assert len(close_messages(window)) == 1, "the refusal, said once as before"
    attempts = len(tried)
    _type_and_pause(qtbot, window, "第二句")
    qtbot.waitUntil(lambda: len(tried) > attempts)  # tried again with the new words
    assert close_messages(window) == [], "nothing more said"
    assert _kept_files() == []
    assert {path.parent for path in tried} == {
        main_window.session.library_path.parent,
        home,
        temporary,
    }
    for path in tried:
        assert list(path.parent.glob("*-unsaved-notes-*")) == [], "no empty file left"
    assert window.annotations_dock.editor.has_unsaved()
    records = Settings().path.parent / "unsaved-notes"
    assert list(records.iterdir()) == [], "no record or lock left of a file never written"


def test_a_running_window_s_file_is_not_told_of(
    open_window: WindowFactory, library_path: Path
) -> None:
    """A second window (on another library) still holds its refused notes: not left behind."""
    theirs = RefusedNotesFile(library_path.with_name("other.sqlite"), Settings())
    assert theirs.keep("另一个窗口的批注")
    try:
        assert _notice(open_window()) is None
        assert _kept_files() == [theirs.path]
    finally:
        theirs.drop()
    assert _kept_files() == []


def test_a_killed_process_s_file_is_told_of_at_once_where_no_process_can_be_asked(
    open_window: WindowFactory, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a process's id could not be asked: a killed window's file, younger than a
    day, was taken for a running window's, and told of only a day later."""
    from datetime import datetime

    from desktop.core.storage import leftovers

    def by_age_alone(path: Path, _pid: int | None) -> bool:  # as the id-less platforms judge
        age = datetime.now() - datetime.fromtimestamp(path.stat().st_mtime)
        return age > leftovers.ABANDONED_AFTER

    monkeypatch.setattr(leftovers, "writer_is_gone", by_age_alone)
    kept = _kept_by_an_ended_process(library_path, "被结束前的批注")
    assert _kept_files() == [kept]
    box = _notice(open_window())
    assert box is not None, "told of at the next start, not a day later"
    assert str(kept) in box.informativeText()
    assert _kept_files() == [], "told of once"
    assert "被结束前的批注" in kept.read_text(encoding="utf-8")


def test_two_processes_that_keep_files_at_once_keep_both_told_of(
    open_window: WindowFactory, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two Pizhu processes (two libraries) refusing notes at once: each rewrote the one list in
    the settings with its own entry added, and the last dropped the other's."""
    from desktop.gui import unsaved_notes_file

    other_library = library_path.with_name("other.sqlite")
    theirs: list[Path] = []
    write = unsaved_notes_file._written

    def in_between(target: Path, text: str) -> bool:
        if not theirs:  # the other process keeps its file while this one is keeping its own
            theirs.append(_kept_by_an_ended_process(other_library, "另一个库的批注"))
        return write(target, text)

    monkeypatch.setattr(unsaved_notes_file, "_written", in_between)
    ours = RefusedNotesFile(library_path, Settings())
    assert ours.keep("这个库的批注")
    try:
        assert sorted(_kept_files()) == sorted([ours.path, *theirs]), "both recorded"
        box = _notice(open_window())
        assert box is not None
        assert box.informativeText() == str(theirs[0]), "the ended one's, not the running one's"
        assert _kept_files() == [ours.path]
    finally:
        ours.drop()
    assert _kept_files() == []


def test_a_file_an_older_version_recorded_in_the_settings_is_still_told_of(
    open_window: WindowFactory, library_path: Path
) -> None:
    """Recorded in the settings by the version before the records (its process ended)."""
    from PySide6.QtCore import QSettings

    from desktop.gui.settings import settings_path

    old = library_path.parent / "library-unsaved-notes-20261127-080000.txt"
    old.write_text("旧版本的批注\n", encoding="utf-8")
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    store = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    store.setValue("notes/refused_notes_files", [f"{ended.stdout.strip()}:{old}"])
    store.sync()
    box = _notice(open_window())
    assert box is not None
    assert str(old) in box.informativeText()
    assert Settings().refused_notes_files == []


def test_a_lock_a_window_left_before_its_record_goes_once_free(library_path: Path) -> None:
    """Killed between taking its lock and writing its record: the lock alone is cleared at
    the next start; one a running window holds (about to write its record) stays."""
    from desktop.gui.notes_records import HeldRecord, records_folder, take_ended

    folder = records_folder(Settings())
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; "
            "from desktop.gui.notes_records import HeldRecord; "
            "held = HeldRecord.take(Path(sys.argv[1])); assert held; os._exit(0)",
            str(folder),
        ],
        cwd=_ROOT,
        env={**os.environ, "PYTHONPATH": str(_ROOT)},
        check=True,
        timeout=60,
    )
    (left,) = folder.glob("*.lock")
    running = HeldRecord.take(folder)
    assert running is not None
    try:
        assert take_ended(Settings()) == []
        assert [path.name for path in folder.iterdir()] == [
            running.record.with_suffix(".lock").name
        ]
        assert not left.exists()
    finally:
        running.remove()
    assert list(folder.iterdir()) == []
