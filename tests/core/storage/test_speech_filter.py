"""The search kept to some years and speakers: its hits, counts, notes and titles, in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import QueryError
from desktop.core.storage.library import Library
from desktop.core.storage.search_result import SearchResult
from desktop.core.storage.search_run import search
from desktop.core.storage.speech_filter import (
    DATES_INDEX,
    FilterChoices,
    SpeechFilter,
    filter_choices,
    filtered_ids_sql,
    filtered_speech_ids,
    speakers_like,
    split_speakers,
    years_in_order,
)
from desktop.core.storage.term_trend import TrendBy, TrendRow, term_trend
from tests.core.storage.trend_library import SPEECHES, TERM, make_trend_library

# The trend library's speeches (ids 1-5, in SPEECHES' order) hold the term 2, 1, 0, 3 and 1
# times; the compilation's (ids 6-7, undated, naming nobody) only in speech 7's title.
TITLE_ONLY = 7


@pytest.fixture
def trend_library(tmp_path: Path) -> Iterator[Library]:
    library, _first, _second = make_trend_library(tmp_path / "trend.sqlite")
    with library:
        yield library


def _search(
    library: Library, speech_filter: SpeechFilter | None, **options: object
) -> SearchResult:
    with library.db.read() as conn:
        return search(
            conn,
            TERM,
            text_loader=library.store.speech_text,
            speech_filter=speech_filter,
            **options,  # type: ignore[arg-type]
        )


def _found(result: SearchResult) -> tuple[int, list[tuple[int, int]], list[int]]:
    titles = [hit.speech_id for hit in result.title_hits]
    return result.text_total, result.speech_counts(), titles


def test_the_library_has_the_speeches_the_tests_count_on(trend_library: Library) -> None:
    assert _found(_search(trend_library, None)) == (7, [(1, 2), (2, 1), (4, 3), (5, 1)], [7])
    assert [trend_library.store.speech(n).date for n in range(1, 6)] == [s[0] for s in SPEECHES]


@pytest.mark.parametrize(
    ("speech_filter", "expected"),
    [
        (SpeechFilter(2018, 2019), (3, [(1, 2), (2, 1)], [])),
        (SpeechFilter(2020, 2020), (3, [(4, 3)], [])),
        (SpeechFilter(from_year=2019), (3, [(4, 3)], [])),  # open at its end
        (SpeechFilter(to_year=2018), (3, [(1, 2), (2, 1)], [])),  # open at its start
        (SpeechFilter(2021, 2030), (0, [], [])),
        # The undated: a speech with no date, and the compilation's (one's title holds it).
        (SpeechFilter(undated=True), (1, [(5, 1)], [TITLE_ONLY])),
        (SpeechFilter(2020, undated=True), (4, [(4, 3), (5, 1)], [TITLE_ONLY])),
    ],
)
def test_years_keep_the_hits_of_their_speeches_alone(
    trend_library: Library, speech_filter: SpeechFilter, expected: tuple[object, ...]
) -> None:
    assert _found(_search(trend_library, speech_filter)) == expected


@pytest.mark.parametrize(
    ("speech_filter", "expected"),
    [
        (SpeechFilter(speakers=("李明",)), (5, [(1, 2), (4, 3)], [])),
        (SpeechFilter(speakers=("王芳", "李明")), (6, [(1, 2), (2, 1), (4, 3)], [])),
        (SpeechFilter(speakers=(" 王芳 ",)), (1, [(2, 1)], [])),  # names are trimmed
        (SpeechFilter(speakers=("王",)), (0, [], [])),  # exact names, not parts of them
        (SpeechFilter(no_speaker=True), (1, [(5, 1)], [TITLE_ONLY])),
        (SpeechFilter(2018, 2018, speakers=("王芳",)), (1, [(2, 1)], [])),  # both must hold
    ],
)
def test_speakers_keep_the_hits_of_their_speeches_alone(
    trend_library: Library, speech_filter: SpeechFilter, expected: tuple[object, ...]
) -> None:
    assert _found(_search(trend_library, speech_filter)) == expected


def test_an_empty_filter_keeps_every_speech_and_the_scope_as_it_was(
    trend_library: Library,
) -> None:
    assert SpeechFilter().is_empty()
    assert _found(_search(trend_library, SpeechFilter())) == _found(_search(trend_library, None))
    with trend_library.db.read() as conn:
        assert filtered_speech_ids(conn, SpeechFilter(), None) is None
        assert filtered_speech_ids(conn, None, [3, 1]) == [3, 1]


def test_a_filter_narrows_a_scope_never_widens_it(trend_library: Library) -> None:
    scoped = _search(trend_library, SpeechFilter(speakers=("李明",)), speech_ids=[2, 4, 5])
    assert _found(scoped) == (3, [(4, 3)], [])
    with trend_library.db.read() as conn:
        assert filtered_speech_ids(conn, SpeechFilter(2018, 2020), [4, 2, 5, 3]) == [2, 3, 4]


def test_the_hits_in_notes_are_those_of_the_speeches_kept(trend_library: Library) -> None:
    for speech_id in (1, 4):  # 2018 by 李明, 2020 by 李明
        trend_library.annotations.create(speech_id, "note", 0, 2, note=f"{TERM}的例子")
    both = _search(trend_library, SpeechFilter(speakers=("李明",)))
    assert both.note_total == 2
    one = _search(trend_library, SpeechFilter(from_year=2019))
    assert (one.text_total, one.note_total) == (3, 1)
    notes = _search(trend_library, SpeechFilter(to_year=2018), notes_only=True)
    assert [hit.speech_id for hit in notes.note_hits] == [1]
    assert _search(trend_library, SpeechFilter(undated=True), notes_only=True).note_total == 0


@pytest.mark.parametrize("speakers", [("李明",), ("李明", "王芳")])  # the panel's several too
@pytest.mark.parametrize("scoped", [False, True])
def test_the_speeches_are_read_from_the_index_of_dates_and_speakers(
    trend_library: Library, scoped: bool, speakers: tuple[str, ...]
) -> None:
    speech_filter = SpeechFilter(2018, undated=True, speakers=speakers, no_speaker=True)
    sql, params = filtered_ids_sql(speech_filter, scoped=scoped)
    with trend_library.db.read() as conn:
        plan = [
            row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params + ["[1]"] * scoped)
        ]
    speeches = [step for step in plan if "speeches" in step]
    assert speeches, plan
    assert all(f"COVERING INDEX {DATES_INDEX}" in step for step in speeches), plan


def test_counts_by_year_keep_to_the_filter_too(trend_library: Library) -> None:
    with trend_library.db.read() as conn:
        found = term_trend(conn, TERM, speech_filter=SpeechFilter(2018, 2019))
        by_speaker = term_trend(
            conn, TERM, by=TrendBy.SPEAKER, speech_filter=SpeechFilter(speakers=("王芳",))
        )
    assert found.rows == (TrendRow("2018", 3, 2, 2), TrendRow("2019", 0, 0, 1))
    assert (found.occurrences, found.speeches) == (3, 2)
    assert by_speaker.rows == (TrendRow("王芳", 1, 1, 2),)


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"from_year": 2021, "to_year": 2018}, "bad-years"),
        ({"from_year": 0}, "bad-year"),
        ({"to_year": 10_000}, "bad-year"),
    ],
)
def test_years_out_of_order_or_range_are_refused(options: dict[str, int], code: str) -> None:
    with pytest.raises(QueryError) as refused:
        SpeechFilter(**options)  # type: ignore[arg-type]
    assert refused.value.code == code


def test_a_filter_goes_to_plain_values_and_back() -> None:
    speech_filter = SpeechFilter(2018, None, True, ("李明", " 李明", ""), True)
    assert speech_filter.speakers == ("李明",)
    assert SpeechFilter.from_dict(speech_filter.to_dict()) == speech_filter
    assert SpeechFilter.from_dict({}) == SpeechFilter()
    with pytest.raises(TypeError):
        SpeechFilter.from_dict({"from_year": "2018"})


@pytest.mark.parametrize(
    "saved",
    [
        {"speakers": "王芳"},  # one name, not a list: it was the speakers 王 and 芳
        {"speakers": ["王芳", 7]},
        {"undated": "false"},  # a true string: it was the undated alone
        {"no_speaker": 1},
    ],
)
def test_values_of_another_type_are_refused_not_taken_apart(saved: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        SpeechFilter.from_dict(saved)


def test_the_choices_are_the_speakers_most_speeches_first_and_the_span_of_years(
    trend_library: Library,
) -> None:
    with trend_library.db.read() as conn:
        assert filter_choices(conn) == FilterChoices(("李明", "王芳"), 2018, 2020)
    # One speech more for 王芳, in a collection put in the trash: not among the choices.
    with trend_library.db.transaction() as conn:
        conn.execute("UPDATE speeches SET speaker = '王芳', date = '1999' WHERE id = 5")
    with trend_library.db.read() as conn:
        assert filter_choices(conn) == FilterChoices(("王芳", "李明"), 1999, 2020)
    trend_library.store.trash_collection(trend_library.store.speech(5).collection_id)
    with trend_library.db.read() as conn:
        assert filter_choices(conn) == FilterChoices((), None, None)


@pytest.mark.parametrize(
    ("typed", "ordered"),
    [((2021, 2018), (2018, 2021)), ((2018, 2021), (2018, 2021)), ((2021, None), (2021, None))],
)
def test_years_typed_backwards_come_in_order(
    typed: tuple[int | None, int | None], ordered: tuple[int | None, int | None]
) -> None:
    assert years_in_order(*typed) == ordered


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("温家宝、李克强", ("温家宝", "李克强")),
        ("温家宝，李克强; 温家宝 ", ("温家宝", "李克强")),
        ("温家宝,李克强；", ("温家宝", "李克强")),
        (" 、 ", ()),
        ("欧阳 修", ("欧阳 修",)),  # a space is part of a name, not between two
    ],
)
def test_several_speakers_typed_on_one_line_are_parted(typed: str, names: tuple[str, ...]) -> None:
    assert split_speakers(typed) == names


def test_the_names_like_one_no_speech_gives_hold_it_or_are_held_by_it() -> None:
    known = ("李明", "王芳", "ＡＢ")
    assert speakers_like(known, "李") == ("李明",)
    assert speakers_like(known, "李明同志") == ("李明",)
    assert speakers_like(known, "ab") == ("ＡＢ",)
    assert speakers_like(known, "张三") == ()
    assert speakers_like(known, " ") == ()
