"""The head of a speech: its lines in order, subtitles, contents, recipients, salutations."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from tests.core.importing.head_checks import head_of, marked_of


def test_report_head() -> None:
    head, _ = head_of(
        "1955年国务院政府工作报告\n关于发展国民经济的第一个五年计划的报告\n"
        "——1955年7月5日至6日在第一届全国人民代表大会第二次会议上\n"
        "国务院副总理兼国家计划委员会主任李富春\n各位代表：\n中华人民共和国国务院向大会提出议案。"
    )
    assert head.titles == ["1955年国务院政府工作报告", "关于发展国民经济的第一个五年计划的报告"]
    assert head.date == "1955-07-05"
    assert (head.role, head.speaker) == ("国务院副总理兼国家计划委员会主任", "李富春")
    assert head.body_start == 5


@pytest.mark.parametrize("number", ["第0123号", "提案第0123号", "（第0123号）"])
def test_a_serial_number_under_the_title_is_never_a_second_title(number: str) -> None:
    head, _ = head_of(
        f"关于加强社区养老服务的提案\n{number}\n案由：关于加强社区养老服务\n"
        "一、基本情况\n我市老年人口已达120万人。"
    )
    assert head.titles == ["关于加强社区养老服务的提案"]
    assert (SpanKind.SUBTITLE, 1, 0, len(number)) in head.marks


@pytest.mark.parametrize("part", ["前言", "前　言", "引言"])
def test_a_preface_under_the_title_opens_the_body(part: str) -> None:
    head, _ = head_of(f"政府工作报告\n{part}\n今年是关键一年。\n一、工作回顾\n经济平稳。")
    assert head.titles == ["政府工作报告"]
    assert head.body_start == 1


def test_subtitle_speaker_and_salutation_spans() -> None:
    marked = marked_of(
        "坚定信心 真抓实干\n——在全市经济工作会议上的讲话\n市长 李 四\n（2020年1月8日）\n"
        "同志们：\n今天的会议很重要。"
    )
    assert marked == [
        (SpanKind.TITLE, "坚定信心 真抓实干"),
        (SpanKind.SUBTITLE, "——在全市经济工作会议上的讲话"),
        (SpanKind.SPEAKER, "市长 李 四"),
        (SpanKind.DATE, "（2020年1月8日）"),
        (SpanKind.SALUTATION, "同志们："),
    ]


def test_table_of_contents_is_one_block_of_toc_lines() -> None:
    head, _ = head_of(
        "某某报告\n目录\n一、总体情况\n（一）主要成绩\n二、下一步工作……5\n各位代表：\n现在作报告。"
    )
    kinds = [kind for kind, *_ in head.marks]
    assert kinds == [SpanKind.TITLE] + [SpanKind.TOC] * 4 + [SpanKind.SALUTATION]
    assert head.body_start == 6


def test_salutation_opening_a_body_line_and_closing_date() -> None:
    marked = marked_of(
        "今天召开会议，部署工作。\n各位艺术家、同志们,伟大的时代催生伟大的作品。\n(2016年4月15日)"
    )
    assert marked == [
        (SpanKind.DATE, "(2016年4月15日)"),
        (SpanKind.SALUTATION, "各位艺术家、同志们,"),
    ]


def test_speech_without_a_head_starts_at_once() -> None:
    head, _ = head_of("“十一五”以来,在市委、市政府的领导下,全市经济社会实现又好又快发展。")
    assert head.titles == []
    assert head.body_start == 0
    assert head.marks == []


def test_numbered_heading_is_never_a_title() -> None:
    head, _ = head_of("一、为什么要开展这场“效能革命”\n开展“效能革命”是需要。")
    assert head.titles == []
    assert head.body_start == 0


def test_headings_listed_at_the_top_without_a_contents_line() -> None:
    head, _ = head_of(
        "某某工作报告\n一、总体情况\n二、主要任务\n三、保障措施\n各位代表：\n现在作报告。\n"
        "一、总体情况\n过去一年成绩显著。\n二、主要任务\n要抓好落实。\n三、保障措施\n要加强领导。"
    )
    assert [kind for kind, *_ in head.marks][:4] == [SpanKind.TITLE] + [SpanKind.TOC] * 3
    assert head.body_start == 5


def test_headings_at_the_top_that_are_not_repeated_are_the_body() -> None:
    head, _ = head_of("一、总体情况\n二、主要任务\n三、保障措施\n要加强领导。")
    assert head.marks == []
    assert head.body_start == 0


def test_bracketed_labels_over_a_speech_are_never_its_title() -> None:
    head, _ = head_of(
        "在某某公司成立十周年庆典上的致辞\n【致辞人】王某某\n【致辞背景】某某公司成立十周年庆典\n"
        "【发布时间】2023年5月6日\n各位来宾：\n今天，我们欢聚一堂。"
    )
    assert head.titles == ["在某某公司成立十周年庆典上的致辞"]
    assert (head.speaker, head.date) == ("王某某", "2023-05-06")
    assert head.body_start == 5


def test_an_occasion_field_stands_for_a_title_the_speech_lacks() -> None:
    head, _ = head_of(
        "【範例一】\n【致辭人】某某市衛生委\n【致辭背景】某某大會致辭\n同誌們:\n今天開會。"
    )
    assert head.titles == ["某某大會致辭"]
    assert head.body_start == 4


def test_the_chairs_line_under_the_speaker_is_part_of_the_head() -> None:
    marked = marked_of(
        "在全市某某座谈会上的讲话\n市委书记 某某某\n主持人：市委副书记 某某\n"
        "同志们：\n今天召开座谈会，听取大家的意见。"
    )
    assert marked == [
        (SpanKind.TITLE, "在全市某某座谈会上的讲话"),
        (SpanKind.SPEAKER, "市委书记 某某某"),
        (SpanKind.SUBTITLE, "主持人：市委副书记 某某"),
        (SpanKind.SALUTATION, "同志们："),
    ]


def test_a_speech_reposted_under_a_headline_and_a_lead_has_its_own_head() -> None:
    head, paragraphs = head_of(
        "重磅｜市委书记在全市某某大会上的讲话（全文）\n"
        "某月某日，全市某某大会召开。现将讲话全文刊发如下。\n"
        "在全市某某大会上的讲话\n李明华\n（2023年5月5日）\n同志们：\n今天召开大会。"
    )
    assert head.titles[-1] == "在全市某某大会上的讲话"
    assert (head.speaker, head.date) == ("李明华", "2023-05-05")
    assert paragraphs[head.body_start].text == "今天召开大会。"


def test_a_speech_title_under_a_lead_without_its_speaker_stays_in_the_body() -> None:
    head, _ = head_of(
        "某某新闻\n某月某日，全市某某大会召开。\n在全市某某大会上的讲话\n会议要求各地认真贯彻落实。"
    )
    assert head.titles == ["某某新闻"]


def test_a_document_number_is_not_a_title() -> None:
    marked = marked_of(
        "关于做好春耕工作的通知\n农办发〔2022〕15号\n各乡镇：\n现就有关事项通知如下。"
    )
    assert marked[:2] == [
        (SpanKind.TITLE, "关于做好春耕工作的通知"),
        (SpanKind.SUBTITLE, "农办发〔2022〕15号"),
    ]


def test_recipients_under_the_title_end_the_head_as_a_salutation() -> None:
    marked = marked_of(
        "某某市人民政府关于加强安全生产工作的通知\n某政发〔2021〕5号\n"
        "各区县人民政府，市政府各部门，各有关单位：\n为进一步加强安全生产工作，现通知如下。"
    )
    assert marked[-1] == (SpanKind.SALUTATION, "各区县人民政府，市政府各部门，各有关单位：")
    assert len(marked) == 3


def test_a_sentence_ending_with_a_colon_is_not_recipients() -> None:
    head, _ = head_of("某某工作方案\n各级党委要做到以下几点：\n一要提高认识。")
    assert head.body_start == 1
    assert [kind for kind, *_ in head.marks] == [SpanKind.TITLE]


def test_a_damaged_document_number_under_the_title_is_no_title() -> None:
    head, _ = head_of(
        "某某县人民政府办公室关于印发某某应急预案的通知\n某政办发〔201746\n"
        "各乡镇人民政府，县级有关部门：\n现将预案印发给你们，请认真贯彻执行。"
    )
    assert head.titles == ["某某县人民政府办公室关于印发某某应急预案的通知"]


def test_section_numbers_listed_at_the_top_are_a_contents_list() -> None:
    head, _ = head_of(
        "某某市应急预案\n1 总则\n1.1 编制目的……1\n1.2 编制依据……2\n2 组织体系……3\n"
        "1 总则\n1.1 编制目的\n为提高应急能力，制定本预案。\n1.2 编制依据\n依据有关法律制定。\n"
        "2 组织体系\n市政府成立应急指挥部。"
    )
    assert [kind for kind, *_ in head.marks] == [SpanKind.TITLE] + [SpanKind.TOC] * 4
    assert head.body_start == 5


def test_section_numbers_at_the_top_that_are_not_repeated_are_the_body() -> None:
    head, _ = head_of("某某方案\n1 总则\n1.1 编制目的\n1.2 编制依据\n为提高应急能力，制定本方案。")
    assert head.body_start == 1


def test_title_lines_of_a_page_over_the_speech_leave_its_head_whole() -> None:
    head, paragraphs = head_of(
        "某某省文化厅门户网站\n聚焦全国两会\n两会要闻\n政协常委会工作报告\n"
        "全国政协常务委员会工作报告\n——在全国政协第一次会议上\n（2023年3月4日）\n王小明\n"
        "各位委员：\n我代表常务委员会向大会报告工作。"
    )
    assert head.titles[-1] == "全国政协常务委员会工作报告"
    assert head.speaker == "王小明"
    assert head.date == "2023-03-04"
    assert head.body_start == 9
    titled = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.TITLE]
    assert titled[0] == "某某省文化厅门户网站"  # kept, marked as a line of the head


def test_the_lines_under_an_original_title_are_its_subtitles() -> None:
    marked = marked_of(
        "全市经济工作会议召开 王某某出席并讲话\n原标题：全市经济工作会议召开\n"
        "王某某出席并讲话\n李某某主持会议\n12月20日，全市经济工作会议召开。"
    )
    assert marked == [
        (SpanKind.TITLE, "全市经济工作会议召开 王某某出席并讲话"),
        (SpanKind.SUBTITLE, "原标题：全市经济工作会议召开"),
        (SpanKind.SUBTITLE, "王某某出席并讲话"),
        (SpanKind.SUBTITLE, "李某某主持会议"),
    ]


def test_a_bilingual_pages_english_head_lines_stay_in_the_head() -> None:
    head, paragraphs = head_of(
        "全市工作报告\nREPORT ON THE WORK OF THE CITY\n——2025年1月8日在市人民代表大会上\n"
        "Delivered at the City People's Congress\n市长 王小明\nWang Xiaoming\n各位代表：\n"
        "Fellow Deputies,\n我代表市人民政府向大会报告工作。"
    )
    assert head.titles == ["全市工作报告"]
    assert (head.role, head.speaker, head.date) == ("市长", "王小明", "2025-01-08")
    assert head.body_start == 7
    english = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    assert english[0] == "REPORT ON THE WORK OF THE CITY"


_REPORT = (
    "今年以来，全市经济运行稳中向好，主要指标好于预期。\n前三季度，全市地区生产总值同比增长5.2%。"
)


@pytest.mark.parametrize(
    ("subtitle", "source"),
    [
        ("——前三季度地区生产总值同比增长5.2%", "某某日报"),
        ("——前三季度地区生产总值同比增长5.2%", "新华网"),
        ("——前三季度地区生产总值同比增长5.2%", "人民日报 2024年10月20日 第01版"),
    ],
)
def test_a_news_head_s_source_line_over_its_date_is_no_title(subtitle: str, source: str) -> None:
    """Title, subtitle, source, date: the paper's or site's name was read as the last title
    line, so the report was titled 某某日报."""
    head, _ = head_of(f"全市经济运行稳中向好\n{subtitle}\n{source}\n2024年10月20日\n{_REPORT}")
    assert head.titles == ["全市经济运行稳中向好"]
    assert head.date == "2024-10-20"
    assert head.body_start == 4
    assert (SpanKind.SUBTITLE, 2, 0, len(source)) in head.marks


def test_a_source_line_dates_a_report_without_a_date_line() -> None:
    head, _ = head_of(f"全市经济运行稳中向好\n人民日报 2024年10月20日 第01版\n{_REPORT}")
    assert (head.titles, head.date, head.body_start) == (["全市经济运行稳中向好"], "2024-10-20", 2)


def test_a_date_with_its_place_under_the_title_dates_the_speech() -> None:
    head, _ = head_of(
        "共建开放合作的世界——在某某国际论坛开幕式上的主旨演讲\n（2023年10月18日，北京）\n"
        "中华人民共和国主席 王小明\n女士们，先生们，朋友们：\n今天，我们在这里举行论坛开幕式。"
    )
    assert head.titles == ["共建开放合作的世界——在某某国际论坛开幕式上的主旨演讲"]
    assert head.date == "2023-10-18"
