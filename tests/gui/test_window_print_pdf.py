"""Tests for desktop/gui/window_print_pdf.py: a PDF file is printed off the GUI thread."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.dialogs.print_progress import PrintProgressDialog
from desktop.gui import print_pdf_job
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.print_pages import FooterStyle
from tests.gui.print_helpers import answer_dialog, pdf_pages, wait_for_pdf

EARLIER = b"%PDF-1.4 an earlier print, whole\n%%EOF\n"


class _HeldPainting:
    """``paint_document`` as the print job calls it, noting the thread it runs on and held
    after its first page until the test lets it go."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.first_page = threading.Event()
        self.go_on = threading.Event()
        self._paint = print_pdf_job.paint_document

    def __call__(
        self,
        printer: QPrinter,
        document: QTextDocument,
        footer: FooterStyle,
        **options: Callable[..., object],
    ) -> int:
        self.threads.append(threading.current_thread())
        told = options["progress"]

        def progress(share: float) -> None:
            told(share)
            if not self.first_page.is_set():
                self.first_page.set()
                self.go_on.wait(timeout=10)  # on the GUI thread this would freeze the test

        return self._paint(printer, document, footer, **{**options, "progress": progress})


def _print_from_the_dialog(window: MainWindow, path: Path) -> None:
    """File ▸ Print… into the PDF file ``path``."""

    def to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(window, QPrintDialog, to_file)


def _out(tmp_path: Path) -> Path:
    """A folder of its own for the printed file (the window's library is in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> _HeldPainting:
    painting = _HeldPainting()
    monkeypatch.setattr(print_pdf_job, "paint_document", painting)
    yield painting
    painting.go_on.set()  # never leave a worker waiting


def test_the_pdf_is_painted_off_the_gui_thread_with_its_progress_shown(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, held: _HeldPainting
) -> None:
    """The window answers while the pages are painted (a 25 MB speech took ~27 s, frozen):
    its progress dialog shows, and the file appears whole at the end, reading as printed."""
    path = _out(tmp_path) / "printed.pdf"
    path.write_bytes(EARLIER)
    _print_from_the_dialog(main_window, path)
    qtbot.waitUntil(held.first_page.is_set)
    assert held.threads[0] is not threading.main_thread()
    dialog = main_window.findChild(PrintProgressDialog)
    qtbot.waitUntil(dialog.isVisible)  # the GUI thread is free: its timer fires
    assert "printed.pdf" in dialog.findChild(QLabel, "progressLabel").text()
    assert 0 < dialog.fraction < 1
    assert path.read_bytes() == EARLIER, "the earlier file stays until the new one is whole"
    held.go_on.set()
    pages = wait_for_pdf(qtbot, main_window)
    text = pdf_pages(path)
    assert pages == len(text) > 1
    title = unicodedata.normalize("NFKC", main_window.current_speech().record.title)
    assert text[0].startswith(title)
    assert text[-1].endswith(f"Page{pages}")
    qtbot.waitUntil(lambda: main_window.findChild(PrintProgressDialog) is None)  # closed
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"], "nothing left aside"


def test_cancel_stops_the_print_and_leaves_no_file(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, held: _HeldPainting
) -> None:
    path = _out(tmp_path) / "cancelled.pdf"
    # What the status bar said: once the dialog closes under the mouse, the toolbar button
    # beneath it may show its own tip there.
    said: list[str] = []
    main_window.status.messageChanged.connect(said.append)
    _print_from_the_dialog(main_window, path)
    qtbot.waitUntil(held.first_page.is_set)
    dialog = main_window.findChild(PrintProgressDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    held.go_on.set()
    assert wait_for_pdf(qtbot, main_window) == 0
    assert list(path.parent.iterdir()) == [], "no file, not even half of one"
    assert "Printing cancelled." in said
    qtbot.waitUntil(lambda: main_window.findChild(PrintProgressDialog) is None)  # closed


def test_a_cancelled_print_leaves_the_earlier_file_of_that_name(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, held: _HeldPainting
) -> None:
    path = _out(tmp_path) / "printed.pdf"
    path.write_bytes(EARLIER)
    _print_from_the_dialog(main_window, path)
    qtbot.waitUntil(held.first_page.is_set)
    assert main_window.pdf_print is not None
    main_window.pdf_print.cancel()
    held.go_on.set()
    assert wait_for_pdf(qtbot, main_window) == 0
    assert path.read_bytes() == EARLIER
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]
