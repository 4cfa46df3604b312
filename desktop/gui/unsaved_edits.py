"""What the library refused of the notes and tags typed (a full disk), kept by annotation.

The annotation editor then holds the only copy of those words. Each refused note or line of
tags stays here, under its annotation's id, until a save of it succeeds: it is shown again when
its annotation is chosen again (not the older words the library holds), and sent again at the
next chance (the next flush, the next change the library takes, quitting). ``UnsavedLabel``
says so under the note.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.app_theme import warning_colour


@dataclass(slots=True)
class Unsaved:
    """One annotation's edits the library refused: its note, its tags (None: not refused)."""

    note: str | None = None
    tags: tuple[str, ...] | None = None


class UnsavedEdits:
    """The refused edits, by annotation id, in the order they were first refused."""

    def __init__(self) -> None:
        self._edits: dict[str, Unsaved] = {}

    def __bool__(self) -> bool:
        return bool(self._edits)

    def __len__(self) -> int:
        return len(self._edits)

    def items(self) -> list[tuple[str, Unsaved]]:
        """Each annotation's refused edits (a copy: sending them may change what is kept)."""
        return [(key, Unsaved(edit.note, edit.tags)) for key, edit in self._edits.items()]

    def get(self, annotation_id: str | None) -> Unsaved | None:
        """The refused edits of one annotation (None when none is)."""
        return self._edits.get(annotation_id) if annotation_id is not None else None

    def note(self, annotation_id: str | None) -> str | None:
        """The refused note of one annotation (None when the library holds its last words)."""
        edit = self.get(annotation_id)
        return edit.note if edit is not None else None

    def tags(self, annotation_id: str | None) -> tuple[str, ...] | None:
        """The refused tags of one annotation (None when the library holds the last asked)."""
        edit = self.get(annotation_id)
        return edit.tags if edit is not None else None

    def refuse_note(self, annotation_id: str, note: str) -> None:
        """The library refused ``note`` for the annotation."""
        self._edits.setdefault(annotation_id, Unsaved()).note = note

    def refuse_tags(self, annotation_id: str, tags: tuple[str, ...]) -> None:
        """The library refused ``tags`` for the annotation."""
        self._edits.setdefault(annotation_id, Unsaved()).tags = tags

    def note_saved(self, annotation_id: str) -> None:
        """A note of the annotation was saved: newer than any refused before, it replaces it."""
        edit = self._edits.get(annotation_id)
        if edit is not None:
            edit.note = None
            self._forget_if_done(annotation_id, edit)

    def tags_saved(self, annotation_id: str) -> None:
        """Tags of the annotation were saved (newer than any refused before)."""
        edit = self._edits.get(annotation_id)
        if edit is not None:
            edit.tags = None
            self._forget_if_done(annotation_id, edit)

    def _forget_if_done(self, annotation_id: str, edit: Unsaved) -> None:
        if edit.note is None and edit.tags is None:
            del self._edits[annotation_id]


class UnsavedLabel(QLabel):
    """The line under the note saying its edits are not saved yet, in the warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedState")
        self.setWordWrap(True)
        self._colour()

    def _colour(self) -> None:
        palette = self.palette()
        wanted = warning_colour(self.parentWidget().palette() if self.parentWidget() else palette)
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the palette (a theme change) with the warning colour of the new one."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()
