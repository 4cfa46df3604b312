"""The library session's tags changed across the library: a rename, merge or deletion of a
tag (Edit ▸ Manage Tags…) as one transaction and one undo step, and its undo and redo.

A mixin of ``LibrarySession``: every annotation the change reached goes into one
``AnnotationBatch`` the undo command puts back; done, undone or redone, the session says
``tags_changed`` and the views read annotations and tags again. A rename says first which
name became which (``tag_renamed``: the new one, the old one again on undo), so a view
filtered by the tag can follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# The batch and its undo command load with the first rename or deletion of a tag: no start-up work
# (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from desktop.core.storage.annotation_batch import AnnotationBatch
    from desktop.gui.library_session import LibrarySession

    _Base = LibrarySession
else:
    _Base = object


class SessionTagsMixin(_Base):
    """Renaming and deleting a tag on every annotation, undoably."""

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
