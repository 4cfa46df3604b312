"""The search results' lines with full-width punctuation: once per row, the copy unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models import search_shown
from desktop.models.search_results_model import (
    Column,
    SearchOutcome,
    SearchResultsModel,
)
from tests.models.search_outcomes import search_outcome

TEXTS = {
    1: "要抓住关键环节,确保𠮷祥,推进提效革新(试点)落实。",
    2: "会议8:30开始,提效革新见成效!再谈提效革新,2,000项。",
}


def _outcome(query: str, notes: dict[str, tuple[int, str]] | None = None) -> SearchOutcome:
    return search_outcome(TEXTS, query, notes, sections=lambda _s, _o: "(一)总体")


@pytest.fixture
def model() -> SearchResultsModel:
    built = SearchResultsModel()
    built.set_outcome(_outcome("提效革新"))
    for row in range(built.rowCount()):
        built.fetch_all(built.index(row, 0))
    return built


def _cells(model: SearchResultsModel) -> list[list[str]]:
    rows = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for line in range(model.rowCount(parent)):
            rows.append([model.index(line, column, parent).data() for column in Column])
    return rows


def test_lines_show_full_width_marks_and_keep_every_length(
    qtmodeltester, model: SearchResultsModel
) -> None:
    before = _cells(model)
    assert before[0] == ["(一)总体", "要抓住关键环节,确保𠮷祥,推进", "提效革新", "(试点)落实。"]
    model.set_fullwidth_punctuation(True)
    qtmodeltester.check(model)
    after = _cells(model)
    assert after[0] == [
        "（一）总体",
        "要抓住关键环节，确保𠮷祥，推进",
        "提效革新",
        "（试点）落实。",
    ]
    assert after[1][1:] == ["会议8:30开始，", "提效革新", "见成效！再谈提效革新，2,000项。"]
    for old, new in zip(before, after, strict=True):
        assert [len(cell) for cell in new] == [len(cell) for cell in old]
    tip = model.index(0, Column.LEFT, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "（一）总体\n要抓住关键环节，确保𠮷祥，推进提效革新（试点）落实。"
    model.set_fullwidth_punctuation(False)
    assert _cells(model) == before


def test_the_option_repaints_the_lines_made_and_converts_each_once(
    qtbot: QtBot, model: SearchResultsModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    converted: list[tuple[str, ...]] = []
    real = search_shown.shown_parts
    monkeypatch.setattr(
        search_shown, "shown_parts", lambda parts, on: converted.append(parts) or real(parts, on)
    )
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.parent().row()))
    model.set_fullwidth_punctuation(True)
    assert changed == [-1, *range(model.rowCount())]  # the speech rows, each one's lines, once
    model.set_fullwidth_punctuation(True)
    assert len(changed) == model.rowCount() + 1, "no change, nothing repainted"
    for _paint in range(3):
        _cells(model)
    assert len(converted) == len(_cells(model)), "one conversion a line, not one a paint"


def test_sorting_and_the_hits_read_the_canonical_text(model: SearchResultsModel) -> None:
    model.set_fullwidth_punctuation(True)
    model.sort(Column.RIGHT)
    outcome = model.outcome()
    assert outcome is not None
    snippets = [outcome.result.snippet(hit, 30) for hit in model.hits_shown()]
    assert all("，" not in snippet.line("") for snippet in snippets)
    assert _cells(model)[0][Column.RIGHT].startswith("（试点）")


def test_hits_in_notes_show_the_note_as_written() -> None:
    model = SearchResultsModel()
    model.set_outcome(_outcome("提效革新", {"a1": (1, "我的看法,提效革新(要点)")}))
    model.set_fullwidth_punctuation(True)
    parent = model.index(0, 0)
    model.fetch_all(parent)
    cells = [model.index(0, column, parent).data() for column in Column]
    assert cells[1:] == ["我的看法,", "提效革新", "(要点)"]


def test_speech_rows_show_their_titles_full_width_converted_once_a_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = SearchResultsModel()
    outcome = _outcome("提效革新")
    named = {sid: replace(info, title=f"讲话(篇{sid})") for sid, info in outcome.speeches.items()}
    model.set_outcome(replace(outcome, speeches=named))
    converted: list[str] = []
    real = search_shown.shown_text
    monkeypatch.setattr(
        search_shown, "shown_text", lambda text, on: converted.append(text) or real(text, on)
    )
    assert model.index(0, 0).data().startswith("讲话(篇1)  (")
    model.set_fullwidth_punctuation(True)
    for _paint in range(3):
        rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert rows[0].startswith("讲话（篇1）  (")
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "讲话（篇1）"
    assert converted.count("讲话(篇1)") == 1, "once a row, not once a paint"
    model.set_fullwidth_punctuation(False)
    assert model.index(0, 0).data().startswith("讲话(篇1)  (")
