"""The tags of annotations: a base class of ``AnnotationStore`` and the rows linking them.

A tag is one row of ``tags``; ``annotation_tags`` links it to an annotation at its place among
that annotation's tags. A tag no annotation carries any more is dropped with its last link.
Renaming and deleting a tag across the library are ``tag_edits``' work, loaded when first used.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.core.annotation import Annotation
from desktop.core.storage import rows
from desktop.core.storage.annotation_values import normalise_tags

if TYPE_CHECKING:
    from desktop.core.storage.annotation_store import AnnotationStore

    _Base = AnnotationStore
else:
    _Base = object


class AnnotationTags(_Base):
    """The tag operations of ``AnnotationStore``: one annotation's tags, and all tags."""

    def set_tags(self, annotation_id: str, tags: Iterable[str]) -> Annotation:
        """Replace an annotation's tags."""
        with self._db.transaction() as conn:
            self._change(annotation_id, "", ())
            store_tags(conn, annotation_id, normalise_tags(tags))
            annotation = self.get(annotation_id)
            self._index(conn, annotation)  # the index holds the tags: search finds them
            return annotation

    def add_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Give an annotation one more tag."""
        with self._db.transaction():
            return self.set_tags(annotation_id, (*self.get(annotation_id).tags, tag))

    def remove_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Take a tag off an annotation (names compare without case)."""
        with self._db.transaction():
            kept = [t for t in self.get(annotation_id).tags if t.casefold() != tag.casefold()]
            return self.set_tags(annotation_id, kept)

    def tag_counts(self) -> dict[str, int]:
        """Every tag with the number of annotations (not in the trash) carrying it."""
        found = self._db.rows(
            "SELECT t.name, count(a.id) FROM tags t JOIN annotation_tags at ON at.tag_id = t.id"
            " LEFT JOIN annotations a ON a.id = at.annotation_id AND a.deleted IS NULL"
            f" AND a.speech_id NOT IN ({rows.IN_TRASHED_COLLECTION})"
            " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return {row[0]: row[1] for row in found}

    def tagged(self, tag: str) -> list[Annotation]:
        """Every annotation carrying ``tag``, those in the trash too, by id; one query."""
        # The tags' edits load with the first use (Manage Tags): none is start-up work.
        from desktop.core.storage import tag_edits

        with self._db.read() as conn:
            return tag_edits.tagged(conn, tag)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag on every annotation (trashed ones too); return how many changed.

        A name another tag has already merges the two; LibraryError ``not-found`` for an
        unknown ``old``, ``invalid`` for a name ``tag_edits.tag_name`` refuses.
        """
        from desktop.core.storage import tag_edits

        with self._db.transaction() as conn:
            retagged = tag_edits.tagged_ids(conn, old)
            changed = tag_edits.rename_tag(conn, old, new)
            self._index_again(conn, retagged)
            return changed

    def delete_tag(self, tag: str) -> int:
        """Take a tag off every annotation (trashed ones too); return how many changed."""
        from desktop.core.storage import tag_edits

        with self._db.transaction() as conn:
            retagged = tag_edits.tagged_ids(conn, tag)
            changed = tag_edits.delete_tag(conn, tag)
            self._index_again(conn, retagged)
            return changed

    def _index_again(self, conn: sqlite3.Connection, retagged: Iterable[str]) -> None:
        """Give the index the tags the annotations of these ids carry now, in the change's
        transaction (the index moves with it, or not at all); one query reads them all."""
        for annotation in self.find_many(retagged).values():
            self._index(conn, annotation)


def store_tags(conn: sqlite3.Connection, annotation_id: str, tags: Iterable[str]) -> None:
    """Link the (normalised) ``tags`` to the annotation in their order, replacing its links."""
    conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (annotation_id,))
    for position, name in enumerate(tags):
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        conn.execute(
            "INSERT INTO annotation_tags (annotation_id, position, tag_id)"
            " SELECT ?, ?, id FROM tags WHERE name = ?",
            (annotation_id, position, name),
        )
    drop_unused_tags(conn)


def drop_unused_tags(conn: sqlite3.Connection) -> None:
    """Delete the tags no annotation carries any more."""
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)")
