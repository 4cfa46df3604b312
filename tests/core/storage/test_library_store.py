"""LibraryStore: import is complete, atomic and idempotent; re-import updates in place."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.document import SpanKind, TextSpan
from desktop.core.errors import LibraryError
from desktop.core.imported import ImportedDocument
from desktop.core.storage import reimport
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import ImportStatus, LibraryStore
from tests.core.storage.documents import make_document, sample_paragraphs, small_document

P = sample_paragraphs()


def _dump(path: Path) -> list[str]:
    """The library's whole logical content, as committed.

    Every table but the virtual ones, whose data is in their shadow tables (listed here): the
    contentless FTS5 tables of the search index cannot be read row by row, so iterdump fails.
    The commit serial's row counts commits, not content: it is left out.
    """
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        lines = [repr(entry) for entry in schema]
        for _, name, sql in schema:
            if sql and sql.startswith("CREATE TABLE") and name != "commit_serial":
                rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
                lines += sorted(f"{name}: {row!r}" for row in rows)
        return lines
    finally:
        conn.close()


class RecordingIndexer:
    """A SearchIndexer that records calls and checks they happen inside the transaction."""

    def __init__(self, fail_on_speech: int | None = None) -> None:
        self.calls: list[tuple[str, object]] = []
        self.fail_on_speech = fail_on_speech

    def prepare_speech(self, text: str, *, compact: bool = False) -> None:
        assert text

    def index_speech(
        self, conn: sqlite3.Connection, speech_id: int, text: str, prepared: object = None
    ) -> None:
        assert conn.in_transaction
        stored = conn.execute("SELECT text FROM speeches WHERE id = ?", (speech_id,)).fetchone()
        assert stored[0] == text
        self.calls.append(("index_speech", speech_id))
        if len(self.calls) == self.fail_on_speech:
            raise OSError("index full")

    def remove_speech(self, conn: sqlite3.Connection, speech_id: int) -> None:
        assert conn.in_transaction
        self.calls.append(("remove_speech", speech_id))

    def index_note(
        self, conn: sqlite3.Connection, annotation_id: str, speech_id: int, text: str
    ) -> None:
        assert conn.in_transaction
        self.calls.append(("index_note", annotation_id))

    def remove_note(self, conn: sqlite3.Connection, annotation_id: str) -> None:
        assert conn.in_transaction
        self.calls.append(("remove_note", annotation_id))


def test_import_stores_the_whole_document(library: Library) -> None:
    document = small_document()
    [collection] = library.store.collections()
    assert (collection.title, collection.source, collection.date) == (
        document.title,
        document.source,
        document.date,
    )
    assert (collection.encoding, collection.format, collection.speech_count) == ("utf-8", "txt", 3)
    speeches = library.store.speeches(collection.id)
    assert [(s.index, s.title, s.date, s.length) for s in speeches] == [
        (s.index, s.title, s.date, len(s.text)) for s in document.speeches
    ]
    for record, speech in zip(speeches, document.speeches, strict=True):
        content = library.store.speech_content(record.id)
        assert content.text == speech.text
        assert content.record.text_hash == speech.text_hash
        assert [n.to_dict() for n in content.outline] == [n.to_dict() for n in speech.outline]
        assert content.spans == speech.spans
    assert library.store.removals(collection.id) == document.removed


def test_every_field_of_a_speech_is_kept(library: Library) -> None:
    document = make_document([P[0:2]], title="另一个", source="/data/other.txt")
    document.speeches[0] = replace(
        document.speeches[0], speaker="张三", role="市长", listed_title="目录里的标题"
    )
    report = library.store.import_document(document)
    [record] = library.store.speeches(report.collection_id)
    assert (record.speaker, record.role, record.listed_title) == ("张三", "市长", "目录里的标题")


def test_every_span_kind_is_kept(library: Library) -> None:
    document = make_document([P[0:2]], title="落款", source="/data/signed.txt")
    text = document.speeches[0].text
    spans = [TextSpan(kind, n, n + 1) for n, kind in enumerate(SpanKind) if n < len(text)]
    document.speeches[0] = replace(document.speeches[0], spans=spans)
    report = library.store.import_document(document)
    [record] = library.store.speeches(report.collection_id)
    assert library.store.speech_content(record.id).spans == spans
    assert SpanKind.SIGNATURE in [span.kind for span in spans]


def test_outline_children_are_fetched_one_level_at_a_time(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    top = library.store.outline_children(speech.id)
    assert [node.label for node in top] == [n.label for n in small_document().speeches[0].outline]
    assert [node.child_count for node in top] == [1, 1, 1]
    [child] = library.store.outline_children(speech.id, top[1].id)
    assert (child.parent_id, child.kind, child.level, child.child_count) == (
        top[1].id,
        "point",
        2,
        0,
    )
    assert library.store.outline_children(speech.id, child.id) == []


def test_importing_the_same_document_again_changes_nothing(library: Library) -> None:
    before = _dump(library.path)
    report = library.store.import_document(small_document())
    assert report.status == ImportStatus.UNCHANGED
    assert (report.collection_id, report.speeches, report.noise_removed) == (1, 3, 2)
    assert _dump(library.path) == before


def test_a_failure_during_import_leaves_the_library_exactly_as_it_was(library: Library) -> None:
    before = _dump(library.path)
    store = LibraryStore(library.db, RecordingIndexer(fail_on_speech=2))
    with pytest.raises(OSError, match="index full"):
        store.import_document(make_document([P[10:12], P[12:14]], source="/data/new.txt"))
    assert _dump(library.path) == before


def test_a_failure_during_reimport_leaves_the_library_exactly_as_it_was(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = library.store.speeches(1)[0]
    library.annotations.create(speech.id, start=20, end=30, note="要保住")
    before = _dump(library.path)

    def crash(*args: object) -> list:
        raise MemoryError("out of memory while re-anchoring")

    monkeypatch.setattr(reimport, "reanchor_all", crash)
    changed = make_document([["新的开头段落。", *P[0:3]], P[3:6], P[6:9]])
    with pytest.raises(MemoryError):
        library.store.import_document(changed)
    assert _dump(library.path) == before


def test_the_indexer_hears_of_every_speech_inside_the_transaction(library: Library) -> None:
    indexer = RecordingIndexer()
    store = LibraryStore(library.db, indexer)
    report = store.import_document(make_document([P[10:12], P[12:14]], source="/data/new.txt"))
    ids = [s.id for s in store.speeches(report.collection_id)]
    assert indexer.calls == [("index_speech", ids[0]), ("index_speech", ids[1])]
    indexer.calls.clear()
    store.import_document(make_document([P[10:12]], source="/data/new.txt"))
    assert indexer.calls == [("remove_speech", ids[1])]
    indexer.calls.clear()
    store.delete_collection(report.collection_id)
    assert indexer.calls == [("remove_speech", ids[0])]


def test_a_changed_file_updates_its_collection_found_by_source(library: Library) -> None:
    changed = make_document([P[0:3], P[3:6] + (P[50],), P[6:9]])
    report = library.store.import_document(changed)
    assert report.status == ImportStatus.UPDATED
    assert report.collection_id == 1
    assert (report.speeches_added, report.speeches_changed, report.speeches_removed) == (0, 1, 0)
    assert len(library.store.collections()) == 1
    assert library.store.speech_text(2) == changed.speeches[1].text


def test_a_moved_file_is_found_by_title_and_content(library: Library) -> None:
    moved = small_document(source="/elsewhere/renamed.txt")
    report = library.store.import_document(moved)
    assert (report.status, report.collection_id) == (ImportStatus.UPDATED, 1)
    assert library.store.collection(1).source == "/elsewhere/renamed.txt"
    assert report.speeches_changed == 0


def test_a_different_file_with_the_same_title_is_a_new_collection(library: Library) -> None:
    other = make_document([P[60:62], P[62:64]], source="/elsewhere/other.txt")
    report = library.store.import_document(other)
    assert report.status == ImportStatus.CREATED
    assert report.collection_id == 2


def test_speeches_keep_their_ids_when_the_file_reorders_them(library: Library) -> None:
    before = {s.title: s.id for s in library.store.speeches(1)}
    reordered = make_document([P[6:9], P[0:3], P[3:6]], titles=["讲话3", "讲话1", "讲话2"])
    report = library.store.import_document(reordered)
    after = library.store.speeches(1)
    assert [(s.index, s.title, s.id) for s in after] == [
        (1, "讲话3", before["讲话3"]),
        (2, "讲话1", before["讲话1"]),
        (3, "讲话2", before["讲话2"]),
    ]
    assert report.anchors == {}


def test_a_vanished_speech_is_deleted_unless_annotated(library: Library) -> None:
    speeches = library.store.speeches(1)
    note = library.annotations.create(speeches[2].id, start=5, end=15, note="不能丢")
    trashed = library.annotations.create(speeches[1].id, start=5, end=15)
    library.annotations.delete(trashed.id)
    changed = make_document([P[0:3], ["全新的一篇。" * 5]], titles=["讲话1", "新的一篇"])
    report = library.store.import_document(changed)
    assert (report.speeches_removed, report.speeches_missing, report.speeches_added) == (0, 2, 1)
    kept = library.store.speeches(1)
    assert [s.id for s in kept] == [speeches[0].id, kept[1].id, speeches[1].id, speeches[2].id]
    assert [s.missing_since is not None for s in kept] == [False, False, True, True]
    assert library.annotations.trash()[0].id == trashed.id
    assert library.annotations.get(note.id).note == "不能丢"
    assert library.store.speech_text(speeches[2].id) == small_document().speeches[2].text


def test_an_unannotated_vanished_speech_is_removed(library: Library) -> None:
    report = library.store.import_document(make_document([P[0:3], P[3:6]]))
    assert (report.speeches_removed, report.speeches_missing) == (1, 0)
    assert [s.index for s in library.store.speeches(1)] == [1, 2]


def test_a_speech_that_comes_back_is_no_longer_missing(library: Library) -> None:
    speeches = library.store.speeches(1)
    library.annotations.create(speeches[2].id, start=5, end=15)
    library.store.import_document(make_document([P[0:3], P[3:6]]))
    report = library.store.import_document(small_document())
    assert report.speeches_changed == 1
    assert [s.missing_since for s in library.store.speeches(1)] == [None, None, None]


def test_a_metadata_change_leaves_annotations_alone(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    note = library.annotations.create(speech.id, start=20, end=30)
    retitled = small_document()
    retitled.speeches[0] = replace(retitled.speeches[0], title="改过的标题", date="2016-04-16")
    report = library.store.import_document(retitled)
    assert (report.speeches_changed, report.anchors) == (1, {})
    assert library.store.speech(speech.id).title == "改过的标题"
    assert library.annotations.get(note.id) == note


def test_reading_position_follows_its_words_through_a_reimport(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    text = library.store.speech_text(speech.id)
    offset = text.index(P[1][:20])
    library.reading.set_position(speech.id, offset)
    inserted = "新增的一段话，放在最前面。"
    library.store.import_document(make_document([[inserted, *P[0:3]], P[3:6], P[6:9]]))
    new_text = library.store.speech_text(speech.id)
    moved = library.reading.position(speech.id)
    assert moved == offset + len(inserted) + 1
    assert new_text[moved:].startswith(P[1][:20])


def test_deleting_a_collection_with_annotations_needs_consent(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    library.annotations.create(speech.id, start=1, end=5)
    with pytest.raises(LibraryError) as caught:
        library.store.delete_collection(1)
    assert caught.value.code == "invalid"
    assert len(library.annotations.annotations()) == 1
    assert library.store.delete_collection(1, with_annotations=True) == 1
    assert library.store.collections() == []
    assert library.annotations.annotations() == []


def test_unknown_ids_and_empty_documents_are_clear_errors(library: Library) -> None:
    for call in (
        lambda: library.store.speech(999),
        lambda: library.store.collection(999),
        lambda: library.store.speech_content(999),
        lambda: library.store.delete_collection(999),
    ):
        with pytest.raises(LibraryError) as caught:
            call()
        assert caught.value.code == "not-found"
    with pytest.raises(LibraryError) as caught:
        library.store.import_document(make_document([], source="/data/empty.txt"))
    assert caught.value.code == "invalid"


# Renaming, the collection trash and the kept import report -----------------------------------


def test_a_renamed_collection_and_speech_keep_their_names_through_a_reimport(
    library: Library,
) -> None:
    speech = library.store.speeches(1)[0]
    assert library.store.rename_collection(1, "  我的  范文 ").title == "我的 范文"
    assert library.store.rename_speech(speech.id, "开篇讲话").title == "开篇讲话"
    changed = make_document([P[0:3], P[3:6], P[6:8]])
    assert library.store.import_document(changed).status == ImportStatus.UPDATED
    assert library.store.collection(1).title == "我的 范文"
    assert library.store.speech(speech.id).title == "开篇讲话"
    assert library.store.speech_content(speech.id).record.title == "开篇讲话"


def test_an_empty_or_imported_title_brings_the_imported_one_back(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    library.store.rename_speech(speech.id, "别名")
    assert library.store.rename_speech(speech.id, "   ").title == speech.title
    library.store.rename_collection(1, "别名")
    assert library.store.rename_collection(1, "测试合集").title == "测试合集"
    assert library.db.value("SELECT custom_title FROM collections WHERE id = 1") is None


def test_a_renamed_file_is_still_recognised_by_its_imported_title(library: Library) -> None:
    library.store.rename_collection(1, "别名")
    moved = small_document(source="/elsewhere/测试合集.txt")
    report = library.store.import_document(moved)
    assert (report.collection_id, report.status) == (1, ImportStatus.UPDATED)


def test_a_trashed_collection_keeps_everything_and_comes_back(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    kept = library.annotations.create(speech.id, start=1, end=5, note="金句")
    library.reading.set_last_speech(speech.id)
    before = _dump(library.path)
    trashed = library.store.trash_collection(1)
    assert trashed.deleted is not None
    assert library.store.collections() == []
    assert [c.id for c in library.store.trashed_collections()] == [1]
    assert library.annotations.annotations() == []
    assert library.annotations.trash() == [], "its annotations are not trashed one by one"
    assert library.reading.last_speech() is None
    assert library.annotations.annotations(speech.id) == [kept], "still there by speech"
    restored = library.store.restore_collection(1)
    assert restored.deleted is None
    assert _dump(library.path) == before


def test_importing_a_trashed_collections_file_brings_it_back(library: Library) -> None:
    library.store.trash_collection(1)
    report = library.store.import_document(small_document())
    assert (report.collection_id, report.status) == (1, ImportStatus.UNCHANGED)
    assert [c.id for c in library.store.collections()] == [1]


def test_emptying_the_collection_trash_deletes_for_good(library: Library) -> None:
    other = library.store.import_document(make_document([P[10:12]], source="/data/b.txt"))
    speech = library.store.speeches(1)[0]
    library.annotations.create(speech.id, start=1, end=5)
    library.store.trash_collection(1)
    assert library.store.empty_collection_trash() == 1
    assert [c.id for c in library.store.collections()] == [other.collection_id]
    assert library.store.trashed_collections() == []
    assert library.db.value("SELECT count(*) FROM annotations") == 0


def test_the_last_import_report_of_a_change_is_kept(library: Library) -> None:
    first = library.store.last_import_report(1)
    assert first is not None
    assert (first.status, first.speeches, first.noise_removed) == (ImportStatus.CREATED, 3, 2)
    speech = library.store.speeches(1)[0]
    library.annotations.create(speech.id, start=1, end=5)
    updated = library.store.import_document(make_document([P[0:3], P[3:6], P[6:8]]))
    assert library.store.last_import_report(1) == updated
    library.store.import_document(make_document([P[0:3], P[3:6], P[6:8]]))  # unchanged
    assert library.store.last_import_report(1) == updated
    assert library.store.last_import_report(999) is None


def test_renaming_or_trashing_an_unknown_id_is_not_found(library: Library) -> None:
    for call in (
        lambda: library.store.rename_collection(999, "x"),
        lambda: library.store.rename_speech(999, "x"),
        lambda: library.store.trash_collection(999),
        lambda: library.store.restore_collection(999),
    ):
        with pytest.raises(LibraryError) as caught:
            call()
        assert caught.value.code == "not-found"


def test_live_speeches_leave_out_the_collections_in_the_trash(library: Library) -> None:
    other = library.store.import_document(make_document([P[10:12]], source="/data/b.txt"))
    assert library.store.live_speech_ids() is None, "nothing in the trash: every speech"
    library.store.trash_collection(1)
    kept = [record.id for record in library.store.speeches(other.collection_id)]
    assert library.store.live_speech_ids() == kept
    library.store.trash_collection(other.collection_id)
    assert library.store.live_speech_ids() == []
    library.store.restore_collection(1)
    library.store.restore_collection(other.collection_id)
    assert library.store.live_speech_ids() is None


def test_speech_order_is_the_trees_in_one_query_of_ids(tmp_path: Path) -> None:
    # Listing each collection's speeches to find the first one read every text (their
    # lengths): 0.3 s at every start on 10,000 speeches.
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        for number in (2, 3):
            document = small_document(title=f"合集{number}", source=f"/data/{number}.txt")
            library.store.import_document(document, keep_duplicates=True)  # copies, on purpose
        library.store.trash_collection(2)
        nested = [
            speech.id
            for collection in library.store.collections()
            for speech in library.store.speeches(collection.id)
        ]
        statements: list[str] = []
        library.db._conn.set_trace_callback(statements.append)
        assert library.store.speech_order() == nested
        library.db._conn.set_trace_callback(None)
        assert len([s for s in statements if "speeches" in s]) == 1
        assert not any("length(" in s or "text" in s for s in statements)


def test_speeches_present_are_those_asked_that_are_not_in_the_trash(tmp_path: Path) -> None:
    # Following a trash or an import asks this of the open speech and Go ▸ Back's places
    # instead of ordering all of a big library's speeches.
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        for number in (2, 3):
            document = small_document(title=f"合集{number}", source=f"/data/{number}.txt")
            library.store.import_document(document, keep_duplicates=True)  # copies, on purpose
        library.store.trash_collection(2)
        live = set(library.store.speech_order())
        trashed = {speech.id for speech in library.store.speeches(2)}
        assert trashed
        asked = {*list(live)[:1], *trashed, 10_000}
        assert library.store.speeches_present(asked) == asked & live
        assert library.store.speeches_present([]) == set()
        library.store.restore_collection(2)
        assert library.store.speeches_present(trashed) == trashed


def test_speech_label_parts_name_every_live_speech_in_one_query(tmp_path: Path) -> None:
    # "All speeches" and the trash name their groups by these: a speech list per collection
    # (every text's length, every speech's annotation count) took 0.13 s on 10,000 speeches.
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        for number in (2, 3):
            document = small_document(title=f"合集{number}", source=f"/data/{number}.txt")
            library.store.import_document(document, keep_duplicates=True)  # copies, on purpose
        library.store.rename_speech(library.store.speech_order()[1], "改过的题目")
        library.store.trash_collection(2)
        expected = [
            (speech.id, speech.title, speech.index, collection.title, collection.speech_count)
            for collection in library.store.collections()
            for speech in library.store.speeches(collection.id)
        ]
        statements: list[str] = []
        library.db._conn.set_trace_callback(statements.append)
        parts = library.store.speech_label_parts()
        library.db._conn.set_trace_callback(None)
        assert [
            (p.speech_id, p.title, p.index, p.collection_title, p.collection_size) for p in parts
        ] == expected
        assert "改过的题目" in [part.title for part in parts]
        selects = [s for s in statements if s.startswith("SELECT")]
        assert len(selects) == 1
        assert "text" not in selects[0].replace("custom_title", "")


def test_some_speech_label_parts_are_the_whole_library_s_for_those_speeches(
    tmp_path: Path,
) -> None:
    # The trash names a few speeches: the whole library's parts took ~70 ms on 10,000.
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        for number in (2, 3):
            document = small_document(title=f"合集{number}", source=f"/data/{number}.txt")
            library.store.import_document(document, keep_duplicates=True)  # copies, on purpose
        library.store.trash_collection(2)
        every = {part.speech_id: part for part in library.store.speech_label_parts()}
        order = library.store.speech_order()
        trashed = library.store.speeches(2)[0].id
        wanted = [order[-1], order[0], trashed]
        some = library.store.some_speech_label_parts(wanted)
        assert some.parts == [every[order[0]], every[order[-1]]], "in library order, live only"
        assert some.mixed, "two live collections"
        library.store.trash_collection(3)
        assert not library.store.some_speech_label_parts([order[0]]).mixed


def test_a_speechs_whole_outline_is_its_levels_together(library: Library) -> None:
    speech = library.store.speeches(1)[0]
    level_by_level, parents = [], [None]
    while parents:
        level = [r for p in parents for r in library.store.outline_children(speech.id, p)]
        level_by_level += level
        parents = [record.id for record in level if record.child_count]
    whole = library.store.outline_records(speech.id)
    assert sorted(whole, key=lambda r: r.id) == sorted(level_by_level, key=lambda r: r.id)
    assert [r.parent_id for r in whole[:3]] == [None, None, None]  # the top level first
    assert library.store.outline_records(10_000) == []


def test_speech_ids_in_a_collection_are_its_speeches_in_order_read_alone(tmp_path: Path) -> None:
    # ``trend --collection`` and ``count --collection`` need the ids, not each speech's record
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        document = small_document(title="合集2", source="/data/2.txt")
        library.store.import_document(document, keep_duplicates=True)
        for collection in library.store.collections():
            expected = [speech.id for speech in library.store.speeches(collection.id)]
            statements: list[str] = []
            library.db._conn.set_trace_callback(statements.append)
            assert library.store.speech_ids_in(collection.id) == expected
            library.db._conn.set_trace_callback(None)
            (select,) = [statement for statement in statements if "SELECT" in statement]
            assert "annotations" not in select
            assert "text" not in select
        assert library.store.speech_ids_in(999) == []


def _dated(
    source: str, first: int, speech_dates: list[str | None], date: str | None = None
) -> ImportedDocument:
    """A document from ``source`` (paragraphs from ``first`` on, a text of its own) whose
    speeches carry ``speech_dates`` (its own date: ``date``)."""
    paragraphs = [P[first + i : first + i + 1] for i in range(len(speech_dates))]
    document = make_document(paragraphs, source=source)
    speeches = [replace(s, date=d) for s, d in zip(document.speeches, speech_dates, strict=True)]
    return replace(document, speeches=speeches, date=date)


def test_first_dates_are_each_collections_earliest_speech_date(library: Library) -> None:
    store = library.store
    report = store.import_document(_dated("/data/b.txt", 10, ["1991-03-25", "1955-07-05", None]))
    undated = store.import_document(_dated("/data/c.txt", 13, [None, ""]))
    by_file = store.import_document(_dated("/data/d.txt", 15, [None], date="1970"))
    dates = store.first_dates()
    assert dates[report.collection_id] == "1955-07-05", "the earliest, not the first"
    assert undated.collection_id not in dates, "undated: none"
    assert dates[by_file.collection_id] == "1970", "no speech dated: the file's date"
    store.trash_collection(report.collection_id)
    assert report.collection_id not in store.first_dates(), "not one in the trash"
