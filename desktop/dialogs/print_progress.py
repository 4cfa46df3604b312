"""The progress of a print into a PDF file, with Cancel.

It shows only when the print is not quick (``job_progress.SHOW_DELAY_MS``) and closes when
the print ends; Cancel stops it at the next page and no file is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.dialogs.job_progress import SHOW_DELAY_MS, JobProgressDialog, ProgressJob


class PrintProgressDialog(JobProgressDialog):
    """A progress bar, the file being printed, and Cancel."""

    def __init__(
        self, job: ProgressJob, parent: QWidget | None = None, delay_ms: int = SHOW_DELAY_MS
    ) -> None:
        super().__init__(job, parent, delay_ms)
        self.setObjectName("print_progress")

    def retranslate(self) -> None:
        """The print's title, and the file it writes."""
        super().retranslate()
        self.setWindowTitle(self.tr("Printing"))
        name = self.job.paths[0].name if self.job.paths else ""
        self.set_status(self.tr("Printing “%1”…").replace("%1", name))
