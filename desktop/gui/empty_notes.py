"""A note opened and left without a word is no note: the window takes it back.

N (or the note button, or the menu's entry) on a selection makes a note at once, so that the
dock can edit it and the typing is saved as it goes. When the keyboard leaves the note with
nothing written in it, nothing was made: the step that made it is undone and dropped from the
undo stack (no row, no trash item, no "Undo Add Note" left behind). A note that had words and
was emptied later is moved to the trash, one undoable step: a mark with no colour, no words
and no tags shows nothing, while the trash and Undo keep what it was. A highlight keeps its
colour whatever its note: emptying its note leaves it a highlight.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from desktop.core.annotation import Annotation
from desktop.core.errors import PizhuError
from desktop.gui.undo import AddAnnotation

if TYPE_CHECKING:
    from desktop.gui.library_session import LibrarySession


def is_empty_note(annotation: Annotation) -> bool:
    """Whether an annotation is live and holds nothing: no colour, no words, no tags."""
    return (
        annotation.deleted is None
        and annotation.color is None
        and not annotation.note.strip()
        and not annotation.tags
    )


class EmptyNotes:
    """Takes back (or trashes) a note the keyboard left empty."""

    def __init__(
        self,
        session: LibrarySession,
        trash: Callable[[str], None],
        refusing: Callable[[], AbstractContextManager[None]],
        unsaved: Callable[[str], bool] = lambda _id: False,
    ) -> None:
        self._session = session
        self._trash = trash
        """Moves the note to the trash (said "Moved to the trash", undoable), if it can."""
        self._refusing = refusing
        """The removal under way, refused for another program's lock: says the note is kept
        (not "nothing was moved to the trash": she asked for no trash)."""
        self._unsaved = unsaved
        """Whether the editor holds words of the note the library refused (a full disk)."""

    def left(self, annotation_id: str) -> None:
        """The keyboard left the note of ``annotation_id``: drop it when it holds nothing."""
        try:
            annotation = self._session.annotation(annotation_id)
        except PizhuError:
            return  # gone meanwhile (undone, trashed elsewhere): nothing to drop
        if not is_empty_note(annotation) or self._unsaved(annotation_id):
            return  # words the library refused are words: the note stays for them
        with self._refusing():
            if not self._take_back(annotation_id):
                self._trash(annotation_id)

    def _take_back(self, annotation_id: str) -> bool:
        """Undo and drop the step that made the note, when it is the last step (its edits
        that came back to empty merged away: ``EditNote.mergeWith``)."""
        stack = self._session.undo_stack
        made = stack.command(stack.index() - 1)
        if not isinstance(made, AddAnnotation) or made.annotation_id != annotation_id:
            return False
        made.drop_when_undone()
        stack.undo()
        return True
