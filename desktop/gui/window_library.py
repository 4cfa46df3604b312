"""The main window's library commands: File ▸ Library (back up, restore, check, show the
folder) and the library pane's requests (open a speech, rename, move a collection to the trash).

A mixin of ``MainWindow`` that only forwards: the File ▸ Library work is in ``library_tools``
and ``library_restore``, which load when first used (none of it is start-up work); the pane's
renames and trash go to the session, as undoable steps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.gui.actions import ActionId
from desktop.gui.library_pane import SAVED_PLACE
from desktop.gui.status_bar import MESSAGE_MS
from desktop.models.library_tree import TreeKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.dialogs.restore_dialog import RestoreDialog
    from desktop.gui.library_restore import LibraryRestore
    from desktop.gui.library_tools import LibraryTools
    from desktop.gui.main_window import MainWindow
    from desktop.gui.workers import WorkerTask

    _Base = MainWindow
else:
    _Base = object


class LibraryToolsMixin(_Base):
    """File ▸ Library: Back Up Now…, Restore from Backup…, Check Library, Show in File Manager;
    and what the library pane asks for."""

    def _library_commands(self) -> dict[ActionId, Callable[[], object]]:
        return {
            ActionId.BACK_UP_NOW: self.back_up_now,
            ActionId.RESTORE_BACKUP: self.show_restore_dialog,
            ActionId.CHECK_LIBRARY: self.check_library,
            ActionId.SHOW_LIBRARY_FOLDER: self.show_library_folder,
        }

    def library_tools(self) -> LibraryTools:
        """The library's tools, made on first use."""
        from desktop.gui.library_tools import LibraryTools

        found = self.findChild(LibraryTools, "library_tools")
        return found if found is not None else LibraryTools(self)

    def _library_restore(self) -> LibraryRestore:
        from desktop.gui.library_restore import LibraryRestore

        found = self.findChild(LibraryRestore, "library_restore")
        return found if found is not None else LibraryRestore(self, self.library_tools())

    def back_up_now(self) -> QFileDialog:
        """File ▸ Library ▸ Back Up Now…: choose where, then write a checked copy there."""
        return self.library_tools().back_up_now()

    def back_up_to(self, target: Path) -> WorkerTask:
        """Write a checked copy of the library to ``target`` in a worker, then say where."""
        return self.library_tools().back_up_to(target)

    def check_library(self) -> WorkerTask:
        """File ▸ Library ▸ Check Library: the integrity check in a worker, then the result."""
        return self.library_tools().check_library()

    def show_library_folder(self) -> bool:
        """File ▸ Library ▸ Show in File Manager; False if no file manager opened it."""
        return self.library_tools().show_library_folder()

    def show_restore_dialog(self) -> RestoreDialog:
        """File ▸ Library ▸ Restore from Backup…: the backups; Restore confirms, then restores."""
        return self._library_restore().show_restore_dialog()

    def confirm_restore(self, backup: Path) -> QMessageBox:
        """Ask before putting ``backup`` in the library's place."""
        return self._library_restore().confirm_restore(backup)

    # The library pane's requests ---------------------------------------------------------------

    @Slot(int, int)
    def _on_library_open_requested(self, speech_id: int, offset: int) -> None:
        if offset == SAVED_PLACE:  # a speech's row: resume it; the open one's goes to its top
            offset = 0 if speech_id == self.current_speech_id() else None
        self.open_speech(speech_id, offset)

    @Slot(str, int, str)
    def _on_library_rename_requested(self, kind: str, key: int, title: str) -> None:
        if kind == TreeKind.COLLECTION:
            self._attempt(lambda: self.session.rename_collection(key, title))
        else:
            self._attempt(lambda: self.session.rename_speech(key, title))

    @Slot(int)
    def _on_library_delete_requested(self, collection_id: int) -> None:
        if self._attempt(lambda: self.session.trash_collection(collection_id)) is not False:
            self._say_undoable(
                self.tr("Moved the collection and its notes to the trash. Undo with %1."),
                MESSAGE_MS,
            )
