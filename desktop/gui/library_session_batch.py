"""The library session's changes of several annotations at once: chosen together in the list,
imported from a file, or reached by a tag's rename or deletion.

A mixin of ``LibrarySession``: trashing, recolouring, tagging or accepting the places of the
rows chosen in the annotations dock is one transaction and one undo step
(``undo_batches.ChangeAnnotations``; one annotation's place accepted is ``undo.AcceptPlace``,
which shows its passage when undone), and each annotation it reached is announced as a single
change would be, so the views update row by row. An import of annotations (and its undo and redo) is
announced once in bulk, said to change annotations only (``LibraryChange``), so that what
reads the speeches' texts alone (a text search) need not read them again.

A tag renamed, merged or deleted across the library (Edit ▸ Manage Tags…) is one transaction
and one undo step too (``undo_batches.RetagAnnotations``): done, undone or redone, the session
says ``tags_changed`` and the views read annotations and tags again. A rename says first which
name became which (``tag_renamed``: the new one, the old one again on undo), so a view filtered
by the tag can follow it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.gui import undo

# The batch and its undo command load with the first change of several annotations (or of a
# tag): no start-up work (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from desktop.core.storage.annotation_batch import AnnotationBatch
    from desktop.core.storage.annotation_import import AnnotationImportReport
    from desktop.gui.library_session import LibrarySession

    _Base = LibrarySession
else:
    _Base = object

ADD_TAG = QT_TRANSLATE_NOOP("Undo", "Add Tag")


class LibraryChange(StrEnum):
    """What a change of the library in bulk changed (``LibrarySession.library_changed_as``)."""

    SPEECHES = "speeches"
    """Speeches or collections came, went or changed (and their annotations may have)."""
    ANNOTATIONS = "annotations"
    """Annotations only: every speech's text and title is as it was."""


