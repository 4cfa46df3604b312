"""``LibraryStore``: collections, speeches, outlines and removed noise; import and re-import.

Importing (``document_import``) is atomic and idempotent; a changed version of a stored file
updates that collection in place (``reimport``). The store keeps what an import reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.core.annotation import utc_now
from desktop.core.document import OutlineNode
from desktop.core.records import (
    CollectionRecord,
    OutlineNodeRecord,
    SomeSpeechLabels,
    SpeechContent,
    SpeechLabelParts,
    SpeechRecord,
)
from desktop.core.storage import rows
from desktop.core.storage.database import Database
from desktop.core.storage.indexing import NullIndexer, SearchIndexer

if TYPE_CHECKING:
    from desktop.core.imported import ImportedDocument, Removal
    from desktop.core.storage.import_report import ImportReport
    from desktop.core.storage.title_matches import TitleMatches


class ImportStatus(StrEnum):
    """What importing a document did to the library."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # every speech of the file was in the library already: none added


class LibraryStore:
    """Collections and their speeches in a library; every write in one transaction."""

    def __init__(self, db: Database, indexer: SearchIndexer | None = None) -> None:
        """Work on ``db``; ``indexer`` hears of every speech change inside its transaction."""
        self._db = db
        self._indexer: SearchIndexer = indexer or NullIndexer()

    def import_document(
        self,
        document: ImportedDocument,
        *,
        cancelled: Callable[[], bool] | None = None,
        storing: Callable[[bool], None] | None = None,
        keep_duplicates: bool = False,
    ) -> ImportReport:
        """Add ``document`` as a collection, or update the collection it is a new version of.

        A collection in the trash that the document is a version of comes back out of it. The
        report of a change is kept with the collection (``last_import_report``), in the same
        transaction. What needs no database (the search index's rows above all) is worked out
        before that transaction begins, which holds the write lock only to insert; ``cancelled``
        is asked meanwhile (CancelledError, and nothing was written). ``storing(True)`` is called
        just before the transaction asks for the write lock, ``storing(False)`` once it ended
        (committed or not): a window defers its own writes in between rather than wait.

        A new file's speeches that the library already holds from another file are left out
        (``report.duplicates``; none added at all: status ``duplicate``) unless
        ``keep_duplicates``; importing such a file again with it adds them.
        """
        # The import's machinery loads with the first import (``document_import``).
        from desktop.core.storage.document_import import import_document

        return import_document(
            self._db, self._indexer, document, cancelled, storing, keep_duplicates=keep_duplicates
        )

    def last_import_report(self, collection_id: int) -> ImportReport | None:
        """What the collection's last import did, or None (imported before reports were kept)."""
        # Reports load when one is first shown, not with the library (import_report).
        from desktop.core.storage.import_report import ImportReport
        from desktop.core.storage.import_writer import report_from_json

        found = self._db.value(
            "SELECT report FROM import_reports WHERE collection_id = ?", (collection_id,)
        )
        return None if found is None else report_from_json(found, ImportReport)

    def collections(self) -> list[CollectionRecord]:
        """Every collection not in the trash, in import order."""
        found = self._db.rows(rows.COLLECTION_SELECT + " WHERE c.deleted IS NULL ORDER BY c.id")
        return [rows.collection_record(row) for row in found]

    def trashed_collections(self) -> list[CollectionRecord]:
        """The collections in the trash, most recently deleted first."""
        found = self._db.rows(
            rows.COLLECTION_SELECT + " WHERE c.deleted IS NOT NULL ORDER BY c.deleted DESC, c.id"
        )
        return [rows.collection_record(row) for row in found]

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection (in the trash or not); LibraryError ``not-found`` if there is none."""
        found = self._db.row(rows.COLLECTION_SELECT + " WHERE c.id = ?", (collection_id,))
        return rows.collection_record(rows.required(found, "collection", collection_id))

    def speeches(self, collection_id: int) -> list[SpeechRecord]:
        """A collection's speeches in source order; those missing from the source come last."""
        found = self._db.rows(
            rows.SPEECH_SELECT + " WHERE s.collection_id = ?" + rows.SPEECH_ORDER, (collection_id,)
        )
        return [rows.speech_record(row) for row in found]

    def speech_titles_in(self, collection_id: int) -> list[tuple[int, str]]:
        """A collection's speeches' ids and titles, in ``speeches``' order: what a tree needs
        to give their rows a batch at a time (``speeches`` of 10,000 took ~0.15 s)."""
        found = self._db.rows(
            "SELECT s.id, coalesce(s.custom_title, s.title) FROM speeches s"
            " WHERE s.collection_id = ?" + rows.SPEECH_ORDER,
            (collection_id,),
        )
        return [(row[0], row[1]) for row in found]

    def first_dates(self) -> dict[int, str]:
        """Each collection's earliest speech date (ISO, so text order is date order); one
        without dated speeches has its file's date, one with neither is left out."""
        found = self._db.rows(
            "SELECT c.id, coalesce((SELECT min(s.date) FROM speeches s"
            " WHERE s.collection_id = c.id AND s.date <> ''), nullif(c.date, ''))"
            " FROM collections c WHERE c.deleted IS NULL"
        )
        return {row[0]: row[1] for row in found if row[1]}

    def speech_ids_in(self, collection_id: int) -> list[int]:
        """A collection's speeches' ids in ``speeches``' order: one query reading no texts."""
        found = self._db.rows(
            "SELECT s.id FROM speeches s WHERE s.collection_id = ?" + rows.SPEECH_ORDER,
            (collection_id,),
        )
        return [row[0] for row in found]

    def speeches_among(self, speech_ids: Sequence[int]) -> list[SpeechRecord]:
        """The speeches of ``speech_ids``, in that order (ids of no speech left out)."""
        found = self._db.rows(
            rows.SPEECH_SELECT + " WHERE s.id IN (SELECT value FROM json_each(?))",
            (rows.id_array(speech_ids),),
        )
        by_id = {row["id"]: rows.speech_record(row) for row in found}
        return [by_id[speech_id] for speech_id in speech_ids if speech_id in by_id]

    def speeches_present(self, speech_ids: Iterable[int]) -> set[int]:
        """Which of ``speech_ids`` are speeches of the library not in the trash.

        For a few ids (the open speech, Go ▸ Back's places): ``speech_order`` orders all
        10,000 of a big library (~14 ms) to answer the same.
        """
        found = self._db.rows(
            "SELECT s.id FROM speeches s JOIN collections c ON c.id = s.collection_id"
            " WHERE c.deleted IS NULL AND s.id IN (SELECT value FROM json_each(?))",
            (rows.id_array(sorted(set(speech_ids))),),
        )
        return {row[0] for row in found}

    def speech_order(self) -> list[int]:
        """Every speech not in the trash, by collection and in each as ``speeches`` orders it.

        One query of ids: ``speeches`` of each collection counts each text's length too,
        which reads every text of the library (0.3 s on 10,000 speeches).
        """
        found = self._db.rows(
            "SELECT s.id FROM speeches s JOIN collections c ON c.id = s.collection_id"
            " WHERE c.deleted IS NULL ORDER BY c.id, s.missing_since IS NOT NULL, s.idx, s.id"
        )
        return [row[0] for row in found]

    def speech_label_parts(self) -> list[SpeechLabelParts]:
        """What names every speech not in the trash, in ``speech_order``'s order; one query.

        Not ``speeches`` of each collection: that counts each text's length and annotations,
        a query per collection (0.13 s on 10,000 speeches) for a list of names.
        """
        found = self._db.rows(
            "SELECT s.id, coalesce(s.custom_title, s.title), s.idx, c.id,"
            " coalesce(c.custom_title, c.title), count(*) OVER (PARTITION BY c.id)"
            " FROM speeches s JOIN collections c ON c.id = s.collection_id"
            " WHERE c.deleted IS NULL ORDER BY c.id, s.missing_since IS NOT NULL, s.idx, s.id"
        )
        return [SpeechLabelParts(*row) for row in found]

    def some_speech_label_parts(self, speech_ids: Iterable[int]) -> SomeSpeechLabels:
        """``speech_label_parts`` of ``speech_ids`` only (those not in the trash), and whether
        the library's speeches come from more than one collection (their labels name it).

        The trash lists a few speeches: the whole library's parts took ~70 ms on 10,000.
        """
        found = self._db.rows(
            "SELECT s.id, coalesce(s.custom_title, s.title), s.idx, c.id,"
            " coalesce(c.custom_title, c.title),"
            " (SELECT count(*) FROM speeches t WHERE t.collection_id = c.id)"
            " FROM speeches s JOIN collections c ON c.id = s.collection_id"
            " WHERE c.deleted IS NULL AND s.id IN (SELECT value FROM json_each(?))"
            " ORDER BY c.id, s.missing_since IS NOT NULL, s.idx, s.id",
            (rows.id_array(sorted(set(speech_ids))),),
        )
        collections = self._db.value(
            "SELECT count(*) FROM collections c WHERE c.deleted IS NULL"
            " AND EXISTS (SELECT 1 FROM speeches s WHERE s.collection_id = c.id)"
        )
        return SomeSpeechLabels([SpeechLabelParts(*row) for row in found], collections > 1)

    def speech(self, speech_id: int) -> SpeechRecord:
        """One speech's metadata; LibraryError ``not-found`` if there is no such id."""
        found = self._db.row(rows.SPEECH_SELECT + " WHERE s.id = ?", (speech_id,))
        return rows.speech_record(rows.required(found, "speech", speech_id))

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        found = self._db.row("SELECT text FROM speeches WHERE id = ?", (speech_id,))
        return rows.required(found, "speech", speech_id)["text"]

    def speech_content(self, speech_id: int) -> SpeechContent:
        """A speech as the reader shows it: metadata, text, outline tree and special lines."""
        with self._db.read() as conn:
            found = conn.execute(rows.SPEECH_SELECT + " WHERE s.id = ?", (speech_id,)).fetchone()
            record = rows.speech_record(rows.required(found, "speech", speech_id))
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

    def outlines(self, speech_ids: Sequence[int]) -> dict[int, list[OutlineNode]]:
        """The outlines of ``speech_ids`` as trees, in one query (callers choose how many)."""
        with self._db.read() as conn:
            return rows.load_outlines(conn, speech_ids)

    def outline_children(
        self, speech_id: int, parent_id: int | None = None
    ) -> list[OutlineNodeRecord]:
        """The outline nodes directly under ``parent_id`` (the top level when None), in order."""
        found = self._db.rows(
            rows.OUTLINE_SELECT + " WHERE n.speech_id = ? AND n.parent_id IS ? ORDER BY n.position",
            (speech_id, parent_id),
        )
        return [rows.outline_record(row) for row in found]

    def outline_records(self, speech_id: int) -> list[OutlineNodeRecord]:
        """Every outline node of a speech, in one query: parents' ids, then siblings' order."""
        found = self._db.rows(
            "SELECT * FROM outline_nodes WHERE speech_id = ?"
            " ORDER BY parent_id IS NOT NULL, parent_id, position",
            (speech_id,),
        )
        return rows.outline_records(found)

    def live_speech_ids(self) -> list[int] | None:
        """The speeches of the collections not in the trash; None (every speech) if none is."""
        with self._db.read() as conn:
            return rows.live_speech_ids(conn)

    def title_matches(self, text: str) -> TitleMatches:
        """The collections, speeches and sections of live collections holding ``text``."""
        from desktop.core.storage import title_matches  # the tree's filter only, not start-up

        with self._db.read() as conn:
            return title_matches.title_matches(conn, text)

    def removals(self, collection_id: int) -> list[Removal]:
        """The noise the importer removed from a collection's file, in document order."""
        from desktop.core.imported import Removal  # the import report's, not start-up's

        found = self._db.rows(
            "SELECT r.kind, r.text, s.idx, r.position FROM removals r"
            " LEFT JOIN speeches s ON s.id = r.speech_id WHERE r.collection_id = ? ORDER BY r.id",
            (collection_id,),
        )
        return [Removal(row["kind"], row["text"], row["idx"], row["position"]) for row in found]

    # The edits of collections and speeches load with the first one (``collection_edits``):
    # opening a library, every start of the window, needs none of them.

    def delete_collection(self, collection_id: int, *, with_annotations: bool = False) -> int:
        """Delete a collection; return how many annotations went with it.

        Refused (LibraryError ``invalid``) while annotations, even trashed ones, refer to its
        speeches, unless ``with_annotations`` says the user chose to delete them too.
        """
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            return collection_edits.delete_collection(
                conn, self._indexer, collection_id, with_annotations=with_annotations
            )

    def rename_collection(self, collection_id: int, title: str) -> CollectionRecord:
        """Give a collection the user's own title; an empty title brings the imported one back."""
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            collection_edits.rename(conn, "collections", collection_id, title)
        return self.collection(collection_id)

    def rename_speech(self, speech_id: int, title: str) -> SpeechRecord:
        """Give a speech the user's own title; an empty title brings the imported one back."""
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            collection_edits.rename(conn, "speeches", speech_id, title)
        return self.speech(speech_id)

    def trash_collection(self, collection_id: int) -> CollectionRecord:
        """Move a collection to the trash: hidden with its speeches and annotations, all kept."""
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            collection_edits.set_deleted(conn, collection_id, utc_now())
        return self.collection(collection_id)

    def restore_collection(self, collection_id: int) -> CollectionRecord:
        """Take a collection back out of the trash, as it was."""
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            collection_edits.set_deleted(conn, collection_id, None)
        return self.collection(collection_id)

    def empty_collection_trash(self) -> int:
        """Delete every collection in the trash for good, annotations and all; return how many."""
        return self.delete_trashed_collections(None)

    def delete_trashed_collections(self, collection_ids: Iterable[int] | None) -> int:
        """Delete for good, annotations and all, in one transaction, those of
        ``collection_ids`` (None: all) still in the trash: one restored meanwhile, or gone, is
        left as it is. Return how many."""
        from desktop.core.storage import collection_edits

        with self._db.transaction() as conn:
            doomed = collection_edits.trashed_among(conn, collection_ids)
            for collection_id in doomed:
                self.delete_collection(collection_id, with_annotations=True)
        return len(doomed)
