"""The main window's commands that open dialogs or start background work.

A mixin of ``MainWindow``: import (File ▸ Import…, dropped files, files on the command line,
re-import) through the import worker with its progress and report dialogs; the trash; a
collection's last import report; preferences; keyboard shortcuts. Each dialog is built on demand;
the choice of files is a replaceable callable so tests need no modal file dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop import __version__
from desktop.app_paths import user_dictionary_path
from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.library_store import ImportReport, ImportStatus
from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId
from desktop.gui.messages import error_summary

# The dialogs and the import job load when first used: none is start-up work. (Even naming
# QMessageBox or QFileDialog has PySide make their classes, enums and all.)
if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.import_report import ImportReportDialog
    from desktop.dialogs.preferences import Preferences
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop.dialogs.trash_dialog import TrashDialog
    from desktop.gui.import_job import ImportJob, ImportResult
    from desktop.gui.main_window import MainWindow
    from desktop.gui.pending_writes import KeptChangesFailed

    _Base = MainWindow
else:
    _Base = object

IMPORT_PATTERNS = "*.txt *.docx *.pdf *.md *.markdown *.html *.htm"

FilePicker = Callable[[QWidget], list[str]]


def pick_import_files(parent: QWidget) -> list[str]:
    """Ask for files to import (the native file dialog)."""
    from PySide6.QtWidgets import QFileDialog

    translate = QCoreApplication.translate
    files, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("DialogsMixin", "Import Speeches"),
        "",
        translate("DialogsMixin", "Speeches (%1);;All files (*)").replace("%1", IMPORT_PATTERNS),
    )
    return files


def is_sample(source: str | None) -> bool:
    """Whether a collection's file is the bundled sample (of this or another installation)."""
    from desktop.resources import sample_collection_path

    sample = sample_collection_path()
    return source is not None and Path(source).parts[-2:] == sample.parts[-2:]


