"""A sentence that lists a report's parts before them (报告分三个部分：一、…；二、…；三、…。)
previews the headings that follow: its items are not points of the outline."""

from __future__ import annotations

import pytest

from desktop.core.importing import outline_pruning
from tests.core.importing.outline_checks import outline_tree

_PARTS = (
    "过去一年的工作",
    "过去一年，经济运行总体平稳，主要指标完成良好，人民生活持续改善。",
    "今年的主要任务",
    "今年要坚持稳中求进，推动高质量发展，确保各项目标任务顺利完成。",
    "加强政府自身建设",
    "各级政府要加强自身建设，提高行政效能，建设人民满意的政府。",
)


def test_a_sentence_listing_the_parts_that_follow_gives_no_points() -> None:
    """The unnumbered headings the preview names are the outline; its items are not."""
    preview = "报告分三个部分：一、过去一年的工作；二、今年的主要任务；三、加强政府自身建设。"
    assert outline_tree(preview, *_PARTS) == [
        (0, "H", "过去一年的工作"),
        (0, "H", "今年的主要任务"),
        (0, "H", "加强政府自身建设"),
    ]


def test_points_that_name_no_heading_stay() -> None:
    """A list in a sentence whose items are not the headings after it is a list of points."""
    listed = "今年要做好三件事：一、稳增长；二、促改革；三、惠民生。"
    assert [kind for _, kind, _ in outline_tree(listed, *_PARTS)] == ["P", "P", "P", "H", "H", "H"]


def test_a_preview_numbering_the_parts_its_own_way_gives_no_points() -> None:
    """（1）…；（2）… naming the parts numbered 一、 二、 under it: a preview all the same."""
    preview = "这个报告分为两个部分：（1）关于过去一年的工作；（2）关于今年的主要任务。"
    tree = outline_tree(
        preview, "一、关于过去一年的工作", _PARTS[1], "二、关于今年的主要任务", _PARTS[3]
    )
    assert tree == [(0, "H", "一、关于过去一年的工作"), (0, "H", "二、关于今年的主要任务")]


def test_an_outline_previewed_by_no_sentence_is_not_copied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def without_runs(nodes: object, runs: object) -> None:
        raise AssertionError("copied")

    monkeypatch.setattr(outline_pruning, "_without_runs", without_runs)
    tree = outline_tree(
        "一、狠抓工作落实", "一是压实责任，层层抓好落实；二是强化督查，确保任务到位。"
    )
    assert [label for _, _, label in tree] == [
        "一、狠抓工作落实",
        "一是压实责任，层层抓好落实",
        "二是强化督查，确保任务到位",
    ]
