"""Tests for desktop/gui/background_writer.py: the workers that write to the library besides an
import (File ▸ Import Annotations, the word counts) never make the window wait on their lock.

Each worker is paused inside its transaction (holding the write lock) by a hook in core; the
session's connection has a short busy timeout, so a window write that met the lock would fail
fast with ``busy`` ("database is locked") instead of being kept or refused at once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.errors import LibraryError
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.storage import annotation_import, word_frequencies
from desktop.core.storage.library import open_library
from desktop.core.storage.storing import told_storing
from desktop.dialogs.annotation_import import AnnotationImporter
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.terms_finder import TermsFinder
from desktop.gui.workers import WorkerPool
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture
from tests.gui.writer_fixtures import (  # noqa: F401 - fixtures
    BUSY_TIMEOUT_S,
    WAIT_S,
    busy_session,
    highlighter,
    stored_ids,
    worker_pool,
)


class Paused:
    """Where a worker is: ``inside`` its first transaction, waiting there for ``release``."""

    def __init__(self) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()

    def hold_first(self) -> None:
        """In the worker: the first call waits for the test; later ones go on."""
        if not self.inside.is_set():
            self.inside.set()
            assert self.release.wait(WAIT_S)


def _assert_kept_and_refused_at_once(session: LibrarySession) -> str:
    """A highlight made now is kept (not written), a rename refused: neither waited."""
    kept = highlighter(session)()  # before: "database is locked" after the busy timeout
    assert session.pending_count() == 1
    assert kept not in stored_ids(session)
    with pytest.raises(LibraryError) as refused:
        session.rename_collection(1, "新标题")
    assert refused.value.code == "import-saving"
    return kept


def test_a_writer_is_followed_from_each_begin_until_it_stopped(session: LibrarySession) -> None:
    writer = BackgroundWriter()
    session.follow_writer_runs(writer)
    highlight = highlighter(session)
    for _run in range(2):
        writer.begin()
        with _in_a_transaction(writer, session.library_path):
            kept = highlight()
            assert session.pending_count() == 1
        writer.stop()  # writes what was kept (the flush its worker asked for may come later)
        assert session.pending_count() == 0
        assert kept in stored_ids(session)
    with _in_a_transaction(
        writer, session.library_path
    ):  # no run began: the window does not follow it
        assert session.pending_count() == 0
        with pytest.raises(LibraryError) as waited:
            highlight()
        assert waited.value.code == "busy"


@contextmanager
def _in_a_transaction(writer: BackgroundWriter, path: Path) -> Iterator[None]:
    """A worker thread inside a write transaction on ``path``, behind ``writer``'s gate."""
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with (
            open_library(path, create=False, daily_backup=False) as library,
            told_storing(writer.storing),
            library.db.transaction(),
        ):
            inside.set()
            leave.wait(WAIT_S)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert inside.wait(WAIT_S)
        yield
    finally:
        leave.set()
        thread.join(WAIT_S)


def _backup(session: LibrarySession, folder: Path) -> Path:
    """A W3C JSON file of the library's annotations, written on a connection of its own."""
    with open_library(session.library_path, create=False, daily_backup=False) as library:
        return run_export(LibraryReader(library), ExportRequest("json", folder / "notes.json")).path


def _paused_planning(monkeypatch: pytest.MonkeyPatch) -> Paused:
    """An annotation import pauses inside its transaction (where it plans what to store)."""
    paused = Paused()
    plan = annotation_import._plan

    def planned_in_the_transaction(*args: object) -> object:
        paused.hold_first()
        return plan(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(annotation_import, "_plan", planned_in_the_transaction)
    return paused


def _assert_a_change_kept_then_written(
    qtbot: QtBot, session: LibrarySession, importer: AnnotationImporter, paused: Paused
) -> None:
    """A highlight made while ``importer`` is paused is kept at once, written once it ends."""
    try:
        assert paused.inside.wait(WAIT_S)
        kept = _assert_kept_and_refused_at_once(session)
    finally:
        paused.release.set()
    qtbot.waitUntil(lambda: importer.message is not None, timeout=int(WAIT_S * 1000))
    importer.message.close()
    assert session.pending_count() == 0
    assert kept in stored_ids(session)


def test_a_change_made_while_annotations_are_imported_is_kept_then_written(
    qtbot: QtBot,
    session: LibrarySession,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    highlighter(session)()
    backup = _backup(session, tmp_path)
    paused = _paused_planning(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    importer = AnnotationImporter(session.library_path, pool, parent)
    session.follow_writer_runs(importer.writer)
    importer.start(backup)
    _assert_a_change_kept_then_written(qtbot, session, importer, paused)


def test_a_change_made_while_words_are_counted_is_written_between_two_batches(
    qtbot: QtBot,
    session: LibrarySession,
    monkeypatch: pytest.MonkeyPatch,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    monkeypatch.setattr(word_frequencies, "BATCH", 1)  # a transaction for each speech
    paused = Paused()
    store = word_frequencies.store_packed_words

    def stored_in_the_transaction(*args: object) -> int:
        paused.hold_first()
        return store(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(word_frequencies, "store_packed_words", stored_in_the_transaction)
    finder = TermsFinder(session.library_path, lambda: ScopeKind.SPEECH)
    next_batch = _held_before_the_second_transaction(finder.word_counts)
    session.follow_writer_runs(finder.word_counts)
    try:
        finder.set_segmenter(ready_segmenter)
        assert paused.inside.wait(WAIT_S)
        kept = _assert_kept_and_refused_at_once(session)
        paused.release.set()
        # Written once the first batch let go, while the next one has not begun: the window's
        # changes do not wait for the whole count.
        qtbot.waitUntil(lambda: session.pending_count() == 0, timeout=int(WAIT_S * 1000))
        assert kept in stored_ids(session)
        assert finder.counter.is_busy()
    finally:
        paused.release.set()
        next_batch.set()
    qtbot.waitUntil(lambda: not finder.counter.is_busy(), timeout=int(WAIT_S * 1000))
    finder.shutdown()


def _held_before_the_second_transaction(writer: BackgroundWriter) -> threading.Event:
    """``writer``'s worker waits before its second transaction until the event is set."""
    storing = writer.storing
    go_on = threading.Event()
    began: list[bool] = []

    def held_storing(held: bool) -> None:
        if held:
            began.append(True)
            if len(began) == 2:
                assert go_on.wait(WAIT_S)
        storing(held)

    writer.storing = held_storing  # type: ignore[method-assign]
    return go_on


def test_the_window_follows_its_annotation_import(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = main_window.session
    # A write that met the import's lock would fail at once, not after 5 s.
    session._library.db._execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    highlighter(session)()
    backup = _backup(session, tmp_path)
    paused = _paused_planning(monkeypatch)
    importer = main_window.import_annotations(backup)
    _assert_a_change_kept_then_written(qtbot, session, importer, paused)
