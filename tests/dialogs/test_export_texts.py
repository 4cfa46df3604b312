"""The export and annotation-import errors as the user reads them: by code, naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.annotation import AnchorState
from desktop.core.errors import DocumentError, ExportError, LibraryError
from desktop.core.storage.annotation_import import AnnotationImportReport
from desktop.dialogs.export_texts import error_text, import_report_lines

TARGET = Path("/导出") / "摘录%2.docx"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("not-writable", f"The file “{TARGET}” cannot be written there. Choose another folder."),
        ("missing-folder", f"The folder “{TARGET.parent}” does not exist."),
        ("is-a-folder", f"“{TARGET}” is a folder: give a file name."),
        (
            "disk-full",
            f"The disk is full: “{TARGET}” was not written. Free some space and try again.",
        ),
        ("write-failed", f"The file “{TARGET}” could not be written."),
        (
            "too-big",
            f"The file “{TARGET}” was not written: it would exceed the system's file size limit "
            "(errno EFBIG). Choose a disk that allows files this large, or raise the limit "
            "(ulimit -f).",
        ),
    ],
)
def test_a_file_not_written_is_named_in_the_sentence_alone(code: str, expected: str) -> None:
    error = ExportError("core's own English line", code=code, path=TARGET)
    assert error_text(error) == expected


def test_a_file_not_read_is_named_in_the_sentence_alone() -> None:
    error = DocumentError("core's own English line", code="encoding", path=TARGET)
    assert error_text(error) == f"The file “{TARGET}” is not UTF-8 text."


def test_an_error_without_a_file_has_its_sentence_without_core_line() -> None:
    error = ExportError("not a date (YYYY-MM-DD): 'x'", code="bad-filter")
    assert error_text(error) == "The date range is not valid."


def test_the_library_is_not_taken_for_the_file_of_the_same_code() -> None:
    error = LibraryError("database disk image is malformed", code="corrupt", path="/库.sqlite")
    assert error_text(error) == "The library file is damaged."
    busy = LibraryError("database is locked", code="busy", path="/库.sqlite")
    assert error_text(busy) == "The library is in use by another program. Try again in a moment."


def test_an_unforeseen_error_keeps_core_line_as_the_only_detail() -> None:
    error = ExportError("unknown format 'odt'", code="unknown-format")
    assert error_text(error) == "Something went wrong: unknown format 'odt'"
    assert error_text(OSError("boom")) == "Something went wrong: boom"


def test_imported_orphans_are_counted_apart_from_those_placed() -> None:
    report = AnnotationImportReport(
        total=4, added=4, anchors={AnchorState.MOVED.value: 1, AnchorState.ORPHANED.value: 2}
    )
    lines = import_report_lines(report)
    assert "3 placed by their words in a changed text" in lines
    assert "2 not found in the text, kept as orphans" in lines
