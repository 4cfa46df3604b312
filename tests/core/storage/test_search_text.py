"""Normalisation and tokens: one character for one, and one token per character offset."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage import search_text
from desktop.core.storage.search_text import (
    ESC,
    FILLER,
    SEP,
    gram_column,
    gram_tokens,
    normalisation_table,
    normalise,
    token,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＧＤＰ", "gdp"),
        ("ＡＢＣabcABC", "abcabcabc"),
        ("１２３４５６７８９０", "1234567890"),
        ("，：；（）！？％＋－", ",:;()!?%+-"),
        ("效能　革命", "效能 革命"),  # the ideographic space
        ("。、“”‘’《》——……", "。、“”‘’《》——……"),  # no one-character compatibility form
        ("ﬁ㈠㍿", "ﬁ㈠㍿"),  # their NFKC forms are longer: left as they are
        ("İ", "İ"),  # its lower case is two characters
        ("ΣΑΣ", "σασ"),
        ("\ud800a", "\ufffda"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_normalisation_is_one_for_one_and_idempotent() -> None:
    table = normalisation_table()
    assert all(ord(letter) in table for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for code, folded in table.items():
        assert len(folded) == 1
        assert table.get(ord(folded), folded) == folded, hex(code)
        assert not "A" <= folded <= "Z"  # FTS5's ascii tokenizer would fold these itself


def test_normalisation_follows_nfkc_where_one_character() -> None:
    for char in "ａＺ０９，．（＂＇":
        assert normalise(char) == unicodedata.normalize("NFKC", char).lower()


@given(st.text())
def test_normalise_keeps_length(text: str) -> None:
    assert len(normalise(text)) == len(text)
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("size", [1, 2, 3])
@given(text=st.text(alphabet="效能a ,\n\x00\x1f\x80\x80", max_size=40))
def test_one_token_per_offset(size: int, text: str) -> None:
    tokens = list(gram_tokens(text, size))
    assert len(tokens) == max(0, len(text) - size + 1)
    for offset, gram_token in enumerate(tokens):
        assert gram_token == token(text[offset : offset + size])
        assert SEP not in gram_token
        assert "\x00" not in gram_token


def test_token_encoding_is_one_to_one() -> None:
    alphabet = "a\x00\x1f\x80" + "2" + ESC
    grams = {a + b for a in alphabet for b in alphabet} | set(alphabet)
    tokens = {token(gram) for gram in grams}
    assert len(tokens) == len(grams)
    assert FILLER not in tokens


@pytest.mark.parametrize("size", [2, 3])
@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "效能革命𠮷x", "hello world\n"])
def test_fast_layout_equals_the_plain_join(size: int, text: str) -> None:
    assert gram_column(text, size).value == SEP.join(gram_tokens(text, size))


@given(st.text(alphabet="的的的效能,a\x00\x80", max_size=120), st.sampled_from([1, 3, 16]))
def test_hot_bigrams_become_filler_and_positions(text: str, threshold: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(search_text.HOT_MINIMUM, 2, threshold)
        column = gram_column(text, 2)
    tokens = column.value.split(SEP) if len(text) > 1 else []
    grams = [text[offset : offset + 2] for offset in range(len(text) - 1)]
    assert len(tokens) == len(grams)
    for gram in set(grams):
        offsets = [offset for offset, each in enumerate(grams) if each == gram]
        hot = len(offsets) >= threshold
        assert (token(gram) in column.hot) == hot
        expected = FILLER if hot else token(gram)
        assert all(tokens[offset] == expected for offset in offsets)
        if hot:
            assert list(column.hot[token(gram)]) == offsets


@given(st.text(alphabet="的的的效能,a\x00\x80", max_size=120), st.sampled_from([1, 3, 32]))
def test_hot_characters_become_filler_and_positions(text: str, threshold: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(search_text.HOT_MINIMUM, 1, threshold)
        column = gram_column(text, 1)
    tokens = column.value.split(SEP) if text else []
    assert len(tokens) == len(text)
    for char in set(text):
        offsets = [offset for offset, each in enumerate(text) if each == char]
        hot = len(offsets) >= threshold
        assert (token(char) in column.hot) == hot
        if hot:
            assert list(column.hot[token(char)]) == offsets
            assert all(tokens[offset] == FILLER for offset in offsets)
        else:
            assert all(tokens[offset] == token(char) for offset in offsets)
