"""Tests for desktop/gui/writer_gates.py: the window never waits on an import's write lock,
even when the import's worker asks for it between the window's check and its write.

A real ``ImportJob`` imports into a real library beside a ``LibrarySession`` whose connection
has a short busy timeout: a write of the window's that met the worker's transaction would fail
fast with ``busy`` ("database is locked") instead of freezing the test. The worker is held where
a test needs it by its gate (``WatchedGate``) and by a hook inside its transaction; the window's
write is interrupted where the race would strike by a hook on its ``transaction``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage import import_writer
from desktop.gui.import_job import ImportJob, ImportResult, default_opener
from desktop.gui.library_session import LibrarySession
from desktop.gui.pending_writes import KeptChangesFailed
from desktop.gui.workers import WorkerPool
from desktop.gui.writer_gates import WriterGate, writers_held
from tests.gui.files import good_file
from tests.gui.writer_fixtures import (  # noqa: F401 - fixtures
    WAIT_S,
    busy_session,
    highlighter,
    stored_ids,
    worker_pool,
)


class WatchedGate(WriterGate):
    """An import's gate that tells the test where its worker is, and holds it where asked."""

    def __init__(self, moved_on: threading.Event) -> None:
        super().__init__()
        self.arrived = threading.Event()
        """The worker came to the gate; it asks for it once ``go`` is set."""
        self.go = threading.Event()
        self.entered = threading.Event()
        """The worker passed the gate; it asks for the write lock once ``go_on`` is set."""
        self.go_on = threading.Event()
        self.moved_on = moved_on
        """Set when the worker found the gate held by the window (it waits there)."""

    def enter(self) -> None:
        """The worker's way in, watched."""
        self.arrived.set()
        self.go.wait(WAIT_S)
        if not self.hold():
            self.moved_on.set()
            super().enter()
        self.entered.set()
        self.go_on.wait(WAIT_S)


@dataclass
class Worker:
    """Where the import's worker is, and the hooks that hold it."""

    moved_on: threading.Event = field(default_factory=threading.Event)
    """It waits at its gate, or it is inside its transaction (holding the write lock)."""
    release: threading.Event = field(default_factory=threading.Event)
    """Its first transaction goes on to commit once this is set."""
    release_next: threading.Event = field(default_factory=threading.Event)
    """The transactions after the first go on to commit once this is set."""
    transactions: int = 0


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[Worker]:
    """Each import's transaction says when it is inside, then waits for its release."""
    watched = Worker()
    store_report = import_writer.store_report

    def held_store_report(*args: object) -> None:
        watched.transactions += 1
        watched.moved_on.set()
        first = watched.transactions == 1
        (watched.release if first else watched.release_next).wait(WAIT_S)
        store_report(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer, "store_report", held_store_report)
    yield watched
    watched.release.set()  # never leave a worker waiting
    watched.release_next.set()


def _start(
    session: LibrarySession, pool: WorkerPool, worker: Worker, paths: list[Path]
) -> tuple[ImportJob, WatchedGate, list[ImportResult]]:
    """An import of ``paths`` the session follows, its gate watched; its results."""
    job = ImportJob(paths, default_opener(session.library_path))
    gate = WatchedGate(worker.moved_on)
    job.gate = gate
    results: list[ImportResult] = []
    job.finished.connect(results.append)
    session.follow_writer(job)
    job.start(pool)
    return job, gate, results


@contextmanager
def _interrupted_write(session: LibrarySession, gate: WatchedGate) -> Iterator[list[int]]:
    """The window's next transaction lets the worker ask for the write lock first: it begins
    once the worker waits at its gate or holds the lock. Counts the transactions begun."""
    db = session._library.db
    transaction = db.transaction
    begun: list[int] = []

    @contextmanager
    def racing_transaction() -> Iterator[object]:
        if not begun:
            gate.go.set()
            assert gate.moved_on.wait(WAIT_S)
        begun.append(1)
        with transaction() as conn:
            yield conn

    db.transaction = racing_transaction  # type: ignore[method-assign]
    try:
        yield begun
    finally:
        db.transaction = transaction  # type: ignore[method-assign]


def test_holding_the_gates_takes_all_or_none_and_never_waits() -> None:
    free, taken = WriterGate(), WriterGate()
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        taken.enter()
        inside.set()
        leave.wait(WAIT_S)
        taken.leave()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert inside.wait(WAIT_S)
        with writers_held([free, taken]) as held:
            assert not held
        assert _enters_at_once(free), "the gate got first was let go"
        with writers_held([free]) as held, writers_held([free]) as again:
            assert held
            assert again, "the window's nested write holds them again"
            assert not _enters_at_once(free)
        assert _enters_at_once(free)
    finally:
        leave.set()
        thread.join(WAIT_S)
    with writers_held([free, taken]) as held:
        assert held


def _enters_at_once(gate: WriterGate) -> bool:
    """Whether another thread gets ``gate`` without waiting (and leaves it)."""
    got: list[bool] = []

    def other() -> None:
        got.append(gate.hold())
        if got[0]:
            gate.let_go()

    thread = threading.Thread(target=other)
    thread.start()
    thread.join(WAIT_S)
    return got == [True]


