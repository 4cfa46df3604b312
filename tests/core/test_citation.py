"""Tests for desktop/core/citation.py: the text of "copy with citation"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.citation import (
    chinese_date,
    cite_speech,
    format_citation,
    join_passages,
    nest_quote,
    nest_title,
)
from desktop.core.records import SpeechRecord

ROOT = Path(__file__).resolve().parents[2]

_IMPORT_TRACED = """
import sys
import desktop.core.records  # what the module imports is counted with that module
lines = 0
def count(frame, event, arg):
    global lines
    lines += event == "line"
    return count
sys.settrace(count)
import desktop.core.citation
sys.settrace(None)
print(lines)
"""


def test_full_citation() -> None:
    text = format_citation(
        "要把思想教育作为基础，摆在首位。",
        "在全市效能革命工作会上的讲话",
        date="2024-09-08",
        speaker="张三",
    )
    assert text == (
        "“要把思想教育作为基础，摆在首位。”（张三：《在全市效能革命工作会上的讲话》，2024年9月8日）"
    )


@pytest.mark.parametrize(
    ("date", "speaker", "expected"),
    [
        (None, None, "“甲”（《题》）"),
        ("2016-04", None, "“甲”（《题》，2016年4月）"),
        (None, "李四", "“甲”（李四：《题》）"),
        ("2016", " ", "“甲”（《题》，2016年）"),
    ],
)
def test_missing_parts_are_left_out(date: str | None, speaker: str | None, expected: str) -> None:
    assert format_citation("甲", "题", date=date, speaker=speaker) == expected


def test_no_title_keeps_the_rest() -> None:
    cited = format_citation("甲", "", date="2020-01-02", speaker="王五")
    assert cited == "“甲”（王五，2020年1月2日）"
    assert format_citation(" 甲\n", "") == "“甲”"


def test_a_passage_cut_from_a_sentence_drops_the_clause_marks_it_took_in() -> None:
    assert format_citation("，实施乡村振兴战略，", "题") == "“实施乡村振兴战略”（《题》）"
    assert format_citation("一是抓学习；", "题") == "“一是抓学习”（《题》）"
    assert format_citation(",表明决心,\n", "题") == "“表明决心”（《题》）"
    assert format_citation("困难与希望同在。", "题") == "“困难与希望同在。”（《题》）"


def test_nested_marks_follow_gb_t_15834() -> None:
    text = format_citation("开展“效能革命”", "关于《条例》的说明")
    assert text == "“开展‘效能革命’”（《关于〈条例〉的说明》）"
    assert nest_quote("‘甲’“乙”") == "“甲”‘乙’"
    assert nest_title("《甲》") == "〈甲〉"


def test_a_quote_of_several_paragraphs_opens_each_and_closes_only_the_last() -> None:
    quote = "第一段话。\n\n第二段“话”。\n第三段话。"
    assert format_citation(quote, "讲话", date="2024-09-08") == (
        "“第一段话。\n“第二段‘话’。\n“第三段话。”（《讲话》，2024年9月8日）"
    )


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2016-04-15", "2016年4月15日"),
        ("2016-4-5", "2016年4月5日"),
        ("2016", "2016年"),
        ("春", "春"),
    ],
)
def test_chinese_date(iso: str, expected: str) -> None:
    assert chinese_date(iso) == expected


def test_cite_speech_takes_title_speaker_and_date_from_the_record() -> None:
    speech = SpeechRecord(3, 1, 2, "在全市工作会上的讲话", "2024-09-08", "张三", "市长", 10, "h")
    cited = cite_speech("统一思想", speech)
    assert cited == "“统一思想”（张三：《在全市工作会上的讲话》，2024年9月8日）"


def test_passages_joined_one_a_paragraph_in_the_order_given() -> None:
    assert join_passages(["乙", "甲\n", "丙\n丁"]) == "乙\n甲\n丙\n丁"
    assert join_passages([]) == ""


def test_an_english_title_is_cited_in_quotation_marks_not_book_title_marks() -> None:
    cited = format_citation(
        "Growth is the top priority.",
        "Report on the Work of the Government",
        date="2024-03-05",
        speaker="Li Qiang",
    )
    assert cited == (
        "“Growth is the top priority.”"
        "（Li Qiang：“Report on the Work of the Government”，2024年3月5日）"
    )
    assert "《2024年政府工作报告 (English)》" in format_citation(
        "增长", "2024年政府工作报告 (English)"
    )


def test_importing_it_runs_few_lines_of_python() -> None:
    """The first frame loads this module (the library tree's dates) and cites nothing: its
    import compiles no Chinese-character class, whose BMP table ``re`` builds in Python (some
    118,000 traced lines, ~28 M instructions; ~2,400 lines for the rest of the module)."""
    traced = subprocess.run(
        [sys.executable, "-c", _IMPORT_TRACED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert int(traced.stdout) < 20_000
