"""Tests for desktop/models/search_nodes.py: the speeches a search found as runs, in the worker."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.storage.search_index import FtsIndexer, create_search_schema, search
from desktop.models import search_batches
from desktop.models.search_nodes import in_library_order, outcome_runs
from desktop.models.search_results_model import (
    Column,
    SearchOutcome,
    SearchResultsModel,
    SpeechInfo,
)

# Library order unlike the ids' (the hits come by id): speech n is at place RANKS[n].
RANKS = {1: 5, 2: 3, 3: 9, 4: 1, 5: 7, 6: 2}


def _outcome() -> SearchOutcome:
    texts = {n: "前言。\n" + "推进效能革命。" * n for n in RANKS}
    conn = sqlite3.connect(":memory:")
    create_search_schema(conn)
    for speech_id, text in texts.items():
        FtsIndexer().index_speech(conn, speech_id, text)
    result = search(conn, "效能", text_loader=texts.__getitem__)
    return SearchOutcome(result, {n: SpeechInfo(f"篇{n}", (1, RANKS[n])) for n in texts})


def test_the_worker_makes_the_runs_in_library_order() -> None:
    outcome = in_library_order(_outcome())
    assert outcome.runs is not None
    assert [run[0] for run in outcome.runs] == sorted(RANKS, key=RANKS.__getitem__)
    assert sorted(outcome.runs) == sorted(outcome_runs(outcome))  # the same runs, reordered


def test_the_model_takes_the_workers_runs_as_they_are(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cutting and sorting ~10,000 runs was ~20-30 ms of the window when a big search arrived.
    outcome = in_library_order(_outcome())

    def not_again(_outcome: SearchOutcome) -> list:
        raise AssertionError("the runs were made again on the GUI thread")

    monkeypatch.setattr(search_batches, "outcome_runs", not_again)
    model = SearchResultsModel()
    model.set_outcome(outcome)
    assert model.speech_counts() == [(run[0], run[2]) for run in outcome.runs or ()]


@pytest.mark.parametrize("column", [Column.WHERE, Column.HIT, Column.LEFT])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_order_is_the_same_with_the_workers_runs_or_without(
    qapp: QApplication, column: Column, order: Qt.SortOrder
) -> None:
    shown = []
    for outcome in (_outcome(), in_library_order(_outcome())):
        model = SearchResultsModel()
        model.sort(column, order)
        model.set_outcome(outcome)
        shown.append(model.speech_counts())
    assert shown[0] == shown[1]
