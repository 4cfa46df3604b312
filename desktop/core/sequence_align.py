"""Patience alignment of two sequences: which equal items a diff keeps, anchored on unique ones.

Apart from ``textdiff`` because it knows nothing of texts, paragraphs or offsets: it pairs
indexes of any two sequences of hashable items, and ``textdiff`` calls it at every level (lines,
runs of words, characters) of its diff.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher

GAP_DIFF_LIMIT = 1_000_000
"""Largest product of two lengths that difflib aligns when no unique unit anchors a gap."""

Weigh = Callable[[Hashable], float]
"""What keeping a unit (by its key) is worth when choosing among alignments."""


def align(
    old: Sequence[Hashable],
    new: Sequence[Hashable],
    weigh: Weigh | None = None,
    *,
    fallback: bool = True,
) -> list[tuple[int, int]]:
    """The index pairs of equal items a diff of two sequences keeps, in increasing order.

    Patience diff: items occurring once on each side anchor the alignment (their heaviest
    increasing run by ``weigh``: by default one for a word, a little less for a punctuation
    mark), then each gap between anchors is aligned the same way; a gap with no unique item
    falls back to difflib when small enough, or is left unaligned without ``fallback``.
    """
    pairs: list[tuple[int, int]] = []
    ranges = [(0, len(old), 0, len(new))]
    while ranges:
        old_low, old_high, new_low, new_high = ranges.pop()
        while old_low < old_high and new_low < new_high and old[old_low] == new[new_low]:
            pairs.append((old_low, new_low))
            old_low, new_low = old_low + 1, new_low + 1
        while old_low < old_high and new_low < new_high and old[old_high - 1] == new[new_high - 1]:
            old_high, new_high = old_high - 1, new_high - 1
            pairs.append((old_high, new_high))
        if old_low == old_high or new_low == new_high:
            continue
        anchors = _unique_anchors(
            old, new, weigh or count_weight, old_low, old_high, new_low, new_high
        )
        if not anchors:
            if fallback:
                pairs.extend(_difflib_pairs(old, new, old_low, old_high, new_low, new_high))
            continue
        for old_index, new_index in anchors:
            pairs.append((old_index, new_index))
            ranges.append((old_low, old_index, new_low, new_index))
            old_low, new_low = old_index + 1, new_index + 1
        ranges.append((old_low, old_high, new_low, new_high))
    pairs.sort()
    return pairs


def _unique_anchors(
    old: Sequence[Hashable], new: Sequence[Hashable], weigh: Weigh, *bounds: int
) -> list[tuple[int, int]]:
    """Items once in each range, paired, keeping their longest run increasing on both sides."""
    old_low, old_high, new_low, new_high = bounds
    old_counts = Counter(old[old_low:old_high])
    new_counts = Counter(new[new_low:new_high])
    new_position = {
        new[index]: index
        for index in range(new_low, new_high)
        if new_counts[new[index]] == 1 and old_counts.get(new[index]) == 1
    }
    candidates = [
        (index, new_position[old[index]])
        for index in range(old_low, old_high)
        if old[index] in new_position
    ]
    return _heaviest_increasing(candidates, [weigh(old[index]) for index, _ in candidates])


def _heaviest_increasing(
    pairs: list[tuple[int, int]], weights: list[float]
) -> list[tuple[int, int]]:
    """The subsequence of ``pairs`` (sorted by first item, second items distinct) increasing in
    the second item with the largest total weight, found with a Fenwick tree of running bests."""
    count = len(pairs)
    by_second = sorted(range(count), key=lambda index: pairs[index][1])
    rank = [0] * count
    for position, index in enumerate(by_second, 1):
        rank[index] = position
    tree: list[tuple[float, int]] = [(0.0, -1)] * (count + 1)  # (best total, its last pair)
    totals, back = [0.0] * count, [-1] * count
    for index in range(count):
        best, position = (0.0, -1), rank[index] - 1
        while position > 0:
            best, position = max(best, tree[position]), position - (position & -position)
        totals[index], back[index] = best[0] + weights[index], best[1]
        position = rank[index]
        while position <= count:
            if tree[position][0] < totals[index]:
                tree[position] = (totals[index], index)
            position += position & -position
    run, index = [], max(range(count), key=totals.__getitem__, default=-1)
    while index >= 0:
        run.append(pairs[index])
        index = back[index]
    return run[::-1]


def count_weight(item: Hashable) -> float:
    """Keeping a word (or character) is worth one, a punctuation mark a little less: of two
    equally long alignments, the one keeping words wins."""
    return 0.9 if isinstance(item, str) and len(item) == 1 and not item.isalnum() else 1.0


def _difflib_pairs(
    old: Sequence[Hashable], new: Sequence[Hashable], *bounds: int
) -> list[tuple[int, int]]:
    """difflib's alignment of a gap without anchors, or none if the gap is too large."""
    old_low, old_high, new_low, new_high = bounds
    if (old_high - old_low) * (new_high - new_low) > GAP_DIFF_LIMIT:
        return []
    matcher = SequenceMatcher(None, old[old_low:old_high], new[new_low:new_high], autojunk=False)
    return [
        (old_low + a + offset, new_low + b + offset)
        for a, b, size in matcher.get_matching_blocks()
        for offset in range(size)
    ]
