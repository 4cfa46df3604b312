"""Convert between Python ``str`` offsets and UTF-16 code-unit positions (what Qt counts).

Python indexes a string by code point; Qt's ``QTextDocument`` positions count UTF-16 code units,
so every character outside the Basic Multilingual Plane (𠮷, emoji) is one Python index but two
Qt positions. This module is the single place where the two are converted (DESIGN.md, "Text and
offsets"). ``Utf16Map`` precomputes where the astral characters are, so each conversion is a
binary search: fast for long speeches where most texts have none or a handful. ``HintedMap``
does the same for a text shown with zero-width characters put in it (the reader's line-break
hints, ``gui.reader.line_hints``), which the ``str`` offsets do not count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from enum import Enum

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Rounding(Enum):
    """Where a UTF-16 position inside a surrogate pair lands: before or after its character."""

    FLOOR = "floor"
    CEIL = "ceil"


class Utf16Map:
    """Both-way offset conversion for one text, built once in O(n) and answering in O(log k).

    ``k`` is the number of characters outside the BMP. Offsets past either end are clamped.
    """

    __slots__ = ("_astral", "_astral_utf16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # The UTF-16 position of the k-th astral character: k earlier ones each add one unit.
        self._astral_utf16 = [index + k for k, index in enumerate(self._astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._astral)

    @property
    def is_identity(self) -> bool:
        """True when the text has no astral characters, so both offsets are the same number."""
        return not self._astral

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of ``str`` offset ``offset``."""
        offset = min(max(offset, 0), self.length)
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def to_str(self, position: int, rounding: Rounding = Rounding.FLOOR) -> int:
        """The ``str`` offset of UTF-16 ``position``.

        A position between the two halves of a surrogate pair is not a character boundary;
        ``rounding`` says whether it maps to the start (FLOOR) or the end (CEIL) of that character.
        """
        position = min(max(position, 0), self.utf16_length)
        if not self._astral:
            return position
        before = bisect_left(self._astral_utf16, position)
        offset = position - before
        inside_pair = before > 0 and self._astral_utf16[before - 1] == position - 1
        if inside_pair and rounding is Rounding.CEIL:
            return offset + 1
        return offset

    def range_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """A ``str`` range as a UTF-16 range."""
        return self.to_utf16(start), self.to_utf16(end)

    def range_to_str(self, start: int, end: int) -> tuple[int, int]:
        """A UTF-16 range as the smallest ``str`` range covering it."""
        return self.to_str(start, Rounding.FLOOR), self.to_str(end, Rounding.CEIL)

    def astral_between(self, start: int, end: int) -> int:
        """How many astral characters lie in ``str`` range [start, end)."""
        return bisect_left(self._astral, end) - bisect_left(self._astral, start)

    def is_boundary(self, position: int) -> bool:
        """True when UTF-16 ``position`` is not between the halves of a surrogate pair."""
        index = bisect_right(self._astral_utf16, position - 1) - 1
        return index < 0 or self._astral_utf16[index] != position - 1


class HintedMap(Utf16Map):
    """``Utf16Map`` of a text shown with hints: ``str`` offsets of the text without them, UTF-16
    positions of the text with them.

    A hint's two sides are both the offset of the character after it: a selection ending there
    takes the hint in (it has no width), one starting there leaves it out.
    """

    __slots__ = ("_hint_positions", "_hints")

    def __init__(self, text: str, hints: Iterable[int] = ()) -> None:
        super().__init__(text)
        self._hints = sorted(set(hints))
        # Each hint's own UTF-16 position: the astral characters and the hints before it count.
        # Without astral characters (most speeches) no search: a hint is one for every line's
        # last characters (the reader's widows), so a long report has thousands.
        to_utf16 = Utf16Map.to_utf16 if self._astral else lambda _self, offset: offset
        self._hint_positions = [
            to_utf16(self, offset) + before for before, offset in enumerate(self._hints)
        ]
        self.utf16_length += len(self._hints)

    @property
    def is_identity(self) -> bool:
        """True when both offsets are the same number (no astral characters, no hints)."""
        return not self._hints and super().is_identity

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of ``str`` offset ``offset`` (after a hint put before it)."""
        offset = min(max(offset, 0), self.length)
        return super().to_utf16(offset) + bisect_right(self._hints, offset)

    def to_str(self, position: int, rounding: Rounding = Rounding.FLOOR) -> int:
        """The ``str`` offset of UTF-16 ``position``; both sides of a hint are the offset of
        the character after it."""
        position = min(max(position, 0), self.utf16_length)
        return super().to_str(position - bisect_left(self._hint_positions, position), rounding)

    def is_boundary(self, position: int) -> bool:
        """True when UTF-16 ``position`` is not between the halves of a surrogate pair."""
        return super().is_boundary(position - bisect_left(self._hint_positions, position))


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


def str_to_utf16(text: str, offset: int) -> int:
    """One-off conversion of a ``str`` offset; build a ``Utf16Map`` for repeated ones."""
    return Utf16Map(text).to_utf16(offset)


def utf16_to_str(text: str, position: int, rounding: Rounding = Rounding.FLOOR) -> int:
    """One-off conversion of a UTF-16 position; build a ``Utf16Map`` for repeated ones."""
    return Utf16Map(text).to_str(position, rounding)
