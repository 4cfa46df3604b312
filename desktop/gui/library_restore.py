"""File ▸ Library ▸ Restore from Backup…: choose a backup, confirm, restore, read it all again.

``LibraryRestore`` works for the main window (``window_library`` forwards the menu's command)
and loads when first used. The window closes its library (the session's connection), core's
``restore_backup`` checks the backup and puts it in place in a worker (the current file is
renamed aside, never deleted), and the session reopens the same path: the tree, the reader and
the annotations read the restored library, and the undo history starts afresh (its steps
belong to the file that was replaced). A progress window keeps the user out meanwhile. A
command-line writer on the same library is kept out by core (``restore``): the swap waits for
its transaction, and its writes after the swap refuse, never landing in the file set aside.
A copy chosen with Restore from File… (one Back Up Now… wrote anywhere) is checked in a worker
first: a damaged or foreign file is refused in one message naming it, and a sound one is
confirmed and restored as a listed backup is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.core.errors import LibraryError
from desktop.core.text_templates import fill
from desktop.gui.focus_return import focus_now, return_focus_after
from desktop.gui.late_dialogs import open_unless_closed
from desktop.gui.messages import summary_if_core

if TYPE_CHECKING:
    from desktop.dialogs.restore_dialog import RestoreDialog
    from desktop.gui.library_tools import LibraryTools
    from desktop.gui.main_window import MainWindow
    from desktop.gui.workers import Progress, WorkerTask


class LibraryRestore(QObject):
    """Restore the window's library from one of its backups."""

    def __init__(self, window: MainWindow, tools: LibraryTools) -> None:
        super().__init__(window)
        self.setObjectName("library_restore")
        self.window = window
        self.tools = tools

    def show_restore_dialog(self) -> RestoreDialog:
        """The backups, newest first; Restore asks for confirmation, then restores."""
        from desktop.core.storage.backup import list_backups
        from desktop.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_backups(list_backups(self.window.session.library_path))
        dialog.restore_requested.connect(lambda backup: self.confirm_restore(backup, dialog))
        dialog.file_chosen.connect(lambda copy: self.check_file(copy, dialog))
        return_focus_after(dialog, focus_now(self.window.reader))
        dialog.open()
        return dialog

    def confirm_restore(self, backup: Path, dialog: RestoreDialog | None = None) -> QMessageBox:
        """Ask before restoring ``backup``, naming where the current library will be kept."""
        from desktop.core.storage.backup import list_backups
        from desktop.dialogs.restore_dialog import taken_text

        listed = next(
            (b for b in list_backups(self.window.session.library_path) if b.path == backup),
            None,
        )
        if listed is not None:
            question = fill(self.tr("Restore the backup taken %1?"), taken_text(listed))
        else:
            question = fill(self.tr("Restore the library from the copy %1?"), str(backup))
        name = self.window.session.library_path.name
        box = self.tools.message_box(
            "restore_confirm",
            question,
            fill(
                self.tr(
                    "The current library will be kept in its folder as %1 (with today's date and "
                    "time). Changes made since the backup was taken will not be in the restored "
                    "library, and the undo history will be cleared."
                ),
                f"{name}.replaced-…",
            ),
        )
        box.setIcon(QMessageBox.Icon.Question)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirm_restore")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: object) -> None:
            if button is restore:
                if dialog is not None and shiboken6.isValid(dialog):
                    dialog.accept()
                self.restore_from(backup)

        box.buttonClicked.connect(answered)
        open_unless_closed(box)
        return box

    def check_file(self, copy: Path, dialog: RestoreDialog | None = None) -> WorkerTask:
        """Check ``copy`` (a file the user chose) in a worker; confirm restoring it if sound."""
        from desktop.core.storage.restore import check_restorable

        library_path = self.window.session.library_path

        def job(_progress: object, _cancel: object) -> None:
            check_restorable(library_path, copy)

        task = self.window.workers.submit(job, "check-backup")
        task.succeeded.connect(lambda _none: self.confirm_restore(copy, dialog))
        task.failed.connect(lambda error: self._say_file_refused(copy, error))
        return task

    def restore_from(self, backup: Path) -> WorkerTask:
        """Close the library, put ``backup`` in its place in a worker, and open it again."""
        from desktop.core.storage.restore import restore_backup

        path = self.window.session.library_path
        self._let_go_of_library()
        progress = self._restore_progress()

        def job(_progress: object, _cancel: object) -> Path | None:
            return restore_backup(path, backup)

        task = self.window.workers.submit(job, "restore")
        task.succeeded.connect(lambda aside: self._after_restore(path, progress, aside, None))
        task.failed.connect(lambda error: self._after_restore(path, progress, None, error))
        return task

    def _let_go_of_library(self) -> None:
        """Save what is pending and close the session's connection (the file is replaced)."""
        self.window.save_typed_note()
        self.window.save_position()
        self.window.workers.cancel_all()
        self.window.workers.wait()
        self.window.release_library_readers()
        # Kept until the restore is known to have replaced the file: a failed one leaves it.
        self.window.session.close(keep_undo=True)

    def _restore_progress(self) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, self.window)
        progress.setObjectName("restore_progress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        return progress

    def _after_restore(
        self,
        path: Path,
        progress: QProgressDialog,
        aside: Path | None,
        error: Exception | None,
    ) -> None:
        from desktop.gui.app import open_if_current

        if self.window.has_closed:
            # Quit (SIGTERM: the progress is modal) while the restore ran: the file it put in
            # place (or left) is what the next start opens; reopened now, the window's readers
            # would start again, and a message would keep the app running unseen.
            _close(progress)
            return
        try:
            library = open_if_current(path, create=False)
        except LibraryError as reopening:
            _close(progress)
            self._library_lost(reopening, aside)
            return
        if library is None:  # a backup an older Pizhu took: upgraded first, off this thread
            self._upgrade(path, progress, aside, error)
            return
        _close(progress)
        self.window.session.reopen(library, replaced=error is None)
        if error is None:
            self._say_restored(aside)
        else:
            self._say_not_restored(error)

    def _upgrade(
        self,
        path: Path,
        progress: QProgressDialog,
        aside: Path | None,
        error: Exception | None,
    ) -> WorkerTask:
        """Upgrade the restored library in a worker under the same progress window (it keeps
        the user out, so nothing writes meanwhile), then open it as above."""
        from desktop.gui.start_upgrade import (
            BAR_STEPS,
            reporting_to,
            upgrade_library,
            upgrading_text,
        )

        headline = upgrading_text(path)
        progress.setLabelText(headline)
        progress.setRange(0, BAR_STEPS)

        def job(told: Progress, _cancel: object) -> None:
            upgrade_library(path, reporting_to(told))

        def show_step(fraction: float, words: str) -> None:
            if progress.isVisible():  # not once the upgrade's end closed it
                progress.setLabelText(f"{headline}\n{words}")
                progress.setValue(round(fraction * BAR_STEPS))

        task = self.window.workers.submit(job, "upgrade")
        task.progressed.connect(show_step)
        task.succeeded.connect(lambda _none: self._after_restore(path, progress, aside, error))
        task.failed.connect(lambda failure: self._upgrade_failed(path, progress, aside, failure))
        return task

    def _upgrade_failed(
        self, path: Path, progress: QProgressDialog, aside: Path | None, failure: Exception
    ) -> None:
        _close(progress)
        if self.window.has_closed:
            return
        if not isinstance(failure, LibraryError):
            failure = LibraryError(f"the upgrade failed: {failure}", path=path)
        self._library_lost(failure, aside)

    def _say_restored(self, aside: Path | None) -> None:
        kept = fill(self.tr("The library you had is kept as %1."), str(aside)) if aside else ""
        undo = self.tr("The undo history was cleared: earlier changes cannot be undone now.")
        self.tools.tell(
            "restore_done", self.tr("The backup is restored."), f"{kept}\n\n{undo}".strip()
        )

    def _say_not_restored(self, error: Exception) -> None:
        summary = summary_if_core(error)
        self.tools.tell(
            "restore_failed",
            self.tr("The backup could not be restored; the library is as it was."),
            summary,
            str(error),
            warning=True,
        )

    def _say_file_refused(self, copy: Path, error: Exception) -> None:
        summary = summary_if_core(error)
        unchanged = self.tr("The library is as it was.")
        self.tools.tell(
            "restore_file_refused",
            fill(self.tr("The library cannot be restored from %1."), str(copy)),
            f"{summary} {unchanged}".strip(),
            str(error),
            warning=True,
        )

    def _library_lost(self, error: LibraryError, aside: Path | None) -> None:
        """The library cannot be opened again: say so (naming the file and, if the restore
        moved the library that was there aside, where it is kept) and close the window."""
        from desktop.gui.app import show_library_error

        kept = ""
        if aside is not None:
            kept = fill(
                self.tr(
                    "The library you had before the restore is kept unchanged as %1; "
                    "to go back to it, rename it to %2."
                ),
                str(aside),
                self.window.session.library_path.name,
            )
        show_library_error(error, self.window, kept)
        self.window.close()


def _close(progress: QProgressDialog) -> None:
    progress.close()
    progress.deleteLater()
