"""File ▸ Import Annotations…: a W3C JSON file (a backup, or another tool's) into the library.

The import runs in a worker on its own connection, in one transaction (``core.storage.
annotation_import``) behind its ``writer``'s gate, so the window's writes never wait on it
(``desktop.gui.background_writer``: the session follows each run); its report, or the reason
it failed, is shown in a window-modal message box opened with ``open()``, so nothing blocks
and tests can read and close it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.storage.annotation_import import AnnotationImportReport
from desktop.dialogs import export_texts
from desktop.dialogs.export_jobs import import_annotations_job
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.button_texts import name_message_buttons
from desktop.gui.focus_return import focus_now, return_focus_after
from desktop.gui.late_dialogs import open_unless_closed
from desktop.gui.workers import WorkerPool, WorkerTask


class AnnotationImporter(QObject):
    """Imports a file in a worker and shows the report."""

    imported = Signal(object)  # the AnnotationImportReport, once committed
    failed = Signal(object)  # the error; the library is as it was

    def __init__(self, library_path: Path, pool: WorkerPool, parent: QWidget) -> None:
        super().__init__(parent)
        self._library_path = library_path
        self._pool = pool
        self._parent = parent
        self._task: WorkerTask | None = None
        self.message: QMessageBox | None = None
        self.writer = BackgroundWriter(self)
        """Its transaction's gate: the session follows each import from ``began``."""

    def is_running(self) -> bool:
        """True while an import is under way."""
        return self._task is not None

    def start(self, path: Path) -> None:
        """Import ``path`` in a worker (one import at a time)."""
        if self._task is not None:
            return
        self.writer.begin()
        job = import_annotations_job(self._library_path, path, self.writer.storing)
        task = self._pool.submit(job, "import-notes")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self._task = task

    @Slot(object)
    def _on_task_succeeded(self, report: AnnotationImportReport) -> None:
        self._end()
        if report.changed:
            title = self.tr("Annotations imported")
        else:
            title = self.tr("No annotations imported")
        self._show(QMessageBox.Icon.Information, title, export_texts.import_report_lines(report))
        self.imported.emit(report)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self._end()
        lines = [self.tr("Nothing was imported."), export_texts.error_text(error)]
        self._show(QMessageBox.Icon.Warning, self.tr("Annotations not imported"), lines)
        self.failed.emit(error)

    @Slot()
    def _on_task_cancelled(self) -> None:
        self._end()

    def _end(self) -> None:
        # Before the report: the changes kept meanwhile are written, and the writer let go.
        self._task = None
        self.writer.stop()

    def _show(self, icon: QMessageBox.Icon, title: str, lines: list[str]) -> None:
        box = QMessageBox(icon, title, lines[0], QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("annotationImportMessage")
        box.setInformativeText("\n".join(lines[1:]))
        name_message_buttons(box)
        return_focus_after(box, focus_now())
        if open_unless_closed(box):  # after Quit it is dropped unseen
            self.message = box
