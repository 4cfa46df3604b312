"""Files dragged onto the window's text boxes go to the window's import, not into the box.

A file manager offers a dragged file as its URL and as text, so a note, the tags line or a
filter box would take the drop and type ``file:///…`` in: into a note, that is saved at once.
The window watches every box inside a pane it builds and imports the files instead, as it does
for a drop anywhere else; text dragged from another program still goes in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_DRAG_EVENTS = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})


def local_files(data: QMimeData | None) -> list[str]:
    """The local files a drag carries (none for text or web links)."""
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]


class FileDrops(QObject):
    """Takes the files dropped on the text boxes it watches and passes them to ``import_files``."""

    def __init__(self, import_files: Callable[[list[str]], object], parent: QObject) -> None:
        super().__init__(parent)
        self._import_files = import_files

    def watch(self, pane: QWidget) -> None:
        """Watch the boxes one can type in inside ``pane`` (a dock's contents, the library)."""
        for edit in pane.findChildren(QLineEdit):
            edit.installEventFilter(self)
        for area in pane.findChildren(QAbstractScrollArea):
            if isinstance(area, QPlainTextEdit | QTextEdit) and not area.isReadOnly():
                area.viewport().installEventFilter(self)  # a text box's drags go to its viewport

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A drag of files: accepted here, and on the drop imported; anything else passes."""
        if event.type() not in _DRAG_EVENTS or not isinstance(event, QDropEvent):
            return False
        paths = local_files(event.mimeData())
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self._import_files(paths)
        return True
