"""Tests for desktop/core/storage/duplicates.py: the same speech from another file is not
stored twice (unless asked), and the report says where the library holds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.storage.database import Database
from desktop.core.storage.duplicates import _HELD, DuplicateSpeech
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus
from desktop.core.storage.schema import MIGRATIONS
from tests.core.storage.documents import make_document, sample_paragraphs, small_document

P = sample_paragraphs()
NEW = [P[12:14]]


def _copy(**kwargs: object) -> object:
    """The library's small document again, from another file (a colleague's copy)."""
    return small_document(title="测试合集（副本）", source="/data/副本/测试合集.txt", **kwargs)


def _titles(library: Library) -> list[str]:
    return [collection.title for collection in library.store.collections()]


def test_a_copy_of_a_file_under_another_name_adds_nothing_and_says_where_it_is(
    library: Library,
) -> None:
    before = library.db.value("SELECT count(*) FROM speeches")
    report = library.store.import_document(_copy())
    assert report.status == ImportStatus.DUPLICATE
    assert report.collection_id == 1, "the collection that holds them (Open opens it)"
    assert report.speeches_added == 0
    stored = library.store.speeches(1)
    assert report.duplicates == tuple(
        DuplicateSpeech(number, f"讲话{number}", speech.id, speech.title, 1, "测试合集")
        for number, speech in enumerate(stored, 1)
    )
    assert _titles(library) == ["测试合集"], "no second collection"
    assert library.db.value("SELECT count(*) FROM speeches") == before
    kept = library.store.last_import_report(1)
    assert kept is not None
    assert kept.status == ImportStatus.CREATED, "the holding collection's own report stays"


def test_only_the_speeches_held_elsewhere_are_left_out(library: Library) -> None:
    mixed = make_document([P[0:3], *NEW], title="选编", source="/data/选编.docx")
    report = library.store.import_document(mixed)
    assert (report.status, report.speeches, report.speeches_added) == (
        ImportStatus.CREATED,
        2,
        1,
    )
    first = library.store.speeches(1)[0]
    assert report.duplicates == (DuplicateSpeech(1, "讲话1", first.id, "讲话1", 1, "测试合集"),)
    kept = library.store.speeches(report.collection_id)
    assert [speech.title for speech in kept] == ["讲话2"]
    assert library.store.speech_text(kept[0].id).endswith(NEW[0][-1])
    # Shown again later (Show Import Report) as it was, from the JSON it is kept as.
    assert library.store.last_import_report(report.collection_id) == report


def test_the_user_s_names_are_the_ones_reported(library: Library) -> None:
    library.store.rename_collection(1, "我的范文")
    speech = library.store.speeches(1)[1]
    library.store.rename_speech(speech.id, "我改的题目")
    report = library.store.import_document(_copy())
    assert report.duplicates[1][3:6] == ("我改的题目", 1, "我的范文")


def test_importing_anyway_adds_them_and_the_same_file_again_then_adds_the_rest(
    library: Library,
) -> None:
    report = library.store.import_document(_copy(), keep_duplicates=True)
    assert (report.status, report.speeches_added, report.duplicates) == (
        ImportStatus.CREATED,
        3,
        (),
    )
    mixed = make_document([P[0:3], *NEW], title="选编", source="/data/选编.docx")
    partial = library.store.import_document(mixed)
    assert library.store.import_document(mixed).status == ImportStatus.UNCHANGED
    anyway = library.store.import_document(mixed, keep_duplicates=True)
    assert (anyway.status, anyway.speeches_added) == (ImportStatus.UPDATED, 1)
    assert [s.title for s in library.store.speeches(partial.collection_id)] == ["讲话1", "讲话2"]
    assert library.store.import_document(mixed).status == ImportStatus.UNCHANGED


def test_a_speech_held_only_in_the_trash_is_imported(library: Library) -> None:
    library.store.trash_collection(1)
    report = library.store.import_document(_copy())
    assert (report.status, report.speeches_added, report.duplicates) == (
        ImportStatus.CREATED,
        3,
        (),
    )


def test_the_same_file_again_is_still_a_re_import_not_a_duplicate(library: Library) -> None:
    assert library.store.import_document(small_document()).status == ImportStatus.UNCHANGED
    changed = make_document([P[0:3], P[3:6], P[6:8]])
    report = library.store.import_document(changed)
    assert (report.status, report.speeches_changed, report.duplicates) == (
        ImportStatus.UPDATED,
        1,
        (),
    )


def test_the_look_up_is_by_index_not_a_scan_of_the_texts(library: Library) -> None:
    plan = " ".join(row[3] for row in library.db.rows("EXPLAIN QUERY PLAN " + _HELD, ("h", None)))
    assert "USING INDEX speeches_by_text_hash" in plan, plan
    assert "SCAN s" not in plan, plan


def test_a_version_11_library_upgrades_with_its_data_and_finds_its_speeches(
    tmp_path: Path,
) -> None:
    """Version 12 only adds the index: every collection, speech and note stays as it was."""
    path = tmp_path / "library.sqlite"
    with open_library(path, seed=small_document) as library:
        speech = library.store.speeches(1)[0]
        note = library.annotations.create(speech.id, start=2, end=6, note="旧批注")
        texts = [library.store.speech_text(s.id) for s in library.store.speeches(1)]
    _downgrade_to_version_11(path)
    with Database.open(path) as db:
        assert db.user_version == len(MIGRATIONS)
        assert db.check() == []
    with open_library(path, create=False, daily_backup=False) as library:
        assert [library.store.speech_text(s.id) for s in library.store.speeches(1)] == texts
        assert library.annotations.get(note.id).note == "旧批注"
        report = library.store.import_document(_copy())
        assert report.status == ImportStatus.DUPLICATE
    assert "speeches_by_text_hash" in _index_names(path)


def _downgrade_to_version_11(path: Path) -> None:
    """The library as version 11 left it: the same tables, without the hashes' indexes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX speeches_by_text_hash")
    conn.execute("DROP INDEX speeches_by_loose_hash")  # and the loose hash (version 13)
    conn.execute("ALTER TABLE speeches DROP COLUMN loose_hash")
    conn.execute("PRAGMA user_version = 11")
    conn.close()
    assert "speeches_by_text_hash" not in _index_names(path)


def _index_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    conn.close()
    return names
