"""The main window's import commands, run in the background with progress and a report.

A mixin of ``MainWindow``: File ▸ Import…, Add Sample Collection, dropped files, files given on
the command line or to a second start, re-import, and a collection's last import report. The
import job and its dialogs load when first used; the choice of files is a replaceable callable so
tests need no modal file dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.library_store import ImportStatus
from desktop.gui.actions import ActionId

# The import job and its dialogs load when first used: none is start-up work. (Even naming
# QFileDialog has PySide make its class, enums and all.)
if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from desktop.dialogs.import_report import ImportReportDialog
    from desktop.gui.import_job import ImportJob, ImportResult
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

# .doc and .wps always: without an office suite to convert them, the import report says how to
# get one (or a .docx), where a filter that hid them would leave the user wondering.
IMPORT_PATTERNS = "*.txt *.docx *.doc *.wps *.pdf *.md *.markdown *.html *.htm"

FilePicker = Callable[[QWidget, Path], list[str]]


def pick_import_files(parent: QWidget, folder: Path) -> list[str]:
    """Ask for files to import (the native file dialog), starting in ``folder``."""
    from PySide6.QtWidgets import QFileDialog

    translate = QCoreApplication.translate
    files, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("ImportMixin", "Import Speeches"),
        str(folder),
        translate("ImportMixin", "Speeches (%1);;All files (*)").replace("%1", IMPORT_PATTERNS),
    )
    return files


def sample_among(sources: Iterable[str | None]) -> bool:
    """Whether one of the collections' files is the bundled sample (of this or another
    installation). The sample's path is found once, not per collection (a look at the disk
    each: ~8 ms of following a library of 100 collections)."""
    from desktop.resources import sample_collection_path

    sample = sample_collection_path().parts[-2:]
    return any(source is not None and Path(source).parts[-2:] == sample for source in sources)


class ImportMixin(_Base):
    """Import files, the sample and dropped files; re-import; a collection's import report."""

    pick_files: FilePicker = staticmethod(pick_import_files)  # type: ignore[assignment]

    # Import -------------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        """File ▸ Import…: choose files and import them."""
        from desktop.gui.focus_return import focus_kept

        with focus_kept(self.reader):  # cancelled too, the keyboard goes back where it was
            files = self.pick_files(self, self.settings.open_folder())
        if files:
            self.settings.remember_open_folder(Path(files[0]).parent)
            self.import_files(files)

    def import_files(
        self,
        paths: Sequence[str | Path],
        *,
        open_first: bool = False,
        keep_duplicates: bool = False,
    ) -> ImportJob:
        """Import files in the background: progress (after a moment), cancel, then a report.

        A folder brings the files inside it. Each file is its own transaction on the worker's
        own connection; a bad file is named in the report and leaves the library as it was.
        ``open_first`` opens the first imported collection's first speech (files given on the
        command line). Speeches already in the library (a file's second copy of one too) are
        left out and named in the report (whose Import Anyway imports them: ``keep_duplicates``).
        """
        from desktop.core.importing.extensions import files_to_import
        from desktop.dialogs.import_progress import ImportProgressDialog
        from desktop.gui.import_job import ImportJob, default_opener

        # A folder stands for the speeches in it: each is counted, imported and reported.
        chosen = files_to_import(paths)
        opener = default_opener(self.session.library_path)
        job = ImportJob(chosen, opener, self, keep_duplicates=keep_duplicates)
        ImportProgressDialog.track(job, self)
        # Before the report's slot: changes kept meanwhile are written when the import ends.
        self.session.follow_writer(job)
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
        """The empty tree's hint counts the trash; the sample can be added unless it is there;
        Export is offered while there is a speech to export (its dialog had nothing in it)."""
        self.library_pane.set_trashed_count(len(self.session.trashed_collections()))
        collections = self.session.collections()
        has_sample = sample_among(c.source for c in collections)
        self.registry.action(ActionId.ADD_SAMPLE).setEnabled(not has_sample)
        has_speech = any(collection.speech_count for collection in collections)
        self.registry.action(ActionId.EXPORT).setEnabled(has_speech)

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
        if self.has_closed:
            # Quit while the import ran: its outcome comes after the window closed. Its files are
            # stored; a report would be a window of its own that kept the app running unseen.
            self.import_finished.emit(result)
            return
        if self.status.currentMessage() == self.importing_text():
            # Only its own line: a notice of the changes kept meanwhile stays to be read.
            self.status.clearMessage()
        # A file of speeches held elsewhere changed nothing: its report names where they are.
        reports = [
            o.report
            for o in result.imported
            if o.report is not None and o.report.status != ImportStatus.DUPLICATE
        ]
        self.session.imported(reports)
        if open_first and result.first_collection_id is not None:
            self.open_collection(result.first_collection_id)
        focused = focus_now(self.reader)
        dialog = ImportReportDialog.present(result, self)
        return_focus_after(dialog, focused)
        self._connect_report(dialog)
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
        try:
            source = self.session.collection(collection_id).source
        except PizhuError as error:  # gone since it was chosen (another import, the trash)
            self.show_error(error)
            return
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
        self._connect_report(dialog)
        return dialog

    def _connect_report(self, dialog: ImportReportDialog) -> None:
        dialog.open_collection_requested.connect(self.open_collection)
        dialog.import_anyway_requested.connect(self._on_report_import_anyway_requested)

    @Slot(list)
    def _on_report_import_anyway_requested(self, paths: list[Path]) -> None:
        self.import_files(paths, keep_duplicates=True)

    def _stored_import_result(self, collection_id: int) -> ImportResult:
        from desktop.core.storage.import_report import ImportReport
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

    # Drops --------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged onto the window."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the files dropped on the window."""
        from desktop.gui.file_drops import local_files

        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def take_file_drops(self, pane: QWidget) -> None:
        """Files dropped on the text boxes of ``pane`` are imported too, not typed into them."""
        from desktop.gui.file_drops import FileDrops

        drops = self.findChild(FileDrops)
        if drops is None:
            drops = FileDrops(self.import_files, self)
        drops.watch(pane)
