"""LibraryWorker: jobs on the worker's own connection; the latest wins; cancel interrupts SQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage.library import Library
from desktop.gui.library_worker import Cancellation, LibraryWorker
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    sample_library,
    sample_template,
)

# A query that would run for minutes unless interrupted.
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


@pytest.fixture
def worker(qtbot: QtBot, sample_library: Library) -> Iterator[LibraryWorker]:  # noqa: F811
    built = LibraryWorker(sample_library.path, "test-worker")
    yield built
    built.shutdown()
    assert not built.is_busy()


def test_a_job_reads_the_library_on_the_worker_thread(qtbot: QtBot, worker: LibraryWorker) -> None:
    def job(library: Library, _cancel: Cancellation) -> tuple[str, str]:
        return library.store.speech(1).title, threading.current_thread().name

    with qtbot.waitSignal(worker.finished) as finished:
        ticket = worker.submit(job)
    assert finished.args[0] == ticket
    title, thread = finished.args[1]
    assert title
    assert thread != threading.main_thread().name


def test_only_the_latest_job_is_reported(qtbot: QtBot, worker: LibraryWorker) -> None:
    release = threading.Event()
    reported: list[object] = []
    worker.finished.connect(lambda _ticket, result: reported.append(result))
    worker.submit(lambda _library, _cancel: "first" if release.wait(10) else "timeout")
    with qtbot.waitSignal(worker.idle, timeout=10_000):
        second = worker.submit(lambda _library, _cancel: "second")
        release.set()
    assert reported == ["second"]
    assert worker.ticket == second


def test_cancel_interrupts_a_running_query(qtbot: QtBot, worker: LibraryWorker) -> None:
    started = threading.Event()
    failures: list[object] = []
    worker.failed.connect(lambda _ticket, error: failures.append(error))

    def endless(library: Library, _cancel: Cancellation) -> object:
        with library.db.read() as conn:
            started.set()
            return conn.execute(ENDLESS).fetchone()

    worker.submit(endless)
    assert started.wait(10)
    with qtbot.waitSignal(worker.idle, timeout=10_000):
        worker.cancel()
    assert failures == []  # a cancelled job's failure is nobody's business
    assert not worker.is_busy()


def test_a_failing_job_reports_its_error(qtbot: QtBot, worker: LibraryWorker) -> None:
    def missing(library: Library, _cancel: Cancellation) -> object:
        return library.store.speech(9999)

    with qtbot.waitSignal(worker.failed) as failed:
        worker.submit(missing)
    assert isinstance(failed.args[1], LibraryError)
    assert failed.args[1].code == "not-found"


def test_an_outcome_posted_before_shutdown_is_not_reported(
    qtbot: QtBot,
    sample_library: Library,  # noqa: F811
) -> None:
    """The window closed (Quit) while a read failed: no one is left to tell (a message opened
    then kept the app running, unseen)."""
    worker = LibraryWorker(sample_library.path, "test-worker")
    posted = threading.Event()
    # After the worker's own (queued) connection: once this runs, the failure is on its way.
    worker._executor.failed.connect(lambda *_: posted.set(), Qt.ConnectionType.DirectConnection)
    reported: list[object] = []
    worker.failed.connect(lambda _ticket, error: reported.append(error))

    def failing(_library: Library, _cancel: Cancellation) -> object:
        raise LibraryError("the disk went away", code="io-error")

    worker.submit(failing)
    assert posted.wait(10)
    worker.shutdown()
    with qtbot.waitSignal(worker.idle):
        pass  # the posted failure is delivered now
    assert reported == []
