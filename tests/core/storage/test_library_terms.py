"""The whole library's terms read from the per-speech counts: the same as counting its texts."""

from __future__ import annotations

import gc
import threading
from collections import Counter

import pytest

from desktop.core.chinese.formulations import collection_formulations
from desktop.core.chinese.keywords import document_words, general_idf, scored_keywords
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import IdfSource
from desktop.core.errors import CancelledError
from desktop.core.storage.library import Library
from desktop.core.storage.library_terms import library_terms
from desktop.core.storage.word_frequencies import stale_speeches, update_word_frequencies
from tests.core.storage.documents import make_document, sample_paragraphs


def _texts(library: Library) -> list[tuple[int, str]]:
    store = library.store
    return [
        (record.id, store.speech_text(record.id))
        for collection in store.collections()
        for record in store.speeches(collection.id)
    ]


def test_keywords_are_the_words_of_every_text_counted_directly(
    counted: Library, segmenter: Segmenter
) -> None:
    texts = _texts(counted)
    direct: Counter[str] = Counter()
    for _source, text in texts:
        direct.update(document_words(text, segmenter, wait=True) or [])
    expected = scored_keywords(direct, general_idf(), 10)
    with counted.db.read() as conn:
        found = library_terms(conn, top=10)
    assert [(k.word, k.count) for k in found.report.keywords] == [
        (k.word, k.count) for k in expected
    ]
    assert [k.score for k in found.report.keywords] == pytest.approx([k.score for k in expected])
    for keyword in found.report.keywords:
        holding = [
            s for s, text in texts if keyword.word in (document_words(text, segmenter) or [])
        ]
        assert keyword.sources() == len(holding)
    assert found.report.idf == IdfSource.JIEBA
    assert (found.counted, found.speeches, found.complete) == (len(texts), len(texts), True)


def test_formulations_are_those_of_every_text_with_their_places(
    counted: Library, segmenter: Segmenter
) -> None:
    expected = collection_formulations(_texts(counted), segmenter, wait=True)
    with counted.db.read() as conn:
        found = library_terms(conn).report.formulations
    assert expected
    assert [(f.text, f.kind, f.count, f.quoted, f.sources) for f in found] == [
        (f.text, f.kind, f.count, f.quoted, f.sources) for f in expected
    ]
    assert [sorted(f.occurrences) for f in found] == [sorted(f.occurrences) for f in expected]


def test_only_speeches_counted_on_their_text_take_part_and_the_trash_none(
    counted: Library, segmenter: Segmenter
) -> None:
    paragraphs = sample_paragraphs()
    counted.store.import_document(make_document([paragraphs[0:3], paragraphs[20:23]]))
    with counted.db.read() as conn:
        partial = library_terms(conn)
    # Collection 1 now holds two speeches, the second changed: its old counts no longer count.
    assert (partial.counted, partial.speeches) == (2, 3)
    assert not partial.complete
    counted.store.trash_collection(1)
    with counted.db.read() as conn:
        left = library_terms(conn)
    assert (left.counted, left.speeches) == (1, 1)


def test_rows_counted_before_the_counts_were_kept_are_counted_again(
    counted: Library, segmenter: Segmenter
) -> None:
    with counted.db.transaction() as conn:
        conn.execute("UPDATE speech_words SET counts = NULL, formulations = NULL")
    with counted.db.read() as conn:
        assert len(stale_speeches(conn)) == 4
        assert library_terms(conn).counted == 0
    assert update_word_frequencies(counted.db, segmenter) == 4
    with counted.db.read() as conn:
        assert library_terms(conn).complete


def test_reading_can_be_cancelled(counted: Library) -> None:
    with counted.db.read() as conn, pytest.raises(CancelledError):
        library_terms(conn, cancelled=lambda: True, check_every=1)


def test_reading_makes_no_pass_of_the_collector_in_its_thread(counted: Library) -> None:
    # The reader runs in a worker: a pass there could free a Qt object of the GUI thread that
    # died in a cycle, from the wrong thread. Its collector is paused and it collects nothing.
    passes: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        with counted.db.read() as conn:
            found = library_terms(conn, check_every=1)
    finally:
        gc.callbacks.remove(seen)
    assert found.counted
    assert passes == []
