"""The main window's printing into a PDF file, in the background with a progress bar and Cancel.

Started by ``PrintMixin.print_pdf`` (loaded then: not start-up work). A speech of 25 MB took
some 27 s to paint into a PDF, the window frozen meanwhile; the job now runs on the window's
workers (``print_pdf_job``) and the window only follows it: the import's progress dialog (after
a moment, with Cancel), then "Printed." or one message naming the file and what went wrong. The
file chosen is written whole at the end.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.errors import PizhuError
from desktop.gui.status_bar import MESSAGE_LONG_MS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.gui.main_window import MainWindow
    from desktop.gui.print_document import PrintJob
    from desktop.gui.print_pages import FooterStyle
    from desktop.gui.print_pdf_job import PdfPrinted
    from desktop.gui.workers import WorkerTask


def start_pdf_print(
    window: MainWindow, printer: QPrinter, job: PrintJob, footer: FooterStyle
) -> PdfPrint:
    """Print ``job`` into ``printer``'s PDF file on ``window``'s workers, its progress shown
    after a moment (with Cancel) and its outcome told in the window."""
    from desktop.dialogs.print_progress import PrintProgressDialog
    from desktop.gui.print_pages import layout_dpi
    from desktop.gui.print_pdf_job import pdf_printer_like, print_pdf_file

    # Made here: the worker then uses a printer of its own, and asks no screen for its dpi.
    work = partial(print_pdf_file, job, pdf_printer_like(printer), footer, layout_dpi())
    task = window.workers.submit(work, "print-pdf")
    pdf_print = PdfPrint(task, Path(printer.outputFileName()), window)
    PrintProgressDialog.track(pdf_print, window)
    return pdf_print


class PdfPrint(QObject):
    """A PDF file being printed on the window's workers, as its progress dialog follows it;
    its outcome is told in the window (its parent)."""

    progressed = Signal(float, str)
    printed = Signal(object)
    """The ``PdfPrinted``: the file is in place."""
    failed = Signal(object)
    """The error (a ``PizhuError`` or an ``OSError``): no file was written."""
    cancelled = Signal()
    finished = Signal(object)
    """After any of the three: the ``PdfPrinted``, or None."""

    def __init__(self, task: WorkerTask, path: Path, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.paths = (path,)
        self.done = False
        """Whether its outcome has been told (``finished`` emitted)."""
        self.outcome: PdfPrinted | None = None
        """What was printed, once done (None: cancelled or failed)."""
        self._task = task
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        window.status.showMessage(self.tr("Printing to PDF…"))

    @property
    def path(self) -> Path:
        """The file being printed."""
        return self.paths[0]

    def cancel(self) -> None:
        """Stop at the next page: no file is written, an earlier one is left as it was."""
        self._task.cancel()

    def is_running(self) -> bool:
        """Whether the job has not finished yet."""
        return self._task.is_running()

    @Slot(object)
    def _on_task_succeeded(self, printed: PdfPrinted) -> None:
        self.done, self.outcome = True, printed
        status = self._window.status
        if printed.unmended is None:
            status.showMessage(self.tr("Printed."), MESSAGE_LONG_MS)
        else:
            status.clearMessage()
            summary = self.tr(
                "The PDF was printed, but its text could not be corrected: copying or "
                "searching it may give radicals (such as ⼈ for 人)."
            )
            self._tell("unmendedPdfMessage", summary, str(printed.unmended))
        self.printed.emit(printed)
        self.finished.emit(printed)

    @Slot(object)
    def _on_task_failed(self, error: Exception) -> None:
        self.done = True
        self._window.status.clearMessage()
        summary = self.tr("Could not print to “%1”: nothing was written.")
        detail = str(error) if isinstance(error, (PizhuError, OSError)) else repr(error)
        self._tell("pdfPrintFailedMessage", summary.replace("%1", str(self.path)), detail)
        self.failed.emit(error)
        self.finished.emit(None)

    @Slot()
    def _on_task_cancelled(self) -> None:
        self.done = True
        self._window.status.showMessage(self.tr("Printing cancelled."), MESSAGE_LONG_MS)
        self.cancelled.emit()
        self.finished.emit(None)

    def _tell(self, name: str, summary: str, detail: str) -> None:
        """One message box on the window, the keyboard back in the page after it."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_now, return_focus_after
        from desktop.gui.late_dialogs import open_unless_closed

        window = self._window
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pizhu"), summary, parent=window)
        box.setObjectName(name)
        box.setDetailedText(detail)
        return_focus_after(box, focus_now(window.reader))
        open_unless_closed(box)
