"""A search's hits as a table: the rows the search panel and ``search --csv`` export."""

from __future__ import annotations

from pathlib import Path

from desktop.core.storage.library import open_library
from desktop.core.storage.search_index import search
from desktop.core.storage.search_table import (
    SEARCH_HEADER,
    SpeechCells,
    search_table,
    speech_cells,
)
from desktop.core.storage.search_titles import TitleHit
from tests.core.storage.documents import small_document
from tests.core.storage.search_helpers import index_notes, index_texts, new_index

TEXTS = {1: "发展经济。\n经济工作要抓实。", 2: "经济社会发展"}


def test_each_hit_is_a_row_with_its_speech_and_context() -> None:
    conn = new_index()
    index_texts(conn, TEXTS)
    result = search(conn, "经济", text_loader=TEXTS.__getitem__)
    speeches = {
        1: SpeechCells("讲话一", "汇编", "2016-04-15", "徐进"),
        2: SpeechCells("讲话二", "汇编"),
    }
    table = search_table(result, result.hits, speeches.__getitem__, width=3)
    assert table.header == SEARCH_HEADER
    assert table.rows == (
        (1, "讲话一", "", 2, 4, "发展", "经济", "。⏎经", "", "text", "汇编", "2016-04-15", "徐进"),
        (
            1,
            "讲话一",
            "",
            6,
            8,
            "济。⏎",
            "经济",
            "工作要",
            "",
            "text",
            "汇编",
            "2016-04-15",
            "徐进",
        ),
        (2, "讲话二", "", 0, 2, "", "经济", "社会发", "", "text", "汇编", "", ""),
    )


def test_a_hit_in_an_annotation_names_it() -> None:
    conn = new_index()
    index_texts(conn, TEXTS)
    index_notes(conn, {"a-1": (2, "经济数据")})
    result = search(conn, "经济", text_loader=TEXTS.__getitem__, notes_only=True)
    table = search_table(result, result.note_hits, lambda _id: SpeechCells("讲话二"))
    assert [(row[0], row[6], row[8], row[9]) for row in table.rows] == [(2, "经济", "a-1", "note")]


def test_a_speech_found_by_its_title_is_a_row() -> None:
    conn = new_index()
    index_texts(conn, TEXTS)
    result = search(conn, "econ", text_loader=TEXTS.__getitem__)
    titles = [TitleHit(2, "The Second Speech on the Economy")]
    cells = SpeechCells("讲话二", "Speeches", "2009-03-05", "Wen")
    table = search_table(result, [*titles, *result.hits], lambda _id: cells, 4)
    assert table.rows == (
        (2, titles[0].title, "", "", "", "the ", "Econ", "omy", "", "title")
        + ("Speeches", "2009-03-05", "Wen"),
    )


def test_the_cells_of_many_speeches_come_in_one_query(tmp_path: Path) -> None:
    with open_library(tmp_path / "library.sqlite", seed=small_document) as library:
        document = small_document(title="合集2", source="/data/2.txt")
        library.store.import_document(document, keep_duplicates=True)
        store = library.store
        speeches = [s for c in store.collections() for s in store.speeches(c.id)]
        store.rename_speech(speeches[0].id, "改过的题目")
        store.trash_collection(speeches[-1].collection_id)  # a speech named in the trash too
        expected = {
            s.id: SpeechCells(
                store.speech(s.id).title,
                store.collection(s.collection_id).title,
                s.date or "",
                s.speaker or "",
            )
            for s in speeches
        }
        statements: list[str] = []
        with library.db.read() as conn:
            conn.set_trace_callback(statements.append)
            assert speech_cells(conn, [*expected, 10_000]) == expected
            conn.set_trace_callback(None)
        assert len(statements) == 1
        assert expected[speeches[0].id].title == "改过的题目"
