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


# A work report numbering its headings on across its parts, each one short sentence alone.
REPORT = """某区2025年政府工作报告
各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
1.经济运行稳中向好。
全年地区生产总值增长5.5%，一般公共预算收入增长6.2%，固定资产投资增长8.1%。
2.民生保障持续加强。
新增城镇就业1.2万人，新建改扩建中小学5所，城乡居民收入稳步增长。
二、2025年主要任务
3.着力扩大有效需求。
实施重大项目攻坚行动，全年安排重点项目120个，完成投资300亿元以上。
4.加快产业转型升级。
推动传统产业高端化、智能化、绿色化改造，培育壮大战略性新兴产业。"""


def test_short_sentences_over_body_text_counting_on_are_headings() -> None:
    assert numbered_paragraphs(_texts(REPORT)[3:]) == set()
    document = import_bytes(REPORT.encode(), "report.txt")
    (speech,) = document.speeches
    assert [node.label for node in speech.outline[1].children] == [
        "3.着力扩大有效需求",
        "4.加快产业转型升级",
    ]
    check_document(document)


def test_short_numbered_sentences_in_a_row_counting_on_stay_paragraphs() -> None:
    text = "一、成绩\n1.经济增长较快。\n2.民生改善明显。\n二、问题\n3.结构不优。\n4.动力不足。"
    assert numbered_paragraphs(_texts(text)) == {1, 2, 4, 5}


def test_one_numbered_sentence_not_over_body_text_keeps_the_series_paragraphs() -> None:
    # the last one closes its part with nothing under it: the series is a document's paragraphs
    text = "\n".join(_texts(REPORT)[3:] + ["三、工作要求", "5.全面加强政府自身建设。"])
    assert numbered_paragraphs(_texts(text)) == {1, 3, 6, 8, 11}
