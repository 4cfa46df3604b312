"""Deleting pieces of a line while remembering what was deleted and where it used to be.

Every change of length the cleaner makes goes through ``EditedText.delete``, so each removal
knows its exact text and its position in the text as it finally reads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Cut:
    """One deleted piece: its kind (``RemovalKind``), its text, and where it was in the result."""

    kind: str
    text: str
    position: int


@dataclass(slots=True)
class EditedText:
    """A line being cleaned, with the cuts made to it so far (positions in the current text)."""

    text: str
    cuts: list[Cut] = field(default_factory=list)

    def delete(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Delete each ``(start, end, kind)`` span of the current text, recording it as a cut."""
        ordered = _disjoint(spans, len(self.text))
        if not ordered:
            return
        pieces: list[str] = []
        starts: list[int] = []
        removed_before: list[int] = []
        new_cuts: list[Cut] = []
        cursor = removed = 0
        for start, end, kind in ordered:
            pieces.append(self.text[cursor:start])
            new_cuts.append(Cut(kind, self.text[start:end], start - removed))
            starts.append(start)
            removed += end - start
            removed_before.append(removed)
            cursor = end
        pieces.append(self.text[cursor:])
        for cut in self.cuts:
            cut.position = _shift(cut.position, ordered, starts, removed_before)
        self.cuts = sorted(self.cuts + new_cuts, key=lambda cut: cut.position)
        self.text = "".join(pieces)

    def strip(self, chars: str) -> None:
        """Drop leading and trailing ``chars`` (layout, not recorded); cuts stay in range."""
        lead = len(self.text) - len(self.text.lstrip(chars))
        self.text = self.text.strip(chars)
        for cut in self.cuts:
            cut.position = min(max(cut.position - lead, 0), len(self.text))


def _disjoint(spans: Iterable[tuple[int, int, str]], length: int) -> list[tuple[int, int, str]]:
    """The non-empty spans in order, clipped to the text, with overlaps dropped."""
    result: list[tuple[int, int, str]] = []
    last_end = 0
    for start, end, kind in sorted(spans):
        start, end = max(start, last_end, 0), min(end, length)
        if start < end:
            result.append((start, end, kind))
            last_end = end
    return result


def _shift(
    position: int, spans: list[tuple[int, int, str]], starts: list[int], removed: list[int]
) -> int:
    """Where ``position`` of the old text lands once ``spans`` are deleted."""
    index = bisect_right(starts, position) - 1
    if index < 0:
        return position
    start, end, _ = spans[index]
    before = removed[index] - (end - start)
    if position < end:
        return start - before
    return position - removed[index]
