"""A term's counts over time and by speaker: occurrences and speeches per year or per speaker.

The counts are the library search's own: the query is run through ``search_run.search`` (the
same index, the same parsing and matching: width and case folded, a Latin term at word starts)
and its ``speech_counts`` (hits in each speech's text) are summed by the speeches' year or
speaker, read from the store in one query. So a row's figures are those the search panel shows
for the same query, restricted to that year or speaker.

What counts: hits in a speech's text. A speech whose title alone holds the term (a compilation's
篇N speech, listed by the search apart, "in its title") and hits in notes are not counted.
A speech's year is the first four digits of its date (dates are ISO 8601: ``2016``,
``2016-04``, ``2016-04-15``); a speech without one is "undated" (key None), as one without a
speaker has None for its speaker.

By year, every year between the first and the last dated year of the scope has its row: a year
of the scope with no speech at all has one with ``of_speeches`` 0 (``TrendRow.no_speeches``),
so a gap in the record is not read as a run of years (nor as a year where the term is absent).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.export.table import Table
from desktop.core.storage.search_query import Query
from desktop.core.storage.search_run import search
from desktop.core.storage.speech_filter import (
    DATES_INDEX,
    SPEAKER_SQL,
    YEAR_SQL,
    SpeechFilter,
    filtered_speech_ids,
)


class TrendBy(StrEnum):
    """What the counts are grouped by."""

    YEAR = "year"
    SPEAKER = "speaker"


@dataclass(frozen=True, slots=True)
class TrendRow:
    """One year's or speaker's figures (key None: undated, or no speaker named).

    ``occurrences`` and ``speeches`` count the term; ``of_speeches`` is how many speeches of
    the scope have that year or speaker, with the term or without (the share's denominator).
    """

    key: str | None
    occurrences: int
    speeches: int
    of_speeches: int

    @property
    def no_speeches(self) -> bool:
        """Whether the scope has no speech of this year at all (a gap between dated years)."""
        return self.of_speeches == 0


@dataclass(frozen=True, slots=True)
class TermTrend:
    """A query's counts grouped by year or speaker, and its totals over the scope."""

    query: str
    by: TrendBy
    rows: tuple[TrendRow, ...]
    occurrences: int
    speeches: int


def term_trend(
    conn: sqlite3.Connection,
    query: Query | str,
    *,
    by: TrendBy = TrendBy.YEAR,
    speech_ids: Collection[int] | None = None,
    speech_filter: SpeechFilter | None = None,
) -> TermTrend:
    """The counts of ``query`` (search syntax, or a parsed Query) per year or per speaker.

    ``speech_ids`` limits them to those speeches (a collection's; None: every speech). By year,
    every year of the scope has its row, in order (a year without the term shows that it
    stopped or had not started), undated last; by speaker only those who say it, the most
    occurrences first, the speeches with no speaker named last. QueryError for a query the
    search cannot take. ``speech_filter`` keeps the scope to some years and speakers (its rows
    and their speeches of that year or speaker alike).
    """
    speech_ids = filtered_speech_ids(conn, speech_filter, speech_ids)
    result = search(conn, query, text_loader=_no_text, speech_ids=speech_ids)
    counts = result.speech_counts()
    groups = _speech_groups(conn, by, speech_ids)
    occurrences: Counter[str | None] = Counter()
    speeches: Counter[str | None] = Counter()
    for speech_id, count in counts:
        key = groups.get(speech_id)
        occurrences[key] += count
        speeches[key] += 1
    of_speeches = Counter(groups.values())
    keys = of_speeches if by == TrendBy.YEAR else speeches
    rows = [TrendRow(key, occurrences[key], speeches[key], of_speeches[key]) for key in keys]
    if by == TrendBy.YEAR:
        rows += [TrendRow(year, 0, 0, 0) for year in _missing_years(of_speeches)]
    rows.sort(key=_year_order if by == TrendBy.YEAR else _speaker_order)
    text = query if isinstance(query, str) else query.text
    return TermTrend(text, by, tuple(rows), result.text_total, len(counts))


def trend_table(trend: TermTrend, none_label: str) -> Table:
    """The rows as a table to copy or write as CSV; ``none_label`` names the undated speeches
    (or those naming no speaker) in the UI's language or the command line's.

    A year with no speeches in the scope has its occurrences and speeches cells empty (nothing
    was counted there: not 0) and all_speeches 0.
    """
    header = (trend.by.value, "occurrences", "speeches", "all_speeches")
    rows = ((row.key if row.key is not None else none_label, *_figures(row)) for row in trend.rows)
    return Table.of(header, rows)


def _figures(row: TrendRow) -> tuple[int | str, int | str, int]:
    if row.no_speeches:
        return "", "", 0
    return row.occurrences, row.speeches, row.of_speeches


def _missing_years(present: Collection[str | None]) -> list[str]:
    """The years between the first and last of ``present`` that are not in it."""
    years = {int(key) for key in present if key is not None and key.isdigit()}
    if not years:
        return []
    return [f"{year:04d}" for year in range(min(years), max(years) + 1) if year not in years]


def _speech_groups(
    conn: sqlite3.Connection, by: TrendBy, speech_ids: Collection[int] | None
) -> dict[int, str | None]:
    """Each speech of the scope with its year or speaker: one query, not one per speech."""
    if speech_ids is None:
        rows = conn.execute(speech_groups_sql(by, scoped=False))
    else:
        rows = conn.execute(
            speech_groups_sql(by, scoped=True), (json.dumps(sorted(set(speech_ids))),)
        )
    return dict(rows.fetchall())


def speech_groups_sql(by: TrendBy, *, scoped: bool) -> str:
    """The query of every speech's id and year or speaker (``scoped``: of the ids in a JSON
    array, its one parameter).

    Both read the index of ids, dates and speakers alone (schema 16), never the rows that hold
    the texts (a page each); looked up by id, SQLite would go to the rows unless told the index.
    """
    column = YEAR_SQL if by == TrendBy.YEAR else SPEAKER_SQL
    if not scoped:
        return f"SELECT id, {column} FROM speeches"
    return (
        f"SELECT id, {column} FROM speeches INDEXED BY {DATES_INDEX}"
        " WHERE id IN (SELECT value FROM json_each(?))"
    )


def _year_order(row: TrendRow) -> tuple[bool, str]:
    return row.key is None, row.key or ""


def _speaker_order(row: TrendRow) -> tuple[bool, int, int, str]:
    return row.key is None, -row.occurrences, -row.speeches, row.key or ""


def _no_text(_speech_id: int) -> str:
    """No snippet is made: the counts need no text."""
    return ""
