"""A search's hits as a table: what the search panel and ``search --csv`` export.

A speech whose title stands apart from its text and holds the query (``TitleHit``) is a row too
(``search --csv`` puts them first, the search panel where its speech is listed): its ``where``
is ``title``, and it has no section or offsets (the title is at no offset of the text); its
context is the title's around the first term.

Each row also names its speech's collection, date and speaker (last, so that scripts reading
the earlier columns by place go on working): a researcher counting a formulation by year or by
speaker needs them, and in a library of many compilations the same title ("在全市…工作会上的讲话")
names many speeches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from desktop.core.export.table import Cell, Table
from desktop.core.storage.kwic import DEFAULT_WIDTH
from desktop.core.storage.rows import id_array
from desktop.core.storage.search_result import Hit, SearchResult
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_titles import TitleHit
from desktop.core.storage.search_words import first_match

SEARCH_HEADER = (
    "speech_id", "speech", "section", "start", "end", "left", "hit", "right", "note", "where",
    "collection", "date", "speaker",
)  # fmt: skip
"""Field names (English, for scripts); ``note`` is the annotation id of a hit in an annotation;
``where`` is ``text``, ``note`` or ``title`` (the codes stay English in every UI language)."""


class SpeechCells(NamedTuple):
    """What a row tells of its speech: its title, its collection's title, its date and speaker."""

    title: str
    collection: str = ""
    date: str = ""
    speaker: str = ""


def speech_cells(conn: sqlite3.Connection, speech_ids: Iterable[int]) -> dict[int, SpeechCells]:
    """The cells of each of ``speech_ids`` (in the trash or not; no such speech left out), in
    one query: a query per speech and its collection was a search's CSV's cost."""
    found = conn.execute(
        "SELECT s.id, coalesce(s.custom_title, s.title), coalesce(c.custom_title, c.title),"
        " coalesce(s.date, ''), coalesce(s.speaker, '') FROM speeches s"
        " JOIN collections c ON c.id = s.collection_id"
        " WHERE s.id IN (SELECT value FROM json_each(?))",
        (id_array(sorted(set(speech_ids))),),
    )
    return {row[0]: SpeechCells(*row[1:]) for row in found}


def search_table(
    result: SearchResult,
    hits: Sequence[Hit | TitleHit],
    speech: Callable[[int], SpeechCells],
    width: int = DEFAULT_WIDTH,
) -> Table:
    """``hits`` of ``result`` (and speeches found by their title) in the order given, each
    with its ``speech``'s cells, section and context."""
    rows: list[tuple[Cell, ...]] = []
    for hit in hits:
        cells = speech(hit.speech_id)
        about = (cells.collection, cells.date, cells.speaker)
        if isinstance(hit, TitleHit):
            rows.append(_title_row(hit, result.query.terms[0], width) + about)
            continue
        snippet = result.snippet(hit, width)
        rows.append(
            (
                hit.speech_id,
                cells.title,
                result.section(hit),
                hit.start,
                hit.end,
                snippet.left,
                snippet.match,
                snippet.right,
                hit.annotation_id or "",
                "text" if hit.annotation_id is None else "note",
                *about,
            )
        )
    return Table.of(SEARCH_HEADER, rows)


def _title_row(hit: TitleHit, term: str, width: int) -> tuple[Cell, ...]:
    """A speech found by its title: the title around the term's first match in it."""
    start = max(0, first_match(normalise(hit.title), term))
    end = start + len(term)
    left, right = hit.title[max(0, start - width) : start], hit.title[end : end + width]
    return (hit.speech_id, hit.title, "", "", "", left, hit.title[start:end], right, "", "title")
