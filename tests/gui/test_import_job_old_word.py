"""Tests for desktop/gui/import_job.py with old Word files: a folder of them converted in batches
(a fake converter the tests write; LibreOffice itself once), cancel and progress meanwhile."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from desktop.core.imported import NoticeKind
from desktop.core.importing.extensions import files_to_import
from desktop.core.storage.library import open_library
from desktop.gui.import_job import FileStatus, ImportJob, default_opener, import_files
from desktop.gui.workers import WorkerPool
from tests.core.importing.fake_office import (
    BAD,
    HANG,
    ended,
    fake_office,
    installed,
    old_word,
    runs,
)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """An empty library (no sample) on disk."""
    path = tmp_path / "library.sqlite"
    open_library(path, seed=None).close()
    return path


@pytest.fixture
def pool(qtbot: QtBot) -> WorkerPool:
    """A worker pool that must have finished when the test ends."""
    workers = WorkerPool()
    yield workers
    workers.cancel_all()
    assert workers.wait(10000)


def _folder(folder: Path, *contents: bytes) -> Path:
    folder.mkdir()
    for number, data in enumerate(contents, 1):
        (folder / f"讲话{number}.doc").write_bytes(data)
    return folder


def test_a_folder_of_old_word_files_converts_in_one_run_and_a_bad_one_fails_in_it(
    tmp_path: Path, library_path: Path, temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    contents = old_word("甲"), old_word("乙", BAD), old_word("丙"), old_word("丁")
    folder = _folder(tmp_path / "archive", *contents)
    steps: list[tuple[float, str]] = []
    paths = files_to_import([folder])
    result = import_files(paths, default_opener(library_path), lambda f, m: steps.append((f, m)))
    statuses = [outcome.status for outcome in result.outcomes]
    assert statuses == [FileStatus.IMPORTED, FileStatus.FAILED] + [FileStatus.IMPORTED] * 2
    assert [outcome.speech_titles for outcome in result.imported] == [("甲",), ("丙",), ("丁",)]
    [failed] = result.failed
    assert failed.error is not None
    assert failed.error.code == "conversion"
    assert "source file could not be loaded" in failed.error.message
    assert runs(converter) == [[f"0000{n}.doc" for n in range(1, 5)]]
    # The bar moves file by file as the batch converts them.
    names = [name for _, name in steps]
    assert sorted(set(names)) == [path.name for path in paths]
    assert [f for f, _ in steps] == sorted(f for f, _ in steps)
    assert list(temp_root.iterdir()) == []


def test_cancel_mid_batch_kills_the_converter_and_keeps_the_files_imported_before(
    qtbot: QtBot,
    tmp_path: Path,
    library_path: Path,
    temp_root: Path,
    pool: WorkerPool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    converter = installed(monkeypatch, fake_office(tmp_path / "office"))
    folder = _folder(tmp_path / "archive", old_word("甲"), old_word("乙", HANG), old_word("丙"))
    hung = converter.parent / "hang.json"
    job = ImportJob(files_to_import([folder]), default_opener(library_path))
    names: list[str] = []
    job.progressed.connect(lambda _fraction, name: names.append(name))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
        # The window stays live while the converter is stuck on the second file.
        qtbot.waitUntil(lambda: "讲话2.doc" in names and hung.exists(), timeout=20000)
        job.cancel()
    result = blocker.args[0]
    assert result.cancelled
    statuses = [outcome.status for outcome in result.outcomes]
    assert statuses == [FileStatus.IMPORTED, FileStatus.SKIPPED, FileStatus.SKIPPED]
    assert len(runs(converter)) == 1
    started = json.loads(hung.read_text())
    assert ended(started["pid"])
    assert ended(started["child"])
    assert list(temp_root.iterdir()) == []


_SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_folder_of_three_real_doc_files_is_imported_through_libreoffice(
    tmp_path: Path, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _SOFFICE is not None
    monkeypatch.delenv("PIZHU_SOFFICE")  # the machine's own office suite
    made = tmp_path / "docx"
    made.mkdir()
    titles = ["在全省工作会议上的讲话", "在全市经济工作会议上的讲话", "在县委全会上的讲话"]
    for number, title in enumerate(titles, 1):
        document = docx.Document()
        document.core_properties.title = title
        document.add_heading(title, 0)
        document.add_paragraph("同志们：")
        document.add_heading("一、提高认识", 1)
        document.add_paragraph(f"这是第{number}篇讲话的正文。")
        document.save(made / f"讲话{number}.docx")
    folder = tmp_path / "archive"
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    command = [_SOFFICE, "--headless", profile, "--convert-to", "doc", "--outdir", str(folder)]
    sources = map(str, sorted(made.iterdir()))
    subprocess.run([*command, *sources], check=True, timeout=120, capture_output=True)
    result = import_files(files_to_import([folder]), default_opener(library_path))
    assert [outcome.status for outcome in result.outcomes] == [FileStatus.IMPORTED] * 3
    assert [outcome.speech_titles for outcome in result.imported] == [(t,) for t in titles]
    for outcome in result.imported:
        assert [notice.kind for notice in outcome.notices] == [NoticeKind.CONVERTED]
