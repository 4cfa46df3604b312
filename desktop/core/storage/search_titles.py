"""Titles that stand apart from their speech's text, so that search finds them too.

A speech titled by its compilation's separator line has a title that no line of its text shows
(``core.plate_titles``): the reader paints it above the text. The n-gram index holds canonical
texts only (every hit is an offset into one), so these titles are kept here, normalised, one
row a speech: ``search_title``. A query whose every term is in such a title finds the speech as
a ``TitleHit``, which has no offsets: opening it goes to the top of the speech.

The table holds few rows (only such speeches), so a query scans it with ``instr`` (~0.1 µs a
row) instead of indexing it. Storage keeps it current wherever a title, a text or its title
line changes (``refresh_title``: import, re-import, rename); a speech deleted takes its row
with it (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.plate_titles import title_stands_apart
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_words import contains

if TYPE_CHECKING:
    from desktop.core.storage.search_query import Query
    from desktop.core.storage.upgrade_steps import Fraction

# Enough of the text to compare with the title: its first words, after any leading space.
_ROW = f"""
SELECT coalesce(s.custom_title, s.title),
       substr(s.text, 1, 2 * length(coalesce(s.custom_title, s.title)) + 64),
       EXISTS (SELECT 1 FROM spans WHERE speech_id = s.id AND kind = '{SpanKind.TITLE.value}')
FROM speeches s WHERE s.id = ?
"""


@dataclass(frozen=True, slots=True)
class TitleHit:
    """A speech whose title, which stands apart from its text, holds every query term. It has
    no offsets, as the title is in no offset of the text: opening it shows the speech's top."""

    speech_id: int
    title: str


def create_title_table(conn: sqlite3.Connection, report: Fraction | None = None) -> None:
    """The table of titles apart, filled for every speech (a migration, in its transaction);
    ``report`` hears the fraction of speeches done."""
    from desktop.core.storage.upgrade_steps import counted

    conn.execute(
        "CREATE TABLE search_title ("
        " speech_id INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL,"
        " normalised TEXT NOT NULL)"
    )
    ids = conn.execute("SELECT id FROM speeches ORDER BY id").fetchall()
    for (speech_id,) in counted(ids, len(ids), report):
        refresh_title(conn, speech_id)


def refresh_title(conn: sqlite3.Connection, speech_id: int) -> None:
    """Keep the speech's title here when it stands apart from its text, and only then."""
    row = conn.execute(_ROW, (speech_id,)).fetchone()
    apart = row is not None and title_stands_apart(row[0], row[1], has_title_line=bool(row[2]))
    if not apart:
        conn.execute("DELETE FROM search_title WHERE speech_id = ?", (speech_id,))
        return
    title = row[0].strip()
    conn.execute(
        "INSERT INTO search_title(speech_id, title, normalised) VALUES (?, ?, ?)"
        " ON CONFLICT(speech_id) DO UPDATE SET title = excluded.title,"
        " normalised = excluded.normalised",
        (speech_id, title, normalise(title)),
    )


def title_hits(
    conn: sqlite3.Connection, query: Query, speech_ids: Collection[int] | None
) -> list[TitleHit]:
    """The speeches (of ``speech_ids``, or all) whose title apart holds every term of
    ``query`` and no excluded one, in id order; the caller rules out excluded texts."""
    if not _has_titles(conn):
        return []  # the search index alone, outside a library (its own tests)
    longest = max(query.terms, key=len)
    rows = conn.execute(
        "SELECT speech_id, title, normalised FROM search_title"
        " WHERE instr(normalised, ?) > 0 ORDER BY speech_id",
        (longest,),
    ).fetchall()
    if not rows:
        return []
    wanted = None if speech_ids is None else set(speech_ids)
    return [
        TitleHit(speech_id, title)
        for speech_id, title, normalised in rows
        if (wanted is None or speech_id in wanted)
        and all(contains(normalised, term) for term in query.terms)
        and not any(contains(normalised, term) for term in query.excluded)
    ]


def _has_titles(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_title'"
    ).fetchone()
    return found is not None
