"""Quoted words: Chinese quotation marks, and straight ones paired in order on a line."""

from __future__ import annotations

from desktop.core.chinese.quotes import quoted_spans


def _quoted(text: str) -> list[str]:
    return sorted(text[start:end] for start, end in quoted_spans(text))


def test_chinese_quotation_marks() -> None:
    assert _quoted("推进“放管服”改革，「三农」和『四风』。") == ["三农", "四风", "放管服"]


def test_straight_quotes_pair_in_order_on_each_line() -> None:
    text = '"十三五"时期和"十二五"\n抓好"三农"工作，坚决反对"四风"'
    assert _quoted(text) == ["三农", "十三五", "十二五", "四风"]


def test_a_long_straight_quote_keeps_the_next_pair_in_step() -> None:
    long = "这是一句很长很长很长很长很长很长很长很长的引语，不是提法"
    assert _quoted(f'他说"{long}"，又提出"双随机、一公开"。') == ["双随机、一公开"]


def test_a_line_with_a_straight_quote_left_over_gives_no_pairs() -> None:
    assert _quoted('屏幕7"，推进"三农"工作') == []
    assert _quoted('屏幕7"\n推进"三农"工作') == ["三农"]
