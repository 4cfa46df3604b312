"""The main window's printing: File ▸ Print… (Ctrl+P) and File ▸ Print Preview….

A mixin of ``MainWindow``. The print and preview dialogs only choose a printer (and whether the
highlights and notes print, and how the pages are numbered); ``print_to(printer)`` then prints
the open speech, so the preview, the print dialog and the tests all print through one function:
the preview's pages at once in Qt's signal, a PDF file in the background (``window_print_pdf``),
and, from the print dialog, a printer's a page per turn of the event loop (``print_paged``): a
long speech took long enough to freeze the window.
A dialog's choices hold while it is open and are kept in the settings only when the user prints.
Both open window-modally with ``open()`` and report on ``finished``, as the window's other
dialogs do (Qt documents ``QPrintDialog.open``; nothing in them needs ``exec``'s nested loop).
QtPrintSupport and the page builders load when first used (tests/gui/test_app.py counts what
the first paint loads).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PizhuError
from desktop.gui.action_ids import ActionId
from desktop.gui.i18n import Language
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.status_bar import MESSAGE_LONG_MS

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.gui.main_window import MainWindow
    from desktop.gui.print_document import PrintJob
    from desktop.gui.print_paged import PagedPrint
    from desktop.gui.print_pages import FooterStyle
    from desktop.gui.window_print_pdf import PdfPrint

    _Base = MainWindow
else:
    _Base = object


PREVIEW_SIZE = QSize(1000, 1000)
"""The print preview's size where the screen has room: an A4 page at a readable scale."""


@dataclass(slots=True)
class PrintChoices:
    """What the print and preview dialogs let the user choose."""

    annotations: bool
    """Print the highlights and notes (else the text only)."""
    official_page_numbers: bool
    """Number the pages as GB/T 9704 sets official documents ("— 1 —" at the outer edge)."""


