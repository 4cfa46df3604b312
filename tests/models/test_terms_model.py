"""The terms tables: keywords and formulations with their figures and occurrences."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt

from desktop.core.chinese.formulations import CollectionFormulation, FormulationKind
from desktop.core.chinese.terms import FORMULATION_HEADER, KEYWORD_HEADER, KeywordEntry
from desktop.models.terms_model import Role, formulations_model, keywords_model
from tests.gui.ui_languages import locale_default

__all__ = ["locale_default"]

KEYWORDS = [
    KeywordEntry("效能革命", 0.5, 9, ((1, 0, 4),)),
    KeywordEntry("干部", 0.3, 12, ((1, 5, 7), (2, 0, 2))),
]
FORMULATIONS = [
    CollectionFormulation("三个代表", FormulationKind.NUMBERED, 3, 0, 1, ((4, 10, 14),)),
]


def test_keywords_table(qtmodeltester) -> None:
    model = keywords_model()
    model.set_entries(KEYWORDS)
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(3)] == ["干部", "12", "0.300"]
    assert model.index(1, 2).data(Role.TERM) == "干部"
    assert model.index(1, 0).data(Role.OCCURRENCES) == [(1, 5, 7), (2, 0, 2)]
    assert model.row_of("效能革命") == 0
    assert model.row_of("没有") == -1


def test_counts_sort_as_numbers_through_a_proxy(qtmodeltester) -> None:
    model = keywords_model()
    model.set_entries([*KEYWORDS, KeywordEntry("群众", 0.1, 100, ())])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["效能革命", "干部", "群众"]


def test_formulations_table(qtmodeltester) -> None:
    model = formulations_model()
    model.set_entries(FORMULATIONS)
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(4)] == ["三个代表", "3", "0", "numbered"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Formulation"


def test_rows_as_a_table_in_the_order_asked() -> None:
    keywords = keywords_model()
    keywords.set_entries(KEYWORDS)
    assert [row[0] for row in keywords.table([1, 0]).rows] == ["干部", "效能革命"]
    assert keywords.table([]).header == KEYWORD_HEADER
    formulations = formulations_model()
    formulations.set_entries(FORMULATIONS)
    table = formulations.table([0])
    assert table.header == FORMULATION_HEADER
    assert "numbered" in table.rows[0], "the kind as the list shows it"


def test_a_score_is_written_with_the_ui_locale_s_decimal_point(locale_default: None) -> None:
    model = keywords_model()
    model.set_entries([KeywordEntry("效能革命", 1234.5, 9, ())])
    score = model.index(0, 2)
    for language, country, written in (
        (QLocale.Language.English, QLocale.Country.UnitedStates, "1234.500"),
        (QLocale.Language.Chinese, QLocale.Country.China, "1234.500"),
        (QLocale.Language.German, QLocale.Country.Germany, "1234,500"),  # not Python's point
    ):
        QLocale.setDefault(QLocale(language, country))
        assert score.data() == written
    assert score.data(Role.SORT) == 1234.5


def test_small_scores_show_three_significant_figures() -> None:
    # The whole library's keywords score 0.0003 or so: to three decimals every row read 0.000.
    model = keywords_model()
    model.set_entries(
        [KeywordEntry("方针政策", 0.000425, 5642, ()), KeywordEntry("效益", 0.0003134, 5228, ())]
    )
    assert [model.index(row, 2).data() for row in range(2)] == ["0.000425", "0.000313"]
    model.set_entries(
        [KeywordEntry("效能革命", 0.1194, 25, ()), KeywordEntry("干部", 0.0412, 5, ())]
    )
    assert [model.index(row, 2).data() for row in range(2)] == ["0.119", "0.0412"]


def test_a_formulation_shows_full_width_punctuation_and_copies_as_written(qtmodeltester) -> None:
    model = formulations_model()
    quoted = CollectionFormulation("两集中,两到位", FormulationKind.QUOTED, 2, 2, 1, ())
    model.set_entries([quoted])
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.set_fullwidth_punctuation(True)
    qtmodeltester.check(model)
    assert changed == [0]
    assert model.index(0, 0).data() == "两集中，两到位"
    assert model.index(0, 0).data(Role.TERM) == "两集中,两到位"
    assert model.table([0]).rows[0][0] == "两集中,两到位"
    assert model.row_of("两集中,两到位") == 0
    model.set_fullwidth_punctuation(False)
    assert model.index(0, 0).data() == "两集中,两到位"
