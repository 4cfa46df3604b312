"""The main window's output commands: File ▸ Export… (Ctrl+E), File ▸ Import Annotations…,
File ▸ Print… (Ctrl+P) and File ▸ Print Preview….

A mixin of ``MainWindow``. The export dialog is told what the user is on (the speech being read,
the speeches selected in the library, their collection) and runs its preview and export on the
window's worker pool; the import of annotations runs there too and, once committed, the session
makes it one undo step ("Import 3 Annotations") and tells every view to reload. The choice of
file is a replaceable callable, so tests need no modal file dialog.

The print and preview dialogs only choose a printer (and whether the highlights and notes
print); ``print_to(printer)`` then prints the open speech, so the preview, the print dialog and
the tests all print through one function. QtPrintSupport loads when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWidget

from desktop.core.errors import PizhuError
from desktop.gui.action_ids import ActionId

# The export dialog, the exporters and the annotation importer load when first used: none is
# start-up work (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from desktop.core.export.runner import ExportOutcome
    from desktop.core.records import SpeechRecord
    from desktop.core.storage.annotation_import import AnnotationImportReport
    from desktop.dialogs.annotation_import import AnnotationImporter
    from desktop.dialogs.export_dialog import ExportContext, ExportDialog, Named
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

STATUS_MS = 8000
"""How long the status bar says what an export or import did."""

FilePicker = Callable[[QWidget], str]


def pick_annotation_file(parent: QWidget) -> str:
    """Ask for a JSON file of annotations (the native file dialog); empty if none chosen."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExportMixin", "Import Annotations"),
        "",
        QCoreApplication.translate(
            "ExportMixin", "Web Annotation JSON (*.json *.jsonld);;All files (*)"
        ),
    )
    return chosen


class ExportMixin(_Base):
    """File ▸ Export… and File ▸ Import Annotations…."""

    pick_annotation_file: FilePicker = staticmethod(pick_annotation_file)  # type: ignore[assignment]
    export_dialog: ExportDialog | None = None
    annotation_importer: AnnotationImporter | None = None

    def show_export_dialog(self) -> ExportDialog:
        """File ▸ Export…: the export dialog on what the user is reading (window-modal)."""
        from desktop.dialogs.export_dialog import ExportDialog
        from desktop.dialogs.export_settings import ExportSettings
        from desktop.gui.focus_return import focus_now, return_focus_after

        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        dialog = ExportDialog(
            self.export_context(), self.workers, ExportSettings(self.settings.path), self
        )
        dialog.export_finished.connect(self._on_export_dialog_export_finished)
        dialog.finished.connect(self._on_export_dialog_finished)
        self.export_dialog = dialog
        return_focus_after(dialog, focus_now(self.reader))
        dialog.open()
        return dialog

    @Slot(int)
    def _on_export_dialog_finished(self, _result: int) -> None:
        # Built afresh each time, so it shows what the user is on then.
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None

    def export_context(self) -> ExportContext:
        """The speech being read, the speeches selected in the library, and their collection."""
        from desktop.dialogs.export_dialog import ExportContext, Named

        speech = self.current_speech()
        selected = tuple(self.library_pane.selected_speech_ids())
        collection_id = self.library_pane.selected_collection_id() or (
            speech.record.collection_id if speech is not None else None
        )
        try:
            current = self._named_speech(speech.record) if speech is not None else None
            collection = (
                Named(collection_id, self.session.collection(collection_id).title)
                if collection_id
                else None
            )
            tags = tuple(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)
            current, collection, tags = None, None, ()
        return ExportContext(self.session.library_path, current, selected, collection, tags)

    def _named_speech(self, record: SpeechRecord) -> Named:
        """The speech as the dialog names it: "第5篇 · title" when its collection has several."""
        from desktop.dialogs.export_dialog import Named
        from desktop.models.speech_labels import SpeechName

        name = SpeechName.of(record, self.session.collection(record.collection_id))
        return Named(record.id, record.title, name.label())

    @Slot(object)
    def _on_export_dialog_export_finished(self, outcome: ExportOutcome) -> None:
        from desktop.dialogs import export_texts

        self.status.showMessage(export_texts.success_text(outcome), STATUS_MS)

    def choose_and_import_annotations(self) -> None:
        """File ▸ Import Annotations…: choose a JSON file and import it in the background."""
        chosen = self.pick_annotation_file(self)
        if chosen:
            self.import_annotations(Path(chosen))

    def import_annotations(self, path: Path) -> AnnotationImporter:
        """Import a JSON file of annotations; its report shows when it is done."""
        from desktop.dialogs.annotation_import import AnnotationImporter

        if self.annotation_importer is None:
            importer = AnnotationImporter(self.session.library_path, self.workers, self)
            importer.imported.connect(self._on_annotation_importer_imported)
            self.annotation_importer = importer
        self.annotation_importer.start(path)
        self.status.showMessage(self.tr("Importing annotations…"))
        return self.annotation_importer

    @Slot(object)
    def _on_annotation_importer_imported(self, report: AnnotationImportReport) -> None:
        self.status.clearMessage()
        if self.session.annotations_imported(report):
            self._say_undoable(self.tr("Undo the import with %1."), STATUS_MS)


class PrintMixin(_Base):
    """Print the open speech, or preview its pages."""

    _printer: QPrinter | None = None

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
        if dialog.exec() == QPrintDialog.DialogCode.Accepted and self.print_to(printer):
            self.status.showMessage(self.tr("Printed."), STATUS_MS)
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
        dialog.exec()
        dialog.deleteLater()

    def _annotations_box(self, parent: QWidget) -> QCheckBox:
        """ "With highlights and notes", kept in the settings as soon as it changes."""
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
        self.settings.print_annotations = checked

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
