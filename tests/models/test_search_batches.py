"""Tests for desktop/models/search_batches.py: the search results' speech rows a batch at a time."""

from __future__ import annotations

import random
import sqlite3

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.search_index import FtsIndexer, create_search_schema, search
from desktop.models import search_batches
from desktop.models.search_results_model import (
    Column,
    Role,
    SearchOutcome,
    SearchResultsModel,
    SpeechInfo,
)
from tests.models.search_rows import first_given

BATCH = 4
SPEECHES = 23


def _outcome(texts: dict[int, str], query: str, ranks: dict[int, int]) -> SearchOutcome:
    conn = sqlite3.connect(":memory:")
    create_search_schema(conn)
    indexer = FtsIndexer()
    for speech_id, text in texts.items():
        indexer.index_speech(conn, speech_id, text)
    result = search(conn, query, text_loader=texts.__getitem__)
    infos = {sid: SpeechInfo(f"篇{sid}", (1, ranks[sid])) for sid in texts}
    return SearchOutcome(result, infos)


def _numbered_outcome() -> SearchOutcome:
    """Speech n holds 效能 n times (and a line without it); library order is by id."""
    texts = {n: "前言。\n" + "推进效能革命。" * n for n in range(1, SPEECHES + 1)}
    return _outcome(texts, "效能", {n: n for n in texts})


def _rows(model: SearchResultsModel) -> list[tuple[int, int, str]]:
    """(speech id, hits, label) of each speech row the view is given."""
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return [(i.data(Role.SPEECH_ID), i.data(Role.HIT_COUNT), i.data()) for i in rows]


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> SearchResultsModel:
    """A model of 23 speeches found, given 4 at a time."""
    monkeypatch.setattr(search_batches, "ROW_BATCH", BATCH)
    built = SearchResultsModel()
    built.set_outcome(_numbered_outcome())
    return built


def test_a_result_gives_the_first_batch_and_counts_every_speech(
    qtmodeltester, model: SearchResultsModel
) -> None:
    assert [row[0] for row in _rows(model)] == [1, 2, 3, 4]
    assert model.speech_total() == SPEECHES
    assert model.speech_counts() == [(n, n) for n in range(1, SPEECHES + 1)]
    assert len(model.hits_shown()) == SPEECHES * (SPEECHES + 1) // 2
    qtmodeltester.check(model)


def test_more_rows_come_a_batch_at_a_time_then_all(
    qtbot: QtBot, qtmodeltester, model: SearchResultsModel
) -> None:
    assert model.has_more_rows()
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.give_more_rows()
    assert inserted.args[1:] == [BATCH, 2 * BATCH - 1]
    while model.has_more_rows():  # as the view nears the end, till the last
        model.give_more_rows()
    assert [row[0] for row in _rows(model)] == list(range(1, SPEECHES + 1))
    assert not model.has_more_rows()
    qtmodeltester.check(model)


def test_a_speech_asked_for_is_given_with_those_before_it(model: SearchResultsModel) -> None:
    index = model.speech_index(17)
    assert index.isValid()
    assert (index.row(), index.data(Role.SPEECH_ID)) == (16, 17)
    assert model.rowCount() == 17
    assert not model.speech_index(999).isValid()


def test_end_gives_the_last_batch_and_the_earlier_come_above_it(
    qtbot: QtBot, qtmodeltester, model: SearchResultsModel
) -> None:
    model.give_last_rows()
    assert [row[0] for row in _rows(model)] == list(range(SPEECHES - BATCH + 1, SPEECHES + 1))
    assert (first_given(model), model.has_earlier_rows(), model.has_more_rows()) == (
        SPEECHES - BATCH,
        True,
        False,
    )
    last = QPersistentModelIndex(model.index(BATCH - 1, 0))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.give_earlier_rows()
    assert inserted.args[1:] == [0, BATCH - 1]
    assert _rows(model)[0][0] == SPEECHES - 2 * BATCH + 1
    assert (last.row(), last.data(Role.SPEECH_ID)) == (2 * BATCH - 1, SPEECHES)
    index = model.speech_index(2)  # far before the rows given: a batch from it
    assert (index.row(), index.data(Role.SPEECH_ID), first_given(model)) == (0, 2, 1)
    model.give_first_rows()
    assert [row[0] for row in _rows(model)][:3] == [1, 2, 3]
    assert not model.has_earlier_rows()
    model.give_last_rows()
    model.sort(Column.HIT, Qt.SortOrder.AscendingOrder)  # a sort gives from the first again
    assert (first_given(model), _rows(model)[0][0]) == (0, SPEECHES)
    model.give_last_rows()
    qtmodeltester.check(model)


