"""Tests for desktop/gui/workers.py: jobs in a pool, results and cancelling by signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import CancelledError, DocumentError
from desktop.gui.workers import Cancel, Progress, WorkerPool


@pytest.fixture
def pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    """A pool that must be empty when the test ends."""
    workers = WorkerPool()
    yield workers
    workers.cancel_all()
    assert workers.wait(5000)


def test_result_and_progress_arrive_by_signal(qtbot: QtBot, pool: WorkerPool) -> None:
    def job(progress: Progress, cancel: Cancel) -> int:
        progress(0.5, "half")
        return threading.get_ident()

    task = pool.submit(job, "answer")
    seen: list[tuple[float, str]] = []
    task.progressed.connect(lambda fraction, message: seen.append((fraction, message)))
    with qtbot.waitSignal(task.succeeded) as blocker:
        pass
    assert blocker.args[0] != threading.get_ident()  # it ran in another thread
    assert seen == [(0.5, "half")]
    assert not task.is_running()
    assert pool.active() == []


def test_a_failure_is_delivered_not_raised(qtbot: QtBot, pool: WorkerPool) -> None:
    def job(progress: Progress, cancel: Cancel) -> None:
        raise DocumentError("the file is empty", code="empty")

    task = pool.submit(job)
    finished: list[bool] = []
    task.finished.connect(lambda: finished.append(True))
    with qtbot.waitSignal(task.failed) as blocker:
        pass
    error = blocker.args[0]
    assert finished == [True]
    assert isinstance(error, DocumentError)
    assert error.code == "empty"


def test_cancel_all_stops_a_running_job(qtbot: QtBot, pool: WorkerPool) -> None:
    started = threading.Event()

    def job(progress: Progress, cancel: Cancel) -> None:
        started.set()
        while not cancel():
            started.wait(0.01)  # a slice of work between checks of the flag
        raise CancelledError("stopped")

    task = pool.submit(job, "endless")
    assert started.wait(5)
    assert pool.active() == [task]
    with qtbot.waitSignal(task.cancelled):
        pool.cancel_all()
    assert pool.wait(5000)
    assert pool.active() == []


def test_signals_connected_after_a_fast_job_ended_still_fire(
    qtbot: QtBot, pool: WorkerPool
) -> None:
    task = pool.submit(lambda progress, cancel: "done")
    assert task.wait(5)  # the job is over before anyone connected
    with qtbot.waitSignal(task.succeeded) as blocker:
        pass
    assert blocker.args == ["done"]
