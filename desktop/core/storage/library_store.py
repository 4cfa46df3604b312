"""``LibraryStore``: collections, speeches, outlines and removed noise; import and re-import.

Importing is atomic (one transaction: a failure anywhere leaves the library exactly as it was)
and idempotent (the same document again changes nothing and reports ``unchanged``). A changed
version of a stored file updates that collection in place; see ``reimport``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.annotation import utc_now
from desktop.core.document import ImportedDocument, OutlineNode, Removal
from desktop.core.errors import LibraryError
from desktop.core.records import CollectionRecord, OutlineNodeRecord, SpeechContent, SpeechRecord
from desktop.core.storage import import_writer, reimport, rows
from desktop.core.storage.database import Database
from desktop.core.storage.indexing import NullIndexer, SearchIndexer
from desktop.core.storage.speech_matching import shares_content


class ImportStatus(StrEnum):
    """What importing a document did to the library."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What happened when a document was imported into the library.

    ``speeches_missing`` counts stored speeches the file no longer holds that were kept because
    annotations refer to them; ``speeches_removed`` those deleted (nothing referred to them).
    ``anchors`` counts re-anchored annotations by ``AnchorState`` (changed speeches only).
    """

    collection_id: int
    title: str
    status: str
    speeches: int
    speeches_added: int = 0
    speeches_changed: int = 0
    speeches_removed: int = 0
    speeches_missing: int = 0
    noise_removed: int = 0
    anchors: dict[str, int] = field(default_factory=dict)


class LibraryStore:
    """Collections and their speeches in a library; every write in one transaction."""

    def __init__(self, db: Database, indexer: SearchIndexer | None = None) -> None:
        """Work on ``db``; ``indexer`` hears of every speech change inside its transaction."""
        self._db = db
        self._indexer: SearchIndexer = indexer or NullIndexer()

    def import_document(self, document: ImportedDocument) -> ImportReport:
        """Add ``document`` as a collection, or update the collection it is a new version of."""
        if not document.speeches:
            raise LibraryError("the document holds no speech", code="invalid", path=document.source)
        now = utc_now()
        fingerprint = import_writer.document_fingerprint(document)
        with self._db.transaction() as conn:
            existing = _find_collection(conn, document)
            if existing is None:
                return self._create(conn, document, fingerprint, now)
            if existing["fingerprint"] == fingerprint and existing["source"] == document.source:
                return ImportReport(
                    existing["id"],
                    document.title,
                    ImportStatus.UNCHANGED,
                    len(document.speeches),
                    noise_removed=len(document.removed),
                )
            counts = reimport.reimport(conn, existing["id"], document, self._indexer, now)
        return ImportReport(
            existing["id"],
            document.title,
            ImportStatus.UPDATED,
            len(document.speeches),
            speeches_added=counts.added,
            speeches_changed=counts.changed,
            speeches_removed=counts.removed,
            speeches_missing=counts.missing,
            noise_removed=len(document.removed),
            anchors={str(state): count for state, count in counts.anchors.items()},
        )

    def collections(self) -> list[CollectionRecord]:
        """Every collection, in import order."""
        found = self._db.rows(rows.COLLECTION_SELECT + " ORDER BY c.id")
        return [rows.collection_record(row) for row in found]

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection; LibraryError ``not-found`` if there is no such id."""
        found = self._db.row(rows.COLLECTION_SELECT + " WHERE c.id = ?", (collection_id,))
        return rows.collection_record(_required(found, "collection", collection_id))

    def speeches(self, collection_id: int) -> list[SpeechRecord]:
        """A collection's speeches in source order; those missing from the source come last."""
        found = self._db.rows(
            rows.SPEECH_SELECT + " WHERE s.collection_id = ?" + rows.SPEECH_ORDER, (collection_id,)
        )
        return [rows.speech_record(row) for row in found]

    def speech(self, speech_id: int) -> SpeechRecord:
        """One speech's metadata; LibraryError ``not-found`` if there is no such id."""
        found = self._db.row(rows.SPEECH_SELECT + " WHERE s.id = ?", (speech_id,))
        return rows.speech_record(_required(found, "speech", speech_id))

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        found = self._db.row("SELECT text FROM speeches WHERE id = ?", (speech_id,))
        return _required(found, "speech", speech_id)["text"]

    def speech_content(self, speech_id: int) -> SpeechContent:
        """A speech as the reader shows it: metadata, text, outline tree and special lines."""
        with self._db.read() as conn:
            found = conn.execute(rows.SPEECH_SELECT + " WHERE s.id = ?", (speech_id,)).fetchone()
            record = rows.speech_record(_required(found, "speech", speech_id))
            text = conn.execute("SELECT text FROM speeches WHERE id = ?", (speech_id,)).fetchone()
            return SpeechContent(
                record,
                text["text"],
                rows.load_outline(conn, speech_id),
                rows.load_spans(conn, speech_id),
            )

    def outline(self, speech_id: int) -> list[OutlineNode]:
        """A speech's whole outline as a tree."""
        with self._db.read() as conn:
            return rows.load_outline(conn, speech_id)

    def outline_children(
        self, speech_id: int, parent_id: int | None = None
    ) -> list[OutlineNodeRecord]:
        """The outline nodes directly under ``parent_id`` (the top level when None), in order."""
        found = self._db.rows(
            rows.OUTLINE_SELECT + " WHERE n.speech_id = ? AND n.parent_id IS ? ORDER BY n.position",
            (speech_id, parent_id),
        )
        return [rows.outline_record(row) for row in found]

    def removals(self, collection_id: int) -> list[Removal]:
        """The noise the importer removed from a collection's file, in document order."""
        found = self._db.rows(
            "SELECT r.kind, r.text, s.idx, r.position FROM removals r"
            " LEFT JOIN speeches s ON s.id = r.speech_id WHERE r.collection_id = ? ORDER BY r.id",
            (collection_id,),
        )
        return [Removal(row["kind"], row["text"], row["idx"], row["position"]) for row in found]

    def delete_collection(self, collection_id: int, *, with_annotations: bool = False) -> int:
        """Delete a collection; return how many annotations went with it.

        Refused (LibraryError ``invalid``) while annotations, even trashed ones, refer to its
        speeches, unless ``with_annotations`` says the user chose to delete them too.
        """
        with self._db.transaction() as conn:
            found = conn.execute("SELECT id FROM collections WHERE id = ?", (collection_id,))
            _required(found.fetchone(), "collection", collection_id)
            speech_ids = [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM speeches WHERE collection_id = ?", (collection_id,)
                )
            ]
            annotation_ids = _annotation_ids(conn, speech_ids)
            if annotation_ids and not with_annotations:
                raise LibraryError(
                    f"collection {collection_id} holds {len(annotation_ids)} annotations",
                    code="invalid",
                )
            for annotation_id in annotation_ids:
                self._indexer.remove_note(conn, annotation_id)
                conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            for speech_id in speech_ids:
                self._indexer.remove_speech(conn, speech_id)
            conn.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
        return len(annotation_ids)

    def _create(
        self, conn: sqlite3.Connection, document: ImportedDocument, fingerprint: str, now: str
    ) -> ImportReport:
        collection_id = import_writer.insert_collection(conn, document, fingerprint, now)
        ids_by_index = {}
        for speech in document.speeches:
            speech_id = import_writer.insert_speech(conn, collection_id, speech)
            self._indexer.index_speech(conn, speech_id, speech.text)
            ids_by_index[speech.index] = speech_id
        import_writer.replace_removals(conn, collection_id, document.removed, ids_by_index)
        return ImportReport(
            collection_id,
            document.title,
            ImportStatus.CREATED,
            len(document.speeches),
            speeches_added=len(document.speeches),
            noise_removed=len(document.removed),
        )


