"""Undo commands for every change the user makes to the library through the window.

The session makes the change first (so an error reaches the caller and nothing is pushed),
then pushes a command that knows the state before and after; the command's first ``redo`` is
that change, already done. Undo and redo put the stored state back exactly (``AnnotationStore
.put`` / ``purge``), each in one transaction. A step that fails later reports the error; one
refused for a passing cause (a full disk) changed nothing and stays (``undo_stack
.UndoStack``): it may hold a note's only old words. Any other failure drops the command.
The commands that change many annotations in one step are in ``undo_batches``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.annotation import Annotation
from desktop.core.errors import PizhuError

if TYPE_CHECKING:
    from desktop.gui.library_session import LibrarySession

_CONTEXT = "Undo"

EDIT_NOTE_ID = 1
"""``QUndoCommand.id`` of note edits: consecutive edits of one note merge into one step."""

PASSING_FAILURES = frozenset({"disk-full", "read-only", "busy", "io-error", "too-big", "missing"})
"""Error codes of a library that refused a write for now: the step is kept to be tried again."""


class UndoCleared(StrEnum):
    """Why the undo history was cleared (the window tells the user)."""

    REIMPORTED = "reimported"  # a re-import re-anchored annotations or removed speeches
    TRASH_EMPTIED = "trash-emptied"  # what steps may bring back is deleted for good
    CHANGED_ELSEWHERE = "changed-elsewhere"  # another program changed the library


def command_text(text: str) -> str:
    """A command's name (kept in English on the stack) in the UI language of the moment."""
    return QCoreApplication.translate(_CONTEXT, text)


def step_text(command: QUndoCommand | None) -> str:
    """What the Edit menu calls a step, in the UI language of the moment (empty for none)."""
    if command is None:
        return ""
    if isinstance(command, SessionCommand):
        return command.shown_text()
    return command_text(command.text())


