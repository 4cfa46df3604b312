"""SearchResultsModel: speeches with counts, lines fetched lazily, sorted by context."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.models import search_results_model
from desktop.models.search_nodes import LineNode, SpeechNode
from desktop.models.search_results_model import (
    Column,
    Role,
    SearchOutcome,
    SearchResultsModel,
)
from tests.cycles import left_in_cycles, of_type
from tests.models.search_outcomes import search_outcome

TEXTS = {
    1: "甲乙要推进效能革命。丙丁深入开展效能革命，戊己效能革命。",
    2: "一、效能革命\n这是第二篇：推进效能革命。",
    3: "没有那个词。",
    4: "效能革命" * 3,
}


def _outcome(query: str, notes: dict[str, tuple[int, str]] | None = None) -> SearchOutcome:
    return search_outcome(
        TEXTS,
        query,
        notes,
        sections=lambda speech_id, offset: f"§{speech_id}.{offset // 10}",
        order=lambda speech_id: 10 - speech_id,
    )


def _lines(model: SearchResultsModel, row: int, column: Column) -> list[str]:
    parent = model.index(row, 0)
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


@pytest.fixture
def model() -> SearchResultsModel:
    built = SearchResultsModel()
    built.set_outcome(_outcome("效能革命"))
    return built


def test_the_model_passes_the_model_tester(qtmodeltester, model: SearchResultsModel) -> None:
    qtmodeltester.check(model)
    assert all(not model.canFetchMore(model.index(row, 0)) for row in range(3))
    qtmodeltester.check(model)


def test_speeches_come_with_counts_before_any_line_exists(model: SearchResultsModel) -> None:
    # Library order is the rank: 篇4 first, as SpeechInfo says.
    assert model.speech_counts() == [(4, 3), (2, 2), (1, 3)]
    first = model.index(0, 0)
    assert first.data(Role.IS_SPEECH) is True
    assert first.data() == "篇4  (3)"
    assert model.rowCount(first) == 0
    assert model.canFetchMore(first)


def test_lines_carry_the_hit_its_context_and_section(qtmodeltester, model) -> None:
    group = model.index(2, 0)
    model.fetch_all(group)
    qtmodeltester.check(model)
    line = model.index(1, 0, group)
    assert (line.data(Role.SPEECH_ID), line.data(Role.START), line.data(Role.END)) == (1, 16, 20)
    assert line.data() == "§1.1"
    assert model.index(1, Column.LEFT, group).data() == "甲乙要推进效能革命。丙丁深入开展"
    assert model.index(1, Column.HIT, group).data() == "效能革命"
    assert model.index(1, Column.RIGHT, group).data() == "，戊己效能革命。"
    assert model.hit(line).start == 16


def test_lines_are_fetched_a_batch_at_a_time(monkeypatch, qtmodeltester) -> None:
    monkeypatch.setattr(search_results_model, "BATCH", 2)
    model = SearchResultsModel()
    model.set_outcome(_outcome("效能革命"))
    group = model.index(2, 0)
    model.fetchMore(group)
    assert model.rowCount(group) == 2
    assert model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) == 3
    assert not model.canFetchMore(group)
    qtmodeltester.check(model)


def test_sorting_by_left_context_reads_it_backwards_from_the_hit(qtmodeltester, model) -> None:
    group = model.index(2, 0)
    model.fetch_all(group)
    kept = QPersistentModelIndex(model.index(0, Column.HIT, group))  # the hit at 5
    model.sort(Column.LEFT)
    qtmodeltester.check(model)
    lefts = _lines(model, 2, Column.LEFT)
    assert lefts == sorted(lefts, key=lambda left: left[::-1])
    assert kept.isValid()
    assert model.hit(kept).start == 5


def test_sorting_by_right_context_and_back_to_text_order(model: SearchResultsModel) -> None:
    group = model.index(2, 0)
    model.fetch_all(group)
    model.sort(Column.RIGHT)
    rights = _lines(model, 2, Column.RIGHT)
    assert rights == sorted(rights)
    model.sort(Column.WHERE)
    group = model.index(2, 0)
    assert [model.hit(model.index(r, 0, group)).start for r in range(3)] == [5, 16, 23]


def test_a_speech_fetched_after_sorting_comes_sorted(model: SearchResultsModel) -> None:
    model.sort(Column.RIGHT, Qt.SortOrder.DescendingOrder)
    group = model.index(2, 0)
    model.fetch_all(group)
    rights = _lines(model, 2, Column.RIGHT)
    assert rights == sorted(rights, reverse=True)


def test_sorting_by_hits_puts_the_most_found_speech_first(model: SearchResultsModel) -> None:
    model.sort(Column.HIT)
    assert model.speech_counts() == [(4, 3), (1, 3), (2, 2)]
    model.sort(Column.WHERE, Qt.SortOrder.DescendingOrder)
    assert [sid for sid, _ in model.speech_counts()] == [1, 2, 4]


def test_hits_in_notes_are_grouped_by_speech(qtmodeltester) -> None:
    notes = {"a": (2, "效能革命的笔记"), "b": (1, "无关"), "c": (2, "又是效能革命")}
    model = SearchResultsModel()
    model.set_outcome(_outcome("效能革命", notes))
    qtmodeltester.check(model)
    assert model.speech_counts() == [(2, 2)]
    group = model.index(0, 0)
    model.fetch_all(group)
    ids = [model.index(r, 0, group).data(Role.ANNOTATION_ID) for r in range(2)]
    assert sorted(ids) == ["a", "c"]
    assert model.index(0, 0, group).data() == "Note"


def test_no_result_is_an_empty_model(qtmodeltester) -> None:
    model = SearchResultsModel()
    model.set_outcome(_outcome("没有的词"))
    assert model.rowCount() == 0
    model.set_outcome(None)
    qtmodeltester.check(model)


def test_a_new_search_leaves_the_last_one_s_rows_in_no_cycle(model: SearchResultsModel) -> None:
    # The window freezes its objects out of the collector: what it drops must free itself.
    with left_in_cycles() as found:
        for row in range(model.rowCount()):
            model.fetchMore(model.index(row, 0))  # lines refer to their speech
        assert model.rowCount(model.index(0, 0)) > 0
        model.set_outcome(_outcome("效能"))
        model.set_outcome(None)
    assert of_type(found, SpeechNode) == of_type(found, LineNode) == []
