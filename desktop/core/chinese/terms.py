"""The terms of a speech or a collection: keywords and formulations (提法), each with where it is.

What the terms panel and the ``keywords`` / ``terms`` commands show. A collection's keywords are
those of its speeches taken as one text (TF over all of them, IDF from the library); each keyword
carries its occurrences as jieba words (革命 inside 效能革命 is not an occurrence of 革命), so
the places marked in the reader are exactly the ones counted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.chinese.candidates import candidate_tokens
from desktop.core.chinese.formulations import (
    CollectionFormulation,
    FormulationKind,
    collection_formulations,
)
from desktop.core.chinese.keywords import (
    MIN_LIBRARY_DOCUMENTS,
    DocumentFrequencies,
    keywords,
)
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import LATIN_LETTER, fold_case
from desktop.core.chinese.standing import standing_formulations, with_standing
from desktop.core.errors import CancelledError
from desktop.core.export.table import Table

Occurrence = tuple[Hashable, int, int]
"""(source, start, end): a text's id and str offsets into it."""

DEFAULT_TOP = 30

KEYWORD_HEADER = ("keyword", "count", "score", "texts")
"""Field names of a keywords table (English, for scripts): ``count`` counts whole words."""
FORMULATION_HEADER = ("formulation", "count", "quoted", "kind", "texts")
"""Field names of a formulations table."""


class IdfSource(StrEnum):
    """Where the IDF of keywords came from."""

    LIBRARY = "library"
    JIEBA = "jieba"


@dataclass(frozen=True, slots=True)
class KeywordEntry:
    """A keyword: TF-IDF score, how often it occurs and where."""

    word: str
    score: float
    count: int
    occurrences: tuple[Occurrence, ...]
    texts: int | None = None
    """In how many texts it occurs, when its occurrences are not listed (the whole library)."""

    def sources(self) -> int:
        """In how many texts it occurs."""
        return self.texts if self.texts is not None else _sources(self.occurrences)


@dataclass(frozen=True, slots=True)
class TermsReport:
    """The keywords (best first) and formulations (most frequent first) of some texts."""

    keywords: list[KeywordEntry]
    formulations: list[CollectionFormulation]
    idf: IdfSource


def idf_source(frequencies: DocumentFrequencies | None) -> IdfSource:
    """Which IDF ``keywords`` uses with these frequencies."""
    if frequencies is not None and frequencies.documents >= MIN_LIBRARY_DOCUMENTS:
        return IdfSource.LIBRARY
    return IdfSource.JIEBA


def text_terms(
    texts: Sequence[tuple[Hashable, str]],
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None = None,
    *,
    top: int = DEFAULT_TOP,
    wait: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> TermsReport | None:
    """Keywords and formulations of ``texts`` (source id, text); None if jieba is not ready.

    Slow for a large collection (jieba reads every text a few times): run it in a worker; when
    ``cancelled()`` turns true, CancelledError is raised between texts.
    """
    if not segmenter.ready and not wait:
        return None
    # The standing formulations are found in the pass that finds the keywords' places.
    found, places = _keywords_and_places(
        texts, segmenter, frequencies, top, standing_formulations(), cancelled
    )
    _check(cancelled)
    marked = collection_formulations(texts, segmenter, wait=True) or []
    return TermsReport(found, with_standing(marked, places), idf_source(frequencies))


def text_formulations(
    texts: Sequence[tuple[Hashable, str]], segmenter: Segmenter
) -> list[CollectionFormulation]:
    """The formulations of ``texts``: those they mark and the standing ones they use (waits
    for jieba)."""
    marked = collection_formulations(texts, segmenter, wait=True) or []
    return with_standing(marked, word_places(texts, standing_formulations(), segmenter))


def text_keywords(
    texts: Sequence[tuple[Hashable, str]],
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None = None,
    *,
    top: int = DEFAULT_TOP,
    wait: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> list[KeywordEntry] | None:
    """The ``top`` keywords of ``texts`` taken as one, best first, with their occurrences."""
    if not segmenter.ready and not wait:
        return None
    return _keywords_and_places(texts, segmenter, frequencies, top, (), cancelled)[0]


def _keywords_and_places(
    texts: Sequence[tuple[Hashable, str]],
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None,
    top: int,
    more: Iterable[str],
    cancelled: Callable[[], bool] | None,
) -> tuple[list[KeywordEntry], dict[str, list[Occurrence]]]:
    """The keywords, and the places of them and of the ``more`` words, in one pass."""
    joined = "\n".join(text for _, text in texts)
    best = keywords(joined, segmenter, frequencies, top, wait=True) or []
    wanted = [*(k.word for k in best), *more]
    places = word_places(texts, wanted, segmenter, cancelled=cancelled)
    found = [KeywordEntry(k.word, k.score, k.count, tuple(places[k.word])) for k in best]
    return found, places


def word_places(
    texts: Iterable[tuple[Hashable, str]],
    words: Iterable[str],
    segmenter: Segmenter,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, list[Occurrence]]:
    """Where each of ``words`` occurs in ``texts`` as a whole jieba word, in any spelling
    (``fold_case``: Work and work), in text order.

    The places counted are the places marked (``candidates``: the tokens keywords are counted
    from): 革命 inside 效能革命 is not one. Waits for jieba;
    when ``cancelled()`` turns true, CancelledError is raised between texts.
    """
    places: dict[str, list[Occurrence]] = {word: [] for word in words}
    by_key = {fold_case(word): found for word, found in places.items()}
    # Folding every token costs a regular expression each: only a Latin word needs it.
    key = fold_case if any(map(LATIN_LETTER.search, places)) else str
    for source, text in texts:
        _check(cancelled)
        for token in candidate_tokens(text, segmenter, wait=True) or ():
            found = by_key.get(key(token.word))
            if found is not None:
                found.append((source, token.start, token.end))
    return places


def score_decimals(score: float, least: int) -> int:
    """How many decimals show ``score`` to three significant figures, and at least ``least``."""
    # The whole library's scores are small (0.000425, 0.000313, ...): to a fixed 3 or 4
    # decimals they all read 0.000 or 0.0003, and the list's order can no longer be seen.
    if not 0 < score < 1:
        return least
    return max(least, 2 - math.floor(math.log10(score)))


def keyword_table(entries: Sequence[KeywordEntry]) -> Table:
    """Keywords as a table (``KEYWORD_HEADER``), in the order given."""
    return Table.of(
        KEYWORD_HEADER,
        (
            (e.word, e.count, round(e.score, score_decimals(e.score, 4)), e.sources())
            for e in entries
        ),
    )


def formulation_table(
    entries: Sequence[CollectionFormulation],
    kind_name: Callable[[FormulationKind], str] = str,
) -> Table:
    """Formulations as a table (``FORMULATION_HEADER``), in the order given; ``kind_name``
    writes the kind (its stable English value unless the UI gives its own word)."""
    return Table.of(
        FORMULATION_HEADER,
        ((e.text, e.count, e.quoted, kind_name(e.kind), e.sources) for e in entries),
    )


def _sources(occurrences: Sequence[Occurrence]) -> int:
    return len({source for source, _start, _end in occurrences})


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("finding the terms was cancelled")
