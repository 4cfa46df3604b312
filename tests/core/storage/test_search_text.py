"""Normalisation: one character for one, width and case folded, the same for texts and queries."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage.search_text import FoldTable, normalisation_table, normalise


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


def test_fold_table_folds_only_the_characters_it_meets() -> None:
    # Folding all 1.1 million code points took ~200 ms on the GUI thread at the first save.
    table = FoldTable()
    assert "ＧＤＰ效能Ａ".translate(table) == "gdp效能a"
    assert sorted(table) == sorted(map(ord, "ＧＤＰ效能Ａ"))


@given(st.text())
def test_fold_table_agrees_with_the_full_table(text: str) -> None:
    assert text.translate(FoldTable()) == text.translate(normalisation_table())


@given(text=st.text(max_size=200), chunk=st.integers(1, 9))
def test_normalise_in_pieces_equals_the_whole_text_translated(text: str, chunk: int) -> None:
    from desktop.core.storage import search_text

    text = f"{text}\r\n𠮷ＧＤＰ{text}"  # pieces may split CRLF pairs and fall beside 𠮷
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_text, "GIL_PIECE", chunk)
        assert normalise(text) == text.translate(FoldTable())
