"""Printing on a printer (a device) from the event loop, a page at a time, with Cancel.

A printer stays on the GUI thread: its driver is the platform's, and the window's printer, set
up by Qt's dialog, is the one it prints on. But a long speech painted in one go froze the
window for as long as it took; so its pages are painted one per turn of the event loop
(``print_pages.paint_pages``), the window answering between them, with the import's progress
dialog and Cancel (which aborts the printer's job). The print document is built before the
first page, on this thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.gui.status_bar import MESSAGE_LONG_MS

if TYPE_CHECKING:
    from collections.abc import Generator

    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.gui.main_window import MainWindow
    from desktop.gui.print_pages import FooterStyle


def start_paged_print(
    window: MainWindow, printer: QPrinter, document: QTextDocument, footer: FooterStyle
) -> PagedPrint:
    """Print ``document`` on ``printer`` a page per turn of the event loop, its progress shown
    after a moment (with Cancel) and its outcome told in ``window``."""
    from desktop.dialogs.print_progress import PrintProgressDialog

    paged = PagedPrint(printer, document, footer, window)
    PrintProgressDialog.track(paged, window)
    return paged


class PagedPrint(QObject):
    """A print on a printer under way, as its progress dialog follows it."""

    progressed = Signal(float, str)
    finished = Signal(object)
    """The pages printed, or None when cancelled or the printer did not start."""

    def __init__(
        self, printer: QPrinter, document: QTextDocument, footer: FooterStyle, window: MainWindow
    ) -> None:
        from desktop.gui.print_pages import paint_pages

        super().__init__(window)
        self._window = window
        self._printer = printer
        self._document = document
        self.paths = (Path(printer.printerName() or printer.docName()),)
        self.done = False
        """Whether its outcome has been told (``finished`` emitted)."""
        self.pages = 0
        """The pages painted so far."""
        self._cancelled = False
        # Settled now (the range, the painter begun): the dialog resets the range after this.
        self._steps: Generator[tuple[int, int], None, None] = paint_pages(printer, document, footer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        window.status.showMessage(self.tr("Printing…"))

    def cancel(self) -> None:
        """Stop before the next page and abort the printer's job."""
        self._cancelled = True

    def abort(self) -> None:
        """Abort the printer's job now, the painter ended: the window is closing (the event
        loop may not turn again to reach the next page)."""
        if not self.done:
            self._timer.stop()
            self._printer.abort()
            self._end(None, self.tr("Printing cancelled."))

    def is_running(self) -> bool:
        """Whether pages remain to be painted."""
        return not self.done

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._cancelled:
            self._printer.abort()
            self._end(None, self.tr("Printing cancelled."))
            return
        try:
            painted, total = next(self._steps)
        except StopIteration:
            if self.pages:
                self._end(self.pages, self.tr("Printed."))
            else:
                self._end(None, self.tr("Could not print: the printer did not start."))
            return
        self.pages = painted
        self.progressed.emit(painted / total, "")
        if not self.done:  # (a slot of ``progressed`` may have aborted it)
            self._timer.start()  # the next page once the window has had its turn

    def _end(self, pages: int | None, message: str) -> None:
        self._steps.close()  # the painter ended, if it is not yet
        self.done = True
        self._document.deleteLater()
        self._window.status.showMessage(message, MESSAGE_LONG_MS)
        self.finished.emit(pages)
