"""Notes in the library's search: a hit reads as the note does (no Markdown marks), and an
annotation's tags are found as the annotations dock's filter finds them, the index following
every change of tags in its transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.annotation import Annotation
from desktop.core.storage.indexing import note_search_text
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.schema import MIGRATIONS
from desktop.core.storage.search_index import SearchResult, index_note, search
from desktop.core.storage.search_result import Hit
from tests.core.storage.documents import make_document, small_document


def _note(library: Library, note: str, tags: tuple[str, ...] = ()) -> Annotation:
    speech = library.store.speeches(library.store.collections()[0].id)[0]
    return library.annotations.create(speech.id, "note", 10, 14, note=note, tags=tags)


def _notes(library: Library, query: str) -> SearchResult:
    with library.db.read() as conn:
        return search(conn, query, text_loader=library.store.speech_text, notes_only=True)


def _lines(result: SearchResult, hits: list[Hit] | None = None, width: int = 20) -> list[str]:
    return [result.snippet(hit, width).line("|") for hit in hits or result.note_hits]


def test_a_note_hit_reads_as_the_note_does(library: Library) -> None:
    _note(library, "**开头可用**：讲清形势，见[原文](https://www.gov.cn)")
    result = _notes(library, "开头")
    assert _lines(result)[0].startswith("|开头|可用：讲清形势，见原文")
    # Words the marks split in the typed text are found as they read.
    assert _lines(_notes(library, "可用：讲")) == [
        "开头|可用：讲|清形势，见原文⏎" + _quote(library)
    ]


def _quote(library: Library) -> str:
    speech = library.store.speeches(library.store.collections()[0].id)[0]
    return library.store.speech_text(speech.id)[10:14]


def test_a_snippet_cut_inside_the_marks_shows_none(library: Library) -> None:
    _note(library, "背景**开头可用**：讲")
    result = _notes(library, "可用")
    (line,) = _lines(result, width=3)
    assert line == "景开头|可用|：讲⏎"
    assert "*" not in line


def test_headings_lists_and_escapes_are_read_too(library: Library) -> None:
    _note(library, "## 要点\n\n- 第一条 \\*原样\\*\n1. 第二条")
    assert _lines(_notes(library, "第一条"), width=6) == ["要点⏎|第一条| *原样*⏎"]


def test_a_tag_is_found_as_a_note_hit_showing_the_tag(library: Library) -> None:
    annotation = _note(library, "讲清楚", tags=("形势", "开头"))
    result = _notes(library, "形势")
    assert [hit.annotation_id for hit in result.note_hits] == [annotation.id]
    assert _lines(result)[0].endswith("⏎#|形势| #开头")
    assert [hit.annotation_id for hit in _notes(library, "#形势").note_hits] == [annotation.id]


def test_changing_tags_keeps_the_index_right(library: Library) -> None:
    annotation = _note(library, "讲清楚")
    assert len(_notes(library, "形势").note_hits) == 0
    library.annotations.set_tags(annotation.id, ["形势"])
    assert len(_notes(library, "形势").note_hits) == 1
    library.annotations.rename_tag("形势", "大局")
    assert len(_notes(library, "形势").note_hits) == 0
    assert len(_notes(library, "大局").note_hits) == 1
    library.annotations.delete_tag("大局")
    assert len(_notes(library, "大局").note_hits) == 0
    # An undo puts the annotation back as it was, tags and all.
    library.annotations.put(replace(annotation, tags=("大局",)))
    assert len(_notes(library, "大局").note_hits) == 1


def test_a_tag_change_that_fails_leaves_the_index_as_it_was(library: Library) -> None:
    annotation = _note(library, "讲清楚", tags=("形势",))
    with pytest.raises(RuntimeError, match="later step"):
        _rename_then_fail(library)
    assert len(_notes(library, "形势").note_hits) == 1
    assert len(_notes(library, "大局").note_hits) == 0
    assert library.annotations.get(annotation.id).tags == ("形势",)


def _rename_then_fail(library: Library) -> None:
    with library.db.transaction():
        library.annotations.rename_tag("形势", "大局")
        raise RuntimeError("a later step failed")


def test_upgrading_reads_the_notes_and_tags_anew(library_path: Path) -> None:
    with open_library(library_path, seed=small_document) as library:
        annotation = _note(library, "**开头可用**：讲", tags=("形势",))
        trashed = _note(library, "**已删**", tags=("形势",))
        library.annotations.delete(trashed.id)
        with library.db.transaction() as conn:
            # As version 14 indexed it: the note as typed, no tags.
            raw = note_search_text(annotation.note, annotation.exact)
            index_note(conn, annotation.id, annotation.speech_id, raw)
    names = [migration.__name__ for migration in MIGRATIONS]
    _set_version(library_path, names.index("_v15_notes_read_and_tagged"))
    with open_library(library_path) as library:
        assert [hit.annotation_id for hit in _notes(library, "形势").note_hits] == [annotation.id]
        assert _lines(_notes(library, "开头"))[0].startswith("|开头|可用：讲⏎")
        assert len(_notes(library, "已删").note_hits) == 0  # the trash stays out


def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def test_a_reimport_that_changes_a_quote_keeps_the_tags_found(library_path: Path) -> None:
    paragraphs = ["今天我们开会，研究形势, 部署工作。", "第二段讲落实。"]
    with open_library(library_path, seed=lambda: make_document([paragraphs])) as library:
        speech = library.store.speeches(library.store.collections()[0].id)[0]
        start = library.store.speech_text(speech.id).index("形势, 部署")
        made = library.annotations.create(
            speech.id, "note", start, start + 6, note="**要点**", tags=("开篇妙语",)
        )
        changed = [paragraphs[0].replace(", ", "，"), paragraphs[1]]
        library.store.import_document(make_document([changed]))
        assert library.annotations.get(made.id).exact != made.exact  # indexed again
        assert [hit.annotation_id for hit in _notes(library, "开篇妙语").note_hits] == [made.id]
        assert _lines(_notes(library, "要点"))[0].startswith("|要点|⏎形势，部署")


def test_a_result_takes_the_hits_in_notes_found_anew_keeping_those_in_texts(
    library: Library,
) -> None:
    first = _note(library, "开头可用")
    with library.db.read() as conn:
        shown = search(conn, "可用", text_loader=library.store.speech_text)
    texts = (shown.text_total, shown.speech_counts())
    second = _note(library, "也可用")
    shown.take_note_hits(_notes(library, "可用"))
    assert (shown.text_total, shown.speech_counts()) == texts
    assert (shown.note_total, shown.total) == (2, shown.text_total + 2)
    found = sorted(shown.note_hits, key=lambda hit: hit.annotation_id or "")
    assert [hit.annotation_id for hit in found] == sorted([first.id, second.id])
    assert {_lines(shown, [hit])[0].split("|")[1] for hit in found} == {"可用"}
