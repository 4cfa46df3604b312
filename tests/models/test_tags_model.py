"""Tests for desktop/models/tags_model.py: tags with counts, sorted in pinyin order and as
numbers, renamed in place."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.models.tags_model import Column, Role, TagsModel
from tests.gui.ui_languages import locale_default

__all__ = ["locale_default"]

COUNTS = {"金句": 12, "Draft": 9, "开头": 100}
PINYIN_ORDER = ["安全", "北京", "结构", "金句", "提法", "重点"]
"""ān, běi, jié, jīn, tí, zhòng: the order a Chinese reader looks for them in."""


def test_rows_sort_by_name_and_pass_the_model_test(
    qtmodeltester: ModelTester,
) -> None:
    model = TagsModel()
    model.set_counts(COUNTS)
    qtmodeltester.check(model)
    names = [model.index(row, Column.NAME).data() for row in range(model.rowCount())]
    assert names == ["金句", "开头", "Draft"]  # jīn, kāi; Latin after Chinese
    row = model.row_of("draft")
    assert model.index(row, Column.COUNT).data() == "9"
    assert model.index(row, Column.COUNT).data(Role.SORT) == 9
    assert model.counts() == COUNTS
    model.set_counts({})
    qtmodeltester.check(model)


def test_a_count_is_written_as_the_ui_s_locale_writes_it(locale_default: None) -> None:
    model = TagsModel()
    model.set_counts({"金句": 12_345})
    count = model.index(0, Column.COUNT)
    for language, country, written in (
        (QLocale.Language.English, QLocale.Country.UnitedStates, "12,345"),
        (QLocale.Language.Chinese, QLocale.Country.China, "12,345"),
        (QLocale.Language.German, QLocale.Country.Germany, "12.345"),  # not Python's commas
    ):
        QLocale.setDefault(QLocale(language, country))
        assert count.data() == written
    assert count.data(Role.SORT) == 12_345


def test_counts_sort_as_numbers_through_a_proxy() -> None:
    model = TagsModel()
    model.set_counts(COUNTS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT)
    proxy.sort(Column.COUNT, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, Column.NAME).data(Role.TAG) for row in range(proxy.rowCount())]
    assert shown == ["Draft", "金句", "开头"]  # 9 < 12 < 100, not "100" < "12" < "9"


def test_names_sort_in_pinyin_order_through_a_proxy() -> None:
    model = TagsModel()
    model.set_counts(dict.fromkeys(sorted(PINYIN_ORDER, reverse=True), 1))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, Column.NAME).data(Role.TAG) for row in range(proxy.rowCount())]
    assert shown == PINYIN_ORDER
    assert sorted(PINYIN_ORDER) != PINYIN_ORDER, "code points would give another order"


def test_only_names_are_editable_and_an_edit_asks_for_the_rename(qtbot: QtBot) -> None:
    model = TagsModel()
    model.set_counts(COUNTS)
    name = model.index(model.row_of("金句"), Column.NAME)
    assert model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(name.siblingAtColumn(Column.COUNT)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.rename_requested) as asked:
        assert not model.setData(name, "好句")  # the rows change once the window renamed it
    assert asked.args == ["金句", "好句"]
    assert name.data() == "金句"
    with qtbot.assertNotEmitted(model.rename_requested):
        model.setData(name, "金句")