class SessionBatchMixin(_Base):
    """Trash, recolour, tag or accept the places of several annotations as one undoable step;
    rename or delete a tag on every annotation likewise."""

    def delete_annotations(self, annotation_ids: Iterable[str]) -> int:
        """Send annotations to the trash as one undo step; how many went."""
        from desktop.core.storage.annotation_batch import AnnotationBatch
        from desktop.gui.undo_batches import DELETE_MANY, ChangeAnnotations

        batch = AnnotationBatch(trash=tuple(dict.fromkeys(annotation_ids)))
        made = self.store_batch_change(batch)
        if made:
            self.undo_stack.push(ChangeAnnotations(self, DELETE_MANY, made))
        return len(made)

    def change_colors(self, annotation_ids: Iterable[str], color: str) -> int:
        """Give highlights another colour as one undo step; how many changed."""
        from desktop.core.storage.annotation_batch import AnnotationBatch
        from desktop.gui.undo_batches import RECOLOUR_MANY, ChangeAnnotations

        store = self._library.annotations
        with self.refusing_while_import_saves(), self._library.db.transaction():
            before = [self.annotation(i) for i in dict.fromkeys(annotation_ids)]
            pairs = tuple((a, store.set_color(a.id, color)) for a in before if a.color != color)
        made = AnnotationBatch(replace=pairs)
        self._announce_batch(made)
        if made:
            self.undo_stack.push(ChangeAnnotations(self, RECOLOUR_MANY, made))
        return len(made)

    def add_tag_to(self, annotation_ids: Iterable[str], tag: str) -> int:
        """Give ``tag`` to the annotations not carrying it yet, as one undo step; how many."""
        from desktop.core.storage.annotation_batch import AnnotationBatch
        from desktop.core.storage.annotation_values import normalise_tags
        from desktop.gui.undo_batches import ChangeAnnotations

        store = self._library.annotations
        with self.refusing_while_import_saves(), self._library.db.transaction():
            before = [self.annotation(i) for i in dict.fromkeys(annotation_ids)]
            lacking = [a for a in before if normalise_tags((*a.tags, tag)) != a.tags]
            pairs = tuple((a, store.add_tag(a.id, tag)) for a in lacking)
        made = AnnotationBatch(replace=pairs)
        # Announced row by row as a recolouring is: the rows chosen stay chosen.
        self._announce_batch(made)
        if made:
            self.undo_stack.push(ChangeAnnotations(self, ADD_TAG, made))
        return len(made)

    def accept_places(self, annotation_ids: Iterable[str]) -> int:
        """Anchor moved and fuzzy annotations where they were found, as one undo step; how many.

        The others among ``annotation_ids`` are left alone (orphans are reattached instead).
        """
        with self.refusing_while_import_saves():
            changed = self._library.annotations.accept_places(annotation_ids)
        if len(changed) == 1:
            self._push(undo.AcceptPlace(self, *changed[0]))
        elif changed:
            from desktop.core.storage.annotation_batch import AnnotationBatch
            from desktop.gui.undo_batches import ACCEPT_PLACES, ChangeAnnotations

            made = AnnotationBatch(replace=tuple(changed))
            self._announce_batch(made)
            self.undo_stack.push(ChangeAnnotations(self, ACCEPT_PLACES, made))
        return len(changed)

    def store_batch_change(self, batch: AnnotationBatch) -> AnnotationBatch:
        """Make ``batch`` in one transaction, announce each annotation it changed; those made.

        The undo and redo of ``ChangeAnnotations`` call it too.
        """
        from desktop.core.storage.annotation_batch import apply_batch

        with self.refusing_while_import_saves():
            made, _speeches = apply_batch(self._library, batch)
        self._announce_batch(made)
        return made

    def _announce_batch(self, made: AnnotationBatch) -> None:
        """Each annotation changed, then each speech once (its reader and counts read once)."""
        found = self._library.annotations.find_many([*made.trash, *made.restore])
        speeches: dict[int, None] = {}
        for annotation_id in made.trash:
            speech_id = found[annotation_id].speech_id
            self.annotation_removed.emit(speech_id, annotation_id)
            speeches[speech_id] = None
        for annotation_id in made.restore:
            speech_id = found[annotation_id].speech_id
            self.annotation_added.emit(speech_id, annotation_id)
            speeches[speech_id] = None
        for _before, after in made.replace:
            self.annotation_changed.emit(after.speech_id, after.id)
            speeches[after.speech_id] = None
        for speech_id in speeches:
            self.speech_changed.emit(speech_id)

    def annotations_imported(self, report: AnnotationImportReport) -> bool:
        """A worker imported annotations from a file (File ▸ Import Annotations…).

        What it added or updated becomes one undo step; True if there was any.
        """
        from desktop.core.storage.annotation_batch import AnnotationBatch
        from desktop.gui.undo_batches import ImportAnnotations

        done = AnnotationBatch(restore=tuple(report.created_ids), replace=tuple(report.replaced))
        if done:
            # The worker committed it already: the command's first redo does nothing.
            self.undo_stack.push(ImportAnnotations(self, done))
        if report.changed:
            self._announce_library(LibraryChange.ANNOTATIONS)
        return bool(done)

    def store_annotation_batch(self, batch: AnnotationBatch) -> AnnotationBatch:
        """Make many annotation changes in one transaction and announce them; return those made.

        Only the undo commands call this (undo and redo of an import).
        """
        from desktop.core.storage.annotation_batch import apply_batch

        with self.refusing_while_import_saves():
            made, speeches = apply_batch(self._library, batch)
        if speeches:
            # Hundreds of rows may have changed: the views reload, as after the import itself.
            self._announce_library(LibraryChange.ANNOTATIONS)
        return made

    def _announce_library(self, change: LibraryChange = LibraryChange.SPEECHES) -> None:
        """The library changed in bulk: say what changed, then that it did (the listeners of
        ``library_changed`` read it all again, as before)."""
        self.library_changed_as.emit(change.value)
        self.library_changed.emit()

    def rename_tag(self, old: str, new: str) -> int:
        """Rename (or merge) a tag on every annotation as one undo step; how many changed."""
        from desktop.gui.undo_batches import RENAME_TAG

        change = self._library.annotations.rename_tag
        return self._retag(old, lambda: change(old, new), RENAME_TAG, new)

    def delete_tag(self, tag: str) -> int:
        """Take a tag off every annotation as one undo step; how many changed."""
        from desktop.gui.undo_batches import DELETE_TAG

        change = self._library.annotations.delete_tag
        return self._retag(tag, lambda: change(tag), DELETE_TAG)

    def _retag(self, tag: str, change: Callable[[], int], text: str, new: str | None = None) -> int:
        from desktop.core.storage.annotation_batch import AnnotationBatch
        from desktop.gui.undo_batches import RetagAnnotations

        store = self._library.annotations
        # One transaction: the states the undo puts back are exactly those the change left.
        with self.refusing_while_import_saves(), self._library.db.transaction():
            before = store.tagged(tag)
            change()
            after = store.find_many(was.id for was in before)
        done = AnnotationBatch(
            replace=tuple((was, after[was.id]) for was in before if was != after[was.id])
        )
        if done:
            renamed = _names_renamed(done, tag, new) if new is not None else None
            self.undo_stack.push(RetagAnnotations(self, text, done, renamed))
            self._say_retagged(renamed)
        return len(done)

    def store_tag_batch(
        self, batch: AnnotationBatch, renamed: tuple[str, str] | None = None
    ) -> AnnotationBatch:
        """Put back or again the annotations a tag's rename or deletion changed; those made.
        ``renamed``: the tag's name before and after this step, for a rename.

        Only the undo commands call this.
        """
        from desktop.core.storage.annotation_batch import apply_batch

        with self.refusing_while_import_saves():
            made, _speeches = apply_batch(self._library, batch)
        self._say_retagged(renamed if made else None)
        return made

    def _say_retagged(self, renamed: tuple[str, str] | None) -> None:
        # The rename first: a view filtered by the old name follows it when it reads the tags.
        if renamed is not None:
            self.tag_renamed.emit(*renamed)
        self.tags_changed.emit()


def _names_renamed(done: AnnotationBatch, old: str, new: str) -> tuple[str, str]:
    """The tag's name before and after a rename, as the library spells them: ``old`` may be
    asked for in another case, ``new`` merge into a tag spelled otherwise ("PPT" into "ppt")."""
    was, now = done.replace[0]
    return _spelled_among(was.tags, old), _spelled_among(now.tags, new)


def _spelled_among(tags: tuple[str, ...], name: str) -> str:
    """The tag of ``tags`` that is ``name`` as the library compares names: inner whitespace
    collapsed, ASCII letters in either case (SQLite's NOCASE)."""
    wanted = _compared(name)
    return next((tag for tag in tags if _compared(tag) == wanted), " ".join(name.split()))


def _compared(name: str) -> bytes:
    return " ".join(name.split()).encode("utf-8").lower()  # bytes.lower folds ASCII alone
