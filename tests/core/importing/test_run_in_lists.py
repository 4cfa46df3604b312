"""A numbered list run into one paragraph: all its items are points, or none (run_in_lists)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing import run_in_lists
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.run_in_lists import run_in_items
from tests.core.importing.outline_checks import outline_tree

_ITEMS = (
    "稳住经济大盘，确保增长目标完成",
    "抓好项目建设，扩大有效投资",
    "兜牢民生底线，办好民生实事",
)


@pytest.mark.parametrize(
    ("numbers", "lead"),
    [
        (("1.", "2.", "3."), "今年的主要任务是："),  # the list inside the paragraph
        (("（1）", "（2）", "（3）"), "今年的主要任务是："),
        (("1、", "2、", "3、"), ""),  # the list opens the paragraph (…是： on the line above)
        (("（1）", "（2）", "（3）"), ""),
        (("①", "②", "③"), ""),
        (("（一）", "（二）", "（三）"), ""),
    ],
)
def test_every_item_of_a_list_run_into_a_paragraph_is_a_point(
    numbers: tuple[str, ...], lead: str
) -> None:
    run_in = "；".join(number + item for number, item in zip(numbers, _ITEMS, strict=True))
    tree = outline_tree(
        "一、明确今年的目标任务",
        "今年的主要任务是：" if not lead else "今年全市经济运行稳中向好。",
        f"{lead}{run_in}。各级各部门要抓好落实。",
        "二、狠抓工作落实",
        "各级要切实把各项任务落到实处。",
    )
    assert tree == [
        (0, "H", "一、明确今年的目标任务"),
        *((1, "P", number + item) for number, item in zip(numbers, _ITEMS, strict=True)),
        (0, "H", "二、狠抓工作落实"),
    ]


def test_points_run_in_with_yi_shi_are_points_as_before() -> None:
    tree = outline_tree(
        "一、狠抓工作落实", "一是压实责任，层层抓好落实；二是强化督查，确保任务到位。"
    )
    assert [label for _, _, label in tree[1:]] == [
        "一是压实责任，层层抓好落实",
        "二是强化督查，确保任务到位",
    ]


def test_numbered_paragraphs_each_with_one_item_stay_headings() -> None:
    tree = outline_tree(
        "一、明确今年的目标任务",
        "1.稳住经济大盘。要确保增长目标完成。",
        "2.抓好项目建设。要扩大有效投资。",
    )
    assert tree == [
        (0, "H", "一、明确今年的目标任务"),
        (1, "H", "1.稳住经济大盘"),
        (1, "H", "2.抓好项目建设"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全年增长1.5倍，其中2.3万户受益。",  # decimals, no list
        "主要任务是：1.稳住经济大盘，确保增长目标完成。",  # one item: no list
        "主要任务是：2.抓好项目建设；3.兜牢民生底线。",  # not counting from one
    ],
)
def test_what_is_no_list_run_in_has_no_items(text: str) -> None:
    assert run_in_items(text) == []


def test_a_paragraph_without_a_marker_after_its_colons_or_clauses_is_not_looked_into(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked: list[int] = []

    def marker(text: str, at: int = 0) -> None:
        looked.append(at)

    monkeypatch.setattr(run_in_lists, "heading_marker", marker)
    assert run_in_items("主要任务是：稳住经济大盘，确保增长目标完成；抓好项目建设。") == []
    assert looked == []


def _items_as_sliced(text: str, start: int = 0) -> list[tuple[int, int, int]]:
    """The lists as first written: the paragraph sliced at each colon and clause."""
    items: list[tuple[int, int, int]] = []

    def run_from(at: int, styles: frozenset[str]) -> list[tuple[int, int, int]]:
        first = heading_marker(text[at:])
        if first is None or first.number != 1 or first.style not in styles:
            return []
        run = [(1, at, at + first.end)]
        for boundary in re.finditer(r"[，,；;。！？!?]\s*", text[run[0][2] :]):
            after = run[0][2] + boundary.end()
            marker = heading_marker(text[after:])
            if marker is not None and (marker.style, marker.number) == (first.style, len(run) + 1):
                run.append((marker.number, after, after + marker.end))
        return run if len(run) >= 2 else []

    if start == 0:
        items += run_from(0, _OPENING)
    for colon in re.finditer(r"[：:]\s*", text[start:]):
        if not items or start + colon.start() >= items[-1][2]:
            items += run_from(start + colon.end(), _ITEMS_ONLY)
    return items


_ITEMS_ONLY = frozenset({"arabic-dot", "arabic-half", "arabic-paren", "circled"})
_OPENING = _ITEMS_ONLY | {"cn-paren", "cn-dun"}


@given(st.text(alphabet="：:，；。 12.、（()）①②⑴一二字", max_size=24), st.integers(0, 3))
def test_lists_are_found_where_slicing_the_paragraph_found_them(text: str, start: int) -> None:
    found = [(item.number, item.start, item.end) for item in run_in_items(text, start)]
    assert found == _items_as_sliced(text, start)
