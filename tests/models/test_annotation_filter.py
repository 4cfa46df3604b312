"""Tests for desktop/models/annotation_filter.py: colour, tag and text filters over groups."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel
from pytestqt.modeltest import ModelTester

from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotations_model import AnnotationsModel
from tests.models.factory import make_annotation


def _shown(proxy: QSortFilterProxyModel) -> list[str]:
    out = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        children = [proxy.index(r, 0, index).data() for r in range(proxy.rowCount(index))]
        out.append(f"{index.data()}: {', '.join(children)}" if children else index.data())
    return out


def _filtered() -> tuple[AnnotationsModel, AnnotationFilter]:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(1, 1, "效能革命", color="yellow", tags=("提法",)),
            make_annotation(1, 9, "数据翔实", color="green", note="可用于 ABC 材料"),
            make_annotation(2, 3, "金句一则", color="green", tags=("金句", "提法")),
        ],
        all_speeches=True,
        titles={1: "甲", 2: "乙"},
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    return model, proxy


def test_without_filters_everything_shows(qtmodeltester: ModelTester) -> None:
    _model, proxy = _filtered()
    qtmodeltester.check(proxy)
    assert _shown(proxy) == ["甲: 效能革命, 数据翔实", "乙: 金句一则"]


def test_colour_filter_hides_groups_left_empty(qtmodeltester: ModelTester) -> None:
    _model, proxy = _filtered()
    proxy.set_colors({"yellow"})
    assert _shown(proxy) == ["甲: 效能革命"]
    proxy.set_colors({"yellow", "green"})
    assert _shown(proxy) == ["甲: 效能革命, 数据翔实", "乙: 金句一则"]
    qtmodeltester.check(proxy)


def test_tag_filter_ignores_case_and_text_searches_quote_note_and_tags() -> None:
    _model, proxy = _filtered()
    proxy.set_tag("提法")
    assert _shown(proxy) == ["甲: 效能革命", "乙: 金句一则"]
    proxy.set_tag(None)
    proxy.set_text("ａｂｃ")  # full-width letters find the note's ABC
    assert _shown(proxy) == ["甲: 数据翔实"]
    proxy.set_text("金句")  # a tag
    assert _shown(proxy) == ["乙: 金句一则"]
    proxy.set_text("效能 革命")  # every word must occur
    assert _shown(proxy) == ["甲: 效能革命"]
    proxy.clear()
    assert not proxy.is_active()


def test_rows_added_later_are_filtered_too() -> None:
    model, proxy = _filtered()
    proxy.set_colors({"pink"})
    assert _shown(proxy) == []
    model.add_annotation(make_annotation(2, 50, "新增粉色", color="pink"))
    assert _shown(proxy) == ["乙: 新增粉色"]
    assert proxy.rowCount(QModelIndex()) == 1
