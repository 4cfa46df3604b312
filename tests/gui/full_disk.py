"""A library that refuses annotation writes (a full disk, a read-only file) while a test says so."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import LibraryError
from desktop.gui.main_window import MainWindow

WRITES = ("set_note", "put", "set_tags", "add", "set_color", "purge")
"""The store's methods that fail: a note, an undo or redo, tags, a new highlight, a colour,
the undo of a new one."""

SUMMARIES = {
    "disk-full": "The disk is full. The change was not saved; the library is as it was.",
    "read-only": "The library cannot be written to, so the change was not saved.",
}
"""What the window's message says for each ``code`` used here."""


class FullDisk:
    """The window's library's annotation writes fail with ``code`` while ``full`` is True."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        store = window.session._library.annotations
        self.full = False
        self.code = "disk-full"
        for name in WRITES:
            monkeypatch.setattr(store, name, self._failing(getattr(store, name)))

    def _failing(self, real):  # type: ignore[no-untyped-def]
        def write(*args: object, **kwargs: object) -> object:
            if self.full:
                raise LibraryError(f"refused ({self.code})", code=self.code, path="lib")
            return real(*args, **kwargs)

        return write


def close_messages(window: MainWindow) -> list[str]:
    """Close the message boxes shown; return their texts."""
    texts = []
    for box in window.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts
