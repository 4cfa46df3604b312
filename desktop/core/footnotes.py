"""The marks in a speech's body that cite the notes closing it, and those notes' places.

``importing.notes`` decides whether a speech ends with a notes block (注释： ①… or 参考文献
[1]…) and which marks in the body cite its items; this module gives the reader the same
answer as offsets into the canonical text, which stays as it is (DESIGN.md): a mark is shown
as a superscript, never removed.

Computed from the text rather than stored at import: it is one walk back over the last lines
(a speech without notes stops within its last few) and one pass over the body, a few ms for the
longest report; it holds for speeches imported before it existed, needs no schema change, and
can never disagree with a text re-imported or edited since. ``find_footnotes`` keeps the last
few answers, keyed by the text (hashed once per string), so the reader, print and tests ask
freely; a text whose last lines hold no note is answered at once, without the cache.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

# What a note's line opens with (① … ⑳, [1], ［1］, 〔1〕): the last lines are looked at before the
# importer's rule (importing.notes) is loaded, with the first speech ending on a note: importing
# is heavy and no part of the reader's first frame (tests/gui/test_app.py).
_OPENING_MARKS = re.compile(r"[\u2460-\u2473\[［〔]")
# A note and the lines it may run onto: importing.notes.CONTINUATION_MAX + 1 (a test holds
# them equal), written here so that the look stays without the importer.
_NOTE_LINES_MAX = 5


@dataclass(frozen=True, slots=True)
class NoteMark:
    """A mark in the body citing note ``number``: ``text[start:end]`` is ``①`` or ``[1]``
    (``［1］``, ``〔1〕``: as its note's mark or in another bracket)."""

    start: int
    end: int
    number: int


@dataclass(frozen=True, slots=True)
class NoteItem:
    """One note of the block: its lines ``[start, end)`` (one, or more when it runs on), its
    own mark ``[start, mark_end)`` and its words ``[text_start, end)``."""

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
        if _OPENING_MARKS.match(text, start):
            return True
        if start == 0:
            return False
        end = start - 1
    return False


@lru_cache(maxsize=8)
def _cited_notes(text: str) -> Footnotes:
    """``find_footnotes`` for a text whose last lines may hold a note."""
    from desktop.core.importing.notes import citations, trailing_items

    spans = _trailing_line_spans(text)
    if spans is None:
        return NO_FOOTNOTES
    found = trailing_items([text[start:end] for start, end in spans])
    if found is None:
        return NO_FOOTNOTES
    label, notes = found
    label_start, label_end = spans[label]
    marks = tuple(NoteMark(*cited) for cited in citations(text[:label_start], notes))
    if len({mark.number for mark in marks}) != len(notes):
        return NO_FOOTNOTES
    items = tuple(_item(text, spans[note.first][0], spans[note.end - 1][1]) for note in notes)
    return Footnotes(label_start, label_end, items, marks, tuple(mark.start for mark in marks))


def _trailing_line_spans(text: str) -> list[tuple[int, int]] | None:
    """The ranges of the last lines of ``text`` from the notes label down, or None when no
    label stands over notes there: found without reading the rest."""
    from desktop.core.importing.notes import label_above

    spans: list[tuple[int, int]] = []

    def lines_back() -> Iterator[str]:
        end = len(text)
        while end >= 0:
            start = text.rfind("\n", 0, end) + 1
            spans.append((start, end))
            yield text[start:end]
            end = start - 1

    above = label_above(lines_back())
    if above is None:
        return None
    spans = spans[: above + 1]
    spans.reverse()
    return spans


def _item(text: str, start: int, end: int) -> NoteItem:
    """The note on lines ``[start, end)``, whose first line opens with its mark."""
    from desktop.core.importing.notes import opening_mark

    opening = opening_mark(text[start:end])
    assert opening is not None  # trailing_items took only notes opening with a mark
    mark_end = start + len(opening[0])
    text_start = mark_end
    while text_start < end and text[text_start] in " \t\u3000":
        text_start += 1
    return NoteItem(opening[1], start, mark_end, text_start, end)
