"""At a start: the notes a close nobody attended could not save, and the file they went to.

At logout (SIGTERM) with notes the library refused, ``NoteSaving`` writes them to a file and
the window quits; nobody saw it happen. The next window on screen says so once, in a message
naming the files, with a button that opens each of their folders once (opening a folder is
what every platform's file manager does; selecting the files in it is not); then the files
are forgotten (they stay where they are: the words are hers). A file she has since moved or
deleted is not spoken of. The message names as well the file a window kept refused notes in
while it ran (``unsaved_notes_file``), left by a process that ended without deleting it
(killed, a power cut): the words are never lost unsaid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.gui.late_dialogs import open_unless_closed

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.gui.library_tools import LibraryTools
    from desktop.gui.main_window import MainWindow

MESSAGE_NAME = "unsaved_notes_written"
"""The message's objectName."""


def tell_of_unsaved_notes(window: MainWindow) -> QMessageBox | None:
    """Say which files hold notes the last unattended close could not save, once; the
    message shown, or None if there was nothing (still there) to tell of."""
    from desktop.gui.unsaved_notes_file import left_behind

    files = [path for path in window.settings.unsaved_notes_files if path.is_file()]
    window.settings.forget_unsaved_notes()
    # A window killed (or the power cut) while the library refused its notes: the file they
    # were kept in, said as a logout's is.
    files += [path for path in left_behind(window.settings) if path not in files]
    if not files:
        return None
    tools = window.library_tools()
    box = tools.message_box(
        MESSAGE_NAME,
        QCoreApplication.translate(
            "UnsavedNotesNotice",
            "When Pizhu last closed (by the system, or ended by force), the library could not save "
            "some notes. "
            "They were written to a file instead:",
        ),
        "\n".join(str(path) for path in files),
        warning=True,
    )
    # Each folder once, in the order written: most share the library's, some went to the
    # home or temporary folder when its disk was the full one.
    folders = list(dict.fromkeys(path.parent for path in files))
    show = box.addButton(
        QCoreApplication.translate("UnsavedNotesNotice", "Show in &File Manager"),
        QMessageBox.ButtonRole.ActionRole,
    )
    show.setObjectName("show_folder_button")
    show.clicked.connect(lambda: _show_folders(tools, folders))
    box.addButton(QMessageBox.StandardButton.Close)
    open_unless_closed(box)
    return box


def _show_folders(tools: LibraryTools, folders: list[Path]) -> None:
    """Open each folder; after one no file manager could open (said), the others would fail
    alike: one message is enough."""
    for folder in folders:
        if not tools.show_folder(folder):
            return
