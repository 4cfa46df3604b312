"""The one hook through which every change to speeches and notes reaches the search index.

``LibraryStore`` and ``AnnotationStore`` call a ``SearchIndexer`` inside the very transaction
that changes the rows, so the index can never disagree with the library: an import, re-import,
deletion, note edit, trashing or restoring either commits with its index update or not at all.
The indexer works on the connection it is given and never commits. What does not need the
database (the text's n-grams, most of an import's work) is done beforehand by ``prepare_speech``,
outside any transaction, so an import holds the write lock only to insert. The FTS5 index plugs in
here (fts_indexer.FtsIndexer, which open_library uses); ``NullIndexer`` indexes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Protocol


class SearchIndexer(Protocol):
    """What storage tells the search index, always inside the caller's transaction.

    ``prepare_speech`` is the exception: called before the transaction, without a connection.
    """

    def prepare_speech(self, text: str, *, compact: bool = False) -> object | None:
        """What indexing this text will write, worked out now (None: nothing to prepare).

        The value is the indexer's own, handed back to ``index_speech`` of the same text.
        ``compact`` asks to keep less in memory for a little more work in the transaction.
        """

    def index_speech(
        self, conn: sqlite3.Connection, speech_id: int, text: str, prepared: object | None = None
    ) -> None:
        """A speech was added or its canonical text replaced (``prepared``: see above)."""

    def remove_speech(self, conn: sqlite3.Connection, speech_id: int) -> None:
        """A speech left the library."""

    def index_note(
        self, conn: sqlite3.Connection, annotation_id: str, speech_id: int, text: str
    ) -> None:
        """An annotation's searchable text (``search_text``) was added or changed."""

    def remove_note(self, conn: sqlite3.Connection, annotation_id: str) -> None:
        """An annotation left the searchable set (trashed or deleted)."""


class NullIndexer:
    """A SearchIndexer that indexes nothing (libraries without a search index yet)."""

    def prepare_speech(self, text: str, *, compact: bool = False) -> None:
        """Nothing to prepare."""

    def index_speech(
        self, conn: sqlite3.Connection, speech_id: int, text: str, prepared: object | None = None
    ) -> None:
        """Ignore a speech change."""

    def remove_speech(self, conn: sqlite3.Connection, speech_id: int) -> None:
        """Ignore a speech removal."""

    def index_note(
        self, conn: sqlite3.Connection, annotation_id: str, speech_id: int, text: str
    ) -> None:
        """Ignore a note change."""

    def remove_note(self, conn: sqlite3.Connection, annotation_id: str) -> None:
        """Ignore a note removal."""


def note_search_text(note: str, exact: str) -> str:
    """What migration 3 indexed of an annotation: its note as typed and the words it marks.

    Kept for that migration only (a shipped migration does not change); ``search_text`` is
    what is indexed now.
    """
    return "\n".join(part for part in (note.strip(), exact.strip()) if part)


def search_text(note: str, exact: str, tags: Iterable[str] = ()) -> str:
    """What of an annotation is searchable: its note as it reads (``note_reading``: no
    Markdown marks, so a hit's snippet reads as the dock shows the note), the words it marks,
    and its tags as ``#tag`` on a line of their own, as the annotations dock's filter reads
    them (``annotation_match.search_text``)."""
    # Loaded with the first write that reaches the index, not when a library opens.
    from desktop.core.note_reading import note_reading

    hashtags = " ".join(f"#{tag}" for tag in tags)
    return "\n".join(part for part in (note_reading(note), exact.strip(), hashtags) if part)