def test_rows_around_a_place_become_the_window_and_the_rest_are_counted_as_waiting(
    qtmodeltester, model: SearchResultsModel
) -> None:
    assert (model.rows_before(), model.rows_after()) == (0, SPEECHES - BATCH)
    assert model.give_rows_around(1, 2) == 1, "a place among the rows given keeps them"
    assert (first_given(model), model.rowCount()) == (0, BATCH)
    assert model.give_rows_around(2, 3) == 2, "and gives a page after it"
    assert (first_given(model), model.rowCount()) == (0, 6)
    row = model.give_rows_around(13, 2)  # beyond them: a batch around it
    assert model.index(row, 0).data(Role.SPEECH_ID) == 14
    assert model.rows_before() == first_given(model) == 13 - BATCH // 2
    assert model.rows_before() + model.rowCount() + model.rows_after() == SPEECHES
    row = model.give_rows_around(SPEECHES - 1, 6)  # the last: a batch ending with it
    assert (row, model.rows_after(), model.rowCount()) == (5, 0, 6)
    assert model.give_rows_around(SPEECHES, 2) == -1
    qtmodeltester.check(model)


def test_sorting_by_found_gives_the_most_found_speech_first(model: SearchResultsModel) -> None:
    model.give_more_rows()
    model.sort(Column.HIT, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in _rows(model)] == list(range(SPEECHES, SPEECHES - 2 * BATCH, -1))
    while model.has_more_rows():  # as the view nears the end, till the last
        model.give_more_rows()
    assert _rows(model)[-1][0] == 1
    model.sort(Column.WHERE, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in _rows(model)] == list(range(SPEECHES, 0, -1))


def test_a_sort_keeps_a_row_still_given_and_its_lines_and_drops_the_others(
    model: SearchResultsModel,
) -> None:
    kept, dropped = model.index(3, 0), model.index(0, 0)  # speeches 4 and 1
    model.fetch_all(kept)
    line = QPersistentModelIndex(model.index(2, Column.HIT, kept))
    speech = QPersistentModelIndex(dropped)
    model.speech_index(SPEECHES - 3)  # 20 rows given
    model.sort(Column.HIT, Qt.SortOrder.AscendingOrder)  # 23…4 are the first 20 now
    assert model.rowCount() == 20
    assert not speech.isValid()
    assert line.isValid()
    assert line.parent().data(Role.SPEECH_ID) == 4
    assert line.parent().row() == 19
    assert model.rowCount(line.parent()) == 4


def _random_texts(rng: random.Random) -> dict[int, str]:
    """Up to 40 speeches of a few syllables, some holding the term many times, some not."""
    syllables = ["发展", "效能", "革命", "人民", "。", "\n"]
    count = rng.randint(1, 40)
    return {
        speech_id: "".join(rng.choices(syllables, k=rng.randint(1, 60)))
        for speech_id in rng.sample(range(1, 200), count)
    }


def _step(rng: random.Random, models: list[SearchResultsModel], ids: list[int]) -> None:
    """One thing a user or the window does to the batched model (the last): scroll on, ask for
    a speech, or sort (every model)."""
    choice = rng.random()
    if choice < 0.2:
        models[-1].give_more_rows()
    elif choice < 0.4:
        models[-1].speech_index(rng.choice(ids))
    elif choice < 0.6:
        rng.choice([models[-1].give_last_rows, models[-1].give_earlier_rows])()
    elif choice < 0.65:
        models[-1].give_first_rows()
    else:
        column, order = rng.choice(list(Column)), rng.choice(list(Qt.SortOrder))
        for model in models:
            model.sort(column, order)


@pytest.mark.parametrize("seed", range(12))
def test_random_steps_then_scrolling_to_the_end_show_what_a_full_model_shows(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    texts = _random_texts(rng)
    outcome = _outcome(texts, "效能", {sid: rng.randrange(1000) for sid in texts})
    monkeypatch.setattr(search_batches, "ROW_BATCH", 10_000)
    full = SearchResultsModel()
    full.set_outcome(outcome)
    monkeypatch.setattr(search_batches, "ROW_BATCH", rng.randint(1, 5))
    batched = SearchResultsModel()
    batched.set_outcome(outcome)
    ids = [speech_id for speech_id, _hits in full.speech_counts()] or [0]
    for _ in range(rng.randint(0, 12)):
        _step(rng, [full, batched], ids)
        shown, start = _rows(batched), first_given(batched)
        assert shown == _rows(full)[start : start + len(shown)], "a run of the full list's rows"
        assert batched.has_earlier_rows() == (start > 0)
    while batched.has_earlier_rows():
        batched.give_earlier_rows()
    while batched.has_more_rows():
        batched.give_more_rows()
    assert _rows(batched) == _rows(full)
    assert batched.speech_counts() == full.speech_counts()
    assert batched.hits_shown() == full.hits_shown()
