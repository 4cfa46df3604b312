"""Tests for desktop/gui/print_pdf_text.py: a printed PDF copies as the text it shows."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.errors import ExportError
from desktop.core.export.pdf_tounicode import rewrite_tounicode
from desktop.gui import print_pdf_job
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.print_pdf_text import radical_replacements
from tests.gui.print_helpers import answer_dialog, pdf_printer, print_pdf, wait_for_pdf

SERIF = "Noto Serif CJK SC"
"""The reader's and the printout's font, whose glyphs radicals share."""


def _raw_text(path: Path) -> str:
    """The PDF's text as a viewer copies it: no normalising, white space dropped."""
    return "".join("".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def _radicals(text: str) -> list[str]:
    return sorted({char for char in text if 0x2E80 <= ord(char) <= 0x2FDF})


def _open_speech_with(window: MainWindow, *words: str) -> str:
    """Open a sample speech holding every one of ``words``; its text."""
    session = window.session
    for collection in session.collections():
        for record in session.speeches(collection.id):
            text = session.speech_content(record.id).text
            if all(word in text for word in words):
                window.open_speech(record.id)
                return text
    raise AssertionError(f"no sample speech holds {words}")


def _out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont(SERIF, 12))
    document.setPlainText(text)
    document.pageCount()  # laid out, as printing lays it out
    return document


def test_a_speech_printed_to_a_pdf_file_copies_as_the_characters_it_shows(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    _open_speech_with(main_window, "二", "目", "人民")
    path = _out(tmp_path) / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, print_to_file)
    assert wait_for_pdf(qtbot, main_window) > 0
    text = _raw_text(path)
    assert "二" in text
    assert "目" in text
    assert "人民" in text
    assert _radicals(text) == []
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"], "no temporary file left"


def test_the_page_numbers_copy_as_printed(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.settings.print_annotations = False
    path = _out(tmp_path) / "printed.pdf"
    pages = print_pdf(qtbot, main_window, path)
    text = _raw_text(path)
    assert f"Page{pages}" in text
    assert _radicals(text) == []


def test_the_preview_leaves_a_pdf_file_alone(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """The preview paints through the same printer, its PDF engine set aside meanwhile: the
    file the printer names is not written, nor touched, nor reported unreadable."""
    path = _out(tmp_path) / "earlier.pdf"
    main_window.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    main_window.printer().setOutputFileName(str(path))

    def look(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 1)  # painted through print_to
        return QDialog.DialogCode.Rejected

    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, look)
    assert not path.exists()
    assert main_window.findChild(QMessageBox, "unmendedPdfMessage") is None


def test_a_failed_correction_leaves_qts_pdf_and_says_so_once(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when pypdf cannot replace the file (faked: the tests may run as root): Qt's file is
    put in place whole, and the user told its text may copy as radicals."""
    _open_speech_with(main_window, "人民")
    path = _out(tmp_path) / "printed.pdf"

    def refuse(*_args: object) -> None:
        raise ExportError("cannot read the PDF: Permission denied", code="unreadable")

    monkeypatch.setattr(print_pdf_job, "rewrite_tounicode", refuse)
    assert print_pdf(qtbot, main_window, path) > 0
    monkeypatch.undo()
    assert "人" in _raw_text(path).replace("⼈", "人"), "Qt's file, whole and readable"
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]
    boxes = main_window.findChildren(QMessageBox, "unmendedPdfMessage")
    assert len(boxes) == 1
    assert "could not be corrected" in boxes[0].text()
    assert "Permission denied" in boxes[0].detailedText()
    assert "Printed" not in main_window.status.currentMessage()


def test_the_pdf_is_corrected_off_the_gui_thread_and_said_printed_once_it_is(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window keeps answering while pypdf rewrites the file (held here until the test
    lets it go), and says "Printed." only when the file reads as the characters printed."""
    _open_speech_with(main_window, "人民")
    path = _out(tmp_path) / "printed.pdf"
    go_on = threading.Event()
    threads: list[threading.Thread] = []

    def held(target: Path, replacements: dict[str, str]) -> int:
        threads.append(threading.current_thread())
        go_on.wait(timeout=5)  # on the GUI thread (the fault tested for) it would hang so long
        return rewrite_tounicode(target, replacements)

    monkeypatch.setattr(print_pdf_job, "rewrite_tounicode", held)

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    # The messages as said, not the bar's text at the end: a status tip of whatever control
    # the test pointer rests over may take the bar meanwhile (it did in a full run).
    said: list[str] = []
    main_window.status.messageChanged.connect(said.append)
    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, print_to_file)
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    assert main_window.pdf_print is not None
    assert main_window.pdf_print.is_running()
    assert "Printing to PDF…" in said
    assert "Printed." not in said, "said before the file reads right"
    assert not path.exists(), "the file is put in place once it reads right"
    go_on.set()
    assert wait_for_pdf(qtbot, main_window) > 0
    assert said.index("Printed.") > said.index("Printing to PDF…")
    assert _radicals(_raw_text(path)) == []
    assert main_window.findChild(QMessageBox, "unmendedPdfMessage") is None


def test_two_prints_into_one_file_at_once_leave_it_whole(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each print paints a file of its own beside the one chosen (they shared one name, and
    the second failed to start while the first ran); the last put in place is the file."""
    _open_speech_with(main_window, "人民")
    path = _out(tmp_path) / "printed.pdf"
    first = main_window.print_pdf(pdf_printer(path))
    second = main_window.print_pdf(pdf_printer(path))
    assert first is not None
    assert second is not None
    qtbot.waitUntil(lambda: first.done and second.done, timeout=60_000)
    assert first.outcome is not None
    assert second.outcome is not None
    assert _radicals(_raw_text(path)) == []
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]


def test_the_preview_does_not_wait_for_a_pdf_being_printed(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview paints on the GUI thread while a PDF print is held on a worker."""
    _open_speech_with(main_window, "人民")
    first = _out(tmp_path) / "first.pdf"
    go_on = threading.Event()

    def held(target: Path, replacements: dict[str, str]) -> int:
        go_on.wait(timeout=5)  # the print is held until the test lets it go
        return rewrite_tounicode(target, replacements)

    monkeypatch.setattr(print_pdf_job, "rewrite_tounicode", held)
    assert main_window.print_to(pdf_printer(first)) == 0

    def look(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 1)  # painted through print_to
        return QDialog.DialogCode.Rejected

    main_window.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    main_window.printer().setOutputFileName(str(first))
    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, look)
    assert not first.exists(), "the print was still held"
    go_on.set()
    assert wait_for_pdf(qtbot, main_window) > 0
    assert _radicals(_raw_text(first)) == []


def test_a_radical_maps_to_the_printed_character_drawn_with_its_glyph(qtbot: QtBot) -> None:
    """Noto CJK SC draws ⼾ as 户: the font says so, where NFKC would say 戶."""
    replacements = radical_replacements(_document("用户二是人民"))
    assert replacements["⼾"] == "户"
    assert replacements["⼆"] == "二"
    assert replacements["⺠"] == "民"
    assert set(replacements.values()) <= set("用户二是人民")


def test_a_radical_the_text_contains_is_kept(qtbot: QtBot) -> None:
    replacements = radical_replacements(_document("部首⼈，人民"))
    assert "⼈" not in replacements
    assert replacements["⺠"] == "民"


def test_texts_painted_beside_the_document_count_too(qtbot: QtBot) -> None:
    footer = [("第1页，二", QFont(SERIF, 9))]
    assert radical_replacements(_document("无关"), footer)["⼆"] == "二"
    assert "⼆" not in radical_replacements(_document("无关"))
