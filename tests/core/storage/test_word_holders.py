"""A whole-library keyword followed: the speeches holding it from the stored counts, then its
places in one speech found as the speech's own keywords find them."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.chinese.keywords import document_words
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import text_keywords
from desktop.core.errors import CancelledError
from desktop.core.storage.library import Library
from desktop.core.storage.word_frequencies import _by_count, _pack
from desktop.core.storage.word_holders import (
    _count_of,
    speech_word_places,
    word_holders,
)
from tests.core.storage.documents import make_document, sample_paragraphs


def _direct(library: Library, segmenter: Segmenter, word: str) -> list[tuple[int, int]]:
    """(speech, count) of ``word`` by segmenting every text, in library order."""
    found = []
    for speech_id in library.store.speech_order():
        text = library.store.speech_text(speech_id)
        count = Counter(document_words(text, segmenter, wait=True) or [])[word]
        if count:
            found.append((speech_id, count))
    return found


def _holders(library: Library, word: str) -> list[tuple[int, int]]:
    with library.db.read() as conn:
        return [(h.speech_id, h.count) for h in word_holders(conn, word)]


def _common_words(library: Library, segmenter: Segmenter) -> list[str]:
    texts = [(i, library.store.speech_text(i)) for i in library.store.speech_order()]
    return [k.word for k in text_keywords(texts, segmenter, top=15, wait=True) or []]


def test_holders_are_the_speeches_counting_the_word_in_library_order(
    counted: Library, segmenter: Segmenter
) -> None:
    words = _common_words(counted, segmenter)
    assert any(len(_direct(counted, segmenter, word)) > 1 for word in words)
    for word in words:
        assert _holders(counted, word) == _direct(counted, segmenter, word)
    assert _holders(counted, "没有这个词语") == []
    assert _holders(counted, "") == []


def test_places_are_the_speech_keywords_places(counted: Library, segmenter: Segmenter) -> None:
    for word in _common_words(counted, segmenter)[:5]:
        for speech_id, count in _holders(counted, word):
            text = counted.store.speech_text(speech_id)
            (keyword,) = [
                k
                for k in text_keywords([(speech_id, text)], segmenter, top=200, wait=True) or []
                if k.word == word
            ]
            found = speech_word_places(counted.db, segmenter, speech_id, word)
            assert found is not None
            assert found.places == tuple((s, e) for _, s, e in keyword.occurrences)
            assert len(found.places) == count
            assert all(text[s:e] == word for s, e in found.places)


def test_the_trash_and_outdated_counts_hold_nothing(counted: Library, segmenter: Segmenter) -> None:
    word = _common_words(counted, segmenter)[0]
    second = counted.store.collections()[-1]
    in_second = set(counted.store.speech_titles_in(second.id))
    counted.store.trash_collection(second.id)
    held = _holders(counted, word)
    assert not {speech_id for speech_id, _ in held} & {i for i, _ in in_second}
    for speech_id, _title in in_second:
        assert speech_word_places(counted.db, segmenter, speech_id, word) is None
    counted.store.restore_collection(second.id)
    paragraphs = sample_paragraphs()
    changed = make_document([paragraphs[0:3], paragraphs[9:12], paragraphs[6:9]])
    counted.store.import_document(changed)  # the second speech re-imported, not counted yet
    second_speech = counted.store.speeches(1)[1].id
    assert second_speech not in {speech_id for speech_id, _ in _holders(counted, word)}


def test_a_deleted_speech_has_no_places(counted: Library, segmenter: Segmenter) -> None:
    (collection, _second) = counted.store.collections()
    speech_id = counted.store.speeches(collection.id)[0].id
    counted.store.delete_collection(collection.id)
    assert speech_word_places(counted.db, segmenter, speech_id, "发展") is None


def test_finding_holders_can_be_cancelled(counted: Library) -> None:
    with counted.db.read() as conn, pytest.raises(CancelledError):
        word_holders(conn, "发展", cancelled=lambda: True, check_every=1)


@settings(max_examples=200)
@given(
    st.dictionaries(
        st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=4),
        st.integers(1, 5),
        max_size=12,
    ),
    st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=4),
)
def test_a_word_count_is_read_from_the_stored_runs(counts: dict[str, int], word: str) -> None:
    distinct, runs = _by_count(Counter(counts))
    stored = "\n".join(distinct)
    assert _count_of(word, stored, _pack(runs)) == counts.get(word, 0)
