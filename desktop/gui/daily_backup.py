"""Today's rotating backup, taken off the GUI thread once the window is on screen.

A backups folder that cannot take the copy (full, read-only, gone) costs today's copy only:
the library opened and is sound. The window says so in its status bar, once per start and
without a dialog in the way; the next start tries again (the failed copy left nothing behind).
"""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.core.errors import LibraryError
from desktop.core.text_templates import fill

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

_log = logging.getLogger(__name__)

PROBLEMS = {
    "disk-full": QT_TRANSLATE_NOOP("DailyBackupReport", "the disk is full"),
    "read-only": QT_TRANSLATE_NOOP("DailyBackupReport", "it cannot be written to"),
    "cannot-open": QT_TRANSLATE_NOOP("DailyBackupReport", "the folder cannot be opened"),
    "io-error": QT_TRANSLATE_NOOP("DailyBackupReport", "the disk reported an error"),
    "too-big": QT_TRANSLATE_NOOP(
        "DailyBackupReport", "the copy exceeded the system's file size limit (EFBIG)"
    ),
}
"""What stopped today's copy, a few words for each of core's ``backup.DESTINATION_CODES``."""


class DailyBackupReport(QObject):
    """Carries a daily backup's failure from its thread to the window's status bar."""

    failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("daily_backup_report")
        self.window = window
        self.failed.connect(self._on_self_failed)

    @Slot(object)
    def _on_self_failed(self, error: LibraryError) -> None:
        folder = str(Path(error.path).parent) if error.path else ""
        self.window.status.showMessage(
            fill(
                self.tr(
                    "Today's backup could not be saved to %1 (%2). The library is fine; Pizhu will "
                    "try again the next time it starts."
                ),
                folder,
                self.problem(error.code),
            )
        )

    def problem(self, code: str | None) -> str:
        """A few words for what stopped the copy."""
        return self.tr(PROBLEMS.get(code or "", PROBLEMS["io-error"]))


class DailyBackup(QRunnable):
    """Take today's rotating backup on a connection of its own, off the GUI thread."""

    def __init__(self, library_path: Path, report: DailyBackupReport | None = None) -> None:
        super().__init__()
        self._path = library_path
        self._report = report

    def run(self) -> None:
        """Open, back up if today has none, close; a failure only loses today's backup."""
        from desktop.core.storage.library import open_library

        try:
            with open_library(self._path, create=False, daily_backup=True) as library:
                problem = library.daily_backup_problem
        except LibraryError as error:
            # The window's own connection reports a library that cannot be used.
            _log.warning("daily backup of %s not taken: %s", self._path, error)
            return
        if problem is not None:
            _log.warning("daily backup of %s not taken: %s", self._path, problem)
            if self._report is not None:
                with suppress(RuntimeError):  # the window closed meanwhile: no one to tell
                    self._report.failed.emit(problem)


def start_daily_backup(window: MainWindow) -> DailyBackupReport:
    """Take today's backup of the window's library in the thread pool; say if it failed."""
    report = DailyBackupReport(window)
    QThreadPool.globalInstance().start(DailyBackup(window.session.library_path, report))
    return report
