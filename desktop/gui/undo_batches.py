"""Undo commands for changes of many annotations in one step: imported, retagged, or chosen
together in the list.

Apart from ``undo`` (the commands of one annotation, of a collection or a speech, and what every
command shares) because no start needs them: the session loads this module with the first
such change, and the first frame does not (tests/gui/test_app.py counts what it loads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.gui.undo import SessionCommand

if TYPE_CHECKING:
    from desktop.core.storage.annotation_batch import AnnotationBatch
    from desktop.gui.library_session import LibrarySession

RENAME_TAG = QT_TRANSLATE_NOOP("Undo", "Rename Tag")
DELETE_TAG = QT_TRANSLATE_NOOP("Undo", "Delete Tag")
DELETE_MANY = QT_TRANSLATE_NOOP("Undo", "Delete Annotations")
RECOLOUR_MANY = QT_TRANSLATE_NOOP("Undo", "Change Colours")
ACCEPT_PLACES = QT_TRANSLATE_NOOP("Undo", "Accept Places")


class UndoTexts(QObject):
    """The counted names of steps, in ``self.tr``: the one call lupdate files as a plural."""

    def imported(self, count: int) -> str:
        """ "Import 1 Annotation", "Import 3 Annotations"."""
        return self.tr("Import %Ln Annotation(s)", "", count)


class ImportAnnotations(SessionCommand):
    """What File ▸ Import Annotations… did: the annotations it added, and those it updated.

    Undo trashes the added ones (the Delete key's soft delete: the trash can still restore
    them) and puts each updated one back as it was before; redo restores and re-applies them.
    Updates are undone too rather than left out, since the stack's earlier steps expect the
    states from before the import. Each step is one transaction and changes an annotation only
    if the library still holds what the step expects (``apply_batch``): the import ran in a
    worker, and an edit made while it ran may have landed after it.
    """

    def __init__(self, session: LibrarySession, done: AnnotationBatch) -> None:
        # The stack keeps the source text; the menu shows it with the count (``shown_text``).
        super().__init__(session, "Import %Ln Annotation(s)")
        self._count = len(done)
        self._done = done
        self._undone = done.inverse()  # until an undo says what it took back

    def shown_text(self) -> str:
        """ "Import 3 Annotations" in the UI language of the moment."""
        return UndoTexts().imported(self._count)

    def apply(self) -> None:
        """Bring back what the last undo took away."""
        self._done = self._session.store_annotation_batch(self._undone.inverse())

    def revert(self) -> None:
        """Trash the added annotations, put the updated ones back as they were."""
        self._undone = self._session.store_annotation_batch(self._done.inverse())


class RetagAnnotations(SessionCommand):
    """A tag renamed, merged or deleted across the library: every annotation it changed.

    Undo puts each annotation back exactly as it was (its tags and times), redo as the change
    left it, each in one transaction and only where the library still holds what it expects.
    ``renamed``: a rename's old and new name, which undo and redo say the other way round;
    ``done``: the batch the change made (each annotation before and after it).
    """

    def __init__(
        self,
        session: LibrarySession,
        text: str,
        done: AnnotationBatch,
        renamed: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(session, text)
        self.done = done
        self._undone = done.inverse()
        self._renamed = renamed

    def apply(self) -> None:
        """Make the change again."""
        self.done = self._session.store_tag_batch(self._undone.inverse(), self._renamed)

    def revert(self) -> None:
        """Put every annotation back with its tags from before."""
        back = self._renamed[::-1] if self._renamed is not None else None
        self._undone = self._session.store_tag_batch(self.done.inverse(), back)


class ChangeAnnotations(SessionCommand):
    """Several annotations chosen together, trashed or recoloured in one step.

    Undo and redo are each one transaction and change an annotation only where the library
    still holds what the step expects (``apply_batch``).
    """

    def __init__(self, session: LibrarySession, text: str, done: AnnotationBatch) -> None:
        super().__init__(session, text)
        self._done = done
        self._undone = done.inverse()

    def apply(self) -> None:
        """Make the change again."""
        self._done = self._session.store_batch_change(self._undone.inverse())

    def revert(self) -> None:
        """Put every annotation back as it was."""
        self._undone = self._session.store_batch_change(self._done.inverse())
