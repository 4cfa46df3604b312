"""The marks in a speech's body that cite the notes closing it, and those notes' places.

``importing.notes`` decides whether a speech ends with a notes block (注释： ①… or 参考文献
[1]…) and which marks in the body cite its items; this module gives the reader the same
answer as offsets into the canonical text, which stays as it is (DESIGN.md): a mark is shown
as a superscript, never removed.

Computed from the text rather than stored at import: it is one walk back over the last lines
(a speech without notes stops at its last line) and one pass over the body, a few ms for the
longest report; it holds for speeches imported before it existed, needs no schema change, and
can never disagree with a text re-imported or edited since. ``find_footnotes`` keeps the last
few answers, keyed by the text (hashed once per string), so the reader, print and tests ask
freely; a text whose last line is no note is answered at once, without the cache.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

# The importer's rule, loaded with the first speech that ends on a note: importing is
# heavy and no part of the reader's first frame (tests/gui/test_app.py).
_OPENING_MARKS = re.compile(r"[\u2460-\u2473\[［〔]")


@dataclass(frozen=True, slots=True)
class NoteMark:
    """A mark in the body citing note ``number``: ``text[start:end]`` is ``①`` or ``[1]``."""

    start: int
    end: int
    number: int


@dataclass(frozen=True, slots=True)
class NoteItem:
    """One note of the block: its line ``[start, end)``, its own mark ``[start, mark_end)``
    and its words ``[text_start, end)``."""

    number: int
    start: int
    mark_end: int
    text_start: int
    end: int


@dataclass(frozen=True, slots=True)
class Footnotes:
    """A speech's notes block and the body's marks citing it; empty when it has none."""

    label_start: int = 0
    label_end: int = 0
    items: tuple[NoteItem, ...] = ()
    marks: tuple[NoteMark, ...] = ()
    _mark_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.items)

    def item(self, number: int) -> NoteItem | None:
        """The note numbered ``number``."""
        return self.items[number - 1] if 0 < number <= len(self.items) else None

    def mark_at(self, offset: int) -> NoteMark | None:
        """The mark holding the character at ``offset``."""
        index = bisect_right(self._mark_starts, offset) - 1
        if index >= 0 and offset < self.marks[index].end:
            return self.marks[index]
        return None

    def item_mark_at(self, offset: int) -> NoteItem | None:
        """The note whose own number (``①`` opening its line) holds the character at ``offset``."""
        return next((i for i in self.items if i.start <= offset < i.mark_end), None)

    def marks_of(self, number: int) -> list[NoteMark]:
        """The body's marks citing note ``number``, in reading order."""
        return [mark for mark in self.marks if mark.number == number]


NO_FOOTNOTES = Footnotes()


def find_footnotes(text: str) -> Footnotes:
    """The notes block ending ``text`` and the marks citing it, when the body cites every
    note inline (the importer's rule); ``NO_FOOTNOTES`` otherwise."""
    # A speech without notes ends on a line that is no note: answered without hashing the
    # text for the cache (a report's 200,000 characters are read in full to hash them).
    if not _OPENING_MARKS.match(text, text.rfind("\n") + 1):
        return NO_FOOTNOTES
    return _cited_notes(text)


@lru_cache(maxsize=8)
def _cited_notes(text: str) -> Footnotes:
    """``find_footnotes`` for a text whose last line may open with a note mark."""
    from desktop.core.importing.notes import citations, trailing_items

    starts = _trailing_line_starts(text)
    lines = [text[start:end] for start, end in starts]
    found = trailing_items(lines)
    if found is None:
        return NO_FOOTNOTES
    label, item_marks = found
    label_start, label_end = starts[label]
    numbers = {mark: number for number, mark in enumerate(item_marks, start=1)}
    marks = tuple(NoteMark(*cited) for cited in citations(text[:label_start], numbers))
    if len({mark.number for mark in marks}) != len(item_marks):
        return NO_FOOTNOTES
    items = tuple(_item(text, start, end) for start, end in starts[label + 1 :])
    return Footnotes(label_start, label_end, items, marks, tuple(mark.start for mark in marks))


def _trailing_line_starts(text: str) -> list[tuple[int, int]]:
    """The ranges of the last lines of ``text`` that open with a note mark, and of the line
    before them (the label, if any): all a notes block can be, found without reading the rest."""
    from desktop.core.importing.notes import opening_mark

    ranges: list[tuple[int, int]] = []
    end = len(text)
    while True:
        start = text.rfind("\n", 0, end) + 1
        ranges.append((start, end))
        if start == 0 or opening_mark(text[start:end]) is None:
            break
        end = start - 1
    ranges.reverse()
    return ranges


def _item(text: str, start: int, end: int) -> NoteItem:
    """The note on line ``[start, end)``, which opens with its mark."""
    from desktop.core.importing.notes import opening_mark

    opening = opening_mark(text[start:end])
    assert opening is not None  # trailing_items took only lines opening with a mark
    mark_end = start + len(opening[0])
    text_start = mark_end
    while text_start < end and text[text_start] in " \t\u3000":
        text_start += 1
    return NoteItem(opening[1], start, mark_end, text_start, end)
