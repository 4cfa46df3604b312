"""A concordance across the library: every occurrence of a term, found through the search index.

``core.chinese.concordance`` builds lines from texts it scans; over a whole library reading every
text is the slow part, so the index finds the occurrences (with the search's normalisation:
width and case folded) and only the texts that hold one are read, for their context.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from desktop.core.chinese.concordance import DEFAULT_WIDTH, ConcordanceLine, concordance_line
from desktop.core.errors import QueryError
from desktop.core.storage.search_query import Query
from desktop.core.storage.search_result import TextLoader
from desktop.core.storage.search_run import search


@dataclass(frozen=True, slots=True)
class LibraryConcordance:
    """The lines of a term (sources are speech ids), and how many occurrences there are in all
    and in how many speeches (also those a limit left without lines)."""

    term: str
    lines: list[ConcordanceLine]
    total: int
    speeches: int = 0

    @property
    def complete(self) -> bool:
        """True if every occurrence has its line (no limit cut the list)."""
        return len(self.lines) == self.total


def library_concordance(
    conn: sqlite3.Connection,
    term: str,
    *,
    text_loader: TextLoader,
    speech_ids: Collection[int] | None = None,
    width: int = DEFAULT_WIDTH,
    limit: int | None = None,
) -> LibraryConcordance:
    """The concordance of ``term`` (exact text, as the find bar takes it) in speech texts.

    ``speech_ids`` limits it to those speeches (a collection); ``limit`` to the first lines in
    library order. QueryError for a term that is only white space.
    """
    if not term.strip():
        raise QueryError("nothing to look for", code="empty")
    # No limit for the search itself: its hits are an array of codes, cheap to count speeches in;
    # the limit is on the lines, each a piece of a text read and cut.
    result = search(conn, Query.literal(term), text_loader=text_loader, speech_ids=speech_ids)
    hits = result.hits if limit is None else result.hits[:limit]
    lines = [
        concordance_line(hit.speech_id, result.text_of(hit), hit.start, hit.end, width)
        for hit in hits
    ]
    speeches = len(result.speech_counts())
    return LibraryConcordance(term, lines, result.text_total, speeches)
