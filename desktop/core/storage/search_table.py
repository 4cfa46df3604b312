"""A search's hits as a table: what the search panel and ``search --csv`` export."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.export.table import Table
from desktop.core.storage.kwic import DEFAULT_WIDTH
from desktop.core.storage.search_result import Hit, SearchResult

SEARCH_HEADER = ("speech_id", "speech", "section", "start", "end", "left", "hit", "right", "note")
"""Field names (English, for scripts); ``note`` is the annotation id of a hit in an annotation."""


def search_table(
    result: SearchResult,
    hits: Sequence[Hit],
    title: Callable[[int], str],
    width: int = DEFAULT_WIDTH,
) -> Table:
    """``hits`` of ``result`` in order, each with its speech's ``title``, section and context."""
    rows = []
    for hit in hits:
        snippet = result.snippet(hit, width)
        rows.append(
            (
                hit.speech_id,
                title(hit.speech_id),
                result.section(hit),
                hit.start,
                hit.end,
                snippet.left,
                snippet.match,
                snippet.right,
                hit.annotation_id or "",
            )
        )
    return Table.of(SEARCH_HEADER, rows)
