"""Keeping a search to some years and speakers: the speeches a filter lets through, in SQL.

A speech's year is the first four digits of its date (dates are ISO 8601: ``2016``,
``2016-04``, ``2016-04-15``); a speech without one is *undated*. Its speaker is the speaker
field trimmed; an empty one names nobody. These are the keys the counts by year and by speaker
group by (``term_trend``), so a row of those counts and the search filtered to its year or
speaker agree.

A filter keeps the speeches whose year is in its range (either end open) or, with ``undated``,
that have none; and whose speaker is one of its ``speakers`` or, with ``no_speaker``, who name
nobody. A part left empty keeps every speech. The speeches are read from the index of ids,
dates and speakers alone (schema 16), never from the rows that hold the texts.

What the search panel and the command line both take as typed lives here too, so they read it
alike: years typed backwards (``years_in_order``), several speakers typed on one line
(``split_speakers``) and the library's names like one no speech gives (``speakers_like``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.annotation_match import fold
from desktop.core.errors import QueryError
from desktop.core.storage.rows import IN_TRASHED_COLLECTION

YEAR_SQL = (
    "CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' AND date NOT GLOB '0000*'"
    " THEN substr(date, 1, 4) END"
)
"""The year of an ISO date, NULL when the date is missing or does not start with one (0000,
no year a filter takes, is none: undated, as a filter and Counts by Year both read it)."""
SPEAKER_SQL = "nullif(trim(coalesce(speaker, '')), '')"
"""A speech's speaker, NULL when it names nobody."""
DATES_INDEX = "speeches_dates_speakers"
"""The index holding every speech's id, date and speaker (schema 16)."""

FIRST_YEAR = 1
LAST_YEAR = 9999
SPEAKER_SEPARATORS = re.compile(r"[、，,；;]")
"""What parts the names of several speakers typed on one line (温家宝、李克强; 温家宝, 李克强)."""


