"""A paper's author line under its title, the lines giving the authors' units, its fields."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.imported import Speech
from desktop.core.importing import import_bytes
from desktop.core.importing.authors import is_unit_line, paper_authors
from tests.core.importing.outline_checks import check_document


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("王小明1,2\u3000李华1", (None, "王小明、李华")),
        ("王小明 1，2  李华 2", (None, "王小明、李华")),
        ("王小明¹ 李华²＊", (None, "王小明、李华")),
        ("欧阳小明*", (None, "欧阳小明")),
        ("王小明（北京大学马克思主义学院）", ("北京大学马克思主义学院", "王小明")),
        ("王小明（中共中央党校，北京 100091）", ("中共中央党校，北京 100091", "王小明")),
        ("王小明（北京大学） 李华（清华大学）", (None, "王小明、李华")),
        ("李某（省委书记）", ("省委书记", "李某")),
    ],
)
def test_author_lines_give_their_names(line: str, expected: tuple[str | None, str]) -> None:
    assert paper_authors(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "王小明",  # a name alone is read where it stands, not here
        "王小明（2019年3月）",
        "第1部分",
        "坚持党的领导1",  # no name opens it
        "王小明（北京大学）同志的讲话",
        "2023年工作要点",
    ],
)
def test_other_lines_are_no_author_lines(line: str) -> None:
    assert paper_authors(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "（北京大学马克思主义学院，北京 100871）",
        "（1.北京大学政府管理学院，北京 100871；2.中国人民大学公共管理学院，北京 100872）",
        "(作者系中央党校教授)",
        "作者单位：中共中央党校（国家行政学院）",
        "［作者简介］王小明，男，北京大学教授。",
    ],
)
def test_unit_lines(line: str) -> None:
    assert is_unit_line(line)


@pytest.mark.parametrize(
    "line", ["（2019年3月5日）", "（根据录音整理）", "（一）坚持党的领导", "单位时间内完成"]
)
def test_other_bracketed_lines_are_no_unit_lines(line: str) -> None:
    assert not is_unit_line(line)


def _speech(text: str) -> Speech:
    document = import_bytes(text.encode(), "paper.txt")
    check_document(document)
    (speech,) = document.speeches
    return speech


def _spans(speech: Speech) -> list[tuple[str, str]]:
    return [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]


PAPER = """论基层治理现代化的路径选择
王小明1,2\u3000李华1
（1.北京大学政府管理学院，北京 100871；2.中国人民大学公共管理学院，北京 100872）
摘要：基层治理是国家治理的基石。推进基层治理现代化，需要健全城乡基层治理体系。
关键词：基层治理；现代化；路径
基层治理现代化是国家治理体系和治理能力现代化的重要组成部分。
一、基层治理现代化的内涵
基层治理现代化包括治理主体、治理方式和治理能力等方面的现代化。
二、基层治理现代化的路径
要坚持党建引领，夯实基层基础。
"""


def test_a_paper_names_its_authors_and_keeps_their_units_out_of_the_body() -> None:
    speech = _speech(PAPER)
    assert speech.title == "论基层治理现代化的路径选择"
    assert speech.speaker == "王小明、李华"
    assert _spans(speech)[:3] == [
        (SpanKind.TITLE, "论基层治理现代化的路径选择"),
        (SpanKind.SPEAKER, "王小明1,2 李华1"),
        (SpanKind.SUBTITLE, PAPER.split("\n")[2]),
    ]
    assert [node.label for node in speech.outline] == [
        "一、基层治理现代化的内涵",
        "二、基层治理现代化的路径",
    ]


def test_a_papers_keywords_stay_a_line_of_their_own() -> None:
    lines = _speech(PAPER).text.split("\n")
    assert "关键词：基层治理；现代化；路径" in lines
    assert "基层治理现代化是国家治理体系和治理能力现代化的重要组成部分。" in lines


def test_a_name_over_its_unit_is_the_author() -> None:
    speech = _speech(
        "论新时代的人民立场\n王小明\n（北京大学马克思主义学院，北京 100871）\n"
        "摘要\n本文从三个维度加以阐释。\n关键词\n人民立场；创新理论\n"
        "一、理论逻辑\n马克思主义是人民的理论。\n二、历史逻辑\n党始终坚持人民立场。\n"
    )
    assert speech.speaker == "王小明"
    assert (SpanKind.SUBTITLE, "（北京大学马克思主义学院，北京 100871）") in _spans(speech)
    assert [node.label for node in speech.outline] == ["一、理论逻辑", "二、历史逻辑"]


def test_a_name_with_its_unit_in_brackets_is_the_author() -> None:
    speech = _speech(
        "论新时代的人民立场\n王小明（北京大学马克思主义学院）\n"
        "内容提要：本文从三个维度加以阐释。\n关键词：人民立场；创新理论\n"
        "党的创新理论坚持人民立场。\n（一）理论逻辑\n马克思主义是人民的理论。\n"
        "（二）历史逻辑\n党始终坚持人民立场。\n"
    )
    assert (speech.speaker, speech.role) == ("王小明", "北京大学马克思主义学院")
    assert speech.title == "论新时代的人民立场"
    assert "党的创新理论坚持人民立场。" in speech.text.split("\n")


def test_a_labelled_unit_line_is_no_title() -> None:
    speech = _speech(
        "坚定不移走中国特色社会主义政治发展道路\n作者单位：中共中央党校（国家行政学院）\n"
        "我国社会主义民主政治具有许多显著特点和优势。\n一、坚持党的领导\n党的领导是根本保证。\n"
        "二、坚持人民当家作主\n人民当家作主是本质特征。\n"
    )
    assert speech.title == "坚定不移走中国特色社会主义政治发展道路"
    assert (SpanKind.SUBTITLE, "作者单位：中共中央党校（国家行政学院）") in _spans(speech)
