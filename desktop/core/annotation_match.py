"""Whether an annotation matches the annotations dock's filters: colours, a tag, words.

Pure, so the worker reading "all speeches" can fold the 20,000 annotations' texts once
(``search_texts``) and each filter pass on the GUI thread only looks words up in them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.annotation import Annotation

_MARKS = re.compile(r"[\\*`\[#>+=_-]|\d[.)]")
"""Every character ``note_reading`` may read as a mark (a note without one reads as typed,
but for its blank lines and the spaces at its lines' ends, which no filter word holds)."""

NOTE_READINGS_KEPT = 32768
"""The marked notes whose reading is kept (a big library's 28,000 annotations fit)."""

SearchTexts = dict[str, tuple[Annotation, str]]
"""Each annotation's id: the version of it that was folded, and its folded ``search_text``."""


def fold(text: str) -> str:
    """Text as searched: width-normalised (NFKC) and case-folded, so ＡＢＣ finds abc."""
    return unicodedata.normalize("NFKC", text).casefold()


def tag_key(tag: str) -> str:
    """A tag as every tag filter compares it (the list's and the export's): folded as the words
    are, so ＡＢＣ, Abc and abc pick the same notes."""
    return fold(tag)


def search_text(annotation: Annotation) -> str:
    """What the text filter searches: the quote, the note as it reads and the tags, folded;
    each tag as ``#tag`` (as the list's exports write it), so typing ``#乡村振兴`` finds the tag
    too. The note without its Markdown marks (``note_reading``), as the library's search reads
    it: typing ** found every bold note here and none there."""
    tags = (f"#{tag}" for tag in annotation.tags)
    return fold(" ".join((annotation.quote.exact, _note_as_read(annotation.note), *tags)))


def _note_as_read(note: str) -> str:
    """``note_reading(note)``; a note with no mark Markdown reads is its own reading."""
    if not note or not _MARKS.search(note):
        return note  # most notes: no regex work per line (28,000 annotations at a time)
    return _marked_note_reading(note)


@lru_cache(maxsize=NOTE_READINGS_KEPT)
def _marked_note_reading(note: str) -> str:
    # ~5 µs a marked note (~15 µs when it still made spans): every library change folds "all
    # speeches" again in the worker, and the notes are mostly the same ones.
    from desktop.core.note_reading import note_reading  # with the first marked note only

    return note_reading(note)


def search_texts(annotations: Iterable[Annotation]) -> SearchTexts:
    """Every annotation's ``search_text``, with the version it was made from."""
    return {annotation.id: (annotation, search_text(annotation)) for annotation in annotations}


@dataclass(frozen=True, slots=True)
class AnnotationCriteria:
    """The dock's filters: any of ``colors``, carrying ``tag``, containing every word."""

    colors: frozenset[str] = frozenset()
    """The colours shown; empty means every colour."""
    tag: str | None = None
    """The tag every match carries (compared folded), or None for any."""
    words: tuple[str, ...] = ()
    """Folded words every match contains in its ``search_text``."""

    @classmethod
    def words_of(cls, text: str) -> tuple[str, ...]:
        """The words of a typed filter text, folded."""
        return tuple(fold(text).split())

    def is_active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.colors or self.tag or self.words)

    def accepts(self, annotation: Annotation, text: str | None = None) -> bool:
        """Whether ``annotation`` matches; ``text`` is its ``search_text`` when known."""
        # Asked of each of 20,000 annotations of "all speeches" on a filter's first pass: plain
        # loops, no generator or set made per annotation.
        if self.colors and annotation.color not in self.colors:
            return False
        if self.tag is not None and not self._carries_tag(annotation):
            return False
        if self.words:
            haystack = text if text is not None else search_text(annotation)
            for word in self.words:
                if word not in haystack:
                    return False
        return True

    def _carries_tag(self, annotation: Annotation) -> bool:
        if not annotation.tags:
            return False
        wanted = tag_key(self.tag or "")
        return any(tag_key(tag) == wanted for tag in annotation.tags)


def matching_ids(criteria: AnnotationCriteria, texts: SearchTexts) -> frozenset[str]:
    """The ids of the annotations in ``texts`` (the versions folded there) ``criteria`` accepts."""
    accepts = criteria.accepts
    return frozenset(key for key, (annotation, text) in texts.items() if accepts(annotation, text))
