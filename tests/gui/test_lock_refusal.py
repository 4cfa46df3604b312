"""Tests for desktop/gui/lock_refusal.py: highlights, deletions and undo refused for another
program's write lock.

Each waited SQLite's whole busy timeout (5 s) on the GUI thread, the window frozen, then failed
with a message box for every key pressed meanwhile. Now each waits a moment, changes nothing,
and the status bar says so once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.database import DEFAULT_BUSY_TIMEOUT
from desktop.core.storage.library import open_library
from desktop.gui.action_ids import ActionId
from desktop.gui.library_session import TYPED_BUSY_TIMEOUT
from desktop.gui.main_window import MainWindow
from tests.gui.full_disk import close_messages
from tests.gui.window_helpers import (
    focus_reader,
    highlight_word,
    select_and_press,
    status_messages,
)

HIGHLIGHT_REFUSED = (
    "Another program is writing to the library, so the highlight was not saved. "
    "Try again in a moment."
)
UNDO_REFUSED = (
    "Another program is writing to the library, so nothing was undone. Try again in a moment."
)
REDO_REFUSED = (
    "Another program is writing to the library, so nothing was redone. Try again in a moment."
)
TRASH_REFUSED = (
    "Another program is writing to the library, so nothing was moved to the trash. "
    "Try again in a moment."
)


@pytest.fixture
def shown(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The status bar's messages from now on, each time one is asked for."""
    return status_messages(main_window, monkeypatch)


@pytest.fixture
def waits(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The busy timeout (ms) in force each time the window's connection asks for the lock."""
    db = main_window.session._library.db
    asked_with: list[int] = []
    execute = db._execute

    def spy(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE":
            asked_with.append(db._conn.execute("PRAGMA busy_timeout").fetchone()[0])
        execute(sql)

    monkeypatch.setattr(db, "_execute", spy)
    return asked_with


@pytest.fixture
def lock(library_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection, which takes the write lock with ``BEGIN IMMEDIATE``."""
    other = sqlite3.connect(library_path, isolation_level=None)
    yield other
    other.close()


def _stored_ids(library_path: Path) -> set[str]:
    """The live annotations' ids as the library file holds them (another connection)."""
    with open_library(library_path, create=False, daily_backup=False) as other:
        return {annotation.id for annotation in other.annotations.annotations()}


def _waited_briefly(asked_with: list[int]) -> bool:
    return bool(asked_with) and max(asked_with) <= TYPED_BUSY_TIMEOUT * 1000


def test_a_highlight_refused_for_a_lock_is_not_made_and_said_once(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    lock: sqlite3.Connection,
    shown: list[str],
    waits: list[int],
) -> None:
    """Pressing 2 froze the window 5 s, then a message box came for each press: the highlight
    was not saved, and nothing said so in the window's own place."""
    window = main_window
    start = window.current_speech().text.index("效能革命")
    end = start + len("效能革命")
    before = _stored_ids(library_path)
    lock.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
    select_and_press(qtbot, window, start, end, Qt.Key.Key_2)
    assert window.reader.selected_range() == (start, end), "her selection stays, for later"
    for _again in range(2):  # a burst of presses: the same refusal, said once
        qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert close_messages(window) == [], "no message box for each press"
    assert shown.count(HIGHLIGHT_REFUSED) == 1
    assert window.status.currentMessage() == HIGHLIGHT_REFUSED
    assert window.reader.annotations_at(start) == [], "the page shows no highlight not saved"
    assert window.session.annotations(window.current_speech_id()) == []
    assert window.session.undo_stack.count() == 0, "no step for what was not made"
    assert _waited_briefly(waits), waits
    assert window.session._library.db.value("PRAGMA busy_timeout") == DEFAULT_BUSY_TIMEOUT * 1000
    lock.execute("ROLLBACK")  # the program lets go
    assert _stored_ids(library_path) == before
    with qtbot.waitSignal(window.session.annotation_added) as added:
        qtbot.keyClick(window.reader, Qt.Key.Key_2)  # the selection she kept
    assert window.reader.annotations_at(start) == [added.args[1]]
    assert _stored_ids(library_path) == before | {added.args[1]}
    assert window.status.currentMessage() != HIGHLIGHT_REFUSED, "no longer so: taken back"
    assert close_messages(window) == []


def test_an_undo_refused_for_a_lock_stays_to_be_undone(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    lock: sqlite3.Connection,
    shown: list[str],
    waits: list[int],
) -> None:
    """Undo waited 5 s, then a message box; the step stayed, but only after the freeze."""
    window = main_window
    annotation_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_2)
    focus_reader(qtbot, window)
    stack = window.session.undo_stack
    undo = window.registry.action(ActionId.UNDO)
    index, named = stack.index(), undo.text()
    waits.clear()
    lock.execute("BEGIN IMMEDIATE")
    for _press in range(2):
        undo.trigger()
    assert stack.index() == index, "the step is still there to be undone"
    assert undo.text() == named == "&Undo Add Highlight"
    assert close_messages(window) == []
    assert shown.count(UNDO_REFUSED) == 1
    assert _waited_briefly(waits), waits
    lock.execute("ROLLBACK")
    assert annotation_id in _stored_ids(library_path)
    with qtbot.waitSignal(window.session.annotation_removed):
        undo.trigger()
    assert stack.index() == index - 1
    assert annotation_id not in _stored_ids(library_path)


def test_a_redo_refused_for_a_lock_stays_to_be_redone(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    lock: sqlite3.Connection,
    shown: list[str],
    waits: list[int],
) -> None:
    """Redo, as Undo: the same step named by the Edit menu, said once, a moment's wait."""
    window = main_window
    annotation_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_2)
    focus_reader(qtbot, window)
    stack = window.session.undo_stack
    with qtbot.waitSignal(window.session.annotation_removed):
        window.registry.action(ActionId.UNDO).trigger()
    redo = window.registry.action(ActionId.REDO)
    index, named = stack.index(), redo.text()
    waits.clear()
    lock.execute("BEGIN IMMEDIATE")
    for _press in range(2):
        redo.trigger()
    assert stack.index() == index
    assert redo.text() == named == "&Redo Add Highlight"
    assert close_messages(window) == []
    assert shown.count(REDO_REFUSED) == 1
    assert _waited_briefly(waits), waits
    lock.execute("ROLLBACK")
    with qtbot.waitSignal(window.session.annotation_added):
        redo.trigger()
    assert stack.index() == index + 1
    assert annotation_id in _stored_ids(library_path)


def test_a_deletion_refused_for_a_lock_leaves_the_highlight(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    lock: sqlite3.Connection,
    shown: list[str],
    waits: list[int],
) -> None:
    """Delete on a highlight froze the window 5 s, then a message box for each press."""
    window = main_window
    annotation_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_2)
    start = window.current_speech().text.index("效能革命")
    count = window.session.undo_stack.count()
    dock = window.annotations_dock
    assert dock.select_annotation(annotation_id)
    dock.view.setFocus()
    waits.clear()
    lock.execute("BEGIN IMMEDIATE")
    for _press in range(2):
        qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert close_messages(window) == []
    assert shown.count(TRASH_REFUSED) == 1
    assert window.reader.annotations_at(start) == [annotation_id]
    assert window.session.undo_stack.count() == count
    assert _waited_briefly(waits), waits
    lock.execute("ROLLBACK")
    assert annotation_id in _stored_ids(library_path)


