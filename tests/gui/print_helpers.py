"""Printing to a PDF file and reading it back, for the printing tests."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.gui.print_pages import prepare_printer

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from desktop.gui.main_window import MainWindow

Respond = Callable[[QDialog], int]


def pdf_printer(path: Path) -> QPrinter:
    """A high-resolution printer that writes an A4 PDF to ``path``, as the app sets one up."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, NFKC-normalised and without white space.

    Qt's PDF maps some CJK glyphs back to radicals (⾰ for 革, shared glyphs) unless the window's
    ``print_to`` corrects the file (``paint_document`` alone does not: see
    test_print_pdf_text.py), and pypdf puts spaces and line breaks where the layout has gaps:
    neither is what printed.
    """
    return [normalised(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def normalised(text: str) -> str:
    """``text`` as ``pdf_pages`` gives a page's: NFKC, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def answer_dialog(window: QWidget, dialog_class: type[QDialog], respond: Respond) -> None:
    """Be the user at the print or preview dialog ``window`` has just opened: ``respond`` sets
    it up and says which button closes it (Accepted: Print, Rejected: Cancel or Close).

    ``respond`` sets the printer itself (a PDF file, the range), standing in for the dialog's
    printer widgets: ``QDialog.done`` closes it without Qt's print dialog reading them back
    over those settings (offscreen they name no printer).
    """
    shown = [d for d in window.findChildren(dialog_class) if d.isVisible()]
    assert len(shown) == 1, "one print dialog, open"
    dialog = shown[0]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    QDialog.done(dialog, respond(dialog))


def print_pdf(qtbot: QtBot, window: MainWindow, target: Path | QPrinter) -> int:
    """Print the open speech into a PDF file (``target``, or a printer set up for one) as the
    window does, in the background, and wait until it is done: the pages printed (0 when it
    failed or was cancelled)."""
    printer = target if isinstance(target, QPrinter) else pdf_printer(target)
    assert window.print_to(printer) == 0, "a PDF file is printed in the background"
    return wait_for_pdf(qtbot, window)


def wait_for_pdf(qtbot: QtBot, window: MainWindow) -> int:
    """Wait for the window's latest PDF print to be done: the pages printed, or 0."""
    job = window.pdf_print
    assert job is not None, "a PDF print was started"
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    return job.outcome.pages if job.outcome is not None else 0
