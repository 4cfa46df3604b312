"""Numbered paragraphs: 1. 2. … counting on across a document's headings are body text."""

from __future__ import annotations

from desktop.core.importing import import_bytes
from desktop.core.importing.numbered_paragraphs import numbered_paragraphs
from tests.core.importing.outline_checks import check_document

# A policy address as Hong Kong numbers it: every paragraph, on across the chapters.
ADDRESS = """第一章　引言
1.　今年是關鍵的一年。過去一年，政府以結果為目標，推動發展。
2.　本屆政府上任以來，我們全力拚經濟、謀發展。
第二章　拚經濟　謀發展
（一）鞏固金融中心地位
3.　金融服務業是經濟的重要支柱。我們會推出多項措施。
4.　政府會成立專責小組，研究便利企業上市。
第三章　改善民生
5.　政府會繼續增加公營房屋供應。"""


def _texts(text: str) -> list[str]:
    return text.split("\n")


def test_paragraphs_numbered_on_across_chapters_are_numbered_paragraphs() -> None:
    assert numbered_paragraphs(_texts(ADDRESS)) == {1, 2, 5, 6, 8}


def test_headings_starting_again_under_each_part_are_not() -> None:
    text = "一、成绩\n1.经济增长较快。\n2.民生改善明显。\n二、问题\n1.结构不优。\n2.动力不足。"
    assert numbered_paragraphs(_texts(text)) == set()


def test_short_numbered_names_of_parts_are_headings_even_counting_on() -> None:
    text = (
        "一、基本情况\n1.经济运行\n经济平稳。\n2.社会事业\n事业发展。\n"
        "二、建议\n3.加大投入\n要投入。"
    )
    assert numbered_paragraphs(_texts(text)) == set()


def test_numbered_paragraphs_under_one_heading_stay_its_parts() -> None:
    """Nothing crosses a heading: 1. 2. 3. under one part may be its sub-headings."""
    text = (
        "三、建议\n1．加大投入。建议设立专项资金。\n2．培养人才。建议纳入补贴。\n"
        "3．强化考核。建议纳入考核。"
    )
    assert numbered_paragraphs(_texts(text)) == set()


def test_a_count_broken_off_is_no_series() -> None:
    text = (
        "第一章　总述\n1.　第一段话。\n2.　第二段话。\n第二章　分述\n4.　第四段话。\n5.　第五段话。"
    )
    assert numbered_paragraphs(_texts(text)) == set()


def test_numbered_paragraphs_give_no_headings_in_the_outline() -> None:
    document = import_bytes(("行政長官施政報告\n" + ADDRESS).encode(), "address.txt")
    (speech,) = document.speeches
    assert [node.label for node in speech.outline] == [
        "第一章 引言",
        "第二章 拚經濟 謀發展",
        "第三章 改善民生",
    ]
    assert [node.label for node in speech.outline[1].children] == ["（一）鞏固金融中心地位"]
    assert not speech.outline[1].children[0].children
    check_document(document)
