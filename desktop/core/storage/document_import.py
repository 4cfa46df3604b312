"""Importing a document into the library: a new collection, or a new version of a stored one.

Importing is atomic (one transaction: a failure anywhere leaves the library exactly as it was)
and idempotent (the same document again changes nothing and reports ``unchanged``). A changed
version of a stored file (the same path, or the file moved or renamed) updates that collection
in place; see ``reimport``. Another file of the same title is another collection; but a new
file's speeches the library already holds from another file are left out (``duplicates``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.core.annotation import utc_now
from desktop.core.errors import LibraryError
from desktop.core.imported import ImportedDocument
from desktop.core.storage import import_writer
from desktop.core.storage.database import Database
from desktop.core.storage.duplicates import (
    SKIPPED_MARK,
    DuplicateSpeech,
    KeptTexts,
    copy_in_file,
    find_duplicates,
    held_hashes,
    speech_hashes,
)
from desktop.core.storage.import_preparation import PreparedImport, index_rows, prepare_import
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.indexing import SearchIndexer
from desktop.core.storage.library_store import ImportStatus
from desktop.core.storage.storing import Storing, told_storing


def import_document(
    db: Database,
    indexer: SearchIndexer,
    document: ImportedDocument,
    cancelled: Callable[[], bool] | None = None,
    storing: Storing | None = None,
    *,
    keep_duplicates: bool = False,
) -> ImportReport:
    """``LibraryStore.import_document``: add ``document`` or update the collection it is a
    version of, in one transaction on ``db`` that ``indexer`` indexes in.

    A version is the same file again (same source), or the same file moved or renamed: same
    title, a speech's text in common, and the stored file no longer readable where it was.
    Unless ``keep_duplicates``, the speeches a new collection or a version's new speeches
    would add are left out when held elsewhere, or when the file held them before.
    """
    if not document.speeches:
        raise LibraryError("the document holds no speech", code="invalid", path=document.source)
    prepared = _prepare(db, indexer, document, cancelled, keep_duplicates)
    with told_storing(storing):
        return _store_prepared(db, indexer, document, prepared, keep_duplicates)


def _store_prepared(
    db: Database,
    indexer: SearchIndexer,
    document: ImportedDocument,
    prepared: PreparedImport,
    keep_duplicates: bool,
) -> ImportReport:
    now = utc_now()
    with db.transaction() as conn:
        existing = _find_collection(conn, document)
        if existing is None:
            duplicates = [] if keep_duplicates else _duplicates(conn, document, prepared)
            report = _create(conn, indexer, document, prepared, now, duplicates, keep_duplicates)
        else:
            if existing["deleted"] is not None:
                conn.execute(
                    "UPDATE collections SET deleted = NULL WHERE id = ?", (existing["id"],)
                )
            report = _update(conn, indexer, existing, document, prepared, now, keep_duplicates)
        # The same file again changes nothing, so the report worth showing stays; a file of
        # duplicates made no collection (its id is the one holding them: not its report).
        if report.status not in (ImportStatus.UNCHANGED, ImportStatus.DUPLICATE):
            import_writer.store_report(conn, report, now)
    return report


def _duplicates(
    conn: sqlite3.Connection, document: ImportedDocument, prepared: PreparedImport
) -> list[DuplicateSpeech]:
    """The speeches of ``document`` held in another collection outside the trash."""
    hashes = []
    for position, speech in enumerate(document.speeches):
        hashed, loose = speech_hashes(speech, prepared.text_of(position, speech))
        hashes.append((speech.index, speech.title, hashed, loose))
    return find_duplicates(conn, hashes)


def _prepare(
    db: Database,
    indexer: SearchIndexer,
    document: ImportedDocument,
    cancelled: Callable[[], bool] | None,
    keep_duplicates: bool = False,
) -> PreparedImport:
    """Prepare the texts the library does not hold yet in a collection this may update, nor
    (unless kept) in another one: a duplicate is left out, so its index is never needed."""
    # A guess, read before the transaction: a text it gets wrong is indexed inside instead.
    stored = db.rows(
        "SELECT DISTINCT text_hash FROM speeches WHERE collection_id IN"
        " (SELECT id FROM collections WHERE source = ? OR title = ?)",
        (document.source, document.title),
    )
    hashes = {row[0] for row in stored}
    if not keep_duplicates:
        with db.read() as conn:
            hashes |= held_hashes(conn, (speech.text_hash for speech in document.speeches))
    return prepare_import(document, indexer, stored_hashes=hashes, cancelled=cancelled)


def _update(
    conn: sqlite3.Connection,
    indexer: SearchIndexer,
    existing: sqlite3.Row,
    document: ImportedDocument,
    prepared: PreparedImport,
    now: str,
    keep_duplicates: bool = False,
) -> ImportReport:
    fingerprint = prepared.fingerprint
    stored = existing["fingerprint"]
    # Stored without its duplicates, the same file is unchanged unless they are to be kept.
    same = stored == fingerprint or (stored == fingerprint + SKIPPED_MARK and not keep_duplicates)
    if same and existing["source"] == document.source:
        return ImportReport(
            existing["id"],
            document.title,
            ImportStatus.UNCHANGED,
            len(document.speeches),
            noise_removed=len(document.removed),
        )
    # Re-anchoring and text diffing load only when a changed file is imported again.
    from desktop.core.storage import reimport

    counts = reimport.reimport(
        conn, existing["id"], document, indexer, prepared, now, keep_duplicates=keep_duplicates
    )
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
        trashed_orphaned=counts.trashed_orphaned,
        duplicates=tuple(counts.duplicates),
    )


def _create(
    conn: sqlite3.Connection,
    indexer: SearchIndexer,
    document: ImportedDocument,
    prepared: PreparedImport,
    now: str,
    duplicates: list[DuplicateSpeech],
    keep_duplicates: bool = False,
) -> ImportReport:
    if len(duplicates) == len(document.speeches):
        return _all_held(document, duplicates)
    skipped = {duplicate.index for duplicate in duplicates}
    collection_id = import_writer.insert_collection(conn, document, prepared.fingerprint, now)
    kept = None if keep_duplicates else KeptTexts()
    ids_by_index = {}
    for position, speech in enumerate(document.speeches):
        if speech.index in skipped:
            continue
        text = prepared.text_of(position, speech)
        copy = None if kept is None else kept.copy_of(*speech_hashes(speech, text))
        if copy is not None:
            duplicates.append(copy_in_file(conn, speech, *copy))
            continue
        speech_id = import_writer.insert_speech(conn, collection_id, speech, text)
        indexer.index_speech(conn, speech_id, speech.text, index_rows(text))
        ids_by_index[speech.index] = speech_id
        if kept is not None:
            kept.add(speech_id, speech, text)
    import_writer.replace_removals(conn, collection_id, document.removed, ids_by_index)
    if duplicates:  # the same file again is unchanged; imported anyway, it adds them
        conn.execute(
            "UPDATE collections SET fingerprint = ? WHERE id = ?",
            (prepared.fingerprint + SKIPPED_MARK, collection_id),
        )
    return ImportReport(
        collection_id,
        document.title,
        ImportStatus.CREATED,
        len(document.speeches),
        speeches_added=len(ids_by_index),
        noise_removed=len(document.removed),
        duplicates=tuple(sorted(duplicates, key=lambda found: found.index)),
    )


def _all_held(document: ImportedDocument, duplicates: list[DuplicateSpeech]) -> ImportReport:
    """The report of a file whose every speech the library holds: no collection is made."""
    return ImportReport(
        duplicates[0].collection_id,
        document.title,
        ImportStatus.DUPLICATE,
        len(document.speeches),
        noise_removed=len(document.removed),
        duplicates=tuple(duplicates),
    )


def _find_collection(conn: sqlite3.Connection, document: ImportedDocument) -> sqlite3.Row | None:
    """The stored collection ``document`` is a version of: same source, else the same file
    moved or renamed.

    A title alone is not enough (two files may both be called 讲话): the stored collection must
    also share a speech's text with the document. Nor is title and text: a draft and its final
    version are two documents while both are on disk, so only a collection whose file is gone
    from its path (or can no longer be read there) is taken for the file moved.
    """
    found = conn.execute(
        "SELECT id, source, fingerprint, deleted FROM collections WHERE source = ?"
        " ORDER BY id LIMIT 1",
        (document.source,),
    ).fetchone()
    if found is not None:
        return found
    from desktop.core.storage import reimport
    from desktop.core.storage.speech_matching import shares_content

    for candidate in conn.execute(
        "SELECT id, source, fingerprint, deleted FROM collections WHERE title = ? ORDER BY id",
        (document.title,),
    ).fetchall():
        if source_still_readable(candidate["source"]):
            continue
        stored = reimport.stored_speeches(conn, candidate["id"])
        if shares_content(stored, document.speeches):
            return candidate
    return None


def source_still_readable(source: str | None) -> bool:
    """Whether a stored collection's file is still a readable file at its stored path."""
    if not source:
        return False
    path = Path(source)
    try:
        return path.is_file() and os.access(path, os.R_OK)
    except (OSError, ValueError):  # a name no file system takes (NUL) is no file
        return False
