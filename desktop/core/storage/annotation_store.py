"""``AnnotationStore``: the user's highlights and notes, their tags, and the trash.

Every change is one transaction and stamps ``modified`` (UTC). Deleting only moves an
annotation to the trash (``deleted`` set); restoring clears it; only ``empty_trash`` removes
rows. A range keeps both its position and a quote of the text (exact, 32 characters either
side) with that text's hash, so it can be re-anchored when the text changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.annotation import (
    AnchorState,
    Annotation,
    AnnotationKind,
    Color,
    TextQuote,
    new_annotation_id,
    utc_now,
)
from desktop.core.document import text_hash
from desktop.core.errors import LibraryError
from desktop.core.storage import rows
from desktop.core.storage.annotation_tags import AnnotationTags, drop_unused_tags, store_tags
from desktop.core.storage.annotation_values import (
    RANGE_KINDS,
    checked_color,
    checked_kind,
    first_marked,
    normalise_tags,
    range_quote,
    speech_text,
)
from desktop.core.storage.database import Database
from desktop.core.storage.indexing import NullIndexer, SearchIndexer, search_text

if TYPE_CHECKING:
    from desktop.core.export.model import ExportFilter

_ORDER = " ORDER BY a.speech_id, a.start_pos IS NULL, a.start_pos, a.created, a.id"


class AnnotationStore(AnnotationTags):
    """Highlights and notes of a library, with tags (``AnnotationTags``) and a trash."""

    def __init__(self, db: Database, indexer: SearchIndexer | None = None) -> None:
        """Work on ``db``; ``indexer`` hears of every searchable change inside its transaction."""
        self._db = db
        self._indexer: SearchIndexer = indexer or NullIndexer()

    def create(
        self,
        speech_id: int,
        kind: str = AnnotationKind.HIGHLIGHT,
        start: int | None = None,
        end: int | None = None,
        *,
        color: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Save a new annotation on ``text[start:end]`` of a speech (no range for a speech note).

        A highlight without a colour is yellow. Returns it as stored, once committed.
        """
        with self._db.transaction() as conn:
            annotation = self.draft(speech_id, kind, start, end, color=color, note=note, tags=tags)
            self._insert(conn, annotation)
            return self.get(annotation.id)

    def draft(
        self,
        speech_id: int,
        kind: str = AnnotationKind.HIGHLIGHT,
        start: int | None = None,
        end: int | None = None,
        *,
        color: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """The annotation ``create`` would store, checked against the speech, but not stored.

        Only reads: a window keeps it to ``add`` once the library can be written again.
        """
        kind = checked_kind(kind)
        if kind == AnnotationKind.HIGHLIGHT and color is None:
            color = Color.YELLOW
        now = utc_now()
        with self._db.read() as conn:
            text = speech_text(conn, speech_id)
        return Annotation(
            id=new_annotation_id(),
            speech_id=speech_id,
            kind=kind,
            start=start,
            end=end,
            quote=range_quote(kind, text, start, end),
            text_hash=text_hash(text),
            color=checked_color(color),
            note=note,
            tags=normalise_tags(tags),
            created=now,
            modified=now,
        )

    def add(
        self, annotation: Annotation, *, follow_text: bool = False, taken_on: str | None = None
    ) -> Annotation:
        """Store an annotation made elsewhere (redo, import) as it is, after checking it.

        With ``follow_text``, one taken on an earlier text of its speech is re-anchored in the
        text stored now, in the same transaction (``annotation_follow.in_text``), through a
        diff of ``taken_on`` if that is the text it was taken on.
        """
        checked_kind(annotation.kind)
        checked_color(annotation.color)
        stored = replace(annotation, tags=normalise_tags(annotation.tags))
        with self._db.transaction() as conn:
            text = speech_text(conn, annotation.speech_id)
            if follow_text:
                from desktop.core.storage.annotation_follow import in_text

                stored = in_text(stored, text, taken_on)
            self._insert(conn, stored)
            return self.get(stored.id)

    def put(
        self, annotation: Annotation, *, follow_text: bool = False, taken_on: str | None = None
    ) -> Annotation:
        """Store ``annotation`` exactly as given, replacing the stored one with its id.

        How an undo puts an annotation back as it was before a change: times, range, quote,
        state, tags and trash flag all come from ``annotation`` (``follow_text``, ``taken_on``:
        see ``add``).
        """
        with self._db.transaction() as conn:
            self._indexer.remove_note(conn, annotation.id)
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation.id,))
            return self.add(annotation, follow_text=follow_text, taken_on=taken_on)

    def purge(self, annotation_id: str) -> Annotation:
        """Delete one annotation for good (how an undo takes back its creation); return it."""
        with self._db.transaction() as conn:
            annotation = self.get(annotation_id)
            self._indexer.remove_note(conn, annotation_id)
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            drop_unused_tags(conn)
            return annotation

    def get(self, annotation_id: str) -> Annotation:
        """One annotation (trashed or not); LibraryError ``not-found`` if there is none."""
        found = self.find(annotation_id)
        if found is None:
            raise LibraryError(f"there is no annotation with id {annotation_id}", code="not-found")
        return found

    def find(self, annotation_id: str) -> Annotation | None:
        """One annotation (trashed or not), or None if the library has none of that id."""
        found = self._db.row(rows.ANNOTATION_SELECT + " WHERE a.id = ?", (annotation_id,))
        return rows.annotation(found) if found is not None else None

    def find_many(self, annotation_ids: Iterable[str]) -> dict[str, Annotation]:
        """The annotations (trashed or not) of those ids that exist, by id; one query."""
        import json  # not at the first frame (``rows._json``)

        found = self._db.rows(
            rows.ANNOTATION_SELECT + " WHERE a.id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(annotation_ids)),),
        )
        return {annotation.id: annotation for annotation in map(rows.annotation, found)}

    def annotations(
        self, speech_id: int | None = None, *, state: str | None = None
    ) -> list[Annotation]:
        """Annotations not in the trash, of one speech or all, in text order; maybe one state.

        All speeches means those of the collections not in the trash.
        """
        where, params = ["a.deleted IS NULL"], []
        if speech_id is not None:
            where.append("a.speech_id = ?")
            params.append(speech_id)
        else:
            where.append(f"a.speech_id NOT IN ({rows.IN_TRASHED_COLLECTION})")
        if state is not None:
            where.append("a.state = ?")
            params.append(AnchorState(state))
        found = self._db.rows(
            rows.ANNOTATION_SELECT + " WHERE " + " AND ".join(where) + _ORDER, params
        )
        return [rows.annotation(row) for row in found]

    def export_counts(
        self, speech_ids: Sequence[int] | None, export_filter: ExportFilter
    ) -> dict[int, int]:
        """How many annotations not in the trash ``export_filter`` accepts, per speech, in one
        query (``export_counts``): of ``speech_ids``, or of the live collections when None."""
        # Here, not at the top: the store loads before the window's first frame, exports after.
        from desktop.core.storage.export_counts import export_counts

        with self._db.read() as conn:
            return export_counts(conn, speech_ids, export_filter)

    def collection_annotations(self, collection_id: int) -> list[Annotation]:
        """The live annotations of one collection's speeches, in the trash or not; one query.

        What a collection takes along to the trash and brings back out of it.
        """
        found = self._db.rows(
            rows.ANNOTATION_SELECT
            + " WHERE a.deleted IS NULL"
            + " AND a.speech_id IN (SELECT id FROM speeches WHERE collection_id = ?)"
            + _ORDER,
            (collection_id,),
        )
        return [rows.annotation(row) for row in found]

    def orphans(self, speech_id: int | None = None) -> list[Annotation]:
        """Annotations whose words were not found after their text changed."""
        return self.annotations(speech_id, state=AnchorState.ORPHANED)

    def trash(self) -> list[Annotation]:
        """Annotations in the trash, most recently deleted first.

        Those of a collection in the trash are left out: they come back with their collection.
        """
        found = self._db.rows(
            rows.ANNOTATION_SELECT
            + " WHERE a.deleted IS NOT NULL"
            + f" AND a.speech_id NOT IN ({rows.IN_TRASHED_COLLECTION})"
            + " ORDER BY a.deleted DESC, a.id"
        )
        return [rows.annotation(row) for row in found]

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        """Replace an annotation's note (Markdown text)."""
        return self._change(annotation_id, "note = ?", (note,), reindex=True)

    def set_color(self, annotation_id: str, color: str | None) -> Annotation:
        """Change a highlight's colour (None for no colour)."""
        return self._change(annotation_id, "color = ?", (checked_color(color),))

    def delete(self, annotation_id: str) -> Annotation:
        """Move an annotation to the trash."""
        with self._db.transaction() as conn:
            annotation = self._change(
                annotation_id, "deleted = coalesce(deleted, ?)", (utc_now(),), touch=False
            )
            self._indexer.remove_note(conn, annotation_id)
            return annotation

    def restore(self, annotation_id: str) -> Annotation:
        """Take an annotation back out of the trash."""
        return self._change(annotation_id, "deleted = NULL", (), reindex=True, touch=False)

    def empty_trash(self) -> int:
        """Delete every annotation in the trash for good; return how many."""
        return self.purge_trashed(None)

    def purge_trashed(self, annotation_ids: Iterable[str] | None) -> int:
        """Delete for good, in one transaction, those of ``annotation_ids`` (None: all) still
        in the trash: one restored meanwhile, or gone, is left as it is. Return how many."""
        with self._db.transaction() as conn:
            trashed = conn.execute("SELECT id FROM annotations WHERE deleted IS NOT NULL")
            doomed = [row[0] for row in trashed]
            if annotation_ids is not None:
                chosen = set(annotation_ids)
                doomed = [annotation_id for annotation_id in doomed if annotation_id in chosen]
            for annotation_id in doomed:
                self._indexer.remove_note(conn, annotation_id)
                conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            drop_unused_tags(conn)
        return len(doomed)

    def reattach(self, annotation_id: str, start: int, end: int) -> Annotation:
        """Attach an annotation (typically an orphan) to ``text[start:end]`` of its speech.

        If the words there differ, the words first marked are kept in ``marked_quote``.
        """
        with self._db.transaction() as conn:
            current = self.get(annotation_id)
            if current.kind not in RANGE_KINDS:
                raise LibraryError("a note on a whole speech has no range", code="invalid")
            text = speech_text(conn, current.speech_id)
            quote = range_quote(current.kind, text, start, end)
            marked = first_marked(current.exact, current.marked_quote, quote.exact)
            return self._change(
                annotation_id,
                "start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?, text_hash = ?,"
                " state = ?, marked_quote = ?",
                (start, end, *_quote_values(quote), text_hash(text), "anchored", marked),
                reindex=True,
            )

    def accept_places(self, annotation_ids: Iterable[str]) -> list[tuple[Annotation, Annotation]]:
        """Take the place each moved or fuzzy annotation was found at as its own, in one
        transaction: anchored, quoted from the text there (``annotation_placing.accepted``).

        The others (anchored, orphaned, in the trash, gone) are left alone. Returns each
        annotation changed, before and after, in the order of ``annotation_ids``.
        """
        from desktop.core.storage.annotation_placing import accepted, can_accept

        wanted = list(dict.fromkeys(annotation_ids))
        changed: list[tuple[Annotation, Annotation]] = []
        with self._db.transaction() as conn:
            found = self.find_many(wanted)
            for before in (found[i] for i in wanted if i in found):
                if can_accept(before):
                    after = accepted(before, speech_text(conn, before.speech_id))
                    changed.append((before, self._store_place(after)))
        return changed

    def _store_place(self, placed: Annotation) -> Annotation:
        """Store an annotation's quote, its text's hash, state and first-marked words."""
        return self._change(
            placed.id,
            "exact = ?, prefix = ?, suffix = ?, text_hash = ?, state = ?, marked_quote = ?",
            (*_quote_values(placed.quote), placed.text_hash, placed.state, placed.marked_quote),
            reindex=True,
        )

    def _insert(self, conn: sqlite3.Connection, annotation: Annotation) -> None:
        import json  # not at the first frame (``rows._json``)

        quote = annotation.quote
        conn.execute(
            "INSERT INTO annotations (id, speech_id, kind, start_pos, end_pos, exact, prefix,"
            " suffix, text_hash, color, note, state, created, modified, deleted, extra,"
            " marked_quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                annotation.id,
                annotation.speech_id,
                annotation.kind,
                annotation.start,
                annotation.end,
                quote.exact,
                quote.prefix,
                quote.suffix,
                annotation.text_hash,
                annotation.color,
                annotation.note,
                AnchorState(annotation.state),
                annotation.created,
                annotation.modified,
                annotation.deleted,
                json.dumps(annotation.extra, ensure_ascii=False),
                annotation.marked_quote or None,
            ),
        )
        store_tags(conn, annotation.id, annotation.tags)
        self._index(conn, annotation)

    def _index(self, conn: sqlite3.Connection, annotation: Annotation) -> None:
        """Give the index the searchable text of ``annotation`` as stored (not if trashed)."""
        if annotation.deleted is None:
            text = search_text(annotation.note, annotation.exact, annotation.tags)
            self._indexer.index_note(conn, annotation.id, annotation.speech_id, text)

    def _change(
        self,
        annotation_id: str,
        assignments: str,
        params: tuple,
        *,
        reindex: bool = False,
        touch: bool = True,
    ) -> Annotation:
        # Trashing and restoring have their own time (``deleted``); edits stamp ``modified``.
        if touch:
            assignments = f"{assignments}, modified = ?" if assignments else "modified = ?"
            params = (*params, utc_now())
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE annotations SET {assignments} WHERE id = ?", (*params, annotation_id)
            )
            if cursor.rowcount == 0:
                raise LibraryError(
                    f"there is no annotation with id {annotation_id}", code="not-found"
                )
            annotation = self.get(annotation_id)
            if reindex:
                self._index(conn, annotation)
            return annotation


def _quote_values(quote: TextQuote) -> tuple[str, str, str]:
    return quote.exact, quote.prefix, quote.suffix