class SessionCommand(QUndoCommand):
    """A change already made by the session: redo after the first time, and undo.

    Its text is the untranslated name, translated when shown (``command_text``), so the Edit
    menu follows a change of language made after the command was pushed.
    """

    def __init__(self, session: LibrarySession, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._first_redo = True
        self._failed_for_now = False
        self._index_put_back = False
        self.step_failed = False  # the last undo or redo: the library holds what it held

    def redo(self) -> None:
        """Make the change again (the first call only records that it was made)."""
        if self._first_redo:
            self._first_redo = False
            return
        if not self._index_going_back():
            self._guarded(self.apply)

    def undo(self) -> None:
        """Take the change back."""
        if not self._index_going_back():
            self._guarded(self.revert)

    def take_passing_failure(self) -> bool:
        """Whether the last undo or redo failed for a passing cause (and forget it): the stack
        moves its index back over this command, and that move's step call changes nothing."""
        failed, self._failed_for_now = self._failed_for_now, False
        self._index_put_back = failed
        return failed

    def _index_going_back(self) -> bool:
        going_back, self._index_put_back = self._index_put_back, False
        return going_back

    def shown_text(self) -> str:
        """The command's name in the UI language of the moment."""
        return command_text(self.text())

    def apply(self) -> None:
        """Make the change in the library."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back in the library."""
        raise NotImplementedError

    def _guarded(self, step: object) -> None:
        self.step_failed = False
        try:
            step()  # type: ignore[operator]
        except PizhuError as error:
            self.step_failed = True
            if error.code in PASSING_FAILURES:
                self._failed_for_now = True  # nothing changed: the step stays to be tried again
            else:
                self.setObsolete(True)
            self._session.report_error(error)


class AnnotationCommand(SessionCommand):
    """A change of one annotation, from ``before`` (None: it did not exist) to ``after``."""

    def __init__(
        self,
        session: LibrarySession,
        text: str,
        before: Annotation | None,
        after: Annotation | None,
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    @property
    def annotation_id(self) -> str:
        """The id of the annotation changed."""
        found = self.after or self.before
        assert found is not None
        return found.id

    def place(self) -> tuple[int, int | None]:
        """The speech and the offset (None: the speech as a whole) of what this step changes."""
        found = self.after or self.before
        assert found is not None
        return found.speech_id, found.start

    def apply(self) -> None:
        """Put the annotation as it was after the change."""
        self._session.replace_annotation(self.before, self.after)

    def revert(self) -> None:
        """Put the annotation as it was before the change."""
        self._session.replace_annotation(self.after, self.before)


class AddAnnotation(AnnotationCommand):
    """A new highlight or note."""

    def __init__(self, session: LibrarySession, added: Annotation) -> None:
        text = (
            QT_TRANSLATE_NOOP("Undo", "Add Highlight")
            if added.color
            else QT_TRANSLATE_NOOP("Undo", "Add Note")
        )
        super().__init__(session, text, None, added)
        self._dropped_when_undone = False

    def revert(self) -> None:
        """Take it away (kept as it is now, for a redo); a refused undo keeps the step."""
        dropped, self._dropped_when_undone = self._dropped_when_undone, False
        self.after = self._session.replace_annotation(self.after, None)
        if dropped:
            self.setObsolete(True)  # the stack deletes it: it leaves no Redo behind

    def drop_when_undone(self) -> None:
        """Leave the stack at the next undo if it succeeds: what it made was never there."""
        self._dropped_when_undone = True


class DeleteAnnotation(AnnotationCommand):
    """An annotation sent to the trash."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        text = (
            QT_TRANSLATE_NOOP("Undo", "Delete Highlight")
            if before.color
            else QT_TRANSLATE_NOOP("Undo", "Delete Note")
        )
        super().__init__(session, text, before, after)


class RestoreAnnotation(AnnotationCommand):
    """An annotation taken back out of the trash."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        text = (
            QT_TRANSLATE_NOOP("Undo", "Restore Highlight")
            if before.color
            else QT_TRANSLATE_NOOP("Undo", "Restore Note")
        )
        super().__init__(session, text, before, after)


class EditNote(AnnotationCommand):
    """A note's new text; consecutive edits of the same note merge into one step."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Edit Note"), before, after)

    def id(self) -> int:
        """Edits of notes may merge."""
        return EDIT_NOTE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a later edit of the same note; a round trip to the old text drops the step."""
        if not isinstance(other, EditNote) or other.annotation_id != self.annotation_id:
            return False
        self.after = other.after
        if self.before is not None and self.after is not None:
            self.setObsolete(self.before.note == self.after.note)
        return True


class ChangeColor(AnnotationCommand):
    """A highlight's new colour."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Change Colour"), before, after)


class SetTags(AnnotationCommand):
    """An annotation's new tags."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Edit Tags"), before, after)


class Reattach(AnnotationCommand):
    """An annotation (an orphan, typically) attached to a new range."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Reattach Note"), before, after)


class AcceptPlace(AnnotationCommand):
    """A moved or fuzzy annotation anchored where it was found (its quote taken from there)."""

    def __init__(self, session: LibrarySession, before: Annotation, after: Annotation) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Accept Place"), before, after)


class RenameCollection(SessionCommand):
    """A collection's new title (an empty one brings the imported title back)."""

    def __init__(self, session: LibrarySession, collection_id: int, old: str, new: str) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Rename Collection"))
        self._key, self._old, self._new = collection_id, old, new

    def apply(self) -> None:
        """Give it the new title."""
        self._session.store_collection_title(self._key, self._new)

    def revert(self) -> None:
        """Give it the old title."""
        self._session.store_collection_title(self._key, self._old)


class RenameSpeech(SessionCommand):
    """A speech's new title."""

    def __init__(self, session: LibrarySession, speech_id: int, old: str, new: str) -> None:
        super().__init__(session, QT_TRANSLATE_NOOP("Undo", "Rename Speech"))
        self._key, self._old, self._new = speech_id, old, new

    def apply(self) -> None:
        """Give it the new title."""
        self._session.store_speech_title(self._key, self._new)

    def revert(self) -> None:
        """Give it the old title."""
        self._session.store_speech_title(self._key, self._old)


class TrashCollection(SessionCommand):
    """A collection moved to the trash (or, with ``restore``, taken out of it)."""

    def __init__(self, session: LibrarySession, collection_id: int, *, restore: bool = False):
        text = (
            QT_TRANSLATE_NOOP("Undo", "Restore Collection")
            if restore
            else QT_TRANSLATE_NOOP("Undo", "Delete Collection")
        )
        super().__init__(session, text)
        self._key, self._restore = collection_id, restore

    def apply(self) -> None:
        """Move it as the command says."""
        self._session.store_collection_trashed(self._key, not self._restore)

    def revert(self) -> None:
        """Move it back."""
        self._session.store_collection_trashed(self._key, self._restore)
