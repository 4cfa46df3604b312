"""Tests for desktop/core/storage/loose_hash.py: what the loose hash folds, and what it keeps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage.loose_hash import _NOT_WORD, _OTHER, loose_hash
from desktop.core.storage.search_text import normalise

TEXT = "一、提高认识，“效能革命”势在必行。\n要抓好ＧＤＰ（总量），２０２４年①项。"


def test_width_spaces_wraps_and_punctuation_s_form_are_folded() -> None:
    assert loose_hash('一、提高认识, "效能革命"势在必行.要抓好 GDP (总量),2024年1项.') == (
        loose_hash(TEXT)
    )
    wrapped = "一、提高认识，\n“效能革命”\u3000势在\n必行。要抓好gdp（总量），2024年 ①项。"
    assert loose_hash(wrapped) == loose_hash(TEXT)


def test_any_word_that_differs_tells_them_apart() -> None:
    assert loose_hash(TEXT.replace("提高", "加强")) != loose_hash(TEXT)
    assert loose_hash(TEXT.replace("２０２４", "２０２５")) != loose_hash(TEXT)
    assert loose_hash(TEXT + "再") != loose_hash(TEXT)


def test_no_ideograph_it_takes_as_it_is_would_fold() -> None:
    """The characters ``_OTHER`` skips (U+4000-9FFF) are those normalisation leaves alone."""
    skipped = (chr(code) for code in range(0x4000, 0xA000))
    changed = [c for c in skipped if _NOT_WORD.sub("", c) and normalise(c).lower() != c]
    assert changed == []
    assert not _OTHER.match("鿿")
    assert _OTHER.match("０")


@given(st.text(alphabet=st.sampled_from('讲话要抓好ＡaＢ１1，,。. \n\u3000“”"①'), max_size=80))
def test_a_text_hashes_as_its_folded_words_do(text: str) -> None:
    # What is dropped is judged on the text as written (a mark between ① and 1 goes), then what
    # is left is folded: the hash reads it so, a piece at a time, at C speed where it can.
    kept = _NOT_WORD.sub("", text)
    folded = "".join(_NOT_WORD.sub("", normalise(c)) if c.isalnum() else normalise(c) for c in kept)
    assert loose_hash(text) == loose_hash(folded.lower())


def test_a_mark_between_digits_keeps_numbers_apart() -> None:
    # A corrected figure is another text, not a near copy to leave out.
    assert loose_hash("增长1.5%，达到2024-01水平") != loose_hash("增长15%，达到202401水平")
    assert loose_hash("增长１．５%") == loose_hash("增长1.5％")  # its width still folds
    assert loose_hash("第1 条") == loose_hash("第1条")  # a space is no mark


def test_a_text_longer_than_one_piece_hashes_as_its_words() -> None:
    long = "２０２４年，要抓好落实。\n" * 20_000  # past GIL_PIECE: hashed a piece at a time
    assert loose_hash(long) == loose_hash(long.replace("，", ",").replace("２", "2"))
