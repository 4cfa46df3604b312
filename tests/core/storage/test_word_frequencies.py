"""The word counts behind keywords' IDF: cached per speech, never counting what is gone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.chinese import words_process
from desktop.core.chinese.keywords import DocumentFrequencies
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.errors import CancelledError
from desktop.core.storage import word_frequencies
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.schema import MIGRATIONS
from desktop.core.storage.word_frequencies import (
    document_frequencies,
    stale_speeches,
    store_speech_words,
    update_word_frequencies,
)
from tests.core.storage.documents import make_document, sample_paragraphs, small_document


def _texts(library: Library) -> list[str]:
    store = library.store
    return [
        store.speech_text(record.id)
        for collection in store.collections()
        for record in store.speeches(collection.id)
    ]


def _frequencies(library: Library) -> DocumentFrequencies:
    with library.db.read() as conn:
        return document_frequencies(conn)


def _same(one: DocumentFrequencies, other: DocumentFrequencies) -> bool:
    return one.to_dict() == other.to_dict()


def test_every_speech_is_stale_until_counted(library: Library, segmenter: Segmenter) -> None:
    with library.db.read() as conn:
        assert len(stale_speeches(conn)) == 3
    assert _frequencies(library).documents == 0
    assert update_word_frequencies(library.db, segmenter) == 3
    with library.db.read() as conn:
        assert stale_speeches(conn) == []
    expected = DocumentFrequencies.from_texts(_texts(library), segmenter)
    assert _same(_frequencies(library), expected)
    assert update_word_frequencies(library.db, segmenter) == 0


def test_a_reimported_speech_is_counted_on_its_new_text(
    library: Library, segmenter: Segmenter
) -> None:
    update_word_frequencies(library.db, segmenter)
    paragraphs = sample_paragraphs()
    changed = make_document([paragraphs[0:3], paragraphs[9:12], paragraphs[6:9]])
    library.store.import_document(changed)
    with library.db.read() as conn:
        stale = stale_speeches(conn)
    assert len(stale) == 1
    assert _frequencies(library).documents == 2  # the old text's words no longer count
    assert update_word_frequencies(library.db, segmenter) == 1
    expected = DocumentFrequencies.from_texts(_texts(library), segmenter)
    assert _same(_frequencies(library), expected)


def test_deleting_speeches_deletes_their_counts(library: Library, segmenter: Segmenter) -> None:
    update_word_frequencies(library.db, segmenter)
    (collection,) = library.store.collections()
    library.store.delete_collection(collection.id)
    assert _frequencies(library).documents == 0
    assert library.db.value("SELECT count(*) FROM speech_words") == 0


def test_words_of_an_outdated_text_are_not_stored(library: Library) -> None:
    (collection,) = library.store.collections()
    speech = library.store.speeches(collection.id)[0]
    with library.db.transaction() as conn:
        assert not store_speech_words(conn, speech.id, "another hash", ["效能"])
        assert not store_speech_words(conn, 999, speech.text_hash, ["效能"])
        assert store_speech_words(conn, speech.id, speech.text_hash, ["效能", "革命", "效能"])
    assert _frequencies(library).count("效能") == 1


def test_a_cancelled_update_keeps_the_batches_done(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_frequencies, "BATCH", 1)
    reports: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(reports) >= 2

    with pytest.raises(CancelledError):
        update_word_frequencies(
            library.db, segmenter, progress=lambda *done: reports.append(done), cancelled=cancelled
        )
    assert reports == [(1, 3), (2, 3)]
    assert _frequencies(library).documents == 2


def test_a_new_library_has_the_cache_table(library_path: Path, library: Library) -> None:
    assert library.db.value("SELECT count(*) FROM sqlite_master WHERE name = 'speech_words'") == 1


def test_a_collection_in_the_trash_is_neither_counted_nor_segmented(
    library: Library, segmenter: Segmenter
) -> None:
    paragraphs = sample_paragraphs()
    other = library.store.import_document(make_document([paragraphs[10:13]], source="/b.txt"))
    library.store.trash_collection(other.collection_id)
    assert update_word_frequencies(library.db, segmenter) == 3, "the trashed speech waits"
    assert _frequencies(library).documents == 3
    library.store.restore_collection(other.collection_id)
    with library.db.read() as conn:
        assert len(stale_speeches(conn)) == 1
    update_word_frequencies(library.db, segmenter)
    library.store.trash_collection(1)
    assert _frequencies(library).documents == 1, "counted rows of the trash no longer count"
    library.store.restore_collection(1)
    assert _frequencies(library).documents == 4, "and count again once restored"


def _segmented_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts segmented in this process from now on (not in another)."""
    texts: list[str] = []
    original = words_process.document_words

    def counted(text: str, segmenter: Segmenter, *, wait: bool = False) -> list[str] | None:
        texts.append(text)
        return original(text, segmenter, wait=wait)

    monkeypatch.setattr(words_process, "document_words", counted)
    monkeypatch.setattr(word_frequencies, "document_words", counted, raising=False)
    return texts


