"""Tests for desktop/gui/library_restore.py with a command-line writer on the same library (a
``python -m desktop import`` running while the user restores a backup in the window): the
writer never commits into the file set aside, and a write in progress holds the restore off."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage import restore as restore_module
from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from desktop.gui.main_window import MainWindow
from tests.gui.library_messages import wait_for_message
from tests.gui.test_library_restore_failures import _backed_up_then_changed, _restore_latest


def _highlights(path: Path) -> int:
    with open_library(path, create=False, daily_backup=False) as library:
        return len(library.annotations.annotations())


def test_a_writer_open_across_the_restore_cannot_write_into_the_file_set_aside(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    path = main_window.session.library_path
    _backed_up_then_changed(main_window)
    with Database.open(path) as writer:  # what the command line holds while it imports
        _restore_latest(qtbot, main_window)
        wait_for_message(qtbot, main_window, "restore_done").accept()
        # Its -wal and -shm stay beside it while the writer has it open.
        [aside] = path.parent.glob(f"{path.name}.replaced-*[0-9]")
        kept, restored = _highlights(aside), _highlights(path)
        with pytest.raises(LibraryError) as caught, writer.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('命令行', '批注')")
        assert caught.value.code == "replaced"
    assert (_highlights(aside), _highlights(path)) == (kept, restored) == (1, 0)


class _WriterThread(threading.Thread):
    """Another program's write transaction, open until ``finish`` is called."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.begun = threading.Event()
        self._finish = threading.Event()

    def run(self) -> None:
        with Database.open(self.path) as writer, writer.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('命令行', '批注')")
            self.begun.set()
            self._finish.wait()

    def finish(self) -> None:
        """Commit and close (if it started)."""
        self._finish.set()
        if self.ident is not None:
            self.join()


def test_a_write_that_does_not_end_makes_the_restore_fail_leaving_the_library(
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = main_window.session
    path = session.library_path
    speech_id, later = _backed_up_then_changed(main_window)
    monkeypatch.setattr(restore_module, "WRITER_WAIT", 0.05)
    writer = _WriterThread(path)
    real_restore = restore_module.restore_backup

    def restore_as_a_write_begins(library_path: Path, backup: Path) -> Path | None:
        # The window has let go of the library; the command line starts writing just now.
        writer.start()
        writer.begun.wait()
        return real_restore(library_path, backup)

    monkeypatch.setattr(restore_module, "restore_backup", restore_as_a_write_begins)
    try:
        _restore_latest(qtbot, main_window)
        failed = wait_for_message(qtbot, main_window, "restore_failed")
    finally:
        writer.finish()
    assert "in use by another program" in failed.informativeText()
    assert "as it was" in failed.text()
    assert not session.closed
    assert later in {a.id for a in session.annotations(speech_id)}
    assert list(path.parent.glob(f"{path.name}.replaced-*")) == []
