"""Tests for desktop/core/importing/separators.py: a compilation's separator lines and counts."""

from __future__ import annotations

import pytest

from desktop.core.importing.separators import announced_count, prefix_separator, suffix_separator


def test_suffix_separator() -> None:
    separator = suffix_separator("在全市“效能革命”工作会上的讲话 篇3")
    assert separator is not None
    assert (separator.number, separator.title) == (3, "在全市“效能革命”工作会上的讲话")
    assert suffix_separator("在全市工作会议上的讲话（篇二）").number == 2  # type: ignore[union-attr]
    assert suffix_separator("这是一篇。") is None


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("【第1篇】在全市工作会议上的讲话", 1, "在全市工作会议上的讲话"),
        ("第二篇：在座谈会上的发言", 2, "在座谈会上的发言"),
        ("篇三", 3, ""),
        ("范文4", 4, ""),
    ],
)
def test_prefix_separator(line: str, number: int, title: str) -> None:
    separator = prefix_separator(line)
    assert separator is not None
    assert (separator.number, separator.title) == (number, title)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("在全市“效能革命”工作会上的讲话(精选7篇)", 7),
        ("党课讲稿（通用10篇）", 10),
        ("领导讲话稿【精选五篇】", 5),
        ("工作会议讲话合集精选3篇", 3),
        ("在全市工作会议上的讲话", None),
    ],
)
def test_announced_count(line: str, count: int | None) -> None:
    assert announced_count(line) == count
