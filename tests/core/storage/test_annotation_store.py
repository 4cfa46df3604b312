"""AnnotationStore: ranges with quotes, kinds, colours, the trash, reattaching orphans."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, AnnotationKind, Color, TextQuote
from desktop.core.document import text_hash
from desktop.core.errors import LibraryError
from desktop.core.storage.annotation_store import AnnotationStore
from desktop.core.storage.annotation_values import find_quote, normalise_tags, split_tag_line
from desktop.core.storage.library import Library, open_library
from tests.core.storage.documents import make_document
from tests.core.storage.test_library_store import RecordingIndexer

UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def test_a_highlight_keeps_position_quote_hash_and_times(
    library: Library, speech: tuple[int, str]
) -> None:
    speech_id, text = speech
    made = library.annotations.create(speech_id, start=100, end=110, note="**好**")
    assert (made.kind, made.color, made.state) == ("highlight", Color.YELLOW, "anchored")
    assert made.quote == TextQuote(text[100:110], text[68:100], text[110:142])
    assert made.text_hash == text_hash(text)
    assert UTC_TIME.match(made.created)
    assert made.modified == made.created
    assert made.deleted is None
    assert library.annotations.get(made.id) == made
    assert re.fullmatch(r"[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}", made.id)


def test_every_kind_of_annotation(library: Library, speech: tuple[int, str]) -> None:
    speech_id, text = speech
    note = library.annotations.create(speech_id, AnnotationKind.NOTE, 10, 20, note="想法")
    section = library.annotations.create(speech_id, AnnotationKind.SECTION_NOTE, 0, 4, note="节")
    whole = library.annotations.create(speech_id, AnnotationKind.SPEECH_NOTE, note="整篇")
    assert (note.color, note.exact) == (None, text[10:20])
    assert section.exact == text[0:4]
    assert (whole.start, whole.end, whole.exact, whole.is_range) == (None, None, "", False)
    listed = library.annotations.annotations(speech_id)
    assert [a.id for a in listed] == [section.id, note.id, whole.id]


@pytest.mark.parametrize(
    ("kind", "start", "end", "color", "speech_id"),
    [
        ("highlight", 5, 5, None, None),
        ("highlight", -1, 5, None, None),
        ("highlight", 10, 10**6, None, None),
        ("highlight", None, None, None, None),
        ("highlight", 1, 5, "orange", None),
        ("scribble", 1, 5, None, None),
        ("speech-note", 1, 5, None, None),
        ("highlight", 1, 5, None, 999),
    ],
)
def test_bad_annotations_are_refused(
    library: Library,
    speech: tuple[int, str],
    kind: str,
    start: int | None,
    end: int | None,
    color: str | None,
    speech_id: int | None,
) -> None:
    with pytest.raises(LibraryError) as caught:
        library.annotations.create(speech_id or speech[0], kind, start, end, color=color)
    assert caught.value.code in ("invalid", "not-found")
    assert library.annotations.annotations() == []


def test_edits_stamp_modified(library: Library, speech: tuple[int, str]) -> None:
    made = library.annotations.create(speech[0], start=1, end=5)
    noted = library.annotations.set_note(made.id, "新的笔记")
    recoloured = library.annotations.set_color(made.id, "blue")
    assert (recoloured.note, recoloured.color) == ("新的笔记", "blue")
    assert made.modified <= noted.modified <= recoloured.modified
    assert recoloured.created == made.created
    with pytest.raises(LibraryError):
        library.annotations.set_color(made.id, "rainbow")


def test_delete_goes_to_the_trash_and_restore_brings_it_back(
    library: Library, speech: tuple[int, str]
) -> None:
    kept = library.annotations.create(speech[0], start=1, end=5, tags=["留"])
    binned = library.annotations.create(speech[0], start=6, end=9, note="先删", tags=["删"])
    library.annotations.delete(binned.id)
    assert [a.id for a in library.annotations.annotations()] == [kept.id]
    [in_trash] = library.annotations.trash()
    assert (in_trash.id, in_trash.note, in_trash.tags) == (binned.id, "先删", ("删",))
    assert in_trash.deleted is not None
    assert in_trash.modified == binned.modified
    restored = library.annotations.restore(binned.id)
    assert restored.deleted is None
    assert library.annotations.trash() == []
    assert len(library.annotations.annotations()) == 2


def test_only_emptying_the_trash_deletes_rows(library: Library, speech: tuple[int, str]) -> None:
    kept = library.annotations.create(speech[0], start=1, end=5)
    for start in (10, 20, 30):
        made = library.annotations.create(speech[0], start=start, end=start + 3, tags=["旧"])
        library.annotations.delete(made.id)
    assert library.db.value("SELECT count(*) FROM annotations") == 4
    assert library.annotations.empty_trash() == 3
    assert library.db.value("SELECT count(*) FROM annotations") == 1
    assert library.annotations.tag_counts() == {}
    assert library.annotations.get(kept.id) == kept
    with pytest.raises(LibraryError):
        library.annotations.get(made.id)


def test_an_orphan_can_be_attached_again(library: Library, speech: tuple[int, str]) -> None:
    speech_id, text = speech
    made = library.annotations.create(speech_id, start=50, end=60, note="保留")
    with library.db.transaction() as conn:
        conn.execute("UPDATE annotations SET state = 'orphaned', start_pos = NULL, end_pos = NULL")
    [orphan] = library.annotations.orphans()
    assert (orphan.id, orphan.start, orphan.exact) == (made.id, None, text[50:60])
    attached = library.annotations.reattach(made.id, 200, 212)
    assert (attached.state, attached.start, attached.end) == (AnchorState.ANCHORED, 200, 212)
    assert attached.quote == TextQuote.from_text(text, 200, 212)
    assert attached.note == "保留"
    assert library.annotations.orphans() == []


def test_add_stores_an_annotation_made_elsewhere(library: Library, speech: tuple[int, str]) -> None:
    made = library.annotations.create(speech[0], start=1, end=5, tags=["甲"])
    library.annotations.delete(made.id)
    library.annotations.empty_trash()
    again = library.annotations.add(made)  # redo after undo
    assert again == made


def test_put_brings_back_an_annotation_exactly_as_it_was(
    library: Library, speech: tuple[int, str]
) -> None:
    speech_id, _text = speech
    before = library.annotations.create(speech_id, start=10, end=20, tags=["金句"], note="甲")
    library.annotations.set_note(before.id, "乙")
    library.annotations.set_tags(before.id, ["数据"])
    library.annotations.reattach(before.id, 30, 40)
    library.annotations.delete(before.id)
    assert library.annotations.put(before) == before
    assert library.annotations.get(before.id) == before
    assert library.annotations.tag_counts() == {"金句": 1}


def test_purge_deletes_one_annotation_for_good(library: Library, speech: tuple[int, str]) -> None:
    speech_id, _text = speech
    kept = library.annotations.create(speech_id, start=1, end=5, tags=["数据"])
    gone = library.annotations.create(speech_id, start=10, end=20, tags=["金句"])
    assert library.annotations.purge(gone.id) == gone
    assert library.annotations.annotations() == [kept]
    assert library.annotations.trash() == []
    assert library.annotations.tag_counts() == {"数据": 1}
    with pytest.raises(LibraryError) as caught:
        library.annotations.purge(gone.id)
    assert caught.value.code == "not-found"


def test_find_answers_none_where_get_says_not_found(
    library: Library, speech: tuple[int, str]
) -> None:
    speech_id, _text = speech
    made = library.annotations.create(speech_id, start=1, end=5)
    library.annotations.delete(made.id)
    assert library.annotations.find(made.id) == library.annotations.get(made.id)
    library.annotations.purge(made.id)
    assert library.annotations.find(made.id) is None
    with pytest.raises(LibraryError) as caught:
        library.annotations.get(made.id)
    assert caught.value.code == "not-found"


def test_search_index_hears_of_notes(library: Library, speech: tuple[int, str]) -> None:
    indexer = RecordingIndexer()
    store = AnnotationStore(library.db, indexer)
    made = store.create(speech[0], start=1, end=5, note="笔记")
    store.set_note(made.id, "改了")
    store.delete(made.id)
    store.restore(made.id)
    store.delete(made.id)
    store.empty_trash()
    assert [call for call, _id in indexer.calls] == [
        "index_note",
        "index_note",
        "remove_note",
        "index_note",
        "remove_note",
        "remove_note",
    ]


def test_find_quote_counts_occurrences() -> None:
    text = "哈哈哈，效能革命，再说效能革命。"
    assert find_quote(text, "效能革命") == (4, 8)
    assert find_quote(text, "效能革命", 2) == (11, 15)
    assert find_quote(text, "哈哈", 2) == (1, 3)
    for quote, occurrence in (("效能革命", 3), ("没有", 1), ("", 1), ("哈", 0)):
        with pytest.raises(LibraryError):
            find_quote(text, quote, occurrence)


def test_a_line_of_tags_splits_as_the_window_and_the_export_filter_read_it() -> None:
    assert split_tag_line("金句， 数据,提法、 开头 ；结尾;") == [
        "金句",
        "数据",
        "提法",
        "开头",
        "结尾",
    ]
    assert split_tag_line(" two   words ,") == ["two words"]
    assert split_tag_line("  ,，  ") == []


def test_normalise_tags() -> None:
    assert normalise_tags(["  a  b ", "A B", "", "   ", "数据"]) == ("a b", "数据")
    assert normalise_tags(["重点", "经济", "Zeta", "引用", "经济", "zeta"]) == (
        "重点",
        "经济",
        "Zeta",
        "引用",
    )


def test_a_tag_holding_a_separator_is_stored_as_the_tags_it_separates() -> None:
    """The line of tags splits at these, so a stored name holding one (``annotate --tag``, an
    imported file) was split by the editor later, unasked."""
    assert normalise_tags(["经济,改革", "数据；图表", "金句、 开头", "经济"]) == (
        "经济",
        "改革",
        "数据",
        "图表",
        "金句",
        "开头",
    )


_TEXTS = st.text(alphabet=st.sampled_from(list("效能革命，。\n 𠮷😀abc")), min_size=1, max_size=120)


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """One library for every example of a property test (a new one each would be slow)."""
    path = tmp_path_factory.mktemp("property") / "library.sqlite"
    with open_library(path, seed=None, daily_backup=False) as library:
        yield library


@given(text=_TEXTS, data=st.data())
def test_a_quote_is_always_the_text_at_its_position(
    shared_library: Library, text: str, data: st.DataObject
) -> None:
    report = shared_library.store.import_document(
        make_document([[text]], source=f"/data/{uuid.uuid4()}.txt")
    )
    speech = shared_library.store.speeches(report.collection_id)[0]
    stored = shared_library.store.speech_text(speech.id)
    start = data.draw(st.integers(0, len(stored) - 1))
    end = data.draw(st.integers(start + 1, len(stored)))
    made = shared_library.annotations.create(speech.id, start=start, end=end)
    again = shared_library.annotations.get(made.id)
    assert again.exact == stored[start:end]
    assert again.quote.prefix == stored[max(0, start - 32) : start]
    assert again.quote.suffix == stored[end : end + 32]


def test_every_field_is_read_back_as_stored(library: Library, speech: tuple[int, str]) -> None:
    # Rows are unpacked by position and empty tags and extra skip JSON: each field must still
    # land in its own place, a non-empty extra and tags included.
    speech_id, _text = speech
    made = library.annotations.create(speech_id, start=3, end=9, note="注", tags=["乙", "甲"])
    stored = library.annotations.add(
        replace(made, id=str(uuid.uuid4()), extra={"来源": "导入"}, state=AnchorState.FUZZY)
    )
    listed = {a.id: a for a in library.annotations.annotations(speech_id)}
    assert listed[made.id] == made
    assert listed[stored.id] == stored
    assert (stored.extra, stored.tags, stored.state) == ({"来源": "导入"}, ("乙", "甲"), "fuzzy")
    assert (made.extra, made.start, made.end, made.note) == ({}, 3, 9, "注")


def test_a_collection_s_annotations_come_in_one_read_in_the_trash_or_not(
    library: Library,
) -> None:
    first, second = (record.id for record in library.store.speeches(1)[:2])
    other = library.store.import_document(make_document(["另一篇文稿的内容。"], source="/b.txt"))
    elsewhere = library.store.speeches(other.collection_id)[0].id
    late = library.annotations.create(first, start=20, end=24)
    early = library.annotations.create(first, start=2, end=6)
    next_speech = library.annotations.create(second, start=0, end=4)
    library.annotations.create(elsewhere, start=0, end=2)
    library.annotations.delete(library.annotations.create(second, start=8, end=9).id)
    expected = [early.id, late.id, next_speech.id]
    assert [a.id for a in library.annotations.collection_annotations(1)] == expected
    library.store.trash_collection(1)
    assert [a.id for a in library.annotations.collection_annotations(1)] == expected
    assert library.annotations.collection_annotations(999) == []
