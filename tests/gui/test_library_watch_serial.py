"""The window tells another program's commits from its own workers' by the commit serial."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.gui.undo import UndoCleared
from tests.gui.conftest import WindowFactory
from tests.gui.files import good_file
from tests.gui.watching import (
    cli,
    commit_as_worker,
    commit_elsewhere,
    followed_writer,
    tree_titles,
    window_watch,
    with_undo_step,
)


def test_another_programs_commit_beside_a_workers_is_seen(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    watch = window_watch(main_window)
    with_undo_step(main_window)
    writer = followed_writer(main_window)
    writer.storing(True)
    commit_as_worker(library_path)  # the worker's commit, on its own connection
    cli("import", "--library", str(library_path), str(good_file(tmp_path, title="外来的讲话")))
    writer.storing(False)
    with qtbot.waitSignal(main_window.session.undo_cleared) as cleared:
        assert watch.check()
    assert cleared.args == [UndoCleared.CHANGED_ELSEWHERE]
    assert "外来的讲话" in tree_titles(main_window)
    assert not watch.check()


def test_a_tools_commit_after_the_windows_own_save_is_seen(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    with_undo_step(main_window)  # bumps the serial on the window's own connection
    commit_elsewhere(library_path)  # changes the data without bumping it
    with qtbot.waitSignal(watch.changed_elsewhere) as changed:
        assert watch.check()
    assert changed.args == [True]


def test_a_look_readers_are_locked_out_of_is_made_again_later(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    watch = window_watch(main_window)
    db = main_window.session._library.db
    locked_out = pytest.MonkeyPatch()
    # What ``look`` answers while another process's lock keeps even readers out (a recovery):
    # tests/core/storage/test_commit_serial.py makes one on a file that allows it.
    locked_out.setattr(db.serial, "look", lambda: None)
    writer = followed_writer(main_window)
    writer.storing(True)
    commit_as_worker(library_path)
    writer.storing(False)
    assert not watch.check()
    cli("import", "--library", str(library_path), str(good_file(tmp_path, title="外来的讲话")))
    assert not watch.check()
    locked_out.undo()
    with qtbot.waitSignal(watch.changed_elsewhere):
        assert watch.check()
    assert "外来的讲话" in tree_titles(main_window)


def test_the_windows_own_worker_alone_is_not_taken_for_another_program_after_a_save(
    main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    writer = followed_writer(main_window)
    with_undo_step(main_window)
    for _ in range(3):
        writer.storing(True)
        commit_as_worker(library_path)
        writer.storing(False)
        main_window.save_position()
    assert not watch.check()
    assert main_window.session.undo_stack.count() == 1


@pytest.fixture
def serial_less_path(library_path: Path) -> Path:
    """The test's library as one whose migration to the commit serial failed."""
    conn = sqlite3.connect(library_path, isolation_level=None)
    try:
        conn.execute("DROP TABLE commit_serial")
    finally:
        conn.close()
    return library_path


def test_a_library_without_a_serial_is_followed_as_before(
    qtbot: QtBot, open_window: WindowFactory, serial_less_path: Path
) -> None:
    window = open_window()
    watch = window_watch(window)
    writer = followed_writer(window)
    writer.storing(True)
    commit_elsewhere(serial_less_path)  # the worker's commit: the version alone cannot tell
    writer.storing(False)
    assert not watch.check()
    commit_elsewhere(serial_less_path)
    with qtbot.waitSignal(watch.changed_elsewhere):
        assert watch.check()
