"""What changed between two versions of a speech: hunks of inserted, deleted or replaced text.

Built on ``textdiff.diff_blocks`` (paragraphs, then runs of words, then characters). The gaps
between its matched blocks are the changes; two changes separated only by a tiny common run are
one hunk, so a reworded phrase reads as one change rather than a confetti of characters.

Merging rule: two neighbouring changes merge when the common text between them lies inside one
paragraph (no line break) and is either at most ``MERGE_GAP`` characters long or holds no word
character at all (punctuation and spaces only, such as ``”，“``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.textdiff import Block, OffsetMap, diff_blocks

MERGE_GAP = 2
"""Longest common run (in characters) that still joins the changes on either side."""

_WORD = re.compile(r"\w")


class ChangeKind(StrEnum):
    """What a hunk did: text only in the new version, only in the old, or one for the other."""

    INSERTED = "inserted"
    DELETED = "deleted"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class Hunk:
    """One change: ``old[old_start:old_end]`` became ``new[new_start:new_end]``."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int

    @property
    def kind(self) -> ChangeKind:
        """Inserted when nothing old is in it, deleted when nothing new, else replaced."""
        if self.old_start == self.old_end:
            return ChangeKind.INSERTED
        if self.new_start == self.new_end:
            return ChangeKind.DELETED
        return ChangeKind.REPLACED


@dataclass(frozen=True, slots=True)
class Comparison:
    """The hunks of two texts' diff, in order, and how many characters were added and removed.

    ``added`` and ``removed`` count the characters the diff matched to nothing on the other
    side (the common runs a merged hunk spans are not counted).
    """

    hunks: tuple[Hunk, ...]
    added: int
    removed: int
    old_length: int
    new_length: int
    blocks: tuple[Block, ...] = ()
    _forward: OffsetMap | None = field(default=None, repr=False, compare=False)
    _backward: OffsetMap | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built once: scrolling asks for aligned places many times a second.
        backward = [Block(block.new, block.old, block.size) for block in self.blocks]
        forward = OffsetMap(self.blocks, self.old_length, self.new_length)
        object.__setattr__(self, "_forward", forward)
        object.__setattr__(self, "_backward", OffsetMap(backward, self.new_length, self.old_length))

    def new_offset(self, old: int) -> int:
        """The place in the new text aligned with ``old`` (where its replacement starts)."""
        assert self._forward is not None
        return self._forward.map_start(min(max(old, 0), self.old_length))

    def old_offset(self, new: int) -> int:
        """The place in the old text aligned with ``new``."""
        assert self._backward is not None
        return self._backward.map_start(min(max(new, 0), self.new_length))

    @property
    def identical(self) -> bool:
        """True when the two texts are the same."""
        return not self.hunks


def compare_texts(
    old: str, new: str, *, cancelled: Callable[[], bool] | None = None
) -> Comparison | None:
    """The hunks turning ``old`` into ``new`` (offsets are ``str`` indices into each text).

    ``cancelled`` is asked before the work that follows the diff; None is returned when it
    says so (the diff itself is one fast call that cannot stop half-way).
    """
    blocks = diff_blocks(old, new)
    if cancelled is not None and cancelled():
        return None
    raw = _gaps(blocks, len(old), len(new))
    added = sum(hunk.new_end - hunk.new_start for hunk in raw)
    removed = sum(hunk.old_end - hunk.old_start for hunk in raw)
    hunks = tuple(merge_hunks(raw, old))
    return Comparison(hunks, added, removed, len(old), len(new), tuple(blocks))


def merge_hunks(hunks: list[Hunk], old: str) -> list[Hunk]:
    """Neighbouring hunks joined when the common text between them is tiny (see the module)."""
    merged: list[Hunk] = []
    for hunk in hunks:
        last = merged[-1] if merged else None
        if last is not None and joins(old[last.old_end : hunk.old_start]):
            merged[-1] = Hunk(last.old_start, hunk.old_end, last.new_start, hunk.new_end)
        else:
            merged.append(hunk)
    return merged


def joins(common: str) -> bool:
    """Whether a common run this short (or this bare of words) joins the changes around it."""
    if "\n" in common:
        return False
    return len(common) <= MERGE_GAP or _WORD.search(common) is None


def _gaps(blocks: list[Block], old_length: int, new_length: int) -> list[Hunk]:
    """The unmatched stretches between consecutive blocks (and before the first, after the last)."""
    hunks: list[Hunk] = []
    old_at = new_at = 0
    for block in [*blocks, Block(old_length, new_length, 0)]:
        if old_at < block.old or new_at < block.new:
            hunks.append(Hunk(old_at, block.old, new_at, block.new))
        old_at, new_at = block.old + block.size, block.new + block.size
    return hunks