def test_a_change_the_worker_asks_for_the_lock_under_is_written_and_the_import_waits(
    qtbot: QtBot, session: LibrarySession, pool: WorkerPool, worker: Worker, tmp_path: Path
) -> None:
    job, gate, results = _start(session, pool, worker, [good_file(tmp_path)])
    gate.go_on.set()
    assert gate.arrived.wait(WAIT_S)  # the window's check would find the lock free now
    with _interrupted_write(session, gate) as begun:
        made = highlighter(session)()  # met the held transaction: "database is locked"
    worker.release.set()
    assert begun == [1]
    assert session.pending_count() == 0
    assert made in stored_ids(session)
    qtbot.waitUntil(lambda: bool(results), timeout=int(WAIT_S * 1000))
    assert len(results[0].imported) == 1, "the import went on once the write was made"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda s: s.rename_collection(1, "新标题"), id="rename-collection"),
        pytest.param(lambda s: s.trash_collection(1), id="trash-collection"),
        pytest.param(lambda s: s.rename_tag("甲", "乙"), id="rename-tag"),
        pytest.param(lambda s: s.empty_trash(), id="empty-trash"),
    ],
)
def test_a_change_the_queue_does_not_keep_is_made_whole_when_the_worker_asks_under_it(
    qtbot: QtBot,
    session: LibrarySession,
    pool: WorkerPool,
    worker: Worker,
    tmp_path: Path,
    change: Callable[[LibrarySession], object],
) -> None:
    session.set_tags(highlighter(session)(), ["甲"])
    _job, gate, results = _start(session, pool, worker, [good_file(tmp_path)])
    gate.go_on.set()
    assert gate.arrived.wait(WAIT_S)
    with _interrupted_write(session, gate) as begun:
        change(session)  # its write met the held transaction: "database is locked"
    worker.release.set()
    assert begun
    qtbot.waitUntil(lambda: bool(results), timeout=int(WAIT_S * 1000))
    assert len(results[0].imported) == 1


def test_a_worker_past_its_gate_has_changes_kept_or_refused_at_once(
    qtbot: QtBot, session: LibrarySession, pool: WorkerPool, worker: Worker, tmp_path: Path
) -> None:
    worker.release.set()
    highlight = highlighter(session)
    earlier = highlight()
    session.rename_collection(1, "旧标题")
    _job, gate, results = _start(session, pool, worker, [good_file(tmp_path)])
    gate.go.set()
    # Past the gate, the worker has not said yet that it holds the lock, nor asked for it.
    assert gate.entered.wait(WAIT_S)
    for refused in (
        lambda: session.rename_collection(1, "新标题"),
        lambda: session.delete_annotations([earlier]),
        lambda: session.rename_tag("甲", "乙"),
    ):
        with pytest.raises(LibraryError) as error:
            refused()
        assert error.value.code == "import-saving"
    with pytest.raises(LibraryError):
        session.refusing_step_while_import_saves(session.undo_stack.command(1)).__enter__()
    with session.refusing_step_while_import_saves(session.undo_stack.command(0)):
        pass  # an annotation's step is kept, not refused
    kept = highlight()
    assert session.pending_count() == 1
    assert kept not in stored_ids(session)
    gate.go_on.set()
    qtbot.waitUntil(lambda: bool(results), timeout=int(WAIT_S * 1000))
    assert session.pending_count() == 0
    assert kept in stored_ids(session)
    assert session.collection(1).title == "旧标题"


def test_the_next_files_transaction_asked_for_during_a_flush_waits_for_all_of_it(
    qtbot: QtBot, session: LibrarySession, pool: WorkerPool, worker: Worker, tmp_path: Path
) -> None:
    failures: list[KeptChangesFailed] = []
    session.kept_changes_failed.connect(failures.append)
    first, second = good_file(tmp_path), good_file(tmp_path, "二.txt", "在全省会议上的讲话")
    _job, gate, results = _start(session, pool, worker, [first, second])
    gate.go.set()
    gate.go_on.set()
    assert worker.moved_on.wait(WAIT_S)  # inside the first file's transaction
    highlight = highlighter(session)
    kept = [highlight(), highlight()]
    assert session.pending_count() == 2
    # The second file waits before its gate; the flush the first file's end asks for (queued
    # to the window's loop) lets it go on between two of its writes.
    gate.go.clear()
    gate.arrived.clear()
    worker.moved_on.clear()
    worker.release.set()
    assert gate.arrived.wait(WAIT_S)
    with _interrupted_write(session, gate) as begun:
        qtbot.waitUntil(lambda: session.pending_count() == 0, timeout=int(WAIT_S * 1000))
    worker.release_next.set()
    assert len(begun) == 2
    assert failures == [], "no kept change met the lock"
    assert set(kept) <= stored_ids(session)
    qtbot.waitUntil(lambda: bool(results), timeout=int(WAIT_S * 1000))
    assert len(results[0].imported) == 2
