"""The progress of a print into a PDF file, with Cancel: the import's dialog, worded for it.

It shows only when the print is not quick (``import_progress.SHOW_DELAY_MS``) and closes when
the print ends; Cancel stops it at the next page and no file is written.
"""

from __future__ import annotations

from PySide6.QtCore import Slot

from desktop.dialogs.import_progress import ImportProgressDialog


class PrintProgressDialog(ImportProgressDialog):
    """A progress bar, the file being printed, and Cancel."""

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setObjectName("print_progress")
        self.setWindowTitle(self.tr("Printing"))
        name = self._job.paths[0].name if self._job.paths else ""
        self._label.setText(self.tr("Printing “%1”…").replace("%1", name))

    @Slot(float, str)
    def _on_job_progressed(self, fraction: float, _message: str) -> None:
        self._bar.setValue(round(fraction * self._bar.maximum()))

    @Slot()
    def _on_cancel_clicked(self) -> None:
        super()._on_cancel_clicked()
        self._label.setText(self.tr("Cancelling…"))
