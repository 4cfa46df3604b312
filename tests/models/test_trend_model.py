"""TrendModel: a term's counts per year or speaker, the undated row named, shares for the bars."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.storage.term_trend import TermTrend, TrendBy, TrendRow
from desktop.models.trend_model import Column, Role, TrendModel

BY_YEAR = TermTrend(
    "高质量发展",
    TrendBy.YEAR,
    (TrendRow("2018", 4, 2, 3), TrendRow("2019", 0, 0, 1), TrendRow(None, 1, 1, 2)),
    occurrences=5,
    speeches=3,
)


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:
    model = TrendModel()
    qtmodeltester.check(model)
    model.set_trend(BY_YEAR)
    qtmodeltester.check(model)
    model.set_trend(None)
    qtmodeltester.check(model)


def test_rows_keys_and_shares() -> None:
    model = TrendModel()
    model.set_trend(BY_YEAR)
    rows = [[model.index(r, c).data() for c in Column] for r in range(model.rowCount())]
    assert rows == [["2018", 4, 2, 3], ["2019", 0, 0, 1], ["Undated", 1, 1, 2]]
    assert [model.index(r, 0).data(Role.KEY) for r in range(3)] == ["2018", "2019", None]
    shares = [model.index(r, Column.OCCURRENCES).data(Role.SHARE) for r in range(3)]
    assert shares == [1.0, 0.0, 0.25]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Year"


def test_by_speaker_the_first_column_is_the_speaker() -> None:
    model = TrendModel()
    model.set_trend(TermTrend("x", TrendBy.SPEAKER, (TrendRow(None, 0, 0, 1),), 0, 0))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Speaker"
    assert model.index(0, 0).data() == "No speaker named"
    assert model.index(0, Column.OCCURRENCES).data(Role.SHARE) == 0.0  # no bar, no division