class DialogsMixin(_Base):
    """Import, trash, reports, preferences and shortcuts."""

    pick_files: FilePicker = staticmethod(pick_import_files)  # type: ignore[assignment]

    # Import -------------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        """File ▸ Import…: choose files and import them."""
        files = self.pick_files(self)
        if files:
            self.import_files(files)

    def import_files(self, paths: Sequence[str | Path], *, open_first: bool = False) -> ImportJob:
        """Import files in the background: progress (after a moment), cancel, then a report.

        A folder brings the files inside it. Each file is its own transaction on the worker's
        own connection; a bad file is named in the report and leaves the library as it was.
        ``open_first`` opens the first imported collection's first speech (files given on the
        command line).
        """
        from desktop.core.importing.extensions import files_to_import
        from desktop.dialogs.import_progress import ImportProgressDialog
        from desktop.gui.import_job import ImportJob, default_opener

        # A folder stands for the speeches in it: each is counted, imported and reported.
        chosen = files_to_import(paths)
        job = ImportJob(chosen, default_opener(self.session.library_path), self)
        ImportProgressDialog.track(job, self)
        # Before the report's slot: changes kept meanwhile are written when the import ends.
        self.session.follow_import(job)
        job.finished.connect(lambda result: self._on_import_finished(job, result, open_first))
        job.start(self.workers)
        self.status.showMessage(self.importing_text())
        return job

    def importing_text(self) -> str:
        """What the status bar says while files are imported."""
        return self.tr("Importing…")

    def add_sample_collection(self) -> ImportJob:
        """File ▸ Add Sample Collection: the bundled sample, through the import as any file.

        A sample in the trash comes back out of it, with its notes (the import finds it).
        """
        from desktop.resources import sample_collection_path

        return self.import_files([sample_collection_path()])

    def follow_library_contents(self) -> None:
        """The empty tree's hint counts the trash; the sample can be added unless it is there."""
        self.library_pane.set_trashed_count(len(self.session.trashed_collections()))
        has_sample = any(is_sample(c.source) for c in self.session.collections())
        self.registry.action(ActionId.ADD_SAMPLE).setEnabled(not has_sample)

    @Slot(list)
    def take_files_from_another_start(self, files: list[str]) -> None:
        """Pizhu was started again on this library: come forward and import its files."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if files and self.session.closed:
            # A backup is being put in the library's place: import into it once it is open
            # (now, the import's worker would write to the file being replaced).
            self.session.library_changed.connect(
                lambda: self.import_files(files, open_first=True),
                Qt.ConnectionType.SingleShotConnection,
            )
        elif files:
            self.import_files(files, open_first=True)

    def _on_import_finished(self, job: ImportJob, result: ImportResult, open_first: bool) -> None:
        from desktop.dialogs.import_report import ImportReportDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        # The changes kept meanwhile were written just before (PendingWrites follows the job
        # first): how they landed belongs in this report, beside the import's own annotations.
        result = replace(result, kept_anchors=self.session.kept_changes_landed(job))
        if self.status.currentMessage() == self.importing_text():
            # Only its own line: a notice of the changes kept meanwhile stays to be read.
            self.status.clearMessage()
        reports = [o.report for o in result.imported if o.report is not None]
        self.session.imported(reports)
        if open_first and result.first_collection_id is not None:
            self.open_collection(result.first_collection_id)
        focused = focus_now(self.reader)
        dialog = ImportReportDialog.present(result, self)
        return_focus_after(dialog, focused)
        dialog.open_collection_requested.connect(self.open_collection)
        self.import_finished.emit(result)

    @Slot(int)
    def open_collection(self, collection_id: int) -> None:
        """Open the first speech of a collection."""
        try:
            speeches = self.session.speeches(collection_id)
        except PizhuError as error:
            self.show_error(error)
            return
        if speeches:
            self.open_speech(speeches[0].id, 0)

    @Slot(int)
    def reimport_collection(self, collection_id: int) -> None:
        """Import a collection's file again (its annotations follow their words)."""
        source = self.session.collection(collection_id).source
        if not source or not Path(source).is_file():
            missing = LibraryError(
                "the collection's file is no longer there", code="not-found", path=source
            )
            self.show_error(missing)
            return
        self.import_files([source])

    @Slot(int)
    def show_import_report(self, collection_id: int) -> ImportReportDialog | None:
        """The report of a collection's last import, as the import showed it."""
        from desktop.dialogs.import_report import ImportReportDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        try:
            result = self._stored_import_result(collection_id)
        except PizhuError as error:
            self.show_error(error)
            return None
        focused = focus_now(self.reader)
        dialog = ImportReportDialog.present(result, self)
        return_focus_after(dialog, focused)
        dialog.open_collection_requested.connect(self.open_collection)
        return dialog

    def _stored_import_result(self, collection_id: int) -> ImportResult:
        from desktop.gui.import_job import FileOutcome, FileStatus, ImportResult

        record = self.session.collection(collection_id)
        speeches = self.session.speeches(collection_id)
        removals = self.session.removals(collection_id)
        report = self.session.last_import_report(collection_id) or ImportReport(
            # Imported before reports were kept: what the library still knows.
            collection_id,
            record.title,
            ImportStatus.CREATED,
            len(speeches),
            speeches_added=len(speeches),
            noise_removed=len(removals),
        )
        outcome = FileOutcome(
            Path(record.source or record.title),
            FileStatus.IMPORTED,
            report=report,
            speech_titles=tuple(speech.title for speech in speeches),
            removals=tuple(removals),
        )
        return ImportResult((outcome,))

    # Trash --------------------------------------------------------------------------------------

    @property
    def trash_dialog(self) -> TrashDialog | None:
        """The trash window, once it has been opened."""
        return self._trash_dialog

    def show_trash(self) -> TrashDialog:
        """File ▸ Trash…: deleted highlights and collections, to restore or delete for good."""
        from desktop.dialogs.trash_dialog import TrashDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        if self._trash_dialog is None:
            dialog = TrashDialog(self)
            dialog.restore_requested.connect(self._on_trash_restore_requested)
            dialog.empty_requested.connect(self._on_trash_empty_requested)
            self._trash_dialog = dialog
        self._fill_trash()
        if not self._trash_dialog.isVisible():
            return_focus_after(self._trash_dialog, focus_now(self.reader))
        self._trash_dialog.open()
        return self._trash_dialog

    def _fill_trash(self) -> None:
        from desktop.dialogs.trash_dialog import annotation_rows, collection_row

        if self._trash_dialog is None:
            return
        rows = [
            collection_row(c.id, c.title, c.speech_count, c.deleted or "")
            for c in self.session.trashed_collections()
        ]
        rows += annotation_rows(self.session.trash(), self._speech_labels())
        rows.sort(key=lambda row: row.deleted, reverse=True)
        self._trash_dialog.set_rows(rows)

    @Slot(list)
    def _on_trash_restore_requested(self, chosen: list) -> None:
        from desktop.dialogs.trash_dialog import ANNOTATION

        for kind, key in chosen:
            if kind == ANNOTATION:
                self._attempt(lambda key=key: self.session.restore_annotation(key))
            else:
                self._attempt(lambda key=key: self.session.restore_collection(int(key)))
        self._fill_trash()

    @Slot()
    def _on_trash_empty_requested(self) -> None:
        self._attempt(self.session.empty_trash)
        self._fill_trash()

    # Preferences and help -----------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences as the window holds them now."""
        from desktop.dialogs.preferences import Preferences

        return Preferences(
            language=self.settings.language,
            theme=self.reader.theme_name,
            font_size=self.reader.font_size,
            fullwidth_punctuation=self.reader.fullwidth_punctuation,
        )

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…."""
        from desktop.dialogs.preferences import PreferencesDialog
        from desktop.gui.focus_return import focus_kept

        with focus_kept(self.reader):
            chosen = PreferencesDialog.edit(
                self,
                self.preferences(),
                user_dictionary=user_dictionary_path(),
                on_dictionary_saved=self._on_dictionary_saved,
            )
        if chosen is not None:
            self.apply_preferences(chosen)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Use and remember ``prefs``."""
        self.set_theme(prefs.theme)
        self.reader.set_font_size(prefs.font_size)
        self.settings.font_size = self.reader.font_size
        self.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(prefs.fullwidth_punctuation)
        if prefs.language != self.settings.language:
            self.settings.language = prefs.language
            if self.translations is not None:
                self.translations.apply(prefs.language)

    def _on_dictionary_saved(self) -> None:
        if self.segmenter is not None:
            self.segmenter.reload()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts."""
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        dialog = ShortcutsDialog.for_window(self.menuBar(), self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, focus_now(self.reader))
        dialog.open()
        return dialog

    # Drops and messages -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged onto the window."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the files dropped on the window."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # Messages ---------------------------------------------------------------------------------

    @Slot(object)
    def show_error(self, error: PizhuError) -> None:
        """Tell the user a change could not be made, and why."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_now, return_focus_after

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Pizhu"), error_summary(error), parent=self
        )
        box.setDetailedText(str(error))
        return_focus_after(box, focus_now(self.reader))
        box.open()

    @Slot(object)
    def show_kept_changes_failed(self, failure: KeptChangesFailed) -> QMessageBox:
        """Tell the user, once, which changes made during an import were not saved and why."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_now, return_focus_after
        from desktop.models.annotation_text import short_quote

        count = len(failure.annotations)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Pizhu"),
            self.tr("%n change(s) made while the import was saving could not be saved.", "", count),
            parent=self,
        )
        box.setObjectName("kept_changes_failed")
        box.setInformativeText(
            " ".join(
                (
                    error_summary(failure.error),
                    self.tr(
                        "The reader and the Annotations panel show the library as it is. The "
                        "undo history was cleared: its steps were about changes not saved."
                    ),
                )
            )
        )
        quotes = [f"“{short_quote(a.exact, 40)}”" for a in failure.annotations if a.exact]
        box.setDetailedText("\n".join([str(failure.error), *quotes]))
        return_focus_after(box, focus_now(self.reader))
        box.open()
        return box

    def show_about(self) -> None:
        """Help ▸ About (the keyboard comes back to where it was)."""
        from html import escape

        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_kept

        text = self.tr(
            "<h3>批注 Pizhu %1</h3><p>Read, mark and search Chinese speeches and official"
            " documents.</p><p>Your highlights and notes are saved as you make them, in"
            " one library file:<br><code>%2</code></p>"
        )
        # The path is the user's: escaped, since the text is rich text (a folder "R&D").
        with focus_kept(self.reader):
            QMessageBox.about(
                self,
                self.tr("About Pizhu"),
                fill(text, __version__, escape(str(self.session.library_path))),
            )
