"""Where the Go menu goes: the next and previous section, the next speech, and back.

Plain functions over offsets and ids, so the rules are tested without a window.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from desktop.core.document import NodeKind, OutlineNode, iter_nodes

HISTORY_LIMIT = 100


def section_stops(outline: Sequence[OutlineNode]) -> list[int]:
    """Where sections start: every heading; a speech without headings stops at its points."""
    headings = [node.start for node in iter_nodes(list(outline)) if node.kind == NodeKind.HEADING]
    stops = headings or [node.start for node in outline]
    return sorted(set(stops))


def next_stop(stops: Sequence[int], offset: int) -> int | None:
    """The first stop after ``offset``, or None at the last section."""
    index = bisect_right(stops, offset)
    return stops[index] if index < len(stops) else None


def previous_stop(stops: Sequence[int], offset: int) -> int | None:
    """The start of the section holding ``offset``, or the one before when already there."""
    index = bisect_left(stops, offset)
    return stops[index - 1] if index > 0 else (0 if offset > 0 else None)


def neighbour(ids: Sequence[int], current: int | None, step: int) -> int | None:
    """The id ``step`` places from ``current`` in ``ids`` (None past either end)."""
    if current not in ids:
        return ids[0] if ids and step > 0 else None
    index = list(ids).index(current) + step
    return ids[index] if 0 <= index < len(ids) else None


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class Place(NamedTuple):
    """A place in the library: a speech and an offset in it."""

    speech_id: int
    offset: int


class History:
    """The places the user jumped away from, most recent last (for Go ▸ Back)."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._places: list[Place] = []
        self._limit = limit

    def push(self, place: Place) -> None:
        """Remember ``place`` before a jump (a repeat of the last one is not kept twice)."""
        if self._places and self._places[-1] == place:
            return
        self._places.append(place)
        del self._places[: -self._limit]

    def pop(self) -> Place | None:
        """The last place left, taken off the list; None when there is none."""
        return self._places.pop() if self._places else None

    def speech_ids(self) -> set[int]:
        """The speeches of the places remembered."""
        return {place.speech_id for place in self._places}

    def keep_only(self, speech_ids: set[int]) -> None:
        """Drop places in speeches that left the library (their collection went to the trash)."""
        self._places = [place for place in self._places if place.speech_id in speech_ids]

    def __len__(self) -> int:
        return len(self._places)
