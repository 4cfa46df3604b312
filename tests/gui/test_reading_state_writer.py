"""Tests for desktop/gui/reading_state_writer.py and the session's reading state: where the user
reads is written off the GUI thread, in order, and on disk at close."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT
from desktop.core.storage.library import open_library
from desktop.core.storage.reading_state import ReadingState
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from tests.core.storage.documents import small_document
from tests.gui.conftest import WindowFactory
from tests.gui.watching import window_watch, with_undo_step


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[LibrarySession]:
    """A session on a new library holding the three-speech test document."""
    opened = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    yield opened
    if not opened.closed:
        opened.close()


def _on_disk(path: Path, speech_id: int) -> tuple[int | None, int | None]:
    """The position in ``speech_id`` and the last speech, as another connection reads them."""
    with open_library(path, create=False, daily_backup=False) as other:
        return other.reading.position(speech_id), other.reading.last_speech()


def _spy_writes(monkeypatch: pytest.MonkeyPatch, before: Callable[[], None] = lambda: None):
    """Each position written from now on: (the thread it was written on, the offset)."""
    written: list[tuple[int, int]] = []
    real = ReadingState.set_position

    def spy(self: ReadingState, speech_id: int, offset: int) -> None:
        before()
        real(self, speech_id, offset)
        written.append((threading.get_ident(), offset))

    monkeypatch.setattr(ReadingState, "set_position", spy)
    return written


def test_scrolling_writes_the_position_on_another_thread(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A durable commit waits on the disk (40–120 ms when it is busy): not on the GUI thread.
    written = _spy_writes(monkeypatch)
    scroll_bar = main_window.reader.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.value() + 300)
    qtbot.waitUntil(lambda: written != [])
    assert written[0][0] != threading.get_ident()
    assert written[0][1] == main_window.reading_offset() > 0


def test_the_position_at_close_is_on_disk_once_the_window_closed(
    main_window: MainWindow, library_path: Path
) -> None:
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    scroll_bar = main_window.reader.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.value() + 300)  # closed before the save timer fires
    offset = main_window.reading_offset()
    main_window.close()
    main_window.session.close()  # as the app does before the process exits
    assert _on_disk(library_path, speech_id) == (offset, speech_id)


def test_a_position_waiting_to_be_written_is_read_back_as_written(
    session: LibrarySession,
) -> None:
    speech_id = session.speeches(1)[1].id
    session.set_reading_position(speech_id, 5)
    session.flush_reading_state()
    writer = session._reading_writer
    assert writer is not None
    assert writer.gate.hold()  # the writer cannot start its transaction meanwhile
    try:
        session.set_reading_position(speech_id, 9)
        session.set_last_speech(speech_id)
        assert (session.reading_position(speech_id), session.last_speech()) == (9, speech_id)
        assert _on_disk(session.library_path, speech_id) == (5, None), "not written yet"
    finally:
        writer.gate.let_go()
    session.flush_reading_state()
    assert _on_disk(session.library_path, speech_id) == (9, speech_id)


def test_a_background_writer_starts_after_the_position_asked_for_is_written(
    session: LibrarySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A re-import moves the positions stored: one of the old text written under it would point
    # elsewhere in the new text.
    flushing = threading.Event()
    order: list[str] = []
    _spy_writes(monkeypatch, lambda: (flushing.wait(10), order.append("position")))
    real_flush = type(session).flush_reading_state

    def flush(self: LibrarySession) -> None:
        flushing.set()  # the writer goes on only once the session waits for it
        real_flush(self)

    monkeypatch.setattr(type(session), "flush_reading_state", flush)
    session.set_reading_position(session.speeches(1)[0].id, 7)
    session.follow_writer(BackgroundWriter())
    order.append("writer followed")
    flushing.set()
    real_flush(session)
    assert order == ["position", "writer followed"]


def test_a_refused_write_is_said_once_and_again_after_one_went_through(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusing = [True]
    real = ReadingState.set_position

    def refuse_or_write(self: ReadingState, speech_id: int, offset: int) -> None:
        if refusing[0]:
            raise LibraryError(
                "library.sqlite: attempt to write a readonly database", code="read-only"
            )
        real(self, speech_id, offset)

    monkeypatch.setattr(ReadingState, "set_position", refuse_or_write)
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda error, *_args: shown.append(str(error)))
    session = main_window.session
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    for offset in (3, 4):
        with qtbot.waitSignal(session.reading_state_failed):
            session.set_reading_position(speech_id, offset)
    assert len(shown) == 1, "said once, not at every scroll"
    refusing[0] = False
    with qtbot.waitSignal(session.reading_state_written):
        session.set_reading_position(speech_id, 5)
    refusing[0] = True
    with qtbot.waitSignal(session.reading_state_failed):
        session.set_reading_position(speech_id, 6)
    assert len(shown) == 2, "a new refusal after a write that went through is news"


def test_a_bug_in_a_write_reaches_the_window_s_error_message_on_its_thread(
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The writer's thread called sys.excepthook itself: the window never heard of it, and the
    # hook ran off the GUI thread. Now it goes where the workers' errors go.
    def broken(self: ReadingState, speech_id: int, offset: int) -> None:
        raise RuntimeError("a bug in the write")

    monkeypatch.setattr(ReadingState, "set_position", broken)
    hooked: list[object] = []
    monkeypatch.setattr("sys.excepthook", lambda *args: hooked.append(args))
    shown: list[tuple[str, int]] = []

    def show_error(error: Exception, *_args: object) -> None:
        shown.append((str(error), threading.get_ident()))

    monkeypatch.setattr(main_window, "show_error", show_error)
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    with qtbot.waitSignal(main_window.session.reading_state_failed):
        main_window.session.set_reading_position(speech_id, 3)
    assert len(shown) == 1
    assert "a bug in the write" in shown[0][0]
    assert shown[0][1] == threading.get_ident()
    assert hooked == []
    assert any(record.exc_info for record in caplog.records), "its traceback is logged"
    main_window.session.flush_reading_state()  # the thread lives on: a flush does not hang


@pytest.mark.parametrize("serial", [True, False], ids=["serial", "no-serial"])
def test_the_positions_written_on_their_thread_are_not_taken_for_another_programs(
    open_window: WindowFactory, library_path: Path, serial: bool
) -> None:
    # The watch reloads the views and clears the undo history on another program's commit.
    if not serial:
        conn = sqlite3.connect(library_path, isolation_level=None)
        conn.execute("DROP TABLE commit_serial")  # as a library whose migration to it failed
        conn.close()
    window = open_window()
    watch = window_watch(window)
    with_undo_step(window)
    speech_id = window.current_speech_id()
    assert speech_id is not None
    for offset in (3, 4, 5):
        assert not watch.check()
        window.session.set_reading_position(speech_id, offset)
        window.session.flush_reading_state()
    assert not watch.check()
    assert window.session.undo_stack.count() == 1
    assert _on_disk(library_path, speech_id)[0] == 5


def test_a_refusal_heard_after_the_window_is_gone_calls_nothing_of_it(
    qtbot: QtBot, library_path: Path
) -> None:
    # The session outlives its window (app.py closes it after the event loop, the tests'
    # factory after deleting the window): a refusal reported by the writer's thread then
    # reached the deleted window's slot (RuntimeError: Internal C++ object already deleted).
    session = LibrarySession(open_library(library_path, create=False, daily_backup=False))
    window = MainWindow(session, Settings())
    window.show()
    qtbot.waitUntil(lambda: window.first_paint_done)
    speech_id = window.current_speech_id()
    assert speech_id is not None
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    library_path.rename(library_path.with_name("moved.sqlite"))  # the write is refused
    try:
        with qtbot.waitSignal(session.reading_state_failed):
            session.set_reading_position(speech_id, 9)
    finally:
        session.close()


def test_a_session_dropped_unclosed_leaves_its_writer_whole_while_it_writes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer was the session's child: a session dropped without close (a window built
    # and let go) took the writer's Qt object with it while its thread wrote, and the thread's
    # next signal raised "Signal source has been deleted".
    go_on = threading.Event()
    writing = threading.Event()

    def held() -> None:
        writing.set()
        go_on.wait(5)

    written = _spy_writes(monkeypatch, held)
    dropped = LibrarySession(open_library(tmp_path / "library.sqlite", seed=small_document))
    dropped.set_reading_position(1, 42)
    assert writing.wait(5)
    writer = dropped._reading_writer
    shiboken6.delete(dropped)  # what a garbage-collected session's C++ side does
    go_on.set()
    writer.flush()  # the thread's signals go out on a writer still whole
    assert [offset for _, offset in written] == [42]
    writer.close()


def _spy_tries(monkeypatch: pytest.MonkeyPatch, before: Callable[[], None] = lambda: None):
    """The busy timeout (ms) each try of a position's write asks for the lock with."""
    tries: list[int] = []
    real = ReadingState.set_position

    def spy(self: ReadingState, speech_id: int, offset: int) -> None:
        before()
        tries.append(self._db.value("PRAGMA busy_timeout"))
        real(self, speech_id, offset)

    monkeypatch.setattr(ReadingState, "set_position", spy)
    return tries