def _find_collection(conn: sqlite3.Connection, document: ImportedDocument) -> sqlite3.Row | None:
    """The stored collection ``document`` is a version of: same source, else same title.

    A title alone is not enough (two files may both be called 讲话): the stored collection must
    also share a speech's text with the document.
    """
    found = conn.execute(
        "SELECT id, source, fingerprint FROM collections WHERE source = ? ORDER BY id LIMIT 1",
        (document.source,),
    ).fetchone()
    if found is not None:
        return found
    for candidate in conn.execute(
        "SELECT id, source, fingerprint FROM collections WHERE title = ? ORDER BY id",
        (document.title,),
    ).fetchall():
        stored = reimport.stored_speeches(conn, candidate["id"])
        if shares_content(stored, document.speeches):
            return candidate
    return None


def _annotation_ids(conn: sqlite3.Connection, speech_ids: list[int]) -> list[str]:
    found: list[str] = []
    for speech_id in speech_ids:
        found += [
            row[0]
            for row in conn.execute("SELECT id FROM annotations WHERE speech_id = ?", (speech_id,))
        ]
    return found


def _required(row: sqlite3.Row | None, what: str, key: object) -> sqlite3.Row:
    if row is None:
        raise LibraryError(f"there is no {what} with id {key}", code="not-found")
    return row