def test_a_burst_of_presses_against_a_held_lock_waits_for_it_once(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    lock: sqlite3.Connection,
    shown: list[str],
    waits: list[int],
) -> None:
    """Each press of a burst waited its moment again for the lock that refused the first:
    after a refusal the lock is looked at first, and a press is refused at once while held."""
    window = main_window
    start = window.current_speech().text.index("效能革命")
    end = start + len("效能革命")
    brief = int(TYPED_BUSY_TIMEOUT * 1000)
    lock.execute("BEGIN IMMEDIATE")
    select_and_press(qtbot, window, start, end, Qt.Key.Key_2)
    assert waits == [brief], "the first press waits its moment"
    for _again in range(3):
        qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert waits == [brief, 0, 0, 0], "the next ones never wait: refused at once"
    assert shown.count(HIGHLIGHT_REFUSED) == 1
    assert window.session.annotations(window.current_speech_id()) == []
    assert window.session._library.db.value("PRAGMA busy_timeout") == DEFAULT_BUSY_TIMEOUT * 1000
    lock.execute("ROLLBACK")  # seen free at the next press: it waits its moment, and is made
    with qtbot.waitSignal(window.session.annotation_added):
        qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert waits[-1] == brief
    lock.execute("BEGIN IMMEDIATE")  # taken again after a change went through
    undo = window.registry.action(ActionId.UNDO)
    focus_reader(qtbot, window)
    del waits[:]
    for _press in range(2):
        undo.trigger()
    assert waits == [brief, 0]
    assert shown.count(UNDO_REFUSED) == 1
    lock.execute("ROLLBACK")
    with qtbot.waitSignal(window.session.annotation_removed):
        undo.trigger()
    assert waits[-1] == brief
    assert close_messages(window) == []