class PrintMixin(_Base):
    """Print the open speech, or preview its pages."""

    _printer: QPrinter | None = None
    _dialog_choices: PrintChoices | None = None
    """The open dialog's choices, not yet saved (None: no dialog open)."""
    pdf_print: PdfPrint | None = None
    """The latest PDF file print started (running or done)."""
    paged_print: PagedPrint | None = None
    """The latest print on a printer started (running or done)."""

    def _prepare_printing(self) -> None:
        self.registry.bind(ActionId.PRINT, self.print_speech)
        self.registry.bind(ActionId.PRINT_PREVIEW, self.preview_speech)
        self.speech_opened.connect(self._on_speech_opened_for_printing)
        self._on_speech_opened_for_printing(0)

    @Slot(int)
    def _on_speech_opened_for_printing(self, _speech_id: int) -> None:
        shown = self.current_speech() is not None
        for action_id in (ActionId.PRINT, ActionId.PRINT_PREVIEW):
            self.registry.action(action_id).setEnabled(shown)

    def printer(self) -> QPrinter:
        """The window's printer: A4 with the app's margins at first, then as last set up."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            from desktop.gui.print_pages import prepare_printer

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(self._printer)
        return self._printer

    def _speech_printer(self) -> QPrinter:
        """The printer, its job named by the open speech: the name a printer's queue lists, and
        the file Qt's dialog proposes for a PDF (it proposed print.pdf for every speech)."""
        printer = self.printer()
        speech = self.current_speech()
        printer.setDocName(speech.record.title if speech is not None else "")
        return printer

    def print_speech(self) -> None:
        """File ▸ Print…: choose a printer (and what to print), then print the open speech."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        if self.current_speech() is None or self._busy_printing():
            return
        dialog = QPrintDialog(self._speech_printer(), self)
        dialog.setWindowTitle(self.tr("Print"))
        has_selection = self.reader.selected_range() is not None
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, has_selection)
        options = self._print_option_tab(dialog)
        dialog.setOptionTabs([options])  # Qt's own dialog shows it; a native one may not
        self._open_print_dialog(dialog)

    def preview_speech(self) -> None:
        """File ▸ Print Preview…: the pages as they will print, with the choice of annotations."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

        if self.current_speech() is None or self._busy_printing():
            return
        dialog = QPrintPreviewDialog(self._speech_printer(), self)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self.print_to)
        preview = dialog.findChild(QPrintPreviewWidget)
        frame = dialog.findChild(QMainWindow)  # Qt's preview: a toolbar over the pages
        if frame is not None and preview is not None:
            # A toolbar row of their own: at the end of Qt's they would go into its overflow
            # menu on a 1366-pixel screen, out of sight.
            options = QToolBar(self.tr("Print Options"), frame)
            options.setObjectName("printOptions")
            options.setMovable(False)
            for box in self._print_option_boxes(options):
                box.toggled.connect(preview.updatePreview)
                options.addWidget(box)
            frame.addToolBarBreak()
            frame.addToolBar(options)
        # Room to read a page: Qt's preview opens at its small default size.
        resize_within_screen(dialog, PREVIEW_SIZE)
        self._open_print_dialog(dialog)  # the preview prints itself before it is accepted

    def _open_print_dialog(self, dialog: QDialog) -> None:
        """Open a print or preview dialog window-modally, as the window's other dialogs open.

        Qt's print dialogs need no ``exec``: ``open`` and ``finished`` serve them as well (on
        Windows ``open`` runs the native dialog to its end and emits ``finished`` before it
        returns; on macOS it is a sheet on the window), so the slot is connected first.
        """
        from desktop.gui.focus_return import focus_now, return_focus_after

        self._dialog_choices = self.print_choices()
        return_focus_after(dialog, focus_now(self.reader))  # the keyboard back in the page
        # The dialog named: the mixin's slots are plain callables, with no sender().
        dialog.finished.connect(partial(self._on_print_dialog_finished, dialog))
        # QDialog's: PySide binds only QPrintDialog's open(receiver, member), not its overload.
        QDialog.open(dialog)

    def _on_print_dialog_finished(self, dialog: QDialog, result: int) -> None:
        """The print dialog prints when accepted (the preview printed before it was); either
        keeps its choices if the user printed."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = self.printer()
        accepted = result == QDialog.DialogCode.Accepted
        if accepted and isinstance(dialog, QPrintDialog):
            self._print_from_dialog(printer)
        choices = self._dialog_choices
        if accepted and choices is not None:
            self.settings.print_annotations = choices.annotations
            self.settings.print_official_page_numbers = choices.official_page_numbers
        self._dialog_choices = None
        printer.setPrintRange(QPrinter.PrintRange.AllPages)  # the preview shows all again
        dialog.deleteLater()

    def _print_from_dialog(self, printer: QPrinter) -> None:
        """A PDF file in the background, else on the printer a page at a time from the event
        loop: either says when it is done."""
        from desktop.gui.print_pdf_text import printed_pdf_file

        if printed_pdf_file(printer) is not None:
            self.print_pdf(printer)
        else:
            self.print_paged(printer)

    def print_paged(self, printer: QPrinter) -> PagedPrint | None:
        """Print the open speech on ``printer`` (a device) a page per turn of the event loop,
        so the window answers meanwhile (None: nothing to print)."""
        from desktop.gui.print_paged import start_paged_print

        document = self.print_document(selection_only=self.prints_selection(printer))
        if document is None:
            return None
        self.paged_print = start_paged_print(self, printer, document, self.print_footer())
        return self.paged_print

    def stop_printing_on_printer(self) -> None:
        """The window is closing: abort a print still painting pages on a printer."""
        if self._printing_on_printer():
            assert self.paged_print is not None
            self.paged_print.abort()

    def _busy_printing(self) -> bool:
        """Whether a printer is still printing, said in the status bar (the dialogs wait)."""
        if not self._printing_on_printer():
            return False
        self.status.showMessage(
            self.tr("A print is under way: wait until it has finished, or cancel it."),
            MESSAGE_LONG_MS,
        )
        return True

    def _printing_on_printer(self) -> bool:
        """Whether the window's printer is still printing pages (its dialogs wait for it)."""
        return self.paged_print is not None and self.paged_print.is_running()

    def print_choices(self) -> PrintChoices:
        """What prints now: the open dialog's choices, else those saved when last printed."""
        if self._dialog_choices is not None:
            return self._dialog_choices
        settings = self.settings
        return PrintChoices(settings.print_annotations, settings.print_official_page_numbers)

    def _print_option_boxes(self, parent: QWidget) -> list[QCheckBox]:
        """The open dialog's choices as check boxes (saved when the user prints)."""
        choices = self.print_choices()
        annotations = QCheckBox(self.tr("With &highlights and notes"), parent)
        annotations.setObjectName("printAnnotations")
        annotations.setToolTip(self.tr("Leave unticked to print the text only"))
        annotations.setChecked(choices.annotations)
        annotations.toggled.connect(self._on_print_annotations_toggled)
        official = QCheckBox(self.tr("Official-document page n&umbers (GB/T 9704)"), parent)
        official.setObjectName("printOfficialPageNumbers")
        official.setToolTip(
            self.tr("“— 1 —” at the foot of the page: right on odd pages, left on even pages")
        )
        official.setChecked(choices.official_page_numbers)
        official.toggled.connect(self._on_print_official_page_numbers_toggled)
        return [annotations, official]

    def _print_option_tab(self, dialog: QDialog) -> QWidget:
        # Parented: the dialog outlives this function, and an orphan's Python wrapper, gone
        # with it, would take the tab along (setOptionTabs does not take ownership).
        tab = QWidget(dialog)
        tab.setWindowTitle(self.tr("Highlights and Page Numbers"))
        layout = QVBoxLayout(tab)
        for box in self._print_option_boxes(tab):
            layout.addWidget(box)
        layout.addStretch(1)
        return tab

    @Slot(bool)
    def _on_print_annotations_toggled(self, checked: bool) -> None:
        if self._dialog_choices is not None:
            self._dialog_choices.annotations = checked

    @Slot(bool)
    def _on_print_official_page_numbers_toggled(self, checked: bool) -> None:
        if self._dialog_choices is not None:
            self._dialog_choices.official_page_numbers = checked

    @Slot(object)
    def print_to(self, printer: QPrinter) -> int:
        """Print the open speech on ``printer`` on this thread (its selection only when the
        printer's range says so): the preview's pages, or a printer's; the number of pages
        printed, 0 when there was nothing or it failed. A PDF file is printed in the
        background instead (``print_pdf``; 0 here).

        Qt's preview paints in its signal; a print from the dialog on a printer goes page by
        page from the event loop instead (``print_paged``).
        """
        from desktop.gui.print_pages import paint_document
        from desktop.gui.print_pdf_text import printed_pdf_file

        if printed_pdf_file(printer) is not None:
            self.print_pdf(printer)
            return 0
        document = self.print_document(selection_only=self.prints_selection(printer))
        if document is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = paint_document(printer, document, self.print_footer())
        finally:
            QApplication.restoreOverrideCursor()
            document.deleteLater()
        if pages == 0:
            self.status.showMessage(self.tr("Could not print: the printer did not start."))
        return pages

    def print_pdf(self, printer: QPrinter) -> PdfPrint | None:
        """Print the open speech into ``printer``'s PDF file in the background (None: nothing
        to print); its progress shows after a moment, with Cancel (``window_print_pdf``)."""
        from desktop.gui.window_print_pdf import start_pdf_print

        job = self.print_job(selection_only=self.prints_selection(printer))
        if job is None:
            return None
        self.pdf_print = start_pdf_print(self, printer, job, self.print_footer())
        return self.pdf_print

    def print_footer(self) -> FooterStyle:
        """How the pages are numbered now."""
        from desktop.gui.print_pages import OFFICIAL_FOOTER, PLAIN_FOOTER

        return OFFICIAL_FOOTER if self.print_choices().official_page_numbers else PLAIN_FOOTER

    @staticmethod
    def prints_selection(printer: QPrinter) -> bool:
        """Whether ``printer``'s range asks for the selected words only."""
        from PySide6.QtPrintSupport import QPrinter

        return printer.printRange() == QPrinter.PrintRange.Selection

    def print_document(self, *, selection_only: bool = False) -> QTextDocument | None:
        """The open speech as it prints now (None when none is open or it cannot be read)."""
        from desktop.gui.print_document import build_print_document

        job = self.print_job(selection_only=selection_only)
        return build_print_document(job) if job is not None else None

    def print_job(self, *, selection_only: bool = False) -> PrintJob | None:
        """What prints now, as plain data a worker may build the document from (None when no
        speech is open or it cannot be read)."""
        from desktop.gui.print_document import PrintJob

        speech = self.current_speech()
        if speech is None:
            return None
        with_annotations = self.print_choices().annotations
        try:
            collection = self.session.collection(speech.record.collection_id)
            annotations = self.session.annotations(speech.record.id) if with_annotations else []
        except PizhuError as error:
            self.show_error(error)
            return None
        return PrintJob(
            speech,
            collection,
            tuple(annotations),
            with_annotations=with_annotations,
            fullwidth_punctuation=self.reader.fullwidth_punctuation,
            selection=self.reader.selected_range() if selection_only else None,
            language=self.translations.language if self.translations else Language.ENGLISH,
        )
