"""Tests for desktop/core/importing/readers/pdf_columns.py: a page in two columns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.pipeline import import_bytes
from desktop.core.importing.readers.pdf_columns import read_columns
from tests.core.importing.readers.pdf_factory import two_column_pdf, wrap

_LEFT = (
    "今天召开全市工作会议，主要任务是总结今年工作，分析当前形势，部署明年任务，"
    "动员全市上下进一步统一思想、坚定信心，奋力完成全年目标任务。过去一年，全市上下"
    "坚持稳中求进工作总基调，经济运行总体平稳，民生保障持续加强，各项事业取得新进展。"
)
_RIGHT = (
    "发展不平衡不充分的问题仍然突出，我们必须直面问题、迎难而上，以更加务实的作风"
    "抓好各项工作落实。各级各部门要细化任务分工，明确时间节点，层层压实责任，确保"
    "每一项工作都有人抓、有人管、有人负责，以实实在在的成效取信于民。"
)

_LEFT_MORE = (
    "新的一年，要把稳增长放在更加突出的位置，扩大有效投资，提振消费信心，稳住外贸外资"
    "基本盘，推动经济运行持续向好。要坚持创新驱动发展，加快培育新兴产业。"
)
_RIGHT_MORE = (
    "同志们，目标已经明确，任务已经落实，关键在于真抓实干。让我们更加紧密地团结起来，"
    "撸起袖子加油干，奋力开创全市高质量发展新局面。"
)


def _page(left: list[str], right: list[str], gutter: int = 30) -> list[str]:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [(a.ljust(gutter) + b).rstrip() if b else a for a, b in zip(left, right, strict=True)]


def test_a_two_column_pdf_is_read_left_column_first() -> None:
    # enough lines that the centred title, wider than a column, does not hide the wrapping
    left = ["一、统一思想", *wrap(_LEFT, 17), *wrap(_LEFT_MORE, 17)]
    right = ["二、狠抓落实", *wrap(_RIGHT, 17), *wrap(_RIGHT_MORE, 17)]
    (speech,) = import_bytes(
        two_column_pdf("在全市工作会议上的讲话", left, right), "a.pdf"
    ).speeches
    assert speech.title == "在全市工作会议上的讲话"
    assert [node.label for node in speech.outline] == ["一、统一思想", "二、狠抓落实"]
    paragraphs = speech.text.split("\n")
    assert paragraphs[2:4] == [_LEFT, _LEFT_MORE]
    assert paragraphs[5:] == [_RIGHT, _RIGHT_MORE]


def test_lines_spanning_the_page_stay_above_and_below_the_columns() -> None:
    left = [
        "左栏第一行文字内容较长一些",
        "左栏第二行文字内容较长一些",
        "左栏第三行文字内容较长一些",
    ]
    right = [
        "右栏第一行文字内容较长一些",
        "右栏第二行文字内容较长一些",
        "右栏第三行文字内容较长一些",
    ]
    page = [
        "在全市工作会议上的讲话",
        *_page([*left, "左栏第四行文字"], [*right, "右栏第四行文字内容"]),
    ]
    page.append("- 1 -")
    assert read_columns(page) == [
        page[0],
        *left,
        "左栏第四行文字",
        *right,
        "右栏第四行文字内容",
        "- 1 -",
    ]


def test_a_line_with_words_in_the_right_column_only_goes_to_it() -> None:
    left = ["左栏第一行文字内容较长一些"] * 4
    right = ["右栏第一行文字内容较长一些"] * 5
    page = _page(left, right)
    assert read_columns(page) == [*left, *right]


def test_a_single_column_page_is_left_alone() -> None:
    page = [
        "在全市工作会议上的讲话",
        *wrap(_LEFT, 20),
        "某某市人民政府",
        "                    2024年1月5日",
    ]
    assert read_columns(page) == page


def test_a_table_of_short_cells_is_left_alone() -> None:
    page = _page(["姓名", "张三", "李四", "王五", "赵六"], ["职务", "主任", "科长", "科员", "科员"])
    assert read_columns(page) == page


def test_a_line_crossing_the_gutter_leaves_the_page_alone() -> None:
    left = ["左栏第一行文字内容较长一些"] * 4
    right = ["右栏第一行文字内容较长一些"] * 4
    page = _page(left, right)
    page.insert(2, "这一行文字横跨了两栏之间的空白一直写到了右边的栏里去了还在写")
    assert read_columns(page) == page


@given(st.lists(st.text(alphabet="左右栏文字，。 　-1", max_size=40), max_size=12))
def test_no_words_are_lost_or_added(lines: list[str]) -> None:
    def words(page: list[str]) -> list[str]:
        return sorted("".join(page).replace(" ", ""))

    assert words(read_columns(lines)) == words(lines)