def test_many_speeches_are_segmented_in_a_process_of_their_own(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Minutes of jieba in the worker's thread held the GIL the window needs (50-100 ms gaps).
    monkeypatch.setattr(word_frequencies, "IN_PROCESS_FROM", 3, raising=False)
    segmented_here = _segmented_here(monkeypatch)
    reports: list[tuple[int, int]] = []
    assert update_word_frequencies(library.db, segmenter, progress=lambda *d: reports.append(d))
    assert segmented_here == []
    assert reports[-1] == (3, 3)
    expected = DocumentFrequencies.from_texts(_texts(library), segmenter)
    assert _same(_frequencies(library), expected)


def test_a_few_speeches_are_segmented_without_starting_a_process(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    segmented_here = _segmented_here(monkeypatch)
    assert update_word_frequencies(library.db, segmenter) == 3
    assert len(segmented_here) == 3


def test_without_a_process_the_worker_s_thread_counts_them(
    library: Library, segmenter: Segmenter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A sandbox or a frozen build may refuse to start one: the words are counted all the same.
    monkeypatch.setattr(word_frequencies, "IN_PROCESS_FROM", 3, raising=False)

    def refused(self: object) -> object:
        raise OSError("no process here")

    monkeypatch.setattr(word_frequencies.WordsProcess, "__enter__", refused)
    assert update_word_frequencies(library.db, segmenter) == 3
    expected = DocumentFrequencies.from_texts(_texts(library), segmenter)
    assert _same(_frequencies(library), expected)


@pytest.mark.parametrize(
    "emptying",
    # The keyword rule of candidates.py (COVID, 19 and 要带头); official usage (stop 23's
    # policy verbs, fragments and whole formulations); enumerations whole (两手抓、两手都要硬);
    # standing formulations written apart (大众创业、万众创新); straight quotes ("三农").
    [
        "_v14_words_counted_anew",
        "_v17_words_counted_by_official_usage",
        "_v18_enumerations_counted_whole",
        "_v19_standing_formulations_apart",
        "_v20_straight_quotes_quote",
    ],
)
def test_words_counted_by_an_older_rule_are_counted_anew_after_upgrading(
    library_path: Path, segmenter: Segmenter, emptying: str
) -> None:
    with open_library(library_path, seed=small_document) as library:
        assert update_word_frequencies(library.db, segmenter) == 3
    older = sqlite3.connect(library_path)
    # The version before the migration that empties the cache (later ones may follow it).
    before = [migration.__name__ for migration in MIGRATIONS].index(emptying)
    older.execute(f"PRAGMA user_version = {before}")
    older.close()
    with open_library(library_path) as library:
        with library.db.read() as conn:
            assert len(stale_speeches(conn)) == 3
        assert update_word_frequencies(library.db, segmenter) == 3
        expected = DocumentFrequencies.from_texts(_texts(library), segmenter)
        assert _same(_frequencies(library), expected)
