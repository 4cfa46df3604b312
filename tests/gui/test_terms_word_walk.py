"""Where arrow presses land among a whole-library keyword's occurrences, walked all at once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage.word_holders import WordHolder
from desktop.gui.terms_word_walk import Entry, Landing, Places, enter, walk_from


def _library(counts: list[int]) -> tuple[list[WordHolder], dict[int, Places]]:
    """Holders (speech ids 10, 11, …) with every place known."""
    holders = [WordHolder(10 + i, count) for i, count in enumerate(counts)]
    places = {h.speech_id: tuple((p, p + 1) for p in range(h.count)) for h in holders if h.count}
    return holders, places


def _one_by_one(counts: list[int], at: Landing, presses: list[int]) -> Landing:
    """Where the presses land taken one at a time, through the occurrences laid end to end."""
    flat = [(i, step) for i, count in enumerate(counts) for step in range(count)]
    position = flat.index((at.index, at.step))
    for press in presses:
        position = (position + press) % len(flat)
    return Landing(*flat[position])


@given(
    counts=st.lists(st.integers(0, 4), min_size=1, max_size=6).filter(any),
    start=st.integers(0, 100),
    presses=st.lists(st.sampled_from([1, -1]), min_size=1, max_size=60),
)
def test_presses_taken_together_land_where_one_by_one_would(
    counts: list[int], start: int, presses: list[int]
) -> None:
    holders, places = _library(counts)
    flat = [(i, step) for i, count in enumerate(counts) for step in range(count)]
    at = Landing(*flat[start % len(flat)])
    expected = _one_by_one(counts, at, presses)
    steps = sum(presses)
    landed = at if steps == 0 else walk_from(holders, places, at, steps)
    assert landed == expected


def test_a_speech_whose_places_are_unknown_is_entered_with_the_steps_left() -> None:
    holders, places = _library([3, 2, 4])
    del places[11]
    assert walk_from(holders, places, Landing(0, 1), 1) == Landing(0, 2)
    assert walk_from(holders, places, Landing(0, 1), 2) == Entry(1, 1, 0)
    assert walk_from(holders, places, Landing(0, 1), 5) == Entry(1, 1, 3)
    # Going up, the unknown speech is met after wrapping past the first.
    assert walk_from(holders, places, Landing(0, 1), -3) == Landing(2, 2)
    assert walk_from(holders, places, Landing(2, 0), -1) == Entry(1, -1, 0)


def test_speeches_found_without_the_word_are_stepped_over() -> None:
    holders, places = _library([2, 0, 3])
    places[12] = ()  # counted once, but its text no longer holds it
    assert walk_from(holders, places, Landing(0, 1), 1) == Landing(0, 0)
    assert enter(holders, places, Entry(1, 1, 0)) == Landing(0, 0)
    assert enter(holders, places, Entry(1, -1, 0)) == Landing(0, 1)


def test_nothing_to_land_on_when_no_speech_holds_the_word() -> None:
    holders, places = _library([0, 0])
    assert enter(holders, places, Entry(0, 1, 3)) is None


def test_many_rounds_of_the_library_are_walked_at_once() -> None:
    holders, places = _library([2, 3])
    assert walk_from(holders, places, Landing(0, 0), 5 * 10**9 + 1) == Landing(0, 1)
