"""The speeches a search's scope covers, read as ids alone."""

from __future__ import annotations

from pathlib import Path

from desktop.core.storage.library import open_library
from desktop.gui.search_scope import ScopeKind, scope_speeches
from tests.core.storage.documents import small_document


def test_a_collection_s_scope_reads_its_speech_ids_alone(tmp_path: Path) -> None:
    # Each search of a collection read every speech's record (title, date, counts) for its ids.
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        library.store.import_document(small_document(title="合集2", source="/data/2.txt"))
        for collection in library.store.collections():
            expected = [speech.id for speech in library.store.speeches(collection.id)]
            statements: list[str] = []
            library.db._conn.set_trace_callback(statements.append)
            found = scope_speeches(library.store, ScopeKind.COLLECTION, collection.id)
            library.db._conn.set_trace_callback(None)
            assert found == expected
            (select,) = [statement for statement in statements if "SELECT" in statement]
            assert "annotations" not in select, "no note counts read"
        assert scope_speeches(library.store, ScopeKind.SPEECH, 7) == [7]
