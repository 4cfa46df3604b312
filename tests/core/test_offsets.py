"""Tests for desktop/core/offsets.py: str offsets ↔ UTF-16 positions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.offsets import (
    HintedMap,
    Rounding,
    Utf16Map,
    str_to_utf16,
    utf16_length,
    utf16_to_str,
)

JI = "𠮷"  # CJK Extension B: one str character, two UTF-16 units
SMILE = "😀"


def _reference_to_utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def test_bmp_text_is_identity() -> None:
    mapping = Utf16Map("同志们：今天开会。")
    assert mapping.is_identity
    assert [mapping.to_utf16(i) for i in range(10)] == list(range(10))
    assert [mapping.to_str(i) for i in range(10)] == list(range(10))


def test_astral_character_counts_two_units() -> None:
    text = f"吉{JI}祥{SMILE}如意"
    mapping = Utf16Map(text)
    assert mapping.utf16_length == len(text.encode("utf-16-le")) // 2 == 8
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7, 8]
    assert [mapping.to_str(p) for p in (0, 1, 3, 4, 6, 7, 8)] == list(range(len(text) + 1))


def test_position_inside_a_surrogate_pair_rounds_as_asked() -> None:
    mapping = Utf16Map(f"a{JI}b")
    assert mapping.to_str(2) == 1
    assert mapping.to_str(2, Rounding.CEIL) == 2
    assert not mapping.is_boundary(2)
    assert mapping.is_boundary(1)
    assert mapping.is_boundary(3)


def test_range_conversions_cover_whole_characters() -> None:
    mapping = Utf16Map(f"{JI}{JI}甲")
    assert mapping.range_to_utf16(1, 3) == (2, 5)
    assert mapping.range_to_str(1, 3) == (0, 2)
    assert mapping.astral_between(0, 3) == 2
    assert mapping.astral_between(2, 3) == 0


@pytest.mark.parametrize(("offset", "expected"), [(-5, 0), (99, 4)])
def test_offsets_are_clamped(offset: int, expected: int) -> None:
    mapping = Utf16Map(f"甲{SMILE}乙")
    assert mapping.to_utf16(offset) == expected
    assert mapping.to_str(mapping.to_utf16(offset)) == min(max(offset, 0), 3)


def test_one_off_helpers() -> None:
    text = f"{SMILE}x"
    assert utf16_length(text) == 3
    assert str_to_utf16(text, 1) == 2
    assert utf16_to_str(text, 2) == 1


@given(st.text())
def test_every_str_offset_round_trips(text: str) -> None:
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert position == _reference_to_utf16(text, offset)
        assert mapping.is_boundary(position)
        assert mapping.to_str(position) == offset
        assert mapping.to_str(position, Rounding.CEIL) == offset


@given(st.text(alphabet=st.sampled_from(["a", "中", JI, SMILE, "\n"])))
def test_every_utf16_position_maps_to_a_neighbouring_character(text: str) -> None:
    mapping = Utf16Map(text)
    for position in range(mapping.utf16_length + 1):
        floor = mapping.to_str(position)
        ceil = mapping.to_str(position, Rounding.CEIL)
        assert mapping.to_utf16(floor) <= position <= mapping.to_utf16(ceil)
        assert ceil - floor == (0 if mapping.is_boundary(position) else 1)


HINT = "\u200b"  # a zero-width character the page shows and the str offsets do not count


def _hinted(text: str, hints: set[int]) -> str:
    return "".join((HINT if i in hints else "") + char for i, char in enumerate(text))


def test_a_hint_is_one_position_its_two_sides_one_offset() -> None:
    # 制”、|“港: the page shows 制”、\u200b“港; 𠮷 before and after it.
    text = f"{JI}制”、“港{JI}"
    mapping = HintedMap(text, [4])
    assert not mapping.is_identity
    assert mapping.utf16_length == utf16_length(text) + 1
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == [0, 2, 3, 4, 6, 7, 8, 10]
    assert mapping.to_str(5) == mapping.to_str(6) == 4  # either side of the hint: before “
    assert mapping.range_to_str(2, 6) == (1, 4)  # 制”、 and the hint after it
    assert mapping.range_to_utf16(4, 6) == (6, 8)  # “港: the hint left out
    assert mapping.to_str(9) == 6
    assert mapping.to_str(9, Rounding.CEIL) == 7  # inside the last 𠮷
    assert not mapping.is_boundary(9)
    assert HintedMap("中文").is_identity


@given(
    st.text(alphabet=st.sampled_from(["a", "中", JI, SMILE, "\n"])),
    st.sets(st.integers(min_value=1, max_value=40)),
)
def test_hinted_offsets_round_trip_and_count_the_page(text: str, hints: set[int]) -> None:
    hints = {hint for hint in hints if hint < len(text)}
    mapping = HintedMap(text, hints)
    page = _hinted(text, hints)
    assert mapping.utf16_length == len(page.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert mapping.to_str(position) == offset
        shown = _hinted(text[:offset], hints) + (HINT if offset in hints else "")
        assert position == len(shown.encode("utf-16-le")) // 2, "after its hint"
        if offset in hints:
            assert mapping.to_str(position - 1) == offset, "the hint's other side"
