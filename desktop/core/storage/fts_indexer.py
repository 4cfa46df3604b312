"""``FtsIndexer``: storage's SearchIndexer (indexing.py) backed by the FTS5 index (search_index).

It lives apart from search_index so that opening a library (every start of the window) does not
load the search engine: the index's modules load with the first change that reaches the index,
or the first search. search_index re-exports the class under its old name.
"""

from __future__ import annotations

import sqlite3


class FtsIndexer:
    """Storage's SearchIndexer backed by the full-text index of search_index."""

    def prepare_speech(self, text: str, *, compact: bool = False) -> object:
        """The text's n-gram columns and stored form, made without the database."""
        from desktop.core.storage import search_index

        return search_index.prepare_speech(text, compact=compact)

    def index_speech(
        self, conn: sqlite3.Connection, speech_id: int, text: str, prepared: object | None = None
    ) -> None:
        """A speech was added or its canonical text replaced."""
        from desktop.core.storage import search_index

        ready = prepared if isinstance(prepared, search_index.PreparedSpeech) else None
        search_index.index_speech(conn, speech_id, text, ready)

    def remove_speech(self, conn: sqlite3.Connection, speech_id: int) -> None:
        """A speech left the library."""
        from desktop.core.storage import search_index

        search_index.remove_speech(conn, speech_id)

    def index_note(
        self, conn: sqlite3.Connection, annotation_id: str, speech_id: int, text: str
    ) -> None:
        """An annotation's searchable text was added or changed."""
        from desktop.core.storage import search_index

        search_index.index_note(conn, annotation_id, speech_id, text)

    def remove_note(self, conn: sqlite3.Connection, annotation_id: str) -> None:
        """An annotation left the searchable set."""
        from desktop.core.storage import search_index

        search_index.remove_note(conn, annotation_id)
