"""A Pizhu window holding a note its library refused, until it is killed.

Run by tests/gui/test_unsaved_notes_file.py as its own process (``python -m``, the test's
environment: its library, settings and folders): it opens the window on LIBRARY, puts a note on
the first words of the open speech, lets another connection take the library's write lock
(``BEGIN IMMEDIATE``, as a sync tool's transaction), types WORDS into the note and sends them;
once they are refused, it prints ``held`` and waits to be killed. It
exits with status 1 if that does not happen within ``DEADLINE_MS`` (the test then fails, never
hangs).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings

DEADLINE_MS = 60_000


def _wait_until(done: Callable[[], bool], deadline: QDeadlineTimer) -> None:
    while not done():
        if deadline.hasExpired():
            print("timed out", flush=True)
            sys.exit(1)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(library: Path, words: str) -> None:
    """Hold ``words`` refused in a window on ``library`` until killed."""
    app = QApplication([])
    deadline = QDeadlineTimer(DEADLINE_MS)
    session = LibrarySession(open_library(library, create=False, daily_backup=False))
    window = MainWindow(session, Settings())
    window.show()
    _wait_until(lambda: window.first_paint_done, deadline)
    speech = window.current_speech()
    assert speech is not None
    note = session.add_note(speech.record.id, 0, 2)
    dock = window.annotations_dock
    _wait_until(lambda: dock.select_annotation(note.id), deadline)
    other = sqlite3.connect(library, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's transaction, holding the lock
    editor = dock.editor
    editor.note_edit.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(words)  # as a Chinese input method commits it
    QApplication.sendEvent(editor.note_edit, typed)
    editor.flush()  # the pause in typing
    _wait_until(editor.has_unsaved, deadline)  # refused: all a kill finds from now on
    print("held", flush=True)
    app.exec()  # until killed


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
