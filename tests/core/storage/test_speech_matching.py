"""Which stored speech each speech of a re-imported file continues."""

from __future__ import annotations

from desktop.core.imported import Speech
from desktop.core.storage.speech_matching import (
    StoredSpeech,
    bigrams,
    match_speeches,
    shares_content,
    similarity,
)
from tests.core.storage.documents import sample_paragraphs

P = sample_paragraphs()


def _stored(speeches: list[Speech]) -> list[StoredSpeech]:
    return [StoredSpeech(100 + s.index, s.index, s.title, s.text_hash, s.text) for s in speeches]


def _speech(index: int, title: str, *paragraphs: str) -> Speech:
    return Speech(index, title, "\n".join(paragraphs))


def test_identical_texts_match_wherever_they_moved() -> None:
    old = [_speech(1, "甲", P[0]), _speech(2, "乙", P[1]), _speech(3, "丙", P[2])]
    new = [_speech(1, "丙", P[2]), _speech(2, "甲", P[0]), _speech(3, "乙", P[1])]
    assert match_speeches(_stored(old), new) == {0: 103, 1: 101, 2: 102}


def test_an_edited_speech_matches_by_similarity_even_retitled() -> None:
    old = [_speech(1, "甲", P[0], P[1]), _speech(2, "乙", P[2], P[3])]
    edited = P[2].replace("效能", "作风") + "补充一句话。"
    new = [_speech(1, "乙（修订稿）", edited, P[3]), _speech(2, "新", P[10])]
    assert match_speeches(_stored(old), new) == {0: 102}


def test_same_title_and_place_match_despite_a_rewrite() -> None:
    old = [_speech(1, "在全市大会上的讲话", P[0])]
    new = [_speech(1, "在全市大会上的讲话", P[20])]
    assert match_speeches(_stored(old), new) == {0: 101}


def test_same_title_elsewhere_with_nothing_in_common_does_not_match() -> None:
    old = [_speech(1, "讲话", P[0]), _speech(2, "其他", P[1])]
    new = [_speech(1, "别的", P[1]), _speech(2, "讲话", P[30])]
    assert match_speeches(_stored(old), new) == {0: 102}


def test_duplicate_texts_pair_by_place() -> None:
    old = [_speech(1, "甲", P[0]), _speech(2, "甲", P[0])]
    new = [_speech(1, "甲", P[0]), _speech(2, "甲", P[0]), _speech(3, "甲", P[0])]
    assert match_speeches(_stored(old), new) == {0: 101, 1: 102}


def test_shares_content_needs_a_speech_in_common() -> None:
    old = _stored([_speech(1, "甲", P[0], P[1])])
    assert shares_content(old, [_speech(1, "x", P[0], P[1].replace("，", ","))])
    assert not shares_content(old, [_speech(1, "甲", P[40], P[41])])


def test_similarity_is_dice_of_bigrams() -> None:
    assert similarity(bigrams("效能革命"), bigrams("效能革命")) == 1.0
    assert similarity(bigrams("效能"), bigrams("革命")) == 0.0
    assert similarity(bigrams("效能革命"), bigrams("效能建设")) == 2 * 1 / (3 + 3)
    assert bigrams("效") == frozenset({"效"})
    assert similarity(bigrams(""), bigrams("")) == 1.0