@dataclass(frozen=True, slots=True)
class SpeechFilter:
    """Which speeches a search keeps: by the year of their date and by their speaker."""

    from_year: int | None = None
    to_year: int | None = None
    undated: bool = False
    speakers: tuple[str, ...] = ()
    no_speaker: bool = False

    def __post_init__(self) -> None:
        for year in (self.from_year, self.to_year):
            if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
                raise QueryError(f"a year goes from 1 to 9999, not {year}", code="bad-year")
        first, last = self.from_year, self.to_year
        if first is not None and last is not None and first > last:
            raise QueryError(
                f"the years run backwards: {self.from_year} comes after {self.to_year}",
                code="bad-years",
            )
        object.__setattr__(self, "speakers", _speakers(self.speakers))

    def is_empty(self) -> bool:
        """True when the filter keeps every speech."""
        return not (self.has_years() or self.has_speakers())

    def has_years(self) -> bool:
        """True when the filter keeps some years (or the undated speeches) only."""
        return self.from_year is not None or self.to_year is not None or self.undated

    def has_speakers(self) -> bool:
        """True when the filter keeps some speakers (or the speeches naming nobody) only."""
        return bool(self.speakers) or self.no_speaker

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE condition over the speeches' date and speaker, and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.has_years():
            clauses.append(self._years_sql(params))
        if self.has_speakers():
            clauses.append(self._speakers_sql(params))
        return " AND ".join(clauses) or "1", params

    def _years_sql(self, params: list[Any]) -> str:
        either: list[str] = []
        if self.from_year is not None or self.to_year is not None:
            # Four digits compare as text as they do as numbers.
            either.append(f"({YEAR_SQL}) BETWEEN ? AND ?")
            params += [f"{self.from_year or FIRST_YEAR:04d}", f"{self.to_year or LAST_YEAR:04d}"]
        if self.undated:
            either.append(f"({YEAR_SQL}) IS NULL")
        return "(" + " OR ".join(either) + ")"

    def _speakers_sql(self, params: list[Any]) -> str:
        either: list[str] = []
        if self.speakers:
            either.append(f"({SPEAKER_SQL}) IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(self.speakers, ensure_ascii=False))
        if self.no_speaker:
            either.append(f"({SPEAKER_SQL}) IS NULL")
        return "(" + " OR ".join(either) + ")"

    def to_dict(self) -> dict[str, Any]:
        """The filter as plain JSON values (what the app's settings keep)."""
        return {
            "from_year": self.from_year,
            "to_year": self.to_year,
            "undated": self.undated,
            "speakers": list(self.speakers),
            "no_speaker": self.no_speaker,
        }

    @classmethod
    def from_dict(cls, value: Mapping[str, Any]) -> SpeechFilter:
        """A filter from ``to_dict``'s values; QueryError or TypeError for values that are not
        (settings edited by hand: a name alone for the list of speakers, "false" for false)."""
        return cls(
            _year(value.get("from_year")),
            _year(value.get("to_year")),
            _flag(value.get("undated", False)),
            _names(value.get("speakers", [])),
            _flag(value.get("no_speaker", False)),
        )


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What a filter can name in a library: its speakers (the most speeches first) and the
    first and last years of its speeches' dates (None when no speech has one)."""

    speakers: tuple[str, ...]
    first_year: int | None
    last_year: int | None


def filtered_speech_ids(
    conn: sqlite3.Connection,
    speech_filter: SpeechFilter | None,
    speech_ids: Collection[int] | None = None,
) -> Collection[int] | None:
    """The speeches of ``speech_ids`` (None: every speech) that the filter keeps, in id order.

    Without a filter (or with an empty one) ``speech_ids`` comes back as it was.
    """
    if speech_filter is None or speech_filter.is_empty():
        return speech_ids
    statement, params = filtered_ids_sql(speech_filter, scoped=speech_ids is not None)
    if speech_ids is not None:
        params.append(json.dumps(sorted(set(speech_ids))))
    return [speech_id for (speech_id,) in conn.execute(statement, params)]


def filtered_ids_sql(speech_filter: SpeechFilter, *, scoped: bool) -> tuple[str, list[Any]]:
    """The query of the ids the filter keeps, in order, and its parameters (``scoped``: of the
    ids in a JSON array, a last parameter for the caller to add).

    It reads the index of ids, dates and speakers alone; SQLite, told nothing, would read the
    rows holding the texts (a page each) when looking the ids up.
    """
    where, params = speech_filter.sql()
    statement = f"SELECT id FROM speeches INDEXED BY {DATES_INDEX} WHERE {where}"
    if scoped:
        statement += " AND id IN (SELECT value FROM json_each(?))"
    return statement + " ORDER BY id", params


def filter_choices(conn: sqlite3.Connection) -> FilterChoices:
    """The speakers and the span of years of the speeches not in the trash (one read of the
    index of dates and speakers)."""
    rows = conn.execute(
        f"SELECT {SPEAKER_SQL} AS who, min({YEAR_SQL}), max({YEAR_SQL}), count(*)"
        f" FROM speeches INDEXED BY {DATES_INDEX}"
        f" WHERE id NOT IN ({IN_TRASHED_COLLECTION}) GROUP BY who"
    ).fetchall()
    named = sorted((row for row in rows if row[0] is not None), key=lambda row: (-row[3], row[0]))
    firsts = [int(row[1]) for row in rows if row[1] is not None]
    lasts = [int(row[2]) for row in rows if row[2] is not None]
    return FilterChoices(
        tuple(row[0] for row in named),
        min(firsts) if firsts else None,
        max(lasts) if lasts else None,
    )


def years_in_order(first: int | None, last: int | None) -> tuple[int | None, int | None]:
    """A range of years as typed, the earlier first: 2021 to 2018 is 2018 to 2021, in the
    panel's boxes and in ``--years`` alike (neither a typo to refuse nor one to search)."""
    if first is not None and last is not None and first > last:
        return last, first
    return first, last


def split_speakers(text: str) -> tuple[str, ...]:
    """The names typed on one line, parted by 、，,；; each trimmed, once, in the order typed."""
    return _speakers(SPEAKER_SEPARATORS.split(text))


def speakers_like(known: Collection[str], name: str) -> tuple[str, ...]:
    """The names of ``known`` that hold ``name`` or that it holds (width and case folded):
    what to offer for a name no speech gives ("李" → 李明)."""
    typed = fold(name.strip())
    if not typed:
        return ()
    return tuple(k for k in known if typed in fold(k) or fold(k) in typed)


def _speakers(names: Collection[str]) -> tuple[str, ...]:
    """The names trimmed, empty ones left out, each once, in the order given."""
    return tuple(dict.fromkeys(name.strip() for name in names if name.strip()))


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"a yes or no is true or false, not {value!r}")
    return value


def _names(value: object) -> tuple[str, ...]:
    # A string is a sequence too: "王芳" would be the speakers 王 and 芳.
    if not isinstance(value, list | tuple) or not all(isinstance(name, str) for name in value):
        raise TypeError(f"the speakers are a list of names, not {value!r}")
    return tuple(value)


def _year(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a year is a whole number, not {value!r}")
    return value
