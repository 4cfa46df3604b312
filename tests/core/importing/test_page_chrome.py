"""A web page's chrome told by its pattern (most of it through ``noise.whole_line_kind``)."""

from __future__ import annotations

import pytest

from desktop.core.importing.page_chrome import is_chrome, metadata_label, named_author


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("索 引 号：", "索引号"),
        ("標　　題", "标题"),
        ("名称:", "名称"),
        ("名 ：", None),
        ("**：", None),
    ],
)
def test_a_metadata_label_needs_each_of_its_characters(cell: str, label: str | None) -> None:
    """Spacing may stand between a label's characters, never in place of one."""
    assert metadata_label(cell) == label


@pytest.mark.parametrize(
    ("byline", "writer"),
    [
        ("来源：某某网  作者：王某某  发布时间：2025-04-18", "王某某"),
        ("文/王小明", "王小明"),
        ("文 ／ 张某", "张某"),
        ("作者：王小明 李华", "王小明、李华"),
        ("作者：王小明 李华 来源：学习时报", "王小明、李华"),
        ("撰文丨王小明\u3000\u3000编辑丨李华", "王小明"),
        ("作者：某某县委组织部", None),
        ("记者 王小明", None),
        ("文/本报记者 王小明", None),
        ("编辑：王小明", None),
        ("原文/王小明", None),  # 文 inside another word labels nothing
    ],
)
def test_the_writer_a_byline_names(byline: str, writer: str | None) -> None:
    assert named_author(byline) == writer


@pytest.mark.parametrize("widget", ["【我要纠错】", "我要纠错", "【我要打印】", "【打印本页】"])
def test_a_site_s_widget_below_an_article_is_chrome(widget: str) -> None:
    assert is_chrome(widget)
