"""Tests for desktop/gui/print_pdf_text.py: a printed PDF copies as the text it shows."""

from __future__ import annotations

import errno
import os
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

from desktop.core.export.pdf_tounicode import rewrite_tounicode
from desktop.gui import print_pages, print_pdf_text
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.print_pdf_text import radical_replacements
from tests.gui.print_helpers import answer_dialog, pdf_printer

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
    with qtbot.waitSignal(main_window.pdf_mends().mended):
        answer_dialog(main_window, QPrintDialog, print_to_file)
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
    with qtbot.waitSignal(main_window.pdf_mends().mended):
        pages = main_window.print_to(pdf_printer(path))
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
    """As when the folder takes no new file (faked: the tests may run as root)."""
    _open_speech_with(main_window, "人民")
    path = _out(tmp_path) / "printed.pdf"

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with qtbot.waitSignal(main_window.pdf_mends().failed):
        assert main_window.print_to(pdf_printer(path)) > 0
    monkeypatch.undo()
    assert "人" in _raw_text(path).replace("⼈", "人"), "Qt's file, whole and readable"
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]
    boxes = main_window.findChildren(QMessageBox, "unmendedPdfMessage")
    assert len(boxes) == 1
    assert "could not be corrected" in boxes[0].text()
    assert str(path) in boxes[0].detailedText()
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

    monkeypatch.setattr(print_pdf_text, "rewrite_tounicode", held)

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
    assert main_window.pdf_mends().is_running()
    assert "Finishing the PDF…" in said
    assert "Printed." not in said, "said before the file reads right"
    with qtbot.waitSignal(main_window.pdf_mends().mended):
        go_on.set()
    assert said.index("Printed.") > said.index("Finishing the PDF…")
    assert _radicals(_raw_text(path)) == []
    assert main_window.findChild(QMessageBox, "unmendedPdfMessage") is None


def test_a_second_print_waits_for_the_file_to_be_corrected(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printing again into the file being corrected: Qt writes it only once pypdf has. (The
    first correction is held until the second print starts painting, or a second has passed:
    the wait, not a measure of time, is what the order shows.)"""
    _open_speech_with(main_window, "人民")
    path = _out(tmp_path) / "printed.pdf"
    events: list[str] = []
    second_paint = threading.Event()
    paint = print_pages.paint_document

    def painting(*args: object) -> int:
        events.append("paint")
        if events.count("paint") == 2:
            second_paint.set()
        return paint(*args)

    def held(target: Path, replacements: dict[str, str]) -> int:
        if not events.count("mended"):
            second_paint.wait(timeout=1)
        changed = rewrite_tounicode(target, replacements)
        events.append("mended")
        return changed

    monkeypatch.setattr(print_pages, "paint_document", painting)
    monkeypatch.setattr(print_pdf_text, "rewrite_tounicode", held)
    mended: list[Path] = []
    main_window.pdf_mends().mended.connect(mended.append)
    main_window.print_to(pdf_printer(path))
    main_window.print_to(pdf_printer(path))
    qtbot.waitUntil(lambda: len(mended) == 2)
    assert events == ["paint", "mended", "paint", "mended"]
    assert _radicals(_raw_text(path)) == []
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]


def test_the_preview_and_a_print_into_another_file_do_not_wait_for_a_correction(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the file being corrected must not be written meanwhile: the preview (which writes
    no file) and a print into another file waited on the GUI thread for the first PDF's
    correction, which may itself wait behind long work queued on the window's workers."""
    _open_speech_with(main_window, "人民")
    first, second = _out(tmp_path) / "first.pdf", tmp_path / "second.pdf"
    go_on = threading.Event()
    mended: list[str] = []

    def held(target: Path, replacements: dict[str, str]) -> int:
        if target == first:
            go_on.wait(timeout=2)  # the first is held until the test lets it go
        changed = rewrite_tounicode(target, replacements)
        mended.append(target.name)
        return changed

    monkeypatch.setattr(print_pdf_text, "rewrite_tounicode", held)
    assert main_window.print_to(pdf_printer(first)) > 0
    assert main_window.print_to(pdf_printer(second)) > 0
    assert "first.pdf" not in mended, "the second print waited for the first file"

    def look(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 1)  # painted through print_to
        return QDialog.DialogCode.Rejected

    main_window.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    main_window.printer().setOutputFileName(str(first))
    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, look)
    assert "first.pdf" not in mended, "the preview waited for the file being corrected"
    go_on.set()
    qtbot.waitUntil(lambda: not main_window.pdf_mends().is_running())
    assert sorted(mended) == ["first.pdf", "second.pdf"]
    assert _radicals(_raw_text(first)) == [] == _radicals(_raw_text(second))


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
    footer = [("第 1 页，二", QFont(SERIF, 9))]
    assert radical_replacements(_document("无关"), footer)["⼆"] == "二"
    assert "⼆" not in radical_replacements(_document("无关"))
