"""Where a number of arrow presses lands among a whole-library keyword's occurrences.

The occurrences run speech by speech through the speeches holding the word (``holders``, in
library order, wrapping); a speech's places are known once it was looked up (``places``). Presses
made while a lookup ran are applied together when it ends: a count of steps is walked here
without opening the speeches stepped over, through what is known, stopping at the first speech
whose places are still to be looked up. Plain Python (no Qt), so the walk is tested alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.storage.word_holders import WordHolder

Places = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Landing:
    """The occurrence reached: the ``step``-th place of holder ``index``."""

    index: int
    step: int


@dataclass(frozen=True, slots=True)
class Entry:
    """Holder ``index`` is entered going ``direction`` (±1), ``left`` steps more to take
    after its first place that way (its first going down, its last going up)."""

    index: int
    direction: int
    left: int


def walk_from(
    holders: Sequence[WordHolder], places: Mapping[int, Places], at: Landing, steps: int
) -> Landing | Entry | None:
    """Take ``steps`` (signed, non-zero) from the occurrence ``at``.

    A Landing; an Entry into a speech whose places must be looked up first; None if no speech
    holds the word any more.
    """
    direction = 1 if steps > 0 else -1
    here = places.get(holders[at.index].speech_id)
    if here is None:  # forgotten (the library changed): go on from the speech's end
        return enter(holders, places, Entry(at.index + direction, direction, abs(steps) - 1))
    target = at.step + steps
    if 0 <= target < len(here):
        return Landing(at.index, target)
    left = target - len(here) if direction > 0 else -target - 1
    return enter(holders, places, Entry(at.index + direction, direction, left))


def enter(
    holders: Sequence[WordHolder], places: Mapping[int, Places], entry: Entry
) -> Landing | Entry | None:
    """Walk on from ``entry`` through the speeches whose places are known, wrapping.

    Speeches found gone (count 0) are stepped over. Returns where the steps land, the Entry
    into the first speech to look up, or None if no speech holds the word.
    """
    holding = [holder for holder in holders if _holds(holder, places)]
    if not holding:
        return None
    left = entry.left
    if all(holder.speech_id in places for holder in holding):
        # Every place known: whole rounds of the library end where they began.
        left %= sum(len(places[holder.speech_id]) for holder in holding)
    index = entry.index % len(holders)
    while True:
        holder = holders[index]
        if _holds(holder, places):
            here = places.get(holder.speech_id)
            if here is None:
                return Entry(index, entry.direction, left)
            if left < len(here):
                step = left if entry.direction > 0 else len(here) - 1 - left
                return Landing(index, step)
            left -= len(here)
        index = (index + entry.direction) % len(holders)


def _holds(holder: WordHolder, places: Mapping[int, Places]) -> bool:
    """Whether the speech may hold the word: counted so, and not found without it."""
    return holder.count > 0 and places.get(holder.speech_id) != ()
