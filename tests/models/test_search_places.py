"""SearchResultsModel's row places: a row named by its speech and hit outlives a new run."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models import search_results_model
from desktop.models.search_results_model import (
    Column,
    Role,
    RowPlace,
    SearchOutcome,
    SearchResultsModel,
)
from tests.models.search_outcomes import search_outcome

TEXTS = {
    1: "甲乙要推进效能革命。丙丁深入开展效能革命，戊己效能革命。",
    2: "一、效能革命\n这是第二篇：推进效能革命。",
    4: "效能革命" * 3,
}


def _outcome(
    texts: dict[int, str], notes: dict[str, tuple[int, str]] | None = None
) -> SearchOutcome:
    return search_outcome(texts, "效能革命", notes)


def _model(texts: dict[int, str]) -> SearchResultsModel:
    model = SearchResultsModel()
    model.set_outcome(_outcome(texts))
    return model


def test_a_line_and_a_speech_row_are_found_again_in_new_results(qtmodeltester) -> None:
    model = _model(TEXTS)
    speech = model.speech_index(1)
    model.fetch_all(speech)
    line = model.index(2, 0, speech)
    place = model.row_place(line)
    assert place == RowPlace(1, TEXTS[1].rindex("效能革命"))
    assert model.row_place(speech) == RowPlace(1)
    model.set_outcome(_outcome(TEXTS))  # the same query run again
    again = model.place_index(place)  # its lines fetched down to it
    assert (again.data(Role.SPEECH_ID), again.data(Role.START), again.row()) == (1, place.start, 2)
    assert model.place_index(RowPlace(1)).data(Role.SPEECH_ID) == 1
    qtmodeltester.check(model)


def test_a_hit_gone_gives_the_nearest_left_in_its_speech_and_a_speech_gone_nothing() -> None:
    model = _model(TEXTS)
    last = TEXTS[1].rindex("效能革命")
    edited = {**TEXTS, 1: TEXTS[1][:last] + "作风建设。"}  # its last hit went
    del edited[4]
    model.set_outcome(_outcome(edited))
    nearest = model.place_index(RowPlace(1, last))
    assert nearest.data(Role.START) == edited[1].rindex("效能革命")
    assert not model.place_index(RowPlace(4, 0)).isValid()
    assert not model.place_index(RowPlace(4)).isValid()


def test_a_place_is_found_in_the_order_the_lines_are_sorted_and_fetched(monkeypatch) -> None:
    monkeypatch.setattr(search_results_model, "BATCH", 1)
    model = _model(TEXTS)
    model.sort(Column.LEFT, Qt.SortOrder.DescendingOrder)
    start = TEXTS[1].index("效能革命")
    index = model.place_index(RowPlace(1, start))
    assert index.data(Role.START) == start
    parent = index.parent()
    assert model.rowCount(parent) == index.row() + 1  # fetched a batch at a time down to it
    assert [model.index(r, 0, parent).data(Role.START) for r in range(index.row() + 1)] == [
        line.start for line in model.hits_shown() if line.speech_id == 1
    ][: index.row() + 1]


def test_a_hit_in_a_note_is_found_again_in_its_own_note_first() -> None:
    notes = {"a": (1, "效能革命的笔记"), "b": (1, "笔记：效能革命")}
    model = SearchResultsModel()
    model.set_outcome(_outcome(TEXTS, notes))
    index = model.place_index(RowPlace(1, 0, "b"))  # "b"'s hit is at 3, "a"'s at 0
    assert (index.data(Role.ANNOTATION_ID), index.data(Role.START)) == ("b", 3)
