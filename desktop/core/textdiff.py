"""Where each character of an old text went in a new one: a fast diff for long Chinese texts.

Character-by-character difflib over a whole speech is slow, and its autojunk heuristic drops the
most frequent characters (的, 是, the comma) so it aligns CJK text badly. The diff here works top
down: paragraphs (lines) first; inside changed paragraphs, runs of word characters, with single
punctuation marks and spaces as junk that may extend a match but never start one (so a comma
changed from half to full width everywhere costs nothing); characters only inside the runs that
differ. The result is an ``OffsetMap`` from old offsets to new ones.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from desktop.core.sequence_align import Weigh, align, count_weight

_TOKEN = re.compile(r"\w+|\W")
_WORD = re.compile(r"\w")
_ANCHOR_LINE_WORDS = 4  # word characters a line needs to anchor the alignment of paragraphs
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'"})


@dataclass(frozen=True, slots=True)
class Block:
    """``old_text[old:old + size] == new_text[new:new + size]``, matched by the diff."""

    old: int
    new: int
    size: int


class OffsetMap:
    """Maps offsets of an old text to a new one through the blocks their diff matched."""

    __slots__ = ("_blocks", "_new_starts", "_old_starts", "new_length", "old_length")

    def __init__(self, blocks: Sequence[Block], old_length: int, new_length: int) -> None:
        # Empty sentinels at both ends mean every offset has a block at or before it.
        self._blocks = [Block(0, 0, 0), *blocks, Block(old_length, new_length, 0)]
        self._old_starts = [block.old for block in self._blocks]
        self._new_starts = [block.new for block in self._blocks]
        self.old_length = old_length
        self.new_length = new_length

    @property
    def blocks(self) -> list[Block]:
        """The matched blocks, in order, without the sentinels."""
        return [block for block in self._blocks if block.size]

    def image(self, old: int) -> int | None:
        """Where the old character at ``old`` is in the new text; None if it was removed."""
        block = self._blocks[bisect_right(self._old_starts, old) - 1]
        return block.new + old - block.old if old < block.old + block.size else None

    def preimage(self, new: int) -> int | None:
        """Where the new character at ``new`` came from; None if it was inserted."""
        block = self._blocks[bisect_right(self._new_starts, new) - 1]
        return block.old + new - block.new if new < block.new + block.size else None

    def map_start(self, old: int) -> int:
        """The new offset of a range starting at ``old`` (the start of what replaced it)."""
        index = bisect_right(self._old_starts, old) - 1
        block = self._blocks[index]
        if old < block.old + block.size:
            return block.new + old - block.old
        gap_old, gap_new = block.old + block.size, block.new + block.size
        following = self._blocks[min(index + 1, len(self._blocks) - 1)]
        return gap_new + min(old - gap_old, max(0, following.new - gap_new))

    def map_end(self, old: int) -> int:
        """The new offset of a range ending at ``old`` (the end of what replaced it)."""
        if old <= 0:
            return 0
        index = bisect_right(self._old_starts, old - 1) - 1
        block = self._blocks[index]
        if old - 1 < block.old + block.size:
            return block.new + old - block.old
        following = self._blocks[index + 1]
        gap_new = block.new + block.size
        return following.new - min(following.old - old, max(0, following.new - gap_new))

    def provenance(self, start: int, end: int, own_start: int, own_end: int) -> tuple[int, int]:
        """Of ``new_text[start:end]``: how many characters came from ``old[own_start:own_end]``
        and how many from elsewhere in the old text (the rest were inserted)."""
        own = foreign = 0
        index = max(0, bisect_right(self._new_starts, start) - 1)
        while index < len(self._blocks) and self._blocks[index].new < end:
            block = self._blocks[index]
            low, high = max(start, block.new), min(end, block.new + block.size)
            if low < high:
                old_low = block.old + low - block.new
                old_high = old_low + high - low
                mine = max(0, min(old_high, own_end) - max(old_low, own_start))
                own += mine
                foreign += high - low - mine
            index += 1
        return own, foreign

    def inserted_ranges(self) -> list[tuple[int, int]]:
        """The ranges of the new text that the diff matched to nothing old."""
        ranges = []
        for before, after in zip(self._blocks, self._blocks[1:], strict=False):
            if before.new + before.size < after.new:
                ranges.append((before.new + before.size, after.new))
        return ranges


@lru_cache(maxsize=4)
def offset_map(old: str, new: str) -> OffsetMap:
    """The map of ``old`` offsets to ``new`` ones (the last few are kept: callers often ask
    again for the same pair, e.g. for annotations and then the reading position)."""
    return OffsetMap(diff_blocks(old, new), len(old), len(new))


def diff_blocks(old: str, new: str) -> list[Block]:
    """The matching blocks of a diff of two texts, in order, adjacent blocks merged."""
    if old == new:
        return [Block(0, 0, len(old))] if old else []
    blocks: list[Block] = []
    _diff_units(_lines(old), _lines(new), (0, 0), blocks, _PARAGRAPHS)
    return _merged(blocks)


Key = Callable[[str], Hashable]
"""What a unit is compared by when aligning."""

Refine = Callable[[str, str, tuple[int, int], list[Block]], None]
"""Diffs two differing passages at ``(old, new)`` offsets one level down, adding blocks."""


@dataclass(frozen=True, slots=True)
class _Level:
    """How one level of the diff (paragraphs, or runs of words) aligns its units."""

    keys: tuple[Key, ...]  # tried in turn: exact first, then normalised in the gaps left
    weigh: Weigh
    fallback: bool  # difflib on a gap without a unique unit (else it goes one level down)
    refine: Refine


def _diff_units(
    old_units: list[str],
    new_units: list[str],
    base: tuple[int, int],
    blocks: list[Block],
    level: _Level,
) -> None:
    """Align two passages cut into units; refine what differs inside one level down."""
    old_offsets = [base[0], *(base[0] + end for end in accumulate(map(len, old_units)))]
    new_offsets = [base[1], *(base[1] + end for end in accumulate(map(len, new_units)))]
    next_old = next_new = 0
    aligned = _align_by(old_units, new_units, level, level.keys)
    for old_index, new_index in [*aligned, _end(old_units, new_units)]:
        if next_old < old_index and next_new < new_index:  # a gap, changed on both sides
            old_gap = "".join(old_units[next_old:old_index])
            new_gap = "".join(new_units[next_new:new_index])
            level.refine(old_gap, new_gap, (old_offsets[next_old], new_offsets[next_new]), blocks)
        if old_index < len(old_units):
            old_unit, new_unit = old_units[old_index], new_units[new_index]
            start = (old_offsets[old_index], new_offsets[new_index])
            if old_unit == new_unit:
                blocks.append(Block(*start, len(old_unit)))
            else:
                level.refine(old_unit, new_unit, start, blocks)
        next_old, next_new = old_index + 1, new_index + 1


def _align_by(
    old: list[str], new: list[str], level: _Level, keys: Sequence[Key]
) -> list[tuple[int, int]]:
    """Pairs of units aligned by the first key, then, in the gaps left, by the next ones.

    Units equal as written pair first; only then do units equal once normalised (a paragraph
    whose commas changed width) pair in what is left, so they never displace exact ones.
    """
    old_keys, new_keys = [keys[0](unit) for unit in old], [keys[0](unit) for unit in new]
    pairs = align(old_keys, new_keys, level.weigh, fallback=level.fallback)
    if len(keys) == 1:
        return pairs
    more: list[tuple[int, int]] = []
    next_old = next_new = 0
    for old_index, new_index in [*pairs, _end(old, new)]:
        if next_old < old_index and next_new < new_index:
            old_gap, new_gap = old[next_old:old_index], new[next_new:new_index]
            gap = _align_by(old_gap, new_gap, level, keys[1:])
            more.extend((next_old + i, next_new + j) for i, j in gap)
        next_old, next_new = old_index + 1, new_index + 1
    return sorted(pairs + more)


def _end(old: Sequence[str], new: Sequence[str]) -> tuple[int, int]:
    """The pair just past both sequences, closing the last gap."""
    return len(old), len(new)


def _diff_tokens(old: str, new: str, base: tuple[int, int], blocks: list[Block]) -> None:
    """Diff two passages by runs of word characters and single other characters."""
    _diff_units(_TOKEN.findall(old), _TOKEN.findall(new), base, blocks, _RUNS)


def _diff_chars(old: str, new: str, base: tuple[int, int], blocks: list[Block]) -> None:
    """Diff two short passages character by character."""
    head = _common_prefix_length(old, new)
    tail = _common_prefix_length(old[head:][::-1], new[head:][::-1])
    if head:
        blocks.append(Block(base[0], base[1], head))
    old_middle, new_middle = old[head : len(old) - tail], new[head : len(new) - tail]
    for old_index, new_index in align(old_middle, new_middle):
        blocks.append(Block(base[0] + head + old_index, base[1] + head + new_index, 1))
    if tail:
        blocks.append(Block(base[0] + len(old) - tail, base[1] + len(new) - tail, tail))


def _length(item: Hashable) -> float:
    """Keeping a paragraph is worth its length: a long one outweighs several short ones."""
    return float(len(item)) if isinstance(item, str) else 0.0


def _normalised(unit: str) -> str:
    """A unit with widths and curly quotes folded."""
    return unicodedata.normalize("NFKC", unit).translate(_QUOTES)


def _line_key(line: str) -> Hashable:
    """A line as written, without its break (the last line gains one when text is added after
    it). A line of few words ("同志们：", "……") matches no other: unique by chance, it would
    anchor the whole alignment on nothing; it is aligned with the words around it instead."""
    text = line.removesuffix("\n")
    return text if len(_WORD.findall(text)) >= _ANCHOR_LINE_WORDS else object()


def _normalised_line_key(line: str) -> Hashable:
    """A line's key with widths and curly quotes folded."""
    key = _line_key(line)
    return _normalised(key) if isinstance(key, str) else key


def _token_key(token: str) -> str:
    """A token as written."""
    return token


# Paragraphs without a unique one in a gap are left to the runs of words, which align better
# than difflib's guess among repeated paragraphs would.
_RUNS = _Level((_token_key, _normalised), count_weight, fallback=True, refine=_diff_chars)
_PARAGRAPHS = _Level(
    (_line_key, _normalised_line_key), _length, fallback=False, refine=_diff_tokens
)


def _lines(text: str) -> list[str]:
    """The paragraphs of ``text``, each with its line break."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _common_prefix_length(first: str, second: str) -> int:
    """How many leading characters two strings share."""
    low, high = 0, min(len(first), len(second))
    while low < high:  # binary search on slices: C-speed comparisons, log n of them
        middle = (low + high + 1) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _merged(blocks: list[Block]) -> list[Block]:
    """Blocks sorted, with the adjacent ones joined so each maximal run is one block."""
    merged: list[Block] = []
    for block in sorted(blocks, key=lambda block: block.old):
        last = merged[-1] if merged else None
        if last and last.old + last.size == block.old and last.new + last.size == block.new:
            merged[-1] = Block(last.old, last.new, last.size + block.size)
        elif block.size:
            merged.append(block)
    return merged
