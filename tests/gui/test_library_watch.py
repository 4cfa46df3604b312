"""The window follows what another process commits to its library (``LibraryWatch``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.library_session import LibrarySession
from desktop.gui.library_watch import LibraryWatch
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.gui.undo import UndoCleared
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.files import good_file
from tests.gui.reader.helpers import page_text
from tests.gui.watching import (
    cli,
    commit_as_worker,
    commit_elsewhere,
    followed_writer,
    tree_titles,
    window_watch,
    with_undo_step,
)
from tests.lock_holder import lock_held


def test_a_cli_import_shows_in_the_tree_and_clears_undo(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    watch = window_watch(main_window)
    with_undo_step(main_window)
    speech_id = main_window.current_speech_id()
    main_window.open_speech(speech_id, len(main_window.reader.toPlainText()) // 2)
    reading = main_window.reading_offset()
    assert reading > 0
    cli("import", "--library", str(library_path), str(good_file(tmp_path, title="外来的讲话")))
    with (
        qtbot.waitSignal(main_window.session.undo_cleared) as cleared,
        qtbot.waitSignal(watch.changed_elsewhere),
    ):
        assert watch.check()
    assert cleared.args == [UndoCleared.CHANGED_ELSEWHERE]
    assert main_window.session.undo_stack.count() == 0
    assert "外来的讲话" in tree_titles(main_window)
    assert (main_window.current_speech_id(), main_window.reading_offset()) == (speech_id, reading)
    assert not watch.check()  # followed once


def test_a_cli_reimport_shows_the_new_text_in_the_reader(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    source = good_file(tmp_path, title="外来的讲话")
    cli("import", "--library", str(library_path), str(source))
    window = open_window()
    speech = next(
        s
        for c in window.session.collections()
        for s in window.session.speeches(c.id)
        if s.title == "外来的讲话"
    )
    window.open_speech(speech.id, 0)
    annotation = window.session.add_highlight(speech.id, 0, 4, "yellow")
    assert window.session.undo_stack.count() == 1
    source.write_text(source.read_text(encoding="utf-8") + "三、新加的一段话\n", encoding="utf-8")
    cli("import", "--library", str(library_path), str(source))
    assert window.library_watch is not None
    with qtbot.waitSignal(window.library_watch.changed_elsewhere):
        window.library_watch.check()
    assert "新加的一段话" in page_text(window.reader.document())
    assert window.current_speech_id() == speech.id
    assert window.session.undo_stack.count() == 0
    assert window.session.annotation(annotation.id).start == 0


def test_a_commit_by_another_connection_is_followed(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    commit_elsewhere(library_path)
    with qtbot.waitSignal(watch.changed_elsewhere) as changed:
        watch.check()
    assert changed.args == [False]  # no undo step to clear: a plain notice says it


def test_the_windows_own_saves_are_not_taken_for_another_program(
    main_window: MainWindow,
) -> None:
    watch = window_watch(main_window)
    with_undo_step(main_window)
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    main_window.session.add_highlight(speech_id, 0, 2, "yellow")
    main_window.save_position()
    assert not watch.check()
    assert main_window.session.undo_stack.count() == 2


def test_the_windows_own_import_is_not_taken_for_another_program(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    watch = window_watch(main_window)
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files([good_file(tmp_path, title="自己导入的讲话")])
    assert not watch.check()
    assert "自己导入的讲话" in tree_titles(main_window)


def test_a_followed_writers_commit_is_its_own(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    writer = followed_writer(main_window)
    writer.storing(True)
    commit_as_worker(library_path)
    writer.storing(False)
    assert not watch.check()
    commit_elsewhere(library_path)  # then a tool's
    with qtbot.waitSignal(watch.changed_elsewhere):
        assert watch.check()


def test_a_look_while_a_worker_writes_waits_for_nothing(
    main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    writer = followed_writer(main_window)
    inside, done = threading.Event(), threading.Event()

    def work() -> None:
        writer.storing(True)
        commit_as_worker(library_path)
        inside.set()
        done.wait(30)
        writer.storing(False)

    worker = threading.Thread(target=work)
    worker.start()
    try:
        assert inside.wait(30)
        assert not watch.check()  # the worker is in its gate: look again later
    finally:
        done.set()
        worker.join()
    assert not watch.check()  # then its commit is known as its own


def test_a_writer_stopped_between_looks_is_still_counted(
    main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    writer = followed_writer(main_window)
    writer.storing(True)
    commit_as_worker(library_path)
    writer.storing(False)
    writer.stop()
    assert not watch.check()


@pytest.fixture
def patient_window(qtbot: QtBot, library_path: Path) -> Iterator[MainWindow]:
    """A window whose connection would wait two minutes for a lock, were it asked to."""
    library = open_library(library_path, create=False, daily_backup=False, busy_timeout=120)
    window = MainWindow(LibrarySession(library), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.first_paint_done)
    yield window
    close_window(window)


def test_a_look_while_another_process_holds_the_write_lock_does_not_wait(
    qtbot: QtBot, patient_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(patient_window)
    # The library's write lock, an uncommitted change under it.
    with lock_held(library_path, "BEGIN IMMEDIATE", "CREATE TABLE held_by_another (x)"):
        assert not watch.check()  # had it waited, the holder's fallback commit would show
    with qtbot.waitSignal(watch.changed_elsewhere):
        assert watch.check()


def test_activating_the_window_looks(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    watch = window_watch(main_window)
    commit_elsewhere(library_path)
    with qtbot.waitSignal(watch.changed_elsewhere):
        QCoreApplication.sendEvent(main_window, QEvent(QEvent.Type.WindowActivate))


def test_an_activation_after_the_window_closed_reloads_nothing(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    """A dialog closing with the window (Quit) activates it once more: its readers, shut
    down, must not be started again by a reload."""
    watch = window_watch(main_window)
    main_window.registry.action(ActionId.QUIT).trigger()
    commit_elsewhere(library_path)
    changed: list[bool] = []
    watch.changed_elsewhere.connect(changed.append)
    QCoreApplication.sendEvent(main_window, QEvent(QEvent.Type.WindowActivate))
    assert not watch.check()
    assert changed == []
    assert not main_window.running_work()


def test_a_library_left_unreadable_is_reported_not_followed(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = window_watch(main_window)
    with_undo_step(main_window)
    commit_elsewhere(library_path)
    damaged = LibraryError("the library is damaged", code="corrupt")

    def unreadable() -> list[object]:
        raise damaged

    monkeypatch.setattr(main_window.session, "collections", unreadable)
    with qtbot.waitSignal(main_window.session.error_occurred) as reported:
        assert not watch.check()
    assert reported.args == [damaged]
    assert main_window.session.undo_stack.count() == 1


def test_a_writer_followed_before_the_watch_is_known_as_the_windows(
    main_window: MainWindow, library_path: Path
) -> None:
    writer = followed_writer(main_window)  # the word counts, begun by a dock before it
    watch = LibraryWatch(main_window.session, main_window)
    writer.storing(True)
    commit_as_worker(library_path)
    writer.storing(False)
    assert not watch.check()
    watch.stop()


def test_a_version_that_cannot_be_read_is_looked_at_again_later(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = window_watch(main_window)

    def unreadable() -> int:
        raise LibraryError("disk I/O error", code="io-error")

    # A look on the timer must not raise out of its slot every few seconds.
    monkeypatch.setattr(main_window.session._library.db.serial, "look", unreadable)
    assert not watch.check()
