"""File ▸ Import Annotations…: the import runs in a worker and its report is shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.dialogs.annotation_import import AnnotationImporter
from desktop.gui.i18n import Language
from desktop.gui.workers import WorkerPool
from tests.core.export.stored_library import (
    STYLE_FILE,
    StoredLibrary,
    build_stored_library,
    import_sources,
)
from tests.gui.access_keys import window_problems

WAIT_MS = 20_000


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


@pytest.fixture
def pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    """The worker pool; no job may outlive the test."""
    runner = WorkerPool()
    yield runner
    runner.cancel_all()
    assert runner.wait(WAIT_MS)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The widget the message boxes belong to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _backup(stored: StoredLibrary, folder: Path) -> Path:
    with stored.open() as library:
        request = ExportRequest("json", folder / "backup.json")
        return run_export(LibraryReader(library), request).path


def test_a_backup_is_imported_and_reported(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, window: QWidget, tmp_path: Path
) -> None:
    backup = _backup(stored, tmp_path)
    fresh = tmp_path / "fresh.sqlite"
    with open_library(fresh, seed=None, daily_backup=False) as library:
        import_sources(library, stored.sources)
    importer = AnnotationImporter(fresh, pool, window)
    with qtbot.waitSignal(importer.imported, timeout=WAIT_MS) as imported:
        importer.start(backup)
    report = imported.args[0]
    assert report.added == len(stored.notes)
    assert importer.message is not None
    assert importer.message.isVisible()
    assert importer.message.text() == "8 annotation(s) in backup.json:", "it names the file"
    assert "8 added" in importer.message.informativeText()
    importer.message.button(QMessageBox.StandardButton.Ok).click()
    assert not importer.message.isVisible()
    with open_library(fresh, create=False, daily_backup=False) as library:
        assert len(library.annotations.annotations()) == len(stored.notes)


def test_a_bad_file_is_reported_and_changes_nothing(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, window: QWidget, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{ not json", encoding="utf-8")
    importer = AnnotationImporter(stored.path, pool, window)
    with qtbot.waitSignal(importer.failed, timeout=WAIT_MS) as failed:
        importer.start(bad)
    assert failed.args[0].code == "corrupt"
    assert importer.message is not None
    assert importer.message.text() == "Nothing was imported."
    assert str(bad) in importer.message.informativeText()
    assert not importer.is_running()


def test_the_report_has_an_access_key_and_enter_closes_it(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, window: QWidget
) -> None:
    bad = stored.path.parent / "notes.json"
    bad.write_text("[]x", encoding="utf-8")
    importer = AnnotationImporter(stored.path, pool, window)
    with qtbot.waitSignal(importer.failed, timeout=WAIT_MS):
        importer.start(bad)
    box = importer.message
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert window_problems(box) == []
    assert box.focusWidget() is box.button(QMessageBox.StandardButton.Ok)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.isVisible()


def test_the_report_says_how_many_are_in_the_trash_and_where_to_restore_them(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, window: QWidget
) -> None:
    backup = _backup(stored, stored.path.parent)
    with stored.open() as library:
        for note in stored.notes[:2]:
            library.annotations.delete(note.annotation.id)
    importer = AnnotationImporter(stored.path, pool, window)
    with qtbot.waitSignal(importer.imported, timeout=WAIT_MS) as imported:
        importer.start(backup)
    assert imported.args[0].in_trash == 2
    assert importer.message is not None
    expected = {
        Language.ENGLISH: "2 of them in the trash: File ▸ Trash… restores them",
        Language.CHINESE: "其中 2 条在回收站中，可在“文件 ▸ 回收站…”中还原",
    }
    assert expected[ui_language] in importer.message.informativeText().splitlines()


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"{ not json", "corrupt"), (b"", "empty"), (b"\xff\xfe{}", "encoding"), (b"[1]", "mismatch")],
)
def test_a_bad_file_is_explained_in_the_ui_language_naming_the_file(
    qtbot: QtBot,
    ui_language: Language,
    stored: StoredLibrary,
    pool: WorkerPool,
    window: QWidget,
    content: bytes,
    code: str,
) -> None:
    bad = stored.path.parent / "批注备份.json"
    bad.write_bytes(content)
    importer = AnnotationImporter(stored.path, pool, window)
    with qtbot.waitSignal(importer.failed, timeout=WAIT_MS) as failed:
        importer.start(bad)
    error = failed.args[0]
    assert error.code == code
    assert importer.message is not None
    detail = importer.message.informativeText()
    assert str(bad) in detail
    assert error.message not in detail, "core's English sentence is for the command line"
    if ui_language == Language.CHINESE:
        assert "文件" in detail
        words = detail.replace(str(bad), "").replace("W3C Web Annotation", "").replace("JSON", "")
        assert not re.search(r"[A-Za-z]{4,}", words), "nothing in English but the format's name"


def _report_of(qtbot: QtBot, importer: AnnotationImporter, path: Path) -> list[str]:
    with qtbot.waitSignal(importer.imported, timeout=WAIT_MS):
        importer.start(path)
    assert importer.message is not None
    qtbot.waitUntil(importer.message.isVisible)
    return importer.message.informativeText().splitlines()


def _counts_zero(lines: list[str]) -> bool:
    return any(re.search(r"(?<![\d.])0(?![\d.])", line) for line in lines)


def test_importing_what_the_library_has_says_so_in_one_line_without_zeros(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, window: QWidget
) -> None:
    backup = _backup(stored, stored.path.parent)
    importer = AnnotationImporter(stored.path, pool, window)
    lines = _report_of(qtbot, importer, backup)
    expected = {
        Language.ENGLISH: ["All of them are already in the library: nothing changed."],
        Language.CHINESE: ["全部已在文库中，没有任何变化。"],
    }
    assert lines == expected[ui_language]
    titles = {Language.ENGLISH: "No annotations imported", Language.CHINESE: "未导入批注"}
    assert importer.message is not None
    assert importer.message.windowTitle() == titles[ui_language]


def test_notes_on_a_speech_the_library_lacks_are_skipped_in_one_line_and_not_written(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, window: QWidget
) -> None:
    backup = _backup(stored, stored.path.parent)
    fresh = stored.path.parent / "fresh.sqlite"
    with open_library(fresh, seed=None, daily_backup=False) as library:
        library.store.import_document(import_file(stored.sources / STYLE_FILE))
    importer = AnnotationImporter(fresh, pool, window)
    lines = _report_of(qtbot, importer, backup)
    on_style = sum(note.speech.id == stored.style.id for note in stored.notes)
    skipped = len(stored.notes) - on_style
    expected = {
        Language.ENGLISH: [
            f"{on_style} added",
            f"{skipped} not imported: “{stored.reform.title}” is not in the library",
        ],
        Language.CHINESE: [
            f"新增 {on_style} 条",
            f"{skipped} 条未导入：文库中没有《{stored.reform.title}》",
        ],
    }
    assert lines == expected[ui_language]
    with open_library(fresh, create=False, daily_backup=False) as library:
        kept = library.annotations.annotations()
        assert len(kept) == on_style
        (collection,) = library.store.collections()
        (speech,) = library.store.speeches(collection.id)
        assert {note.speech_id for note in kept} == {speech.id}, "no speech made up for the rest"


def test_a_file_for_an_empty_library_names_the_missing_speeches_in_one_line(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, window: QWidget
) -> None:
    backup = _backup(stored, stored.path.parent)
    empty = stored.path.parent / "empty.sqlite"
    open_library(empty, seed=None, daily_backup=False).close()
    importer = AnnotationImporter(empty, pool, window)
    lines = _report_of(qtbot, importer, backup)
    assert len(lines) == 1
    assert not _counts_zero(lines)
    assert stored.reform.title in lines[0]
    assert stored.style.title in lines[0]
    assert lines[0].startswith(str(len(stored.notes)))
    with open_library(empty, create=False, daily_backup=False) as library:
        assert library.annotations.annotations() == []