def test_a_close_while_another_program_holds_the_lock_gives_the_position_up_at_once(
    session: LibrarySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quit while a sync tool held the library waited SQLite's busy timeout (5 s) for the
    last reading position, the window gone and the process still there."""
    speech_id = session.speeches(1)[0].id
    session.set_reading_position(speech_id, 3)
    session.flush_reading_state()
    writer = session._reading_writer
    assert writer is not None
    refused: list[object] = []
    session.reading_state_failed.connect(refused.append)
    closing = threading.Event()
    begin_closing = writer.begin_closing
    monkeypatch.setattr(writer, "begin_closing", lambda: (closing.set(), begin_closing()))
    tries = _spy_tries(monkeypatch, lambda: closing.wait(10))  # tried as it closes
    other = sqlite3.connect(session.library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
        session.set_reading_position(speech_id, 8)
        session.close()
    finally:
        other.close()
    assert len(tries) == 1, "tried once, not again and again"
    assert tries[0] < DEFAULT_BUSY_TIMEOUT * 1000, "and without waiting out the busy timeout"
    assert refused == [], "given up quietly: where she reads is not her words"
    assert _on_disk(session.library_path, speech_id)[0] == 3


def test_a_lock_held_a_while_is_waited_out_by_tries_again(
    qtbot: QtBot, session: LibrarySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the window is open, a position refused for a lock is tried again (each try
    short: the gate is let go between them) until the busy timeout has passed in all."""
    speech_id = session.speeches(1)[0].id
    refused: list[object] = []
    session.reading_state_failed.connect(refused.append)
    tries = _spy_tries(monkeypatch)
    other = sqlite3.connect(session.library_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        session.set_reading_position(speech_id, 5)
        qtbot.waitUntil(lambda: len(tries) >= 2)
        other.execute("ROLLBACK")  # the program lets go
    finally:
        other.close()
    session.flush_reading_state()
    assert refused == []
    assert max(tries) < DEFAULT_BUSY_TIMEOUT * 1000
    assert _on_disk(session.library_path, speech_id)[0] == 5
