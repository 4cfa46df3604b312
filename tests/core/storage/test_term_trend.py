"""A term's counts per year and per speaker agree with the library search's counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import QueryError
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.schema import LATEST_VERSION
from desktop.core.storage.search_run import search
from desktop.core.storage.term_trend import (
    DATES_INDEX,
    TermTrend,
    TrendBy,
    TrendRow,
    speech_groups_sql,
    term_trend,
    trend_table,
)
from tests.core.storage.trend_library import TERM, make_gap_library, make_trend_library


@pytest.fixture
def trend_library(tmp_path: Path) -> Iterator[tuple[Library, int, int]]:
    opened = make_trend_library(tmp_path / "trend.sqlite")
    with opened[0]:
        yield opened


def _trend(library: Library, query: str, **options: object) -> TermTrend:
    with library.db.read() as conn:
        return term_trend(conn, query, **options)  # type: ignore[arg-type]


def test_counts_by_year_cover_every_year_and_the_undated_last(
    trend_library: tuple[Library, int, int],
) -> None:
    library, first, _second = trend_library
    found = _trend(library, TERM, speech_ids=[r.id for r in library.store.speeches(first)])
    assert found.rows == (
        TrendRow("2018", 3, 2, 2),
        TrendRow("2019", 0, 0, 1),  # a year without the term keeps its row
        TrendRow("2020", 3, 1, 1),
        TrendRow(None, 1, 1, 1),
    )
    assert (found.occurrences, found.speeches, found.by) == (7, 4, TrendBy.YEAR)


def test_counts_by_speaker_list_those_who_say_it_most_first(
    trend_library: tuple[Library, int, int],
) -> None:
    library, _first, _second = trend_library
    found = _trend(library, TERM, by=TrendBy.SPEAKER)
    assert found.rows == (
        TrendRow("李明", 5, 2, 2),
        TrendRow("王芳", 1, 1, 2),
        TrendRow(None, 1, 1, 3),  # the undated speech and the compilation's two name nobody
    )


def test_a_term_in_a_title_alone_is_not_counted(
    trend_library: tuple[Library, int, int],
) -> None:
    library, _first, second = trend_library
    speech_ids = [record.id for record in library.store.speeches(second)]
    with library.db.read() as conn:
        result = search(conn, TERM, text_loader=library.store.speech_text, speech_ids=speech_ids)
    assert result.title_hits  # the search lists it apart, "in its title"...
    found = _trend(library, TERM, speech_ids=speech_ids)
    assert (found.occurrences, found.speeches) == (0, 0)  # ...its text holds no occurrence
    assert found.rows == (TrendRow(None, 0, 0, 2),)  # the compilation's speeches are undated


@pytest.mark.parametrize("query", [TERM, "高质量", "发展 -稳中", "ＧＤＰ", "高质量发展 工作", "的"])
@pytest.mark.parametrize("by", list(TrendBy))
def test_the_figures_are_the_search_panels(
    trend_library: tuple[Library, int, int], query: str, by: TrendBy
) -> None:
    library, _first, _second = trend_library
    with library.db.read() as conn:
        result = search(conn, query, text_loader=library.store.speech_text)
    counts = dict(result.speech_counts())
    found = _trend(library, query, by=by)
    assert found.occurrences == result.text_total == sum(counts.values())
    assert found.speeches == len(counts)
    assert sum(row.occurrences for row in found.rows) == found.occurrences
    assert sum(row.speeches for row in found.rows) == found.speeches
    # Each row is the search's count over the speeches of that year or speaker.
    for row in found.rows:
        members = [
            record.id
            for collection in library.store.collections()
            for record in library.store.speeches(collection.id)
            if _key(record.date, record.speaker, by) == row.key
        ]
        assert row.of_speeches == len(members)
        assert row.occurrences == sum(counts.get(member, 0) for member in members)
        assert row.speeches == sum(member in counts for member in members)


def _key(date: str | None, speaker: str | None, by: TrendBy) -> str | None:
    if by == TrendBy.YEAR:
        return date[:4] if date else None
    return speaker or None


def test_a_query_the_search_cannot_take_is_a_query_error(
    trend_library: tuple[Library, int, int],
) -> None:
    with pytest.raises(QueryError):
        _trend(trend_library[0], '"unbalanced')


@pytest.mark.parametrize("by", list(TrendBy))
@pytest.mark.parametrize("scoped", [False, True])
def test_dates_and_speakers_are_read_from_their_index_not_the_texts_rows(
    trend_library: tuple[Library, int, int], by: TrendBy, scoped: bool
) -> None:
    library, _first, _second = trend_library
    sql = speech_groups_sql(by, scoped=scoped)
    with library.db.read() as conn:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("[1]",) * scoped)]
    speeches = [step for step in plan if "speeches" in step]
    assert speeches, plan
    assert all(f"COVERING INDEX {DATES_INDEX}" in step for step in speeches), plan


def test_a_library_of_schema_15_gains_the_index_and_counts_as_before(tmp_path: Path) -> None:
    path = tmp_path / "trend.sqlite"
    library, first, _second = make_trend_library(path)
    with library:
        before = [_trend(library, TERM, by=by) for by in TrendBy]
    conn = sqlite3.connect(path)  # as version 15 left it: no such index
    conn.execute(f"DROP INDEX {DATES_INDEX}")
    conn.execute("PRAGMA user_version = 15")
    conn.close()
    with open_library(path, create=False, daily_backup=False) as upgraded:
        assert upgraded.db.user_version == LATEST_VERSION
        with upgraded.db.read() as conn:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert DATES_INDEX in names
        assert [_trend(upgraded, TERM, by=by) for by in TrendBy] == before
        scoped = [r.id for r in upgraded.store.speeches(first)]
        assert _trend(upgraded, TERM, speech_ids=scoped).speeches == 4


def test_a_year_with_no_speeches_between_dated_ones_has_its_row(tmp_path: Path) -> None:
    with make_gap_library(tmp_path / "gap.sqlite") as library:
        found = _trend(library, TERM)
        by_speaker = _trend(library, TERM, by=TrendBy.SPEAKER)
    assert found.rows == (
        TrendRow("2015", 1, 1, 1),
        TrendRow("2016", 2, 1, 1),
        TrendRow("2017", 0, 0, 0),  # no speech of 2017: a gap, not a year without the term
        TrendRow("2018", 3, 1, 1),
        TrendRow(None, 0, 0, 1),
    )
    assert [row.no_speeches for row in found.rows] == [False, False, True, False, False]
    assert (found.occurrences, found.speeches) == (6, 3)
    table = trend_table(found, "undated")
    assert table.rows[2] == ("2017", "", "", 0)  # nothing counted there: empty, not 0
    assert table.rows[1] == ("2016", 2, 1, 1)
    assert all(not row.no_speeches for row in by_speaker.rows)  # only by year


def test_a_scope_of_one_year_or_none_dated_adds_no_years(
    trend_library: tuple[Library, int, int],
) -> None:
    library, _first, second = trend_library
    undated = _trend(library, TERM, speech_ids=[r.id for r in library.store.speeches(second)])
    assert [row.key for row in undated.rows] == [None]


def test_a_date_of_year_0000_counts_as_undated(tmp_path: Path) -> None:
    # 0000 is no year a filter can take (1–9999): as a row its double-click raised, and the
    # years between it and 2018 would be listed as 2,017 gaps in the record.
    from desktop.core.imported import ImportedDocument
    from tests.core.storage.documents import make_speech

    speeches = [
        make_speech(1, "讲话1", [f"{TERM}。"], date="0000-01-01"),
        make_speech(2, "讲话2", [f"{TERM}，{TERM}。"], date="2018-03-05"),
    ]
    with open_library(tmp_path / "zero.sqlite", seed=None) as library:
        library.store.import_document(
            ImportedDocument("零年", "/data/零年.txt", "utf-8", "txt", speeches)
        )
        found = _trend(library, TERM)
    assert found.rows == (TrendRow("2018", 2, 1, 1), TrendRow(None, 1, 1, 1))
