"""Tokens: one per character offset and gram size, one-to-one, hot grams set apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage import search_text, search_tokens
from desktop.core.storage.search_tokens import (
    ESC,
    SEP,
    filler,
    gram_column,
    gram_tokens,
    token,
)


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
    assert filler(1) not in tokens
    assert filler(2) not in tokens


@pytest.mark.parametrize("size", [2, 3])
@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "效能革命𠮷x", "hello world\n"])
def test_fast_layout_equals_the_plain_join(size: int, text: str) -> None:
    assert gram_column(text, size).value == SEP.join(gram_tokens(text, size))


@given(st.text(alphabet="的的的效能,a\x00\x80", max_size=120), st.sampled_from([1, 3, 16]))
def test_hot_bigrams_become_filler_and_positions(text: str, threshold: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(search_tokens.HOT_MINIMUM, 2, threshold)
        column = gram_column(text, 2)
    tokens = column.value.split(SEP) if len(text) > 1 else []
    grams = [text[offset : offset + 2] for offset in range(len(text) - 1)]
    assert len(tokens) == len(grams)
    for gram in set(grams):
        offsets = [offset for offset, each in enumerate(grams) if each == gram]
        hot = len(offsets) >= threshold
        assert (token(gram) in column.hot) == hot
        expected = filler(2) if hot else token(gram)
        assert all(tokens[offset] == expected for offset in offsets)
        if hot:
            assert list(column.hot[token(gram)]) == offsets


@given(st.text(alphabet="的的的效能,a\x00\x80", max_size=120), st.sampled_from([1, 3, 32]))
def test_hot_characters_become_filler_and_positions(text: str, threshold: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(search_tokens.HOT_MINIMUM, 1, threshold)
        column = gram_column(text, 1)
    tokens = column.value.split(SEP) if text else []
    assert len(tokens) == len(text)
    for char in set(text):
        offsets = [offset for offset, each in enumerate(text) if each == char]
        hot = len(offsets) >= threshold
        assert (token(char) in column.hot) == hot
        if hot:
            assert list(column.hot[token(char)]) == offsets
            assert all(tokens[offset] == filler(1) for offset in offsets)
        else:
            assert all(tokens[offset] == token(char) for offset in offsets)


# Small pieces put chunk boundaries inside paragraphs, CRLF pairs and between 𠮷 and its
# neighbours; the alphabet repeats enough for grams to be hot at small thresholds.
_PIECE_TEXT = st.text(alphabet="的的效能革命\r\n𠮷a ，\x00\x1f\x80", max_size=300)


@pytest.mark.parametrize("size", [1, 2, 3])
@given(text=_PIECE_TEXT, chunk=st.integers(1, 9))
def test_token_chunks_are_the_tokens_in_order(size: int, text: str, chunk: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_text, "GIL_PIECE", chunk)
        pieces = list(search_tokens.token_chunks(text, size))
    assert all(0 < len(tokens) <= chunk for _start, tokens in pieces)
    flat = [gram for start, tokens in pieces for gram in tokens]
    assert [start for start, _tokens in pieces] == list(range(0, len(flat), chunk))
    assert flat == list(gram_tokens(text, size))


@pytest.mark.parametrize("size", [1, 2])
@given(
    text=_PIECE_TEXT,
    chunk=st.integers(1, 9),
    threshold=st.sampled_from([1, 2, 5]),
    find_limit=st.sampled_from([0, 1000]),
)
def test_hot_positions_in_pieces_equal_one_pass_over_the_whole_text(
    size: int, text: str, chunk: int, threshold: int, find_limit: int
) -> None:
    tokens = list(gram_tokens(text, size))
    counts = {gram: tokens.count(gram) for gram in dict.fromkeys(tokens)}  # first-seen order
    expected = {
        gram: [offset for offset, each in enumerate(tokens) if each == gram]
        for gram, count in counts.items()
        if count >= threshold
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(search_tokens.HOT_MINIMUM, size, threshold)
        patch.setattr(search_text, "GIL_PIECE", chunk)
        patch.setattr(search_tokens, "_FIND_LIMIT", find_limit)  # both ways of finding them
        found = search_tokens.hot_positions(text, size)
    assert list(found) == list(expected)
    assert {gram: list(offsets) for gram, offsets in found.items()} == expected


@pytest.mark.parametrize("size", [1, 2, 3])
@given(text=st.text(alphabet="的的效能革命\r\n𠮷a ，", max_size=300), chunk=st.integers(1, 9))
def test_gram_column_does_not_depend_on_the_piece_size(size: int, text: str, chunk: int) -> None:
    whole = gram_column(text, size)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_text, "GIL_PIECE", chunk)
        pieced = gram_column(text, size)
    assert pieced == whole
    assert list(pieced.hot) == list(whole.hot)
