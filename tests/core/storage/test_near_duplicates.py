"""Tests for the cases of duplicates.py beyond one exact copy from another file: a copy whose
text differs only in width, spaces or wraps (found by loose_hash.py), a changed file
re-imported with a speech the library holds, and a file holding one speech twice."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core.imported import ImportedDocument
from desktop.core.storage import loose_hash as loose_module
from desktop.core.storage.database import Database
from desktop.core.storage.duplicates import _HELD_LOOSE, DuplicateSpeech
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus
from desktop.core.storage.loose_hash import loose_hash
from desktop.core.storage.schema import MIGRATIONS
from tests.core.storage.documents import make_document, sample_paragraphs, small_document

P = sample_paragraphs()
NEW = P[12:14]
OTHER = P[14:16]


def _as_a_txt_writes_it(paragraph: str) -> str:
    """The paragraph as a .txt of the same speech may hold it: half-width commas, a line wrapped
    in the middle, a space after each full stop, the 。 of one sentence a Latin full stop."""
    middle = len(paragraph) // 2
    wrapped = paragraph[:middle] + "\n" + paragraph[middle:]
    return wrapped.replace("，", ",").replace("。", "。 ", 1).replace("。", ".", 1)


def _titles(library: Library, collection_id: int) -> list[str]:
    return [speech.title for speech in library.store.speeches(collection_id)]


def test_a_txt_of_the_same_speech_differing_in_width_and_wraps_is_left_out_as_differing(
    library: Library,
) -> None:
    paragraphs = [[_as_a_txt_writes_it(p) for p in P[0:3]], [*P[3:6]], NEW]
    copy = make_document(paragraphs, title="测试合集（下载）", source="/data/下载/测试合集.txt")
    assert copy.speeches[0].text != library.store.speech_text(1), "not the same text"
    report = library.store.import_document(copy)
    first, second = library.store.speeches(1)[:2]
    assert report.duplicates == (
        DuplicateSpeech(1, "讲话1", first.id, "讲话1", 1, "测试合集", differs=True),
        DuplicateSpeech(2, "讲话2", second.id, "讲话2", 1, "测试合集", differs=False),
    )
    assert (report.status, report.speeches_added) == (ImportStatus.CREATED, 1)
    assert _titles(library, report.collection_id) == ["讲话3"]
    # Shown again later from its JSON as it was: the slight difference is still told.
    assert library.store.last_import_report(report.collection_id) == report


def test_a_near_copy_of_every_speech_adds_no_collection(library: Library) -> None:
    paragraphs = [[_as_a_txt_writes_it(p) for p in P[start : start + 3]] for start in (0, 3, 6)]
    report = library.store.import_document(
        make_document(paragraphs, title="副本", source="/data/a.txt")
    )
    assert report.status == ImportStatus.DUPLICATE
    assert all(found.differs for found in report.duplicates)
    assert len(library.store.collections()) == 1


def _mixed(speeches: list[tuple[str, ...]], titles: list[str] | None = None) -> ImportedDocument:
    return make_document(speeches, title="选编", source="/data/选编.docx", titles=titles)


def test_a_changed_file_again_does_not_add_back_the_speech_left_out(library: Library) -> None:
    first = library.store.import_document(_mixed([P[0:3], NEW]))
    assert [found.index for found in first.duplicates] == [1]
    edited = (NEW[0], NEW[1].replace("。", "，这是新加的一句。", 1))
    report = library.store.import_document(_mixed([P[0:3], edited]))
    assert (report.status, report.collection_id) == (ImportStatus.UPDATED, first.collection_id)
    assert (report.speeches_added, report.speeches_changed) == (0, 1)
    held = library.store.speeches(1)[0]
    assert report.duplicates == (DuplicateSpeech(1, "讲话1", held.id, "讲话1", 1, "测试合集"),)
    assert _titles(library, first.collection_id) == ["讲话2"]
    assert library.store.import_document(_mixed([P[0:3], edited])).status == (
        ImportStatus.UNCHANGED
    )
    anyway = library.store.import_document(_mixed([P[0:3], edited]), keep_duplicates=True)
    assert (anyway.status, anyway.speeches_added, anyway.duplicates) == (
        ImportStatus.UPDATED,
        1,
        (),
    )
    assert _titles(library, first.collection_id) == ["讲话1", "讲话2"]


def test_a_speech_a_changed_file_adds_that_the_library_holds_is_left_out(
    library: Library,
) -> None:
    first = library.store.import_document(_mixed([NEW]))
    titles = ["讲话1", "讲话2", "讲话2"]  # its title line too is the stored speech's
    report = library.store.import_document(_mixed([NEW, OTHER, P[3:6]], titles))
    held = library.store.speeches(1)[1]
    assert report.duplicates == (DuplicateSpeech(3, "讲话2", held.id, "讲话2", 1, "测试合集"),)
    assert report.speeches_added == 1
    assert _titles(library, first.collection_id) == ["讲话1", "讲话2"]


def test_a_file_holding_one_speech_twice_keeps_the_first(library: Library) -> None:
    near = [_as_a_txt_writes_it(p) for p in NEW]
    titles = ["讲话", "另一篇", "讲话", "讲话"]  # one speech's title line each time
    document = make_document(
        [NEW, OTHER, NEW, near], source="/data/汇编.txt", title="汇编", titles=titles
    )
    report = library.store.import_document(document)
    assert (report.status, report.speeches, report.speeches_added) == (
        ImportStatus.CREATED,
        4,
        2,
    )
    kept = library.store.speeches(report.collection_id)
    assert [speech.title for speech in kept] == ["讲话", "另一篇"]
    first = (kept[0].id, "讲话", report.collection_id, "汇编")
    assert report.duplicates == (
        DuplicateSpeech(3, "讲话", *first, differs=False),
        DuplicateSpeech(4, "讲话", *first, differs=True),
    )
    assert library.store.import_document(document).status == ImportStatus.UNCHANGED


def test_imported_anyway_a_file_keeps_both_copies(library: Library) -> None:
    document = make_document([NEW, NEW], source="/data/汇编.txt", title="汇编", titles=["讲话"] * 2)
    report = library.store.import_document(document, keep_duplicates=True)
    assert (report.speeches_added, report.duplicates) == (2, ())


def test_a_changed_file_adding_a_second_copy_of_its_own_speech_leaves_it_out(
    library: Library,
) -> None:
    first = library.store.import_document(_mixed([NEW, OTHER], ["讲话", "另一篇"]))
    library.store.rename_speech(library.store.speeches(first.collection_id)[0].id, "我的题目")
    report = library.store.import_document(_mixed([NEW, OTHER, NEW], ["讲话", "另一篇", "讲话"]))
    kept = library.store.speeches(first.collection_id)
    assert [speech.title for speech in kept] == ["我的题目", "另一篇"]
    assert report.duplicates == (
        DuplicateSpeech(3, "讲话", kept[0].id, "我的题目", first.collection_id, "选编"),
    )


def test_a_report_kept_before_differences_were_told_reads_back(library: Library) -> None:
    report = library.store.import_document(_mixed([P[0:3], NEW]))
    encoded = library.db.value(
        "SELECT report FROM import_reports WHERE collection_id = ?", (report.collection_id,)
    )
    data = json.loads(encoded)
    data["duplicates"] = [found[:6] for found in data["duplicates"]]  # as version 12 wrote it
    with library.db.transaction() as conn:
        conn.execute("UPDATE import_reports SET report = ?", (json.dumps(data),))
    kept = library.store.last_import_report(report.collection_id)
    assert isinstance(kept, ImportReport)
    assert kept.duplicates == report.duplicates
    assert kept.duplicates[0].differs is False


def test_a_version_12_library_gets_every_speech_s_loose_hash(tmp_path: Path) -> None:
    """Version 13 adds the column and its index, filled for every speech in the migration."""
    path = tmp_path / "library.sqlite"
    with open_library(path, seed=small_document) as library:
        speech = library.store.speeches(1)[0]
        note = library.annotations.create(speech.id, start=2, end=6, note="旧批注")
    _downgrade_to_version_12(path)
    with Database.open(path) as db:
        assert db.user_version == len(MIGRATIONS)
        assert db.check() == []
        rows = db.rows("SELECT text, loose_hash FROM speeches ORDER BY id")
        assert [loose for _text, loose in rows] == [loose_hash(text) for text, _loose in rows]
    with open_library(path, create=False, daily_backup=False) as library:
        assert library.annotations.get(note.id).note == "旧批注"
        near = [[_as_a_txt_writes_it(p) for p in P[start : start + 3]] for start in (0, 3, 6)]
        report = library.store.import_document(
            make_document(near, title="副本", source="/data/a.txt")
        )
        assert report.status == ImportStatus.DUPLICATE
        plan = " ".join(
            row[3] for row in library.db.rows("EXPLAIN QUERY PLAN " + _HELD_LOOSE, ("h", None))
        )
        assert "USING INDEX speeches_by_loose_hash" in plan, plan
        assert "SCAN s" not in plan, plan


def _downgrade_to_version_12(path: Path) -> None:
    """The library as version 12 left it: no loose hash, nor its index."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX speeches_by_loose_hash")
    conn.execute("ALTER TABLE speeches DROP COLUMN loose_hash")
    conn.execute("PRAGMA user_version = 12")
    conn.close()


def test_an_upgrade_that_fails_midway_leaves_the_version_12_library_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The column, its values and its index are one transaction with the version's bump."""
    path = tmp_path / "library.sqlite"
    open_library(path, seed=small_document).close()
    _downgrade_to_version_12(path)
    calls = []

    def failing(text: str) -> str:
        calls.append(text)
        if len(calls) == 2:
            raise RuntimeError("killed while hashing")
        return loose_hash(text)

    monkeypatch.setattr(loose_module, "loose_hash", failing)
    with pytest.raises(RuntimeError):
        Database.open(path)
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(speeches)")]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert (version, "loose_hash" in columns) == (12, False)
