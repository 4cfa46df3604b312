"""Find in one text: every occurrence of what the user typed, as the library search sees text.

The find bar looks for exactly the typed text (``Query.literal``: spaces and quotation marks
included, no query grammar) with the search index's normalisation (``search_text.normalise``:
width and case folded, one character for one), so Ｇｄｐ finds GDP and ``,`` finds ``，`` here
just as in the library search, and where the library search would find it (``search_words``:
typed text that starts with a Latin letter is found at word starts, ``econ`` in *economy* but
not in *second*); a pasted paragraph break, however written (CRLF, a blank line), is
the text's one ``\\n``. Occurrences may overlap (哈哈 is found twice in 哈哈哈), as the
index reports them, so the find bar's count agrees with the library search's count per speech.
"""

from __future__ import annotations

from desktop.core.storage.search_query import Query
from desktop.core.storage.search_text import fold_paragraph_breaks, normalise
from desktop.core.storage.search_words import starts_with_latin, word_start

Range = tuple[int, int]


class TextFinder:
    """One text, normalised once (on the first search), searched as often as the user types."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Normalising needs search_text's table, built on first use; the reader hands every
        # speech it opens (the first one at start-up) to a finder that may never be used.
        self._normalised: str | None = None

    def find_all(self, typed: str) -> list[Range]:
        """Every (start, end) of ``typed`` in the text, in order; [] for an empty string."""
        typed = fold_paragraph_breaks(typed)  # pasted paragraphs break as the text does
        if not typed:
            return []
        if self._normalised is None:
            self._normalised = normalise(self.text)
        needle = Query.literal(typed).terms[0]
        return _occurrences(self._normalised, needle)


def find_all(text: str, typed: str) -> list[Range]:
    """Every (start, end) of ``typed`` in ``text`` as search normalises both (see the module)."""
    return TextFinder(text).find_all(typed)


def _occurrences(haystack: str, needle: str) -> list[Range]:
    """Every occurrence of ``needle`` where it may match, overlapping ones included."""
    at_word_starts = starts_with_latin(needle)
    found = []
    start = haystack.find(needle)
    while start >= 0:
        if not at_word_starts or word_start(haystack, start):
            found.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return found
