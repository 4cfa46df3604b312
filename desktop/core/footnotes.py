"""The marks in a speech's body that cite the notes closing it, and those notes' places.

``importing.notes`` decides whether a speech ends with notes blocks (注释： ①… over 参考文献
[1]…, each cited in full) and which marks cite their items, ① the ① block's and [1] the [1]
block's; this module gives the reader the same answer as offsets into the canonical text, which
stays as it is (DESIGN.md): a mark is shown as a superscript, never removed. A .docx's or
a .md's notes, which close the text with no label, are found by the same rule.

Computed from the text rather than stored at import: it is one walk back over the last lines
(a speech without notes stops within its last few) and one pass over the body per block, a few
ms for the longest report; it holds for speeches imported before it existed, needs no schema
change, and can never disagree with a text re-imported or edited since. ``find_footnotes``
keeps the last few answers, keyed by the text (hashed once per string), so the reader, print
and tests ask freely; a text whose last lines hold no note is answered at once, without the
cache.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop.core.importing.notes import NotesBlock

# What a note's line opens with (① … ⑳, [1], ［1］, 〔1〕): the last lines are looked at before the
# importer's rule (importing.notes) is loaded, with the first speech ending on a note: importing
# is heavy and no part of the reader's first frame (tests/gui/test_app.py).
_OPENING_MARKS = frozenset(map(chr, range(0x2460, 0x2474))) | frozenset("[［〔")
"""What a note's line opens with: ① to ⑳, or an opening bracket (a set: a regex class past
Latin-1 is built in Python when compiled, and every speech opened asks)."""
# A note and the lines it may run onto: importing.notes.CONTINUATION_MAX + 1 (a test holds
# them equal), written here so that the look stays without the importer.
_NOTE_LINES_MAX = 5


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class NoteItem(NamedTuple):
    """One note of a block: its lines ``[start, end)`` (one, or more when it runs on), its
    own mark ``[start, mark_end)`` and its words ``[text_start, end)``."""

    number: int
    start: int
    mark_end: int
    text_start: int
    end: int


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class NoteMark(NamedTuple):
    """A mark citing ``note``: ``text[start:end]`` is ``①`` or ``[1]`` (``［1］``, ``〔1〕``: as
    its note's mark or in another bracket)."""

    start: int
    end: int
    note: NoteItem

    @property
    def number(self) -> int:
        """The number of the note it cites, in its block."""
        return self.note.number


@dataclass(frozen=True, slots=True)
class Footnotes:
    """A speech's notes blocks (注释： ①… over 参考文献： [1]…) and the marks citing them;
    empty when it has none."""

    labels: tuple[tuple[int, int], ...] = ()  # each labelled block's label line [start, end)
    items: tuple[NoteItem, ...] = ()  # every block's notes, in reading order
    marks: tuple[NoteMark, ...] = ()
    _mark_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.items)

    def mark_at(self, offset: int) -> NoteMark | None:
        """The mark holding the character at ``offset``."""
        index = bisect_right(self._mark_starts, offset) - 1
        if index >= 0 and offset < self.marks[index].end:
            return self.marks[index]
        return None

    def item_mark_at(self, offset: int) -> NoteItem | None:
        """The note whose own number (``①`` opening its line) holds the character at ``offset``."""
        return next((i for i in self.items if i.start <= offset < i.mark_end), None)

    def marks_of(self, item: NoteItem) -> list[NoteMark]:
        """The marks citing note ``item``, in reading order."""
        return [mark for mark in self.marks if mark.note == item]


NO_FOOTNOTES = Footnotes()


def find_footnotes(text: str) -> Footnotes:
    """The notes blocks ending ``text`` and the marks citing them, when the text above each
    cites its every note inline (the importer's rule); ``NO_FOOTNOTES`` otherwise."""
    # A speech without notes ends on lines that are no note: answered without hashing the
    # text for the cache (a report's 200,000 characters are read in full to hash them).
    if not _may_end_on_notes(text):
        return NO_FOOTNOTES
    return _cited_notes(text)


def note_words(text: str, item: NoteItem) -> str:
    """The words of note ``item`` as one line: a note run onto several reads on."""
    pieces = text[item.text_start : item.end].split("\n")
    words = pieces[0]
    for piece in pieces[1:]:
        latin = words[-1:].isascii() and words[-1:].isalnum() and piece[:1].isascii()
        words += (" " if latin and piece[:1].isalnum() else "") + piece
    return words


def _may_end_on_notes(text: str) -> bool:
    """Whether one of the last lines of ``text`` (a note and the lines it may run onto)
    opens with a note mark."""
    end = len(text)
    for _line in range(_NOTE_LINES_MAX):
        start = text.rfind("\n", 0, end) + 1
        if text[start : start + 1] in _OPENING_MARKS:
            return True
        if start == 0:
            return False
        end = start - 1
    return False


@lru_cache(maxsize=8)
def _cited_notes(text: str) -> Footnotes:
    """``find_footnotes`` for a text whose last lines may hold a note."""
    from desktop.core.importing.notes import stacked_blocks

    # Split only for a text ending on a note: a fraction of a ms for a report, less than the
    # pass over its body that finds the marks.
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    blocks = stacked_blocks(lines, lambda line: text[: max(starts[line] - 1, 0)])
    if not blocks:
        return NO_FOOTNOTES
    ends = [start + len(line) for start, line in zip(starts, lines, strict=True)]
    labels = tuple((starts[b.first], ends[b.first]) for b in blocks if b.labelled)
    notes = [
        [_item(text, starts[note.first], ends[note.end - 1]) for note in block.items]
        for block in blocks
    ]
    marks = _marks(blocks, notes)
    items = tuple(item for block_notes in notes for item in block_notes)
    return Footnotes(labels, items, marks, tuple(mark.start for mark in marks))


def _marks(blocks: list[NotesBlock], notes: list[list[NoteItem]]) -> tuple[NoteMark, ...]:
    """The marks citing the notes of ``blocks`` (top first), in reading order."""
    # A mark cites the nearest block under it of its family: walking up, an upper block's
    # claim replaces a lower one's (two ① blocks, the body citing the upper).
    marks: dict[int, NoteMark] = {}
    for block, block_notes in zip(reversed(blocks), reversed(notes), strict=True):
        for start, end, number in block.cited:
            marks[start] = NoteMark(start, end, block_notes[number - 1])
    return tuple(marks[start] for start in sorted(marks))


def _item(text: str, start: int, end: int) -> NoteItem:
    """The note on lines ``[start, end)``, whose first line opens with its mark."""
    from desktop.core.importing.notes import opening_mark

    opening = opening_mark(text[start:end])
    assert opening is not None  # a block holds only notes opening with a mark
    mark_end = start + len(opening[0])
    text_start = mark_end
    while text_start < end and text[text_start] in " \t\u3000":
        text_start += 1
    return NoteItem(opening[1], start, mark_end, text_start, end)
