"""What a search returns: hits held compactly (one 64-bit code each) and decoded on access.

A search of a common character in a large library finds millions of hits; a Python object per hit
would cost ~100 bytes each, an ``array('q')`` code costs 8. A code packs (document, start, term):
``((doc << shift) | start) * term_count + term_index`` with ``shift`` wide enough for the longest
indexed text, so codes sort exactly in hit order (document, then start, then query term).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

from desktop.core.storage.kwic import DEFAULT_WIDTH, Snippet, snippet
from desktop.core.storage.search_query import Query
from desktop.core.storage.search_titles import TitleHit

TextLoader = Callable[[int], str]
SectionLookup = Callable[[int, int], str]

# Speeches whose texts a result keeps for snippets: a results list shows hits grouped by speech.
_CACHED_TEXTS = 4


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of a query term: str offsets into the speech's canonical text, or into
    an annotation's searchable text (its note as it reads, quote and tags) for a note hit."""

    speech_id: int
    start: int
    end: int
    term: str
    annotation_id: str | None = None


@dataclass(frozen=True, slots=True)
class NoteDoc:
    """An indexed note, as a hit in it needs it."""

    annotation_id: str
    speech_id: int
    text: str


@dataclass(frozen=True, slots=True)
class HitCodec:
    """How hit codes pack a document, a start and a term index."""

    shift: int
    terms: tuple[str, ...]

    def pack_base(self, doc: int) -> int:
        """The smallest code of a document (start 0, first term)."""
        return (doc << self.shift) * len(self.terms)

    def unpack(self, code: int) -> tuple[int, int, int]:
        """(doc, start, term index) of a code."""
        position, term_index = divmod(code, len(self.terms))
        return position >> self.shift, position & ((1 << self.shift) - 1), term_index


class HitList(Sequence[Hit]):
    """An immutable, ordered sequence of hits backed by an array of codes."""

    def __init__(self, codes: array, codec: HitCodec, notes: dict[int, NoteDoc] | None = None):
        self._codes = codes
        self._codec = codec
        self._notes = notes or {}
        self._document_counts: tuple[tuple[int, int], ...] | None = None

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, slice):
            return [self._hit(code) for code in self._codes[index]]
        return self._hit(self._codes[index])

    def __iter__(self) -> Iterator[Hit]:
        return map(self._hit, self._codes)

    def _hit(self, code: int) -> Hit:
        doc, start, term_index = self._codec.unpack(code)
        term = self._codec.terms[term_index]
        if doc > 0:
            return Hit(doc, start, start + len(term), term)
        note = self._notes[doc]
        return Hit(note.speech_id, start, start + len(term), term, note.annotation_id)

    def notes(self) -> list[NoteDoc]:
        """The notes these hits are in."""
        return list(self._notes.values())

    def document_counts(self) -> list[tuple[int, int]]:
        """(document, number of hits) in hit order; a note's document is negative.

        Counted once: the search worker counts them, and the window's results list asks again
        (10,000 speeches: ~60 ms of the GUI thread each time).
        """
        if self._document_counts is None:
            self._document_counts = tuple(self._count_documents())
        return list(self._document_counts)

    def _count_documents(self) -> list[tuple[int, int]]:
        counts = []
        index = 0
        while index < len(self._codes):
            doc = self._codec.unpack(self._codes[index])[0]
            following = bisect_left(self._codes, self._codec.pack_base(doc + 1), index)
            counts.append((doc, following - index))
            index = following
        return counts


class SearchResult:
    """Hits of a query in speech texts (``hits``) and in notes (``note_hits``), with snippets;
    ``title_hits``: speeches whose title apart from the text holds the query (never limited).

    ``text_total`` and ``note_total`` count every hit, also those a limit left out; ``total`` is
    their sum.
    """

    def __init__(
        self,
        query: Query,
        hits: HitList,
        note_hits: HitList,
        totals: tuple[int, int],
        text_loader: TextLoader,
        section_lookup: SectionLookup | None = None,
        title_hits: Sequence[TitleHit] = (),
    ):
        self.query = query
        self.hits = hits
        self.note_hits = note_hits
        self.title_hits = tuple(title_hits)
        self.text_total, self.note_total = totals
        self.total = self.text_total + self.note_total
        self._section_lookup = section_lookup
        self._note_texts = {note.annotation_id: note.text for note in note_hits.notes()}
        self._text = lru_cache(maxsize=_CACHED_TEXTS)(text_loader)

    def __repr__(self) -> str:
        return (
            f"SearchResult({self.query.text!r}, hits={len(self.hits)}, "
            f"note_hits={len(self.note_hits)}, title_hits={len(self.title_hits)}, "
            f"total={self.total})"
        )

    def take_note_hits(self, other: SearchResult) -> None:
        """Take ``other``'s hits in notes (the same query's, found again after notes changed)
        in place of these, with their count: the hits in speech texts stay as they are."""
        self.note_hits, self.note_total = other.note_hits, other.note_total
        self.total = self.text_total + self.note_total
        self._note_texts = dict(other._note_texts)

    def speech_counts(self) -> list[tuple[int, int]]:
        """(speech id, hits in its text) for every speech with a hit, in speech order."""
        return self.hits.document_counts()

    def text_of(self, hit: Hit) -> str:
        """The canonical text a hit's offsets refer to (the speech's, or the note's)."""
        if hit.annotation_id is None:
            return self._text(hit.speech_id)
        return self._note_texts[hit.annotation_id]

    def snippet(self, hit: Hit, width: int = DEFAULT_WIDTH) -> Snippet:
        """The hit in context (left | hit | right), one line; loads the speech's text."""
        return snippet(self.text_of(hit), hit.start, hit.end, width)

    def section(self, hit: Hit) -> str:
        """The section path of a hit, from the lookup the caller gave (storage's outline)."""
        if self._section_lookup is None or hit.annotation_id is not None:
            return ""
        return self._section_lookup(hit.speech_id, hit.start)
