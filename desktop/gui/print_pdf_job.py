"""Printing into a PDF file off the GUI thread: built, painted, corrected, then swapped in whole.

Qt lets a worker thread paint with QPainter on a QPrinter, and use a QTextDocument and its
related classes (they are reentrant), as long as no other thread uses the same ones at the same
time ("Thread-Support in Qt Modules", Qt 6). So the whole print of a PDF file is one job on the
window's workers (``print_pdf_file``): the print document is built there from plain data (a
``PrintJob``), painted page by page into a hidden file beside the one chosen (a cancel is heard
between pages), its text made to read as printed (``print_pdf_text``), and only then put in
place of the chosen file: a cancel or a failure leaves no partial file, and an earlier file of
that name as it was. The printer it paints on is a copy made on the GUI thread
(``pdf_printer_like``), used by the job alone. The preview and a real printer still paint on
the GUI thread (``PrintMixin.print_to``): Qt's preview paints in its signal, and a print
device's driver is the platform's.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import CancelledError, ExportError
from desktop.core.export.pdf_tounicode import rewrite_tounicode
from desktop.gui.print_document import PrintJob, build_print_document
from desktop.gui.print_pages import FooterStyle, footer_font, paint_document
from desktop.gui.print_pdf_text import radical_replacements
from desktop.gui.workers import Cancel, Progress

PAINTED_SHARE = 0.9
"""The share of the progress bar the painting takes; the correction of the text the rest."""

_asides = itertools.count(1)  # two prints into one file at once each write their own aside


@dataclass(frozen=True, slots=True)
class PdfPrinted:
    """A PDF file printed: where, how many pages, and why its text could not be corrected
    (None: it was; else the file is as Qt wrote it, its copied text may give radicals)."""

    path: Path
    pages: int
    unmended: ExportError | None = None


def pdf_printer_like(printer: QPrinter) -> QPrinter:
    """A new printer set up as ``printer`` (a PDF file's): made here, on the GUI thread, and
    then used by one worker alone."""
    copy = QPrinter(QPrinter.PrinterMode.HighResolution)
    copy.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    copy.setOutputFileName(printer.outputFileName())
    copy.setResolution(printer.resolution())
    copy.setPageLayout(printer.pageLayout())
    copy.setFullPage(printer.fullPage())
    copy.setDocName(printer.docName())
    copy.setCreator(printer.creator())
    copy.setColorMode(printer.colorMode())
    copy.setPdfVersion(printer.pdfVersion())
    copy.setPrintRange(printer.printRange())
    copy.setFromTo(printer.fromPage(), printer.toPage())
    copy.setPageOrder(printer.pageOrder())
    copy.setCopyCount(printer.copyCount())
    copy.setCollateCopies(printer.collateCopies())
    return copy


def print_pdf_file(
    job: PrintJob,
    printer: QPrinter,
    footer: FooterStyle,
    dpi: float,
    progress: Progress,
    cancel: Cancel,
) -> PdfPrinted:
    """The worker's job: print ``job`` into ``printer``'s PDF file, put in place once whole."""
    target = Path(printer.outputFileName())
    aside = _made_aside(target)
    document: QTextDocument | None = None
    try:
        document = build_print_document(job)
        if cancel():
            raise CancelledError("printing cancelled")
        printer.setOutputFileName(str(aside))

        def painted(share: float) -> None:
            progress(share * PAINTED_SHARE, "")

        pages = paint_document(printer, document, footer, dpi=dpi, cancel=cancel, progress=painted)
        if not pages:
            raise ExportError(f"Qt could not write {aside.name}", code="unwritable", path=target)
        unmended = _mended(aside, document, footer, pages)
        _put_in_place(aside, target)
    finally:
        aside.unlink(missing_ok=True)
        if document is not None:
            # Deleted here, on the thread it belongs to: an error's traceback would carry it
            # to the GUI thread, where its layout's timers cannot be stopped.
            shiboken6.delete(document)
    progress(1.0, "")
    return PdfPrinted(target, pages, unmended)


def _mended(
    aside: Path, document: QTextDocument, footer: FooterStyle, pages: int
) -> ExportError | None:
    """Make the painted file's text read as printed; the error when it could not be."""
    labels = "".join(footer.label(number) for number in range(1, pages + 1))
    replacements = radical_replacements(document, [(labels, footer_font(footer.points))])
    try:
        rewrite_tounicode(aside, replacements)
    except ExportError as error:
        return error.with_traceback(None)  # its frames hold the document
    return None


def _made_aside(target: Path) -> Path:
    """A new empty hidden file beside ``target`` to paint into (an ``ExportError`` naming the
    file when its folder takes none)."""
    _remove_stale_asides(target)
    aside = target.with_name(f".{target.name}.printing-{os.getpid()}-{next(_asides)}")
    try:
        os.close(os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except OSError as error:
        raise ExportError(
            f"cannot write in {target.parent}: {error.strerror}", code="unwritable", path=target
        ) from error
    return aside


def _remove_stale_asides(target: Path) -> None:
    """Delete what a print killed midway left beside ``target`` (its process is gone)."""
    if os.name != "posix":
        return  # os.kill(pid, 0) would end the process on Windows, not look for it
    for stale in target.parent.glob(f".{glob.escape(target.name)}.printing-*"):
        pid = stale.name.rpartition(".printing-")[2].partition("-")[0]
        if pid.isdigit() and not _running(int(pid)):
            stale.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: not ours to judge
    return True


def _put_in_place(aside: Path, target: Path) -> None:
    try:
        os.replace(aside, target)
    except OSError as error:
        try:
            shutil.copyfile(aside, target)  # written over in place, as Qt itself would have
        except OSError:
            raise ExportError(
                f"cannot write {target.name}: {error.strerror}", code="unwritable", path=target
            ) from error
