"""The library's safety tools: File ▸ Library ▸ Back Up Now…, Check Library, Show in File Manager.

``LibraryTools`` works for the main window (``window_library`` forwards the menu's commands;
Restore from Backup… is ``library_restore``) and loads when first used. The copy and the check
read the whole file (seconds for a large library), so each runs in a worker on a connection of
its own; the window stays usable and says the outcome in a message when the work is done.
Dialogs open window-modal (``open()``), never in a nested event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.app_paths import documents_folder
from desktop.core.text_templates import fill
from desktop.gui.focus_return import focus_now, return_focus_after
from desktop.gui.late_dialogs import open_unless_closed
from desktop.gui.messages import summary_if_core

if TYPE_CHECKING:
    from desktop.core.storage.backup import BackupInfo
    from desktop.core.storage.health import LibraryHealth
    from desktop.gui.main_window import MainWindow
    from desktop.gui.workers import Progress, WorkerTask

BACKUP_STEM = "批注文库"
"""The start of a backup's proposed file name (the app's name for its library)."""

# Core's summaries of these codes speak of the library; here only the copy was written.
DESTINATION_PROBLEMS = {
    "disk-full": QT_TRANSLATE_NOOP(
        "LibraryTools", "The destination is full: free some space or choose another place."
    ),
    "read-only": QT_TRANSLATE_NOOP(
        "LibraryTools",
        "The destination cannot be written to (it is read-only, or you do not have permission).",
    ),
    "cannot-open": QT_TRANSLATE_NOOP(
        "LibraryTools", "The destination folder is missing (was a USB drive removed?)."
    ),
    "io-error": QT_TRANSLATE_NOOP(
        "LibraryTools", "The destination's disk reported an error (was it removed?)."
    ),
    "too-big": QT_TRANSLATE_NOOP(
        "LibraryTools",
        "The copy exceeded the system's file size limit (errno EFBIG): raise the limit (ulimit -f) "
        "or choose a disk that allows files this large.",
    ),
}
"""What is wrong with a backup's destination, for each of core's ``backup.DESTINATION_CODES``."""


def proposed_backup_name(today: date | None = None) -> str:
    """``批注文库-YYYY-MM-DD.sqlite``: what Back Up Now… proposes to call the copy."""
    return f"{BACKUP_STEM}-{(today or date.today()).isoformat()}.sqlite"


class LibraryTools(QObject):
    """Back up now, check the library, show its folder, and the messages that say how it went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("library_tools")
        self.window = window

    # Back up now ----------------------------------------------------------------------------

    def back_up_now(self) -> QFileDialog:
        """File ▸ Library ▸ Back Up Now…: choose where, then write a checked copy there."""
        dialog = QFileDialog(self.window, self.tr("Back Up the Library"))
        dialog.setObjectName("backup_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Pizhu library (*.sqlite)"))
        dialog.setDefaultSuffix("sqlite")
        folder = documents_folder()
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / proposed_backup_name()))
        dialog.fileSelected.connect(lambda name: self.back_up_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        return_focus_after(dialog, focus_now(self.window.reader))
        dialog.open()
        return dialog

    def back_up_to(self, target: Path) -> WorkerTask:
        """Write a checked copy of the library to ``target`` in a worker, then say where."""
        library_path = self.window.session.library_path
        self.window.status.showMessage(self.tr("Backing up the library…"))

        def job(_progress: Progress, _cancel: Callable[[], bool]) -> BackupInfo:
            from desktop.core.storage.library import open_library

            with open_library(library_path, create=False, daily_backup=False) as library:
                return library.db.copy_to(target)

        task = self.window.workers.submit(job, "backup")
        task.succeeded.connect(self._on_backup_succeeded)
        task.failed.connect(lambda error: self._on_backup_failed(target, error))
        return task

    def _on_backup_succeeded(self, info: BackupInfo) -> None:
        from PySide6.QtCore import QLocale

        self.window.status.clearMessage()
        size = QLocale().formattedDataSize(info.size)
        self.tell(
            "backup_done",
            self.tr("The library was backed up."),
            fill(self.tr("The checked copy (%1) is at:\n%2"), size, str(info.path)),
        )

    def _on_backup_failed(self, target: Path, error: Exception) -> None:
        self.window.status.clearMessage()
        text = fill(self.tr("The library could not be backed up to %1."), str(target))
        problem = self._destination_problem(target, error) or summary_if_core(error)
        unchanged = self.tr("Nothing was written there, and the library is as it was.")
        self.tell("backup_failed", text, f"{problem} {unchanged}".strip(), str(error), warning=True)

    def _destination_problem(self, target: Path, error: Exception) -> str:
        """What is wrong with the place a backup was to go; empty if it is not the place."""
        if getattr(error, "path", None) != str(target):
            return ""  # the library itself could not be read: its own message says why
        problem = DESTINATION_PROBLEMS.get(getattr(error, "code", None) or "")
        return "" if problem is None else self.tr(problem)

    # Check --------------------------------------------------------------------------------------

    def check_library(self) -> WorkerTask:
        """File ▸ Library ▸ Check Library: core's integrity check in a worker, then the result."""
        library_path = self.window.session.library_path
        self.window.status.showMessage(self.tr("Checking the library…"))

        def job(_progress: Progress, _cancel: Callable[[], bool]) -> LibraryHealth:
            from desktop.core.storage.health import check_library

            return check_library(library_path)

        task = self.window.workers.submit(job, "check")
        task.succeeded.connect(self._on_check_succeeded)
        task.failed.connect(self._on_check_failed)
        return task

    def _on_check_succeeded(self, health: LibraryHealth) -> None:
        self.window.status.clearMessage()
        if health.sound:
            text = fill(
                self.tr("The library is sound: %1, %2."),
                self.tr("%Ln speech(es)", "", health.speeches),
                self.tr("%Ln annotation(s)", "", health.annotations),
            )
            self.tell("check_sound", text)
            return
        self._report_damage(list(health.problems))

    def _on_check_failed(self, error: Exception) -> None:
        self.window.status.clearMessage()
        summary = summary_if_core(error)
        self.tell("check_failed", self.tr("The library could not be checked."), summary, str(error))

    def _report_damage(self, problems: list[str]) -> QMessageBox:
        from desktop.core.storage.backup import latest_backup
        from desktop.dialogs.restore_dialog import taken_text

        latest = latest_backup(self.window.session.library_path)
        if latest is None:
            advice = self.tr("There is no backup of it yet.")
        else:
            advice = fill(
                self.tr(
                    "The latest backup was taken %1. Use Restore from Backup… to put one back."
                ),
                taken_text(latest),
            )
        box = self.message_box(
            "check_problems", self.tr("The library check found problems."), advice, warning=True
        )
        box.setDetailedText("\n".join(problems))
        if latest is not None:
            restore = box.addButton(
                self.tr("Restore from Backup…"), QMessageBox.ButtonRole.ActionRole
            )
            restore.setObjectName("restore_button")
            restore.clicked.connect(self.window.show_restore_dialog)
            box.addButton(QMessageBox.StandardButton.Close)
        open_unless_closed(box)
        return box

    # The folder ---------------------------------------------------------------------------------

    def show_library_folder(self) -> bool:
        """File ▸ Library ▸ Show in File Manager: open the library's folder; False if it failed."""
        return self.show_folder(
            self.window.session.library_path.parent,
            self.tr("No file manager could open the library's folder."),
        )

    def show_folder(self, folder: Path, failure: str = "") -> bool:
        """Open ``folder`` in the file manager; if none could, say so (``failure``)."""
        from PySide6.QtGui import QDesktopServices

        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            text = failure or self.tr("No file manager could open the folder.")
            self.tell("folder_not_opened", text, str(folder), warning=True)
        return opened

    # Messages ----------------------------------------------------------------------------------

    def tell(
        self,
        name: str,
        text: str,
        informative: str = "",
        detail: str = "",
        *,
        warning: bool = False,
    ) -> QMessageBox:
        """Say ``text`` in a window-modal message named ``name`` (its details behind a button)."""
        box = self.message_box(name, text, informative, warning=warning)
        if detail:
            box.setDetailedText(detail)
        open_unless_closed(box)
        return box

    def message_box(
        self, name: str, text: str, informative: str = "", *, warning: bool = False
    ) -> QMessageBox:
        """A message named ``name``, not shown yet; closing it deletes it and returns the focus."""
        from PySide6.QtCore import Qt

        from desktop.gui.focus_return import focus_now, return_focus_after

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Pizhu"), text, parent=self.window)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(informative)
        return_focus_after(box, focus_now(self.window.reader))
        return box
