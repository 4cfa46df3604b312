"""Finding and scoring the places of a text where a TextQuoteSelector may land.

Scores follow the Hypothesis client (``match-quote``): the similarity of quote, prefix and
suffix, and the nearness to where the passage was expected, weighted 50, 20, 20 and 2.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from desktop.core.annotation import QUOTE_CONTEXT, TextQuote
from desktop.core.approx import search, similarity

QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

SHORT_QUOTE = 3
"""Quotes this short (or shorter) say little on their own: they need strong context to move."""

STRONG_CONTEXT = 0.8
"""Context agreement (mean of prefix and suffix similarity) a short quote needs to move."""

FUZZY_ELSEWHERE_CONTEXT = 0.5
"""Context agreement a close match away from the passage's own place needs at least."""

_SCORED_OCCURRENCES = 64  # occurrences of a common quote fully scored, chosen by a quick look
_QUICK_LOOK = 8  # characters either side compared for that quick look
_FEW = 16  # a piece of context occurring more often than this does not point anywhere


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place where the quote may land, with its scores (all between 0 and 1)."""

    start: int
    end: int
    errors: int
    quote_similarity: float
    prefix: float
    suffix: float
    score: float
    near_prefix: float  # the prefix's agreement within the paragraph (what a moved one keeps)
    near_suffix: float

    @property
    def context(self) -> float:
        """How well the text around it agrees with the stored prefix and suffix."""
        return (self.prefix + self.suffix) / 2

    def agreement(self, *, one_side: bool) -> float:
        """Context agreement: on both sides (whole, or within the paragraph), or on either
        side within the paragraph when ``one_side`` is enough (a paragraph moved elsewhere
        keeps its own words around the passage but loses its neighbours)."""
        both = max(self.context, min(self.near_prefix, self.near_suffix))
        return max(both, self.near_prefix, self.near_suffix) if one_side else both


def max_errors(length: int, min_similarity: float) -> int:
    """The edits a match of a quote this long may have and keep ``min_similarity``."""
    return int(length * (1.0 - min_similarity) + 1e-9)


def context_needed(length: int, *, exact: bool, own: bool) -> float:
    """The context agreement a match needs, by quote length, exactness and ownership.

    At its own place (proven by the diff) an exact match needs none, and a close one only if
    the quote is short. Elsewhere, the shorter the quote the more its context must agree: a
    quote of 30 characters or more identifies itself, one or two characters say nothing.
    """
    if own:
        return STRONG_CONTEXT if not exact and length <= SHORT_QUOTE else 0.0
    needed = STRONG_CONTEXT if length <= SHORT_QUOTE else min(STRONG_CONTEXT, 0.95 - 0.03 * length)
    needed = max(0.0, needed)
    return needed if exact else max(needed, FUZZY_ELSEWHERE_CONTEXT)


class Searcher:
    """Finds and scores candidate places for quotes in one text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def exact(
        self, quote: TextQuote, hint: int | None, keep: Callable[[int], bool] | None = None
    ) -> list[Candidate]:
        """The occurrences of the exact quote (those ``keep`` accepts by start), scored.

        A common short quote may occur thousands of times: only those whose nearest context
        agrees best are scored in full.
        """
        starts = [start for start in self._occurrences(quote.exact) if keep is None or keep(start)]
        if len(starts) > _SCORED_OCCURRENCES:
            starts = heapq.nlargest(_SCORED_OCCURRENCES, starts, key=self._quick_look(quote))
        return [self.score(start, start + len(quote.exact), 0, quote, hint) for start in starts]

    def best_exact(self, quote: TextQuote, hint: int | None) -> Candidate | None:
        """The best occurrence of the exact quote whose context agrees enough, if any.

        An occurrence with its whole context intact is taken at once (the nearest to ``hint``
        if several). Without the old text even one at the stored offset is not proven to be
        the same passage: it needs as much context as any other.
        """
        intact = [
            start for start in self._occurrences(quote.exact) if self._context_intact(quote, start)
        ]
        if intact:
            start = min(intact, key=lambda start: 0 if hint is None else abs(start - hint))
            return self.score(start, start + len(quote.exact), 0, quote, hint)
        needed = context_needed(len(quote.exact), exact=True, own=False)
        accepted = [
            candidate
            for candidate in self.exact(quote, hint)
            if candidate.agreement(one_side=False) >= needed
        ]
        return max(accepted, key=lambda candidate: candidate.score, default=None)

    def _context_intact(self, quote: TextQuote, start: int) -> bool:
        """True if the stored prefix and suffix stand unchanged around ``text[start:]``."""
        found_prefix, found_suffix = self._context(quote, start, start + len(quote.exact))
        return found_prefix == quote.prefix and found_suffix == quote.suffix

    def _context(self, quote: TextQuote, start: int, end: int) -> tuple[str, str]:
        """The text before and after ``text[start:end]`` to compare with the stored context.

        As long as the stored context, and at least ``QUOTE_CONTEXT``: a shorter stored one was
        cut by the start or end of the text, and agrees only where the text ends there too.
        """
        before = max(len(quote.prefix), QUOTE_CONTEXT)
        after = max(len(quote.suffix), QUOTE_CONTEXT)
        return self.text[max(0, start - before) : start], self.text[end : end + after]

    def fuzzy(
        self,
        quote: TextQuote,
        errors: int,
        hint: int | None,
        ranges: Sequence[tuple[int, int]] | None,
    ) -> list[Candidate]:
        """Close matches of the quote within ``ranges`` (None: the whole text), scored."""
        if errors <= 0:
            return []
        candidates = []
        for low, high in self._windows(quote.exact, errors, ranges):
            for match in search(self.text, quote.exact, errors, low, high):
                candidates.append(self.score(match.start, match.end, match.errors, quote, hint))
        return candidates

    def score(
        self, start: int, end: int, errors: int, quote: TextQuote, hint: int | None
    ) -> Candidate:
        """A candidate at ``text[start:end]`` with its scores."""
        quote_similarity = max(0.0, 1.0 - errors / len(quote.exact))
        found_prefix, found_suffix = self._context(quote, start, end)
        prefix = _context_similarity(quote.prefix, found_prefix)
        suffix = _context_similarity(quote.suffix, found_suffix)
        near_prefix = _paragraph_similarity(quote.prefix, found_prefix, prefix, before=True)
        near_suffix = _paragraph_similarity(quote.suffix, found_suffix, suffix, before=False)
        position = 1.0 if hint is None else 1.0 - abs(start - hint) / max(1, len(self.text))
        total = (
            QUOTE_WEIGHT * quote_similarity
            + PREFIX_WEIGHT * prefix
            + SUFFIX_WEIGHT * suffix
            + POSITION_WEIGHT * position
        ) / _TOTAL_WEIGHT
        return Candidate(
            start, end, errors, quote_similarity, prefix, suffix, total, near_prefix, near_suffix
        )

    def likely_ranges(
        self, quote: TextQuote, errors: int, hint: int | None
    ) -> list[tuple[int, int]]:
        """Where the passage most likely is: at ``hint``, or next to a rare piece of its context.

        A cheap first look before searching the whole text: when the words changed, the text
        just before or after them often did not.
        """
        length, slack = len(quote.exact), errors + 1
        ranges = [] if hint is None else [(hint - length - slack, hint + 2 * length + slack)]
        before, after = quote.prefix[-_QUICK_LOOK:], quote.suffix[:_QUICK_LOOK]
        if len(before) >= _QUICK_LOOK // 2:
            ends = [found + len(before) for found in self._few_occurrences(before)]
            ranges += [(end - slack, end + length + slack) for end in ends]
        if len(after) >= _QUICK_LOOK // 2:
            starts = self._few_occurrences(after)
            ranges += [(start - length - slack, start + slack) for start in starts]
        clipped = [(max(0, low), min(len(self.text), high)) for low, high in ranges]
        return _merge(clipped)

    def _few_occurrences(self, piece: str) -> list[int]:
        """The occurrences of ``piece``, or none if it is too common to tell anything."""
        found = list(islice(self._occurrences(piece), _FEW + 1))
        return found if len(found) <= _FEW else []

    def _occurrences(self, exact: str, low: int = 0, high: int | None = None) -> Iterator[int]:
        """Every start of ``exact`` in ``text[low:high]``, overlapping ones included."""
        high = len(self.text) if high is None else high
        start = self.text.find(exact, low, high)
        while start >= 0:
            yield start
            start = self.text.find(exact, start + 1, high)

    def _quick_look(self, quote: TextQuote) -> Callable[[int], int]:
        """A cheap key: how many of the nearest characters either side agree with the quote's."""
        before = quote.prefix[::-1][:_QUICK_LOOK]
        after = quote.suffix[:_QUICK_LOOK]
        length = len(quote.exact)

        def agreement(start: int) -> int:
            found_before = self.text[max(0, start - _QUICK_LOOK) : start][::-1]
            found_after = self.text[start + length : start + length + _QUICK_LOOK]
            same = sum(a == b for a, b in zip(before, found_before, strict=False))
            return same + sum(a == b for a, b in zip(after, found_after, strict=False))

        return agreement

    def _windows(
        self, pattern: str, errors: int, ranges: Sequence[tuple[int, int]] | None
    ) -> list[tuple[int, int]]:
        """The parts of ``ranges`` where a match with ``errors`` edits can be.

        By the pigeonhole principle a match with k edits contains one of k + 1 pieces of the
        pattern unchanged, so only the surroundings of those pieces' occurrences need the
        (slower) approximate search.
        """
        allowed = [(0, len(self.text))] if ranges is None else _merge(list(ranges))
        windows = []
        for low, high in allowed:
            if high - low <= 2 * (len(pattern) + errors):
                windows.append((low, high))
                continue
            for start, end in self._seed_windows(pattern, errors, low, high):
                windows.append((max(low, start), min(high, end)))
        return _merge(windows, gap=len(pattern))

    def _seed_windows(
        self, pattern: str, errors: int, low: int, high: int
    ) -> Iterator[tuple[int, int]]:
        """Windows around occurrences in ``text[low:high]`` of the k + 1 pieces of ``pattern``."""
        pieces = errors + 1
        for index in range(pieces):
            piece_start = index * len(pattern) // pieces
            piece = pattern[piece_start : (index + 1) * len(pattern) // pieces]
            for found in self._occurrences(piece, low, high):
                start = found - piece_start - errors
                yield start, found - piece_start + len(pattern) + errors


def _context_similarity(stored: str, found: str) -> float:
    """How alike the stored context and the text beside a candidate are.

    No stored context means the passage was at the start (or end) of its text: agreeing when the
    candidate is there too, unknown (0.5) otherwise (text may have been added there).
    """
    if not stored:
        return 1.0 if not found else 0.5
    return similarity(stored, found)


def _paragraph_similarity(stored: str, found: str, whole: float, *, before: bool) -> float:
    """How alike the context is within the passage's own paragraph.

    ``whole`` (the similarity of the whole contexts) when the stored context does not cross a
    paragraph break, or keeps too little of its own paragraph to tell anything.
    """
    if "\n" not in stored:
        return whole
    if before:
        stored, found = stored.rpartition("\n")[2], found.rpartition("\n")[2]
    else:
        stored, found = stored.partition("\n")[0], found.partition("\n")[0]
    if len(stored) < _QUICK_LOOK:
        return whole
    return similarity(stored, found)


def _merge(ranges: list[tuple[int, int]], gap: int = 0) -> list[tuple[int, int]]:
    """Ranges sorted, with overlapping ones (or ones less than ``gap`` apart) joined."""
    merged: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        elif low < high:
            merged.append((low, high))
    return merged


def _intersect(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The overlap of two sorted lists of disjoint ranges."""
    result, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        low, high = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if low < high:
            result.append((low, high))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return result
