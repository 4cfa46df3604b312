"""The main window's export and import commands: File ▸ Export… (Ctrl+E) and
File ▸ Import Annotations….

A mixin of ``MainWindow``. The export dialog is told what the user is on (the speech being read,
the speeches selected in the library, their collection) and runs its preview and export on the
window's worker pool; the import of annotations runs there too and, once committed, the session
makes it one undo step ("Import 3 Annotations") and tells every view to reload. The choice of
file is a replaceable callable, so tests need no modal file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from desktop.core.errors import PizhuError
from desktop.gui.i18n import Language
from desktop.gui.status_bar import MESSAGE_LONG_MS

# The export dialog, the exporters and the annotation importer load when first used: none is
# start-up work (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from desktop.core.export.runner import ExportOutcome
    from desktop.core.records import SpeechRecord
    from desktop.core.storage.annotation_import import AnnotationImportReport
    from desktop.dialogs.annotation_import import AnnotationImporter
    from desktop.dialogs.export_context import ListFilter
    from desktop.dialogs.export_dialog import ExportContext, ExportDialog, Named
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

FilePicker = Callable[[QWidget, Path], str]


def pick_annotation_file(parent: QWidget, folder: Path) -> str:
    """Ask for a JSON file of annotations (the native file dialog, starting in ``folder``);
    empty if none chosen."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExportMixin", "Import Annotations"),
        str(folder),
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

    def let_export_keys_through(self) -> None:
        """Ctrl+E exports while a line edit of the window has the keyboard (``menu_keys_first``:
        on Linux desktops a line edit claims it as its end of line)."""
        from desktop.gui.actions import ActionId
        from desktop.gui.menu_keys_first import menu_keys_first

        menu_keys_first(self, [self.registry.action(ActionId.EXPORT)])

    @Slot(int)
    def _on_export_dialog_finished(self, _result: int) -> None:
        # Built afresh each time, so it shows what the user is on then.
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None

    def export_context(self) -> ExportContext:
        """The speech being read, the speeches selected in the library, and their collection."""
        from desktop.dialogs.export_dialog import ExportContext

        speech = self.current_speech()
        selected = tuple(self.library_pane.selected_speech_ids())
        collection_id = self.library_pane.selected_collection_id() or (
            speech.record.collection_id if speech is not None else None
        )
        try:
            current = self._named_speech(speech.record) if speech is not None else None
            collection = self._named_collection(collection_id) if collection_id else None
            tags = tuple(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)
            current, collection, tags = None, None, ()
        language = self.translations.language if self.translations else Language.ENGLISH
        return ExportContext(
            self.session.library_path,
            current,
            selected,
            collection,
            tags,
            language,
            self._list_filter(),
        )

    def _list_filter(self) -> ListFilter | None:
        """What the Annotations list shows, when it is open and filtered or on all speeches:
        the user gathered those to export them."""
        from desktop.dialogs.export_context import ListFilter

        dock = self._annotations_dock
        if dock is None or not dock.isVisible():
            return None
        dock.filter_bar.apply_text()  # words typed just before Ctrl+E: the list shows them too
        shown, all_speeches = dock.proxy.criteria, dock.filter_bar.all_speeches
        if not (all_speeches or shown.is_active()):
            return None
        return ListFilter(all_speeches, shown.colors, shown.tag, _typed_words(dock, shown.words))

    def _named_collection(self, collection_id: int) -> Named:
        """The collection as the dialog names it: "title (初稿.docx)" when another bears its
        title, as the library tree and the search results tell them apart."""
        from desktop.dialogs.export_dialog import Named
        from desktop.models.speech_labels import distinguished_title

        title = self.session.collection(collection_id).title
        distinction = self.session.collection_distinctions().get(collection_id, "")
        # Its title as the page shows it; the file is named by the stored one.
        return Named(
            collection_id, title, distinguished_title(self._shown_label(title), distinction)
        )

    def _named_speech(self, record: SpeechRecord) -> Named:
        """The speech as the dialog names it: "第5篇 · title" when its collection has several."""
        from desktop.core.export.file_names import distinct_speech_title
        from desktop.core.export.words import export_words
        from desktop.dialogs.export_dialog import Named
        from desktop.models.speech_labels import SpeechName

        name = SpeechName.of(record, self.session.collection(record.collection_id))
        language = self.translations.language if self.translations else Language.ENGLISH
        siblings = self.session.speeches(record.collection_id)
        file_title = distinct_speech_title(record, siblings, export_words(language))
        label = name._replace(title=self._shown_label(record.title)).label()
        return Named(record.id, record.title, label, file_title)

    @Slot(object)
    def _on_export_dialog_export_finished(self, outcome: ExportOutcome) -> None:
        from desktop.dialogs import export_texts

        self.status.showMessage(export_texts.success_text(outcome), MESSAGE_LONG_MS)

    def choose_and_import_annotations(self) -> None:
        """File ▸ Import Annotations…: choose a JSON file and import it in the background."""
        from desktop.gui.focus_return import focus_kept

        with focus_kept(self.reader):  # cancelled too, the keyboard goes back where it was
            chosen = self.pick_annotation_file(self, self.settings.open_folder())
        if chosen:
            self.settings.remember_open_folder(Path(chosen).parent)
            self.import_annotations(Path(chosen))

    def import_annotations(self, path: Path) -> AnnotationImporter:
        """Import a JSON file of annotations; its report shows when it is done."""
        from desktop.dialogs.annotation_import import AnnotationImporter

        if self.annotation_importer is None:
            importer = AnnotationImporter(self.session.library_path, self.workers, self)
            importer.imported.connect(self._on_annotation_importer_imported)
            # Its transaction holds the write lock: the window's writes must not wait on it.
            self.session.follow_writer_runs(importer.writer)
            self.annotation_importer = importer
        self.annotation_importer.start(path)
        self.status.showMessage(self.tr("Importing annotations…"))
        return self.annotation_importer

    @Slot(object)
    def _on_annotation_importer_imported(self, report: AnnotationImportReport) -> None:
        self.status.clearMessage()
        if self.session.annotations_imported(report):
            self._say_undoable(self.tr("Undo the import with %1."), MESSAGE_LONG_MS)


def _typed_words(dock: AnnotationsDock, words: tuple[str, ...]) -> str:
    """The list's ``words`` (folded) as the user typed them in its search line (GDP, not gdp):
    an export's title names them so; folded when the line no longer holds them."""
    from desktop.core.annotation_match import AnnotationCriteria

    typed = dock.filter_bar.search_edit.text()
    return " ".join(typed.split() if AnnotationCriteria.words_of(typed) == words else words)
