"""open_library: a new library appears whole (with its first collection) or not at all; its WAL
stays small."""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

import pytest

from desktop.core.annotation import AnnotationKind
from desktop.core.errors import DocumentError, LibraryError
from desktop.core.imported import ImportedDocument
from desktop.core.storage.backup import list_backups
from desktop.core.storage.database import WAL_SIZE_LIMIT
from desktop.core.storage.library import Library, open_library, sample_document
from tests.core.storage.documents import small_document


def test_a_new_library_is_created_with_its_seed(library_path: Path) -> None:
    with open_library(library_path, seed=small_document) as library:
        assert library.db.created is False  # built elsewhere, then linked into place
        [collection] = library.store.collections()
        assert collection.speech_count == 3
    assert [p.name for p in library_path.parent.iterdir()] == ["library.sqlite"]
    open_library(library_path).close()  # the first backup waits for something worth keeping
    assert [b.kind for b in list_backups(library_path)] == ["daily"]


def test_a_failing_seed_leaves_no_file(library_path: Path) -> None:
    def broken() -> ImportedDocument:
        raise DocumentError("the sample is missing", code="unreadable")

    with pytest.raises(DocumentError):
        open_library(library_path, seed=broken)
    assert not library_path.exists()
    assert not library_path.parent.exists() or list(library_path.parent.iterdir()) == []


def test_a_missing_library_is_not_created_when_told_not_to(library_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        open_library(library_path, create=False)
    assert caught.value.code == "missing"
    assert not library_path.exists()


def test_an_empty_sqlite_file_is_filled_like_a_new_library(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    sqlite3.connect(library_path).execute("PRAGMA user_version = 0").connection.close()
    with open_library(library_path, seed=small_document) as library:
        assert library.db.created
        assert len(library.store.collections()) == 1


def test_opening_again_keeps_everything(library_path: Path) -> None:
    with open_library(library_path, seed=small_document) as library:
        speech = library.store.speeches(1)[0]
        made = library.annotations.create(speech.id, start=3, end=9, note="留着")
    with open_library(library_path, seed=small_document) as library:
        assert library.annotations.annotations() == [made]
        assert len(library.store.collections()) == 1


def test_a_new_library_starts_with_the_sample_collection(library_path: Path) -> None:
    sample = sample_document()
    with open_library(library_path) as library:
        [collection] = library.store.collections()
        speeches = library.store.speeches(collection.id)
    assert collection.title == sample.title
    assert [s.title for s in speeches] == [s.title for s in sample.speeches]
    assert len(speeches) >= 2


def test_a_library_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the library's folder should be")
    with pytest.raises(LibraryError) as caught:
        open_library(blocker / "library.sqlite", seed=small_document)
    assert caught.value.code == "cannot-open"
    assert "creating the library failed" in str(caught.value)


def _note_on(library: Library, speech_id: int, at: int) -> None:
    made = library.annotations.draft(speech_id, AnnotationKind.NOTE, at, at + 2, note="批注" * 40)
    library.annotations.add(made)


def test_the_wal_stays_small_over_many_annotation_writes_and_goes_at_a_clean_close(
    library_path: Path,
) -> None:
    """Each note's search index writes ~150 KiB: SQLite's own bounds let the WAL take 4 MiB of
    a nearly full disk before copying it into the file."""
    wal = Path(f"{library_path}-wal")
    with open_library(library_path, seed=small_document) as library:
        speech_id = library.store.speech_order()[0]
        largest = 0
        for at in range(60):
            _note_on(library, speech_id, at % 20)
            largest = max(largest, wal.stat().st_size)
    assert largest <= 2 * WAL_SIZE_LIMIT
    assert not wal.exists(), "the last connection to close copies it into the file"


def test_the_wal_is_cut_back_after_a_big_write(library_path: Path) -> None:
    """A big import's WAL kept its size until the last connection closed."""
    wal = Path(f"{library_path}-wal")
    with open_library(library_path, seed=small_document) as library:
        with library.db.transaction() as conn:
            conn.execute("CREATE TABLE bulk (data BLOB)")
            conn.executemany("INSERT INTO bulk VALUES (?)", [(bytes(4096),)] * 1500)
        assert wal.stat().st_size > 4 * WAL_SIZE_LIMIT
        speech_id = library.store.speech_order()[0]
        for at in range(3):
            _note_on(library, speech_id, at)
        assert wal.stat().st_size <= WAL_SIZE_LIMIT


def _trashed_library(library_path: Path) -> tuple[Library, list[str], int]:
    """A library with three notes (two in the trash) and a collection in the trash."""
    library = open_library(library_path, seed=small_document)
    speech_id = library.store.speech_order()[0]
    ids = []
    for at in range(3):
        made = library.annotations.draft(speech_id, AnnotationKind.NOTE, at, at + 2, note="注")
        ids.append(library.annotations.add(made).id)
    library.annotations.delete(ids[0])
    library.annotations.delete(ids[1])
    other_document = small_document(title="另一合集", source="/data/另一合集.txt")
    other = library.store.import_document(other_document, keep_duplicates=True).collection_id
    library.store.trash_collection(other)
    return library, ids, other


def test_delete_for_good_deletes_only_what_is_still_in_the_trash(library_path: Path) -> None:
    library, (trashed, restored, live), collection_id = _trashed_library(library_path)
    with library:
        library.annotations.restore(restored)  # while the dialog was open, say
        kept_collection = library.store.collections()[0].id
        count = library.delete_for_good(
            [trashed, restored, live, "no-such-id"], [collection_id, kept_collection]
        )
        assert count == 2
        assert library.annotations.find(trashed) is None
        assert library.annotations.get(restored).deleted is None
        assert library.annotations.get(live).deleted is None
        assert [c.id for c in library.store.collections()] == [kept_collection]
        assert library.store.trashed_collections() == []


@pytest.mark.parametrize("emptying", ["delete_for_good", "empty_trash"])
def test_deleting_for_good_is_one_transaction(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, emptying: str
) -> None:
    """A disk full at the collections left the annotations deleted and the collections not."""
    library, ids, collection_id = _trashed_library(library_path)
    with library:

        def full(*_args: object, **_kwargs: object) -> int:
            raise LibraryError("database or disk is full", code="disk-full")

        monkeypatch.setattr(library.store, "delete_collection", full)
        if emptying == "empty_trash":
            emptied = library.empty_trash
        else:
            emptied = partial(library.delete_for_good, ids, [collection_id])
        with pytest.raises(LibraryError):
            emptied()
        assert sorted(a.id for a in library.annotations.trash()) == sorted(ids[:2])
        assert [c.id for c in library.store.trashed_collections()] == [collection_id]
