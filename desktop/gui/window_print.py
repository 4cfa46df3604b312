"""The main window's printing: File ▸ Print… (Ctrl+P) and File ▸ Print Preview….

A mixin of ``MainWindow``. The print and preview dialogs only choose a printer (and whether the
highlights and notes print); ``print_to(printer)`` then prints the open speech, so the preview,
the print dialog and the tests all print through one function. A dialog's choice of highlights
and notes holds while it is open and is kept in the settings only when the user prints.
QtPrintSupport and the page builders load when first used (tests/gui/test_app.py counts what
the first paint loads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QVBoxLayout, QWidget

from desktop.core.errors import PizhuError
from desktop.gui.action_ids import ActionId
from desktop.gui.window_export import STATUS_MS

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class PrintMixin(_Base):
    """Print the open speech, or preview its pages."""

    _printer: QPrinter | None = None
    _annotations_choice: bool | None = None
    """The open dialog's "with highlights and notes", not yet saved (None: no dialog open)."""

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

    def print_speech(self) -> None:
        """File ▸ Print…: choose a printer (and what to print), then print the open speech."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        if self.current_speech() is None:
            return
        printer = self.printer()
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        has_selection = self.reader.selected_range() is not None
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, has_selection)
        options = self._annotations_option_tab()
        dialog.setOptionTabs([options])  # Qt's own dialog shows it; a native one may not
        accepted = self._run_print_dialog(dialog)
        if accepted and self.print_to(printer):
            self.status.showMessage(self.tr("Printed."), STATUS_MS)
        self._annotations_choice = None
        printer.setPrintRange(QPrinter.PrintRange.AllPages)  # the preview shows all again
        dialog.deleteLater()

    def preview_speech(self) -> None:
        """File ▸ Print Preview…: the pages as they will print, with the choice of annotations."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
        from PySide6.QtWidgets import QToolBar

        if self.current_speech() is None:
            return
        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self.print_to)
        preview = dialog.findChild(QPrintPreviewWidget)
        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None and preview is not None:
            toolbar.addSeparator()
            box = self._annotations_box(toolbar)
            box.toggled.connect(preview.updatePreview)
            toolbar.addWidget(box)
        self._run_print_dialog(dialog)  # the preview prints itself before it is accepted
        self._annotations_choice = None
        dialog.deleteLater()

    def _run_print_dialog(self, dialog: QDialog) -> bool:
        """Show a print or preview dialog; keep its choice of annotations if the user printed."""
        self._annotations_choice = self.settings.print_annotations
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.settings.print_annotations = self._annotations_choice
        return accepted

    def _annotations_box(self, parent: QWidget) -> QCheckBox:
        """ "With highlights and notes" for the open dialog (saved when the user prints)."""
        box = QCheckBox(self.tr("With &highlights and notes"), parent)
        box.setObjectName("printAnnotations")
        box.setToolTip(self.tr("Leave unticked to print the text only"))
        box.setChecked(self.settings.print_annotations)
        box.toggled.connect(self._on_print_annotations_toggled)
        return box

    def _annotations_option_tab(self) -> QWidget:
        tab = QWidget()
        tab.setWindowTitle(self.tr("Highlights and Notes"))
        layout = QVBoxLayout(tab)
        layout.addWidget(self._annotations_box(tab))
        layout.addStretch(1)
        return tab

    @Slot(bool)
    def _on_print_annotations_toggled(self, checked: bool) -> None:
        self._annotations_choice = checked

    @Slot(object)
    def print_to(self, printer: QPrinter) -> int:
        """Print the open speech on ``printer`` (its selection only when the printer's range
        says so); the number of pages printed, 0 when there was nothing or it failed."""
        from desktop.gui.print_pages import paint_document

        document = self.print_document(selection_only=_prints_selection(printer))
        if document is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = paint_document(printer, document)
        finally:
            QApplication.restoreOverrideCursor()
            document.deleteLater()
        if pages == 0:
            self.status.showMessage(self.tr("Could not print: the printer did not start."))
        return pages

    def print_document(self, *, selection_only: bool = False) -> QTextDocument | None:
        """The open speech as it prints now (None when none is open or it cannot be read)."""
        from desktop.gui.print_document import PrintJob, build_print_document

        speech = self.current_speech()
        if speech is None:
            return None
        with_annotations = self._annotations_choice
        if with_annotations is None:
            with_annotations = self.settings.print_annotations
        try:
            collection = self.session.collection(speech.record.collection_id)
            annotations = self.session.annotations(speech.record.id) if with_annotations else []
        except PizhuError as error:
            self.show_error(error)
            return None
        job = PrintJob(
            speech,
            collection,
            tuple(annotations),
            with_annotations=with_annotations,
            fullwidth_punctuation=self.reader.fullwidth_punctuation,
            selection=self.reader.selected_range() if selection_only else None,
        )
        return build_print_document(job)


def _prints_selection(printer: QPrinter) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    return printer.printRange() == QPrinter.PrintRange.Selection
