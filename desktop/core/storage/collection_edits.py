"""The edits of collections and speeches: a title of the user's own, the trash, deletion.

Functions on a connection, run in the caller's transaction (``LibraryStore``'s, which loads
this module with the first edit: opening a library needs none of it). A collection in the
trash is hidden with its speeches and annotations, all kept; a deletion takes the collection's
speeches from the search index, and its annotations when the user chose to delete them too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from desktop.core.errors import LibraryError
from desktop.core.storage.indexing import SearchIndexer
from desktop.core.storage.rows import required

_TITLED = {"collections": "collection", "speeches": "speech"}
"""The tables whose rows take a title of the user's own, and what one row is called."""


def rename(conn: sqlite3.Connection, table: str, key: int, title: str) -> None:
    """Give row ``key`` of ``table`` the user's own title; an empty title (or the imported one)
    brings the imported one back. LibraryError ``not-found`` if there is no such row."""
    custom = " ".join(title.split()) or None
    found = conn.execute(f"SELECT title FROM {table} WHERE id = ?", (key,)).fetchone()
    imported = required(found, _TITLED[table], key)["title"]
    custom = None if custom == imported else custom
    conn.execute(f"UPDATE {table} SET custom_title = ? WHERE id = ?", (custom, key))
    if table == "speeches":
        # Loaded here: opening a library (every start of the window) needs none of it.
        from desktop.core.storage.search_titles import refresh_title

        refresh_title(conn, key)


def set_deleted(conn: sqlite3.Connection, collection_id: int, deleted: str | None) -> None:
    """Put a collection in the trash at ``deleted`` (a UTC time), or take it out (None)."""
    found = conn.execute("SELECT id FROM collections WHERE id = ?", (collection_id,))
    required(found.fetchone(), "collection", collection_id)
    conn.execute("UPDATE collections SET deleted = ? WHERE id = ?", (deleted, collection_id))


def delete_collection(
    conn: sqlite3.Connection,
    indexer: SearchIndexer,
    collection_id: int,
    *,
    with_annotations: bool,
) -> int:
    """Delete a collection; return how many annotations went with it.

    Refused (LibraryError ``invalid``) while annotations, even trashed ones, refer to its
    speeches, unless ``with_annotations`` says the user chose to delete them too.
    """
    found = conn.execute("SELECT id FROM collections WHERE id = ?", (collection_id,))
    required(found.fetchone(), "collection", collection_id)
    speech_ids = [
        row[0]
        for row in conn.execute("SELECT id FROM speeches WHERE collection_id = ?", (collection_id,))
    ]
    annotation_ids = _annotation_ids(conn, speech_ids)
    if annotation_ids and not with_annotations:
        raise LibraryError(
            f"collection {collection_id} holds {len(annotation_ids)} annotations",
            code="invalid",
        )
    for annotation_id in annotation_ids:
        indexer.remove_note(conn, annotation_id)
        conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
    for speech_id in speech_ids:
        indexer.remove_speech(conn, speech_id)
    conn.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
    return len(annotation_ids)


def trashed_among(conn: sqlite3.Connection, collection_ids: Iterable[int] | None) -> list[int]:
    """Those of ``collection_ids`` (None: all) in the trash now: one restored
    meanwhile, or gone, is left out."""
    doomed = [
        row[0] for row in conn.execute("SELECT id FROM collections WHERE deleted IS NOT NULL")
    ]
    if collection_ids is None:
        return doomed
    chosen = set(collection_ids)
    return [collection_id for collection_id in doomed if collection_id in chosen]


def _annotation_ids(conn: sqlite3.Connection, speech_ids: list[int]) -> list[str]:
    found: list[str] = []
    for speech_id in speech_ids:
        found += [
            row[0]
            for row in conn.execute("SELECT id FROM annotations WHERE speech_id = ?", (speech_id,))
        ]
    return found
