"""Tests for desktop/gui/import_job.py: importing files in a worker, one transaction per file."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage.fts_indexer import FtsIndexer
from desktop.core.storage.library import Library, open_library
from desktop.gui.import_job import FileStatus, ImportJob, default_opener, import_files
from desktop.gui.workers import WorkerPool
from tests.core.importing.fake_office import OLD_WORD, calls, fake_office, installed
from tests.gui.files import bad_file, good_file


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """An empty library (no sample) on disk."""
    path = tmp_path / "library.sqlite"
    open_library(path, seed=None).close()
    return path


@pytest.fixture
def pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    """A worker pool that must have finished when the test ends."""
    workers = WorkerPool()
    yield workers
    workers.cancel_all()
    assert workers.wait(10000)


def _collections(path: Path) -> list[tuple[int, str, int]]:
    with open_library(path, create=False, daily_backup=False) as library:
        return [(c.id, c.title, c.speech_count) for c in library.store.collections()]


def test_a_good_file_is_imported_and_reported(tmp_path: Path, library_path: Path) -> None:
    steps: list[tuple[float, str]] = []
    result = import_files(
        [good_file(tmp_path)], default_opener(library_path), lambda f, m: steps.append((f, m))
    )
    [outcome] = result.outcomes
    assert outcome.status == FileStatus.IMPORTED
    assert outcome.report is not None
    assert outcome.report.status == "created"
    assert outcome.speech_titles == ("在全市工作会议上的讲话",)
    assert [r.kind for r in outcome.removals] == ["watermark"]
    assert result.first_collection_id == outcome.report.collection_id
    expected = [(outcome.report.collection_id, "在全市工作会议上的讲话", 1)]
    assert _collections(library_path) == expected
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert {m for _, m in steps} == {"讲话.txt"}


def test_a_bad_file_reports_its_error_and_leaves_the_library_as_it_was(
    tmp_path: Path, library_path: Path
) -> None:
    import_files([good_file(tmp_path)], default_opener(library_path))
    before = _collections(library_path)
    second = good_file(tmp_path, "二.txt", "在全省表彰大会上的讲话")
    result = import_files([bad_file(tmp_path), second], default_opener(library_path))
    bad, good = result.outcomes
    assert bad.status == FileStatus.FAILED
    assert bad.error is not None
    assert (bad.error.code, bad.error.kind) == ("empty", "document")
    assert bad.error.message == "the file is empty"
    assert good.status == FileStatus.IMPORTED  # the next file is still tried
    after = _collections(library_path)
    assert after[: len(before)] == before
    assert [title for _, title, _ in after[len(before) :]] == ["在全省表彰大会上的讲话"]


def test_cancel_inside_a_file_stores_nothing_of_it(tmp_path: Path, library_path: Path) -> None:
    first = good_file(tmp_path, "一.txt")
    second = good_file(tmp_path, "二.txt", "在全省表彰大会上的讲话")
    names: list[str] = []
    result = import_files(
        [first, second],
        default_opener(library_path),
        lambda _f, name: names.append(name),
        cancel=lambda: "二.txt" in names,  # the user presses Cancel while file 2 is read
    )
    assert result.cancelled
    assert [o.status for o in result.outcomes] == [FileStatus.IMPORTED, FileStatus.SKIPPED]
    assert [title for _, title, _ in _collections(library_path)] == ["在全市工作会议上的讲话"]


@pytest.mark.usefixtures("automatic_collector")
def test_no_pass_of_the_collector_while_files_are_read_and_stored(
    tmp_path: Path, library_path: Path
) -> None:
    # Passes over the millions of objects a large file makes held the GIL for ~0.25 s each.
    assert gc.isenabled()
    collecting: list[bool] = []
    files = [good_file(tmp_path), bad_file(tmp_path)]
    result = import_files(
        files, default_opener(library_path), lambda _f, _m: collecting.append(gc.isenabled())
    )
    assert [o.status for o in result.outcomes] == [FileStatus.IMPORTED, FileStatus.FAILED]
    assert collecting
    assert not any(collecting)
    assert gc.isenabled(), "on again after the import, also after a file that failed"


def test_a_library_that_cannot_be_opened_stops_the_import(tmp_path: Path) -> None:
    result = import_files([good_file(tmp_path)], default_opener(tmp_path / "missing.sqlite"))
    assert result.stopped_by is not None
    assert result.stopped_by.code == "missing"
    assert [o.status for o in result.outcomes] == [FileStatus.SKIPPED]


def test_the_job_runs_in_a_worker_and_reports_by_signal(
    qtbot: QtBot, tmp_path: Path, library_path: Path, pool: WorkerPool
) -> None:
    job = ImportJob([good_file(tmp_path), bad_file(tmp_path)], default_opener(library_path))
    progress: list[float] = []
    job.progressed.connect(lambda fraction, _name: progress.append(fraction))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
    result = blocker.args[0]
    assert [o.status for o in result.outcomes] == [FileStatus.IMPORTED, FileStatus.FAILED]
    assert progress
    assert progress[-1] == 1.0
    assert not job.is_running()


def test_cancelling_the_job_leaves_the_library_unchanged(
    qtbot: QtBot, tmp_path: Path, library_path: Path, pool: WorkerPool
) -> None:
    release = threading.Event()

    def opener() -> Library:
        release.wait(10)  # hold the worker until the user has pressed Cancel
        return default_opener(library_path)()

    job = ImportJob([good_file(tmp_path)], opener)
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
        job.cancel()
        release.set()
    assert blocker.args[0].cancelled
    assert _collections(library_path) == []


def test_cancel_while_the_last_speech_is_indexed_stores_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    library_path: Path,
    pool: WorkerPool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A file of one long speech spends nearly all its time making the index rows, after the
    # last look at the flag between speeches: the user's Cancel then came too late to count.
    job = ImportJob([good_file(tmp_path)], default_opener(library_path))
    real = FtsIndexer.prepare_speech

    def pressed_meanwhile(self: FtsIndexer, text: str, *, compact: bool = False) -> object:
        job.cancel()
        return real(self, text, compact=compact)

    monkeypatch.setattr(FtsIndexer, "prepare_speech", pressed_meanwhile)
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
    assert blocker.args[0].cancelled
    assert [o.status for o in blocker.args[0].outcomes] == [FileStatus.SKIPPED]
    assert _collections(library_path) == []


def test_storing_is_told_around_each_stored_file_and_not_for_a_bad_one(
    tmp_path: Path, library_path: Path
) -> None:
    told: list[tuple[bool, bool]] = []

    def storing(held: bool) -> None:
        # Whether the write lock is free: another connection can begin a write right now.
        with open_library(library_path, create=False, daily_backup=False, busy_timeout=0) as other:
            try:
                with other.db.transaction():
                    free = True
            except LibraryError:
                free = False
        told.append((held, free))

    paths = [good_file(tmp_path), bad_file(tmp_path), good_file(tmp_path, "二.txt", "第二篇")]
    result = import_files(paths, default_opener(library_path), storing=storing)
    assert [o.status for o in result.outcomes] == [
        FileStatus.IMPORTED,
        FileStatus.FAILED,
        FileStatus.IMPORTED,
    ]
    # Told before the lock is asked for (it is still free), and again once it is free.
    assert told == [(True, True), (False, True), (True, True), (False, True)]


def test_cancel_while_an_old_word_file_converts_kills_the_converter(
    qtbot: QtBot,
    tmp_path: Path,
    library_path: Path,
    pool: WorkerPool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window stays live while LibreOffice runs, and Cancel ends it: no wait for a limit."""
    converter = installed(monkeypatch, fake_office(tmp_path / "office", "hang"))
    old_word = tmp_path / "讲话.doc"
    old_word.write_bytes(OLD_WORD)
    job = ImportJob([old_word, good_file(tmp_path)], default_opener(library_path))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
        qtbot.waitUntil((converter.parent / "calls.json").exists, timeout=20000)
        job.cancel()
    result = blocker.args[0]
    assert result.cancelled
    assert [outcome.status for outcome in result.outcomes] == [FileStatus.SKIPPED] * 2
    with pytest.raises(ProcessLookupError):  # ended, and waited for
        os.kill(calls(converter)["pid"], 0)
    assert _collections(library_path) == []


def test_a_failed_conversion_is_one_file_s_error_and_the_next_is_imported(
    tmp_path: Path, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed(monkeypatch, fake_office(tmp_path / "office", "fail"))
    old_word = tmp_path / "讲话.doc"
    old_word.write_bytes(OLD_WORD)
    result = import_files([old_word, good_file(tmp_path)], default_opener(library_path))
    failed, imported = result.outcomes
    assert failed.error is not None
    assert (failed.status, failed.error.code) == (FileStatus.FAILED, "conversion")
    assert "source file could not be loaded" in failed.error.message
    assert imported.status == FileStatus.IMPORTED
    assert [title for _, title, _ in _collections(library_path)] == ["在全市工作会议上的讲话"]
