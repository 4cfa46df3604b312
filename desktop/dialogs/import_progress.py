"""The progress of an import, with Cancel: which file is read, and how many of them.

It shows only when the import is not quick and closes when it ends (``JobProgressDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.core.text_templates import fill
from desktop.dialogs.job_progress import SHOW_DELAY_MS, JobProgressDialog, ProgressJob


class ImportProgressDialog(JobProgressDialog):
    """A progress bar, the file being read, and Cancel."""

    def __init__(
        self, job: ProgressJob, parent: QWidget | None = None, delay_ms: int = SHOW_DELAY_MS
    ) -> None:
        self._total = max(len(job.paths), 1)
        super().__init__(job, parent, delay_ms)
        self.setObjectName("import_progress")

    def retranslate(self) -> None:
        """The import's title and its first status."""
        super().retranslate()
        self.setWindowTitle(self.tr("Importing"))
        self.set_status(self.tr("Preparing the import…"))

    @Slot(float, str)
    def show_progress(self, fraction: float, name: str) -> None:
        """How far the import got, the file read (``name``) and its number among them."""
        super().show_progress(fraction, name)
        if not self.is_cancelling() and name:
            self.set_status(self.tr("Importing “%1”…").replace("%1", name))
            number = min(int(fraction * self._total) + 1, self._total)
            self.set_detail(fill(self.tr("File %1 of %2"), str(number), str(self._total)))
