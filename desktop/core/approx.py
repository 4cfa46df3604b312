"""Approximate string matching: edit distance and fuzzy search, bit-parallel.

Myers' bit-vector algorithm (J. ACM 1999, in Hyyrö's formulation) keeps one column of the edit
distance matrix as two bit vectors, so each character of the text costs a dozen integer
operations whatever the pattern's length: Python's unbounded integers make the vectors as long
as the pattern needs. The same loop gives the distance of two strings (the first row counts
insertions) and searching (the first row is all zeros: a match may start anywhere), as the
Hypothesis client's approx-string-match does.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class ApproxMatch:
    """``text[start:end]`` matches the pattern with ``errors`` edits (Levenshtein)."""

    start: int
    end: int
    errors: int


@lru_cache(maxsize=256)
def _peq(pattern: str) -> dict[str, int]:
    """For each character, the bit mask of the pattern positions holding it."""
    masks: dict[str, int] = {}
    for index, char in enumerate(pattern):
        masks[char] = masks.get(char, 0) | (1 << index)
    return masks


def _scores(text: Iterable[str], pattern: str, *, anchored: bool) -> Iterator[int]:
    """After each character of ``text``, the edit distance of ``pattern`` to the text so far.

    Anchored: to the whole text read so far (the match starts at the text's start). Not
    anchored: to the best substring ending at that character.
    """
    peq = _peq(pattern)
    full = (1 << len(pattern)) - 1
    high = 1 << (len(pattern) - 1)
    carry = 1 if anchored else 0
    positive, negative, score = full, 0, len(pattern)
    for char in text:
        equal = peq.get(char, 0)
        vertical = equal | negative
        horizontal = ((((equal & positive) + positive) & full) ^ positive) | equal
        h_positive = (negative | ~(horizontal | positive)) & full
        h_negative = positive & horizontal
        if h_positive & high:
            score += 1
        elif h_negative & high:
            score -= 1
        h_positive = ((h_positive << 1) | carry) & full
        h_negative = (h_negative << 1) & full
        positive = (h_negative | ~(vertical | h_positive)) & full
        negative = h_positive & vertical
        yield score


def edit_distance(first: str, second: str) -> int:
    """The Levenshtein distance of two strings."""
    if not first or not second:
        return len(first) + len(second)
    if len(first) < len(second):
        first, second = second, first
    last = deque(_scores(first, second, anchored=True), maxlen=1)
    return last[0]


def similarity(first: str, second: str) -> float:
    """1.0 for equal strings, falling to 0.0 as their edit distance nears the longer length."""
    if first == second:
        return 1.0
    longest = max(len(first), len(second))
    return 1.0 - edit_distance(first, second) / longest


def search(
    text: str, pattern: str, max_errors: int, start: int = 0, end: int | None = None
) -> list[ApproxMatch]:
    """The best approximate matches of ``pattern`` in ``text[start:end]``, at most one per region.

    A region is a run of end positions whose distance stays within ``max_errors``; its match is
    the one with fewest errors (the first on ties), extended back to its best start.
    """
    end = len(text) if end is None else end
    if not pattern or start >= end:
        return []
    matches: list[ApproxMatch] = []
    best: tuple[int, int] | None = None  # (errors, end) of the current region
    for position, score in enumerate(_scores(_chars(text, start, end), pattern, anchored=False)):
        if score <= max_errors:
            if best is None or score < best[0]:
                best = (score, start + position + 1)
        elif best is not None:
            matches.append(_with_start(text, pattern, best[1], best[0], start))
            best = None
    if best is not None:
        matches.append(_with_start(text, pattern, best[1], best[0], start))
    return matches


def _chars(text: str, start: int, end: int) -> Iterator[str]:
    """The characters of ``text[start:end]`` without copying the slice."""
    return (text[index] for index in range(start, end))


def _with_start(text: str, pattern: str, end: int, errors: int, floor: int) -> ApproxMatch:
    """The match of ``pattern`` ending at ``end`` with ``errors``, its start found backwards.

    Among the starts that reach that distance, the one giving the length nearest the pattern's.
    """
    lowest = max(floor, end - len(pattern) - errors)
    best_start, best_gap = -1, -1
    if len(pattern) == errors:  # the empty match reaches that distance too
        best_start, best_gap = end, len(pattern)
    scores = _scores(_chars_backwards(text, end, lowest), pattern[::-1], anchored=True)
    for count, score in enumerate(scores, 1):
        gap = abs(count - len(pattern))
        if score == errors and (best_start < 0 or gap < best_gap):
            best_start, best_gap = end - count, gap
    if best_start < 0:  # unreachable for a match ``search`` found; keep the pattern's length
        best_start = max(lowest, end - len(pattern))
    return ApproxMatch(best_start, end, errors)


def _chars_backwards(text: str, end: int, lowest: int) -> Iterator[str]:
    """The characters of ``text[lowest:end]`` from last to first."""
    return (text[index] for index in range(end - 1, lowest - 1, -1))
