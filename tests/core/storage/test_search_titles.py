"""Titles no line of their text shows (a compilation's 篇N speeches): search finds them too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.importing import import_bytes
from desktop.core.storage.database import Database
from desktop.core.storage.library import Library
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.search_index import SearchResult, TitleHit, search

BODY = "我们要坚持稳中求进工作总基调，推动高质量发展。"
COMPILATION = "\n\n".join(
    [
        "全市工作会议讲话汇编（精选2篇）",
        "在全市经济工作会议上的讲话 篇1",
        "同志们：\n" + BODY + "\n一、关于今年的工作\n" + BODY,
        "在全市优化营商环境大会上的讲话 篇2",
        "同志们：\n营商环境就是生产力。" + BODY + "\n一、提高认识\n" + BODY,
    ]
)
SECOND = "在全市优化营商环境大会上的讲话"


def _compilation(library: Library) -> tuple[int, int]:
    """Import the compilation; the ids of its two speeches."""
    report = library.store.import_document(import_bytes(COMPILATION.encode(), "汇编.txt"))
    first, second = library.store.speeches(report.collection_id)
    assert second.title == SECOND
    assert not library.store.speech_text(second.id).startswith("在全市")  # the title is apart
    return first.id, second.id


def _search(library: Library, query: str, **scope: object) -> SearchResult:
    with library.db.read() as conn:
        return search(conn, query, text_loader=library.store.speech_text, **scope)


def test_words_of_a_title_apart_from_the_text_find_the_speech(library: Library) -> None:
    _first, second = _compilation(library)
    found = _search(library, "优化营商环境")  # in the title only
    assert found.title_hits == (TitleHit(second, SECOND),)
    assert len(found.hits) == 0  # and no hit pretends to be in the text
    assert _search(library, "全市 大会").title_hits == (TitleHit(second, SECOND),)
    assert _search(library, "ＳＥＣＯＮＤ大会").title_hits == ()


def test_every_term_must_be_in_the_title_and_no_excluded_one_in_the_speech(
    library: Library,
) -> None:
    first, second = _compilation(library)
    assert _search(library, "优化 生产力").title_hits == ()  # 生产力 is in the text only
    assert _search(library, "讲话 -营商").title_hits == (
        (TitleHit(first, "在全市经济工作会议上的讲话")),
    )
    assert _search(library, "大会 -生产力").title_hits == ()  # its text holds 生产力
    hits = _search(library, "在全市").title_hits
    assert [hit.speech_id for hit in hits] == [first, second]


def test_scopes_and_note_searches_keep_to_themselves(library: Library) -> None:
    first, second = _compilation(library)
    assert _search(library, "营商", speech_ids=[first]).title_hits == ()
    assert _search(library, "营商", speech_ids=[second]).title_hits == (TitleHit(second, SECOND),)
    assert _search(library, "营商", notes_only=True).title_hits == ()


def test_a_title_its_text_shows_is_found_in_the_text_only(library: Library) -> None:
    (speech,) = [s for s in library.store.speeches(1) if s.title == "讲话2"]
    found = _search(library, "讲话2")
    assert found.title_hits == ()
    assert [(hit.speech_id, hit.start) for hit in found.hits] == [(speech.id, 0)]


def test_renames_and_deletions_keep_the_titles_in_step(library: Library) -> None:
    _first, second = _compilation(library)
    library.store.rename_speech(second, "营商环境专题讲话")
    assert _search(library, "专题").title_hits == (TitleHit(second, "营商环境专题讲话"),)
    assert _search(library, "大会").title_hits == ()
    library.store.rename_speech(second, "")  # the imported title again
    assert _search(library, "大会").title_hits == (TitleHit(second, SECOND),)
    collection_id = library.store.speech(second).collection_id
    library.store.delete_collection(collection_id)
    assert _search(library, "大会").title_hits == ()
    assert library.db.value("SELECT count(*) FROM search_title") == 0


def test_a_latin_term_finds_a_title_at_word_starts_only(library: Library) -> None:
    _first, second = _compilation(library)
    library.store.rename_speech(second, "Second Speech on the Economy")
    renamed = (TitleHit(second, "Second Speech on the Economy"),)
    assert _search(library, "econ").title_hits == renamed
    assert _search(library, "econ sec").title_hits == renamed
    assert _search(library, "cond").title_hits == ()  # inside "Second"
    assert _search(library, "speech -cond").title_hits == renamed


V2_SCHEMA = Path(__file__).parent / "fixtures" / "schema_v2.sql"


def test_a_version_2_library_upgrades_with_its_titles_apart_searchable(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(V2_SCHEMA.read_text(encoding="utf-8"))
    conn.executescript(
        """
        INSERT INTO collections VALUES (1, '汇编', '/data/a.txt', '2016', 'utf-8', 'txt',
            'fp', '2016-05-01T00:00:00Z', '2016-05-01T00:00:00Z');
        INSERT INTO speeches VALUES (1, 1, 1, '在全市大会上的讲话', NULL, NULL, NULL, NULL,
            '同志们：\n今天开会。', 'hash-1', NULL);
        INSERT INTO speeches VALUES (2, 1, 2, '第二篇讲话', NULL, NULL, NULL, NULL,
            '第二篇讲话\n今天开会。', 'hash-2', NULL);
        INSERT INTO spans VALUES (2, 0, 'title', 0, 5);
        """
    )
    conn.commit()
    conn.close()
    with Database.open(path) as db:
        with db.read() as reader:
            found = search(reader, "讲话", text_loader=LibraryStore(db).speech_text)
        assert found.title_hits == (TitleHit(1, "在全市大会上的讲话"),)
        assert [hit.speech_id for hit in found.hits] == [2]
        assert db.check() == []
