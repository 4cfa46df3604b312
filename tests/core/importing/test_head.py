"""The head of a speech: titles, subtitle, date, speaker, table of contents, salutations."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.head import read_head


def _head(text: str):  # type: ignore[no-untyped-def]
    paragraphs = [Paragraph(line) for line in text.strip().split("\n")]
    return read_head(paragraphs), paragraphs


def _marked(text: str) -> list[tuple[str, str]]:
    head, paragraphs = _head(text)
    return [(kind, paragraphs[p].text[a:b]) for kind, p, a, b in head.marks]


def test_report_head() -> None:
    head, _ = _head(
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
    head, _ = _head(
        f"关于加强社区养老服务的提案\n{number}\n案由：关于加强社区养老服务\n"
        "一、基本情况\n我市老年人口已达120万人。"
    )
    assert head.titles == ["关于加强社区养老服务的提案"]
    assert (SpanKind.SUBTITLE, 1, 0, len(number)) in head.marks


def test_an_issuer_over_two_lines_under_the_title_is_no_second_title() -> None:
    head, _ = _head(
        "新时代的中国绿色发展\n中华人民共和国\n国务院新闻办公室\n2023年1月\n前言\n"
        "绿色是生命的象征。"
    )
    assert head.titles == ["新时代的中国绿色发展"]
    assert head.speaker == "中华人民共和国国务院新闻办公室"
    assert head.date == "2023-01"


@pytest.mark.parametrize("part", ["前言", "前　言", "引言"])
def test_a_preface_under_the_title_opens_the_body(part: str) -> None:
    head, _ = _head(f"政府工作报告\n{part}\n今年是关键一年。\n一、工作回顾\n经济平稳。")
    assert head.titles == ["政府工作报告"]
    assert head.body_start == 1


def test_subtitle_speaker_and_salutation_spans() -> None:
    marked = _marked(
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
    head, _ = _head(
        "某某报告\n目录\n一、总体情况\n（一）主要成绩\n二、下一步工作……5\n各位代表：\n现在作报告。"
    )
    kinds = [kind for kind, *_ in head.marks]
    assert kinds == [SpanKind.TITLE] + [SpanKind.TOC] * 4 + [SpanKind.SALUTATION]
    assert head.body_start == 6


def test_salutation_opening_a_body_line_and_closing_date() -> None:
    marked = _marked(
        "今天召开会议，部署工作。\n各位艺术家、同志们,伟大的时代催生伟大的作品。\n(2016年4月15日)"
    )
    assert marked == [
        (SpanKind.DATE, "(2016年4月15日)"),
        (SpanKind.SALUTATION, "各位艺术家、同志们,"),
    ]


def test_speech_without_a_head_starts_at_once() -> None:
    head, _ = _head("“十一五”以来,在市委、市政府的领导下,全市经济社会实现又好又快发展。")
    assert head.titles == []
    assert head.body_start == 0
    assert head.marks == []


def test_numbered_heading_is_never_a_title() -> None:
    head, _ = _head("一、为什么要开展这场“效能革命”\n开展“效能革命”是需要。")
    assert head.titles == []
    assert head.body_start == 0


def test_headings_listed_at_the_top_without_a_contents_line() -> None:
    head, _ = _head(
        "某某工作报告\n一、总体情况\n二、主要任务\n三、保障措施\n各位代表：\n现在作报告。\n"
        "一、总体情况\n过去一年成绩显著。\n二、主要任务\n要抓好落实。\n三、保障措施\n要加强领导。"
    )
    assert [kind for kind, *_ in head.marks][:4] == [SpanKind.TITLE] + [SpanKind.TOC] * 3
    assert head.body_start == 5


def test_headings_at_the_top_that_are_not_repeated_are_the_body() -> None:
    head, _ = _head("一、总体情况\n二、主要任务\n三、保障措施\n要加强领导。")
    assert head.marks == []
    assert head.body_start == 0


def test_an_official_documents_title_broken_over_lines_is_one_title() -> None:
    head, _ = _head(
        "某某市人民政府办公室关于印发\n某某市城市更新实施方案的通知\n某政办发〔2021〕8号\n"
        "各区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。"
    )
    assert head.titles == ["某某市人民政府办公室关于印发某某市城市更新实施方案的通知"]
    assert head.body_start == 4  # the recipients (主送机关) close the head


def test_a_title_line_left_open_carries_on() -> None:
    head, _ = _head(
        "国务院关于在某某试验区暂时调整实施\n《某某管理条例》有关规定的决定\n国发〔2020〕3号\n"
        "各省、自治区、直辖市人民政府：\n为支持试验区建设，国务院决定暂时调整实施有关规定。"
    )
    assert head.titles == ["国务院关于在某某试验区暂时调整实施《某某管理条例》有关规定的决定"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("某某局领导班子2024年度民主生活会对照检", "查材料"),
        ("某某同志2023年度述职述廉报", "告（送审稿）"),
        ("在全市某某工作座谈会上的讲", "话（摘要）"),
    ],
)
def test_a_title_cut_inside_the_word_naming_its_kind_is_one_title(first: str, second: str) -> None:
    head, _ = _head(f"{first}\n{second}\n根据统一部署，现将有关情况报告如下。")
    assert head.titles == [first + second]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("某某县2023年政府工作报", "告"),
        ("在全县某某工作会议上的讲", "话"),
        ("在某某会议上的主持", "词"),
    ],
)
def test_a_title_broken_before_its_last_characters_is_one_title(first: str, last: str) -> None:
    head, _ = _head(f"{first}\n{last}\n各位代表：\n现在，我代表县人民政府作报告。")
    assert head.titles == [first + last]
    assert head.body_start == 3


def test_bracketed_labels_over_a_speech_are_never_its_title() -> None:
    head, _ = _head(
        "在某某公司成立十周年庆典上的致辞\n【致辞人】王某某\n【致辞背景】某某公司成立十周年庆典\n"
        "【发布时间】2023年5月6日\n各位来宾：\n今天，我们欢聚一堂。"
    )
    assert head.titles == ["在某某公司成立十周年庆典上的致辞"]
    assert (head.speaker, head.date) == ("王某某", "2023-05-06")
    assert head.body_start == 5


def test_an_occasion_field_stands_for_a_title_the_speech_lacks() -> None:
    head, _ = _head(
        "【範例一】\n【致辭人】某某市衛生委\n【致辭背景】某某大會致辭\n同誌們:\n今天開會。"
    )
    assert head.titles == ["某某大會致辭"]
    assert head.body_start == 4


def test_a_lone_character_under_a_whole_title_is_not_taken_into_it() -> None:
    head, _ = _head("某某县2023年政府工作报告\n告\n各位代表：\n现在作报告。")
    assert head.titles == ["某某县2023年政府工作报告"]


def test_a_title_line_ending_on_a_whole_kind_word_stays_apart() -> None:
    head, _ = _head("某某工作报告\n告别陋习倡议\n根据统一部署，现将有关情况报告如下。")
    assert head.titles == ["某某工作报告", "告别陋习倡议"]


def test_a_notice_issued_by_several_offices_keeps_its_long_title() -> None:
    title = (
        "某某市发展和改革委员会 某某市财政局 某某市自然资源和规划局 某某市住房和城乡建设局"
        " 关于印发某某市老旧小区改造提升工程实施方案的通知"
    )
    marked = _marked(f"{title}\n各区县人民政府，市级有关部门：\n现将方案印发给你们。")
    assert marked[:2] == [
        (SpanKind.TITLE, title),
        (SpanKind.SALUTATION, "各区县人民政府，市级有关部门："),
    ]


def test_the_chairs_line_under_the_speaker_is_part_of_the_head() -> None:
    marked = _marked(
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
    head, paragraphs = _head(
        "重磅｜市委书记在全市某某大会上的讲话（全文）\n"
        "某月某日，全市某某大会召开。现将讲话全文刊发如下。\n"
        "在全市某某大会上的讲话\n李明华\n（2023年5月5日）\n同志们：\n今天召开大会。"
    )
    assert head.titles[-1] == "在全市某某大会上的讲话"
    assert (head.speaker, head.date) == ("李明华", "2023-05-05")
    assert paragraphs[head.body_start].text == "今天召开大会。"


def test_a_speech_title_under_a_lead_without_its_speaker_stays_in_the_body() -> None:
    head, _ = _head(
        "某某新闻\n某月某日，全市某某大会召开。\n在全市某某大会上的讲话\n会议要求各地认真贯彻落实。"
    )
    assert head.titles == ["某某新闻"]


def test_an_authors_unit_and_name_under_the_title_are_its_speaker() -> None:
    head, _ = _head("对照检查要有针对性\n某某县某某镇人民政府 王建国\n撰写对照检查材料是关键。")
    assert head.titles == ["对照检查要有针对性"]
    assert (head.role, head.speaker) == ("某某县某某镇人民政府", "王建国")


@pytest.mark.parametrize("under", ["2024年5月8日", "为摸清情况，我们开展了专题调研。"])
def test_a_unit_alone_under_the_title_is_its_author_not_a_second_title(under: str) -> None:
    head, _ = _head(f"关于某某镇乡村旅游发展的调研报告\n某某市委政策研究室\n{under}\n一、基本情况")
    assert head.titles == ["关于某某镇乡村旅游发展的调研报告"]
    assert (head.role, head.speaker) == (None, "某某市委政策研究室")


def test_a_document_number_is_not_a_title() -> None:
    marked = _marked("关于做好春耕工作的通知\n农办发〔2022〕15号\n各乡镇：\n现就有关事项通知如下。")
    assert marked[:2] == [
        (SpanKind.TITLE, "关于做好春耕工作的通知"),
        (SpanKind.SUBTITLE, "农办发〔2022〕15号"),
    ]


def test_two_complete_titles_stay_two() -> None:
    head, _ = _head("政府工作报告\n关于加快发展的几点意见\n同志们：\n今天的会议很重要。")
    assert head.titles == ["政府工作报告", "关于加快发展的几点意见"]


def test_a_title_in_three_lines_is_one_title() -> None:
    head, _ = _head(
        "国务院关于在某某先行区\n暂时调整实施《某某管理法\n实施条例》有关规定的决定\n国发〔2020〕3号\n"
        "各省、自治区、直辖市人民政府：\n为支持试验区建设，国务院决定暂时调整实施有关规定。"
    )
    assert head.titles == ["国务院关于在某某先行区暂时调整实施《某某管理法实施条例》有关规定的决定"]


def test_a_signature_dates_a_document_signed_off_before_its_attachment() -> None:
    head, paragraphs = _head(
        "关于印发某某办法的通知\n各有关单位：\n现将《某某办法》印发给你们，请遵照执行。\n"
        "某某县人民政府\n2021年6月2日\n某某办法\n第一条 为规范管理，制定本办法。\n"
        "第二条 本办法自印发之日起施行。\n第三条 本办法由县政府办公室负责解释。"
    )
    assert head.date == "2021-06-02"
    assert [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.DATE] == [
        "2021年6月2日"
    ]


@pytest.mark.parametrize("signer", ["某某市委政策研究室调研组", "某某大学乡村振兴课题组"])
def test_a_group_signing_over_the_closing_date_is_a_signature(signer: str) -> None:
    marked = _marked(
        f"关于某某工作的调研报告\n为摸清情况，我们开展了调研。\n三、对策建议\n"
        f"（一）健全工作机制。\n{signer}\n2024年7月10日"
    )
    assert set(marked[-2:]) == {(SpanKind.SIGNATURE, signer), (SpanKind.DATE, "2024年7月10日")}


def test_a_date_line_in_running_text_is_no_signature() -> None:
    head, _ = _head(
        "关于某事的说明\n各位同志：\n下面说明几个问题。\n一九四九年的事情要这样看，它开辟了新纪元。\n"
        "2021年6月2日\n会议要求各单位认真落实。\n这件事情就说到这里。\n最后讲一点希望。"
    )
    assert head.date is None


def test_a_closing_date_above_the_distribution_lines() -> None:
    head, _ = _head(
        "关于某事的通知\n各有关单位：\n请做好有关工作。\n某某市人民政府办公室\n2021年3月1日\n"
        "（此件公开发布）\n抄送：市委各部门，市人大常委会办公室。\n"
        "某某市人民政府办公室　　2021年3月2日印发"
    )
    assert head.date == "2021-03-01"


def test_issuer_mark_over_the_document_number_is_not_the_title() -> None:
    head, _ = _head(
        "某某市人民政府办公室文件\n某政办发〔2021〕12号\n某某市人民政府办公室关于印发\n"
        "某某市老旧小区改造实施方案的通知\n现将方案印发给你们，请认真执行。"
    )
    assert head.titles == ["某某市人民政府办公室关于印发某某市老旧小区改造实施方案的通知"]
    assert head.issuer == "某某市人民政府办公室文件"
    assert [kind for kind, *_ in head.marks][:2] == [SpanKind.SUBTITLE, SpanKind.SUBTITLE]
    assert head.body_start == 4


def test_issuer_named_without_wenjian_is_a_mark_too() -> None:
    head, _ = _head(
        "中共某某县委\n某发〔2020〕3号\n中共某某县委关于加强基层建设的决定\n现作出如下决定。"
    )
    assert head.titles == ["中共某某县委关于加强基层建设的决定"]


def test_title_over_the_document_number_stays_the_title() -> None:
    head, _ = _head(
        "某某县人民政府关于印发某某办法的通知\n某政发〔2020〕3号\n某某县农村道路管理办法\n"
        "为了加强农村道路管理，制定本办法。"
    )
    assert head.issuer is None
    assert head.titles[0] == "某某县人民政府关于印发某某办法的通知"


def test_repeated_title_lines_count_once() -> None:
    head, paragraphs = _head(
        "某某工作总结\n某某工作总结\n第一篇：某某工作总结\n某某局二〇二〇年工作总结\n"
        "今年以来，我局认真履行职责。"
    )
    assert head.titles == ["某某工作总结", "某某局二〇二〇年工作总结"]
    assert head.body_start == 4
    assert head.whole_lines(paragraphs) == {0, 1, 2, 3}


def test_repeated_issuer_mark_and_separator_line_are_marks() -> None:
    head, _ = _head(
        "某某省人民政府办公厅文件\n第一篇：某某省人民政府办公厅文件\n某某省人民政府办公厅文件\n"
        "某政办发〔2009〕24号\n某某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n"
        "根据有关规定，现就有关事项通知如下。"
    )
    assert head.titles == ["某某省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"]
    assert [kind for kind, *_ in head.marks][:4] == [SpanKind.SUBTITLE] * 4


def test_recipients_under_the_title_end_the_head_as_a_salutation() -> None:
    marked = _marked(
        "某某市人民政府关于加强安全生产工作的通知\n某政发〔2021〕5号\n"
        "各区县人民政府，市政府各部门，各有关单位：\n为进一步加强安全生产工作，现通知如下。"
    )
    assert marked[-1] == (SpanKind.SALUTATION, "各区县人民政府，市政府各部门，各有关单位：")
    assert len(marked) == 3


def test_a_sentence_ending_with_a_colon_is_not_recipients() -> None:
    head, _ = _head("某某工作方案\n各级党委要做到以下几点：\n一要提高认识。")
    assert head.body_start == 1
    assert [kind for kind, *_ in head.marks] == [SpanKind.TITLE]


def test_the_issuers_name_over_the_closing_date_is_a_signature() -> None:
    head, paragraphs = _head(
        "某某县人民政府关于做好防汛工作的通知\n为做好防汛工作，现通知如下。\n"
        "请认真贯彻落实。\n某某县人民政府办公室\n2021年5月6日"
    )
    assert head.signatures == [3]
    assert {3, 4} <= head.whole_lines(paragraphs)
    closing = [(kind, p) for kind, p, *_ in head.marks if p >= 3]
    assert sorted(closing) == [(SpanKind.DATE, 4), (SpanKind.SIGNATURE, 3)]


def test_a_closing_date_under_a_sentence_has_no_signature() -> None:
    head, _ = _head(
        "在全市工作会议上的讲话\n同志们：\n今天的会议很重要。\n谢谢大家！\n（2020年1月8日）"
    )
    assert head.signatures == []
    assert SpanKind.SIGNATURE not in [kind for kind, *_ in head.marks]


def test_a_damaged_document_number_under_the_title_is_no_title() -> None:
    head, _ = _head(
        "某某县人民政府办公室关于印发某某应急预案的通知\n某政办发〔201746\n"
        "各乡镇人民政府，县级有关部门：\n现将预案印发给你们，请认真贯彻执行。"
    )
    assert head.titles == ["某某县人民政府办公室关于印发某某应急预案的通知"]


def test_section_numbers_listed_at_the_top_are_a_contents_list() -> None:
    head, _ = _head(
        "某某市应急预案\n1 总则\n1.1 编制目的……1\n1.2 编制依据……2\n2 组织体系……3\n"
        "1 总则\n1.1 编制目的\n为提高应急能力，制定本预案。\n1.2 编制依据\n依据有关法律制定。\n"
        "2 组织体系\n市政府成立应急指挥部。"
    )
    assert [kind for kind, *_ in head.marks] == [SpanKind.TITLE] + [SpanKind.TOC] * 4
    assert head.body_start == 5


def test_section_numbers_at_the_top_that_are_not_repeated_are_the_body() -> None:
    head, _ = _head("某某方案\n1 总则\n1.1 编制目的\n1.2 编制依据\n为提高应急能力，制定本方案。")
    assert head.body_start == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在全市经济工作会议上的讲话\n王小明\n（2023年12月20日）\n同志们：\n今天开会。", "王小明"),
        ("砥砺奋进 再创辉煌\n——在全县三级干部大会上的讲话\n李  强\n同志们：\n今天开会。", "李强"),
        (
            "在全省宣传工作会议上的讲话\n（2023年2月1日）\n欧阳小明\n各位代表：\n今天开会。",
            "欧阳小明",
        ),
    ],
)
def test_a_name_alone_under_the_title_is_the_speaker(text: str, name: str) -> None:
    head, _ = _head(text)
    assert head.speaker == name
    assert head.role is None
    assert len(head.titles) == 1


@pytest.mark.parametrize(
    "text",
    [
        "在全市经济工作会议上的讲话\n前言\n今天开会，主要任务是总结工作。",  # a heading: no surname
        "关于加强作风建设的意见\n王小明\n今天开会，主要任务是总结工作。",  # no date or salutation
        "王小明\n（2023年12月20日）\n同志们：\n今天开会。",  # no title above it: it is the title
    ],
)
def test_a_short_line_is_not_a_speaker_out_of_place(text: str) -> None:
    head, _ = _head(text)
    assert head.speaker is None


@pytest.mark.parametrize(
    ("signed", "role", "name"),
    [("王小明", None, "王小明"), ("中共某某市委书记 王小明", "中共某某市委书记", "王小明")],
)
def test_a_letter_signed_by_a_person_over_its_date(
    signed: str, role: str | None, name: str
) -> None:
    text = (
        "致全市教师的一封信\n全市广大教师：\n值此教师节来临之际，向大家致以节日的问候！\n"
        f"{signed}\n2016年9月8日"
    )
    head, paragraphs = _head(text)
    assert (head.role, head.speaker) == (role, name)
    assert head.date == "2016-09-08"
    assert [paragraphs[p].text for p in head.signatures] == [signed]


def test_the_speaker_under_the_title_wins_over_the_signature() -> None:
    head, _ = _head(
        "在全市工作会议上的讲话\n市长 李四\n（2016年4月15日）\n同志们：\n今天开会。\n"
        "王小明\n2016年4月15日"
    )
    assert (head.role, head.speaker) == ("市长", "李四")


@pytest.mark.parametrize(
    "text",
    [
        "关于加强作风建设的意见\n王小明\n今天开会，主要任务是总结工作。",
        "在全市要加强领导会议上的讲话\n王小明\n1 要加强领导",  # found by generated input
    ],
)
def test_a_name_under_the_title_never_names_the_speech(text: str) -> None:
    """Not said to be the speaker (no date or salutation around it), the name is still no
    second title: taken for one, it named the speech ('王小明')."""
    head, _ = _head(text)
    assert head.titles == [text.split("\n")[0]]


@pytest.mark.parametrize("mark", ["？", "?"])
@pytest.mark.parametrize("after", ["2019年03月05日", "每年岁末，人们都会回顾过去一年的得失。"])
def test_a_headline_broken_before_its_question_is_one_title(mark: str, after: str) -> None:
    head, _ = _head(f"县里新一届班子上任以来\n群众最关心的事办得怎样{mark}\n{after}\n全文如下。")
    assert head.titles == [f"县里新一届班子上任以来群众最关心的事办得怎样{mark}"]


@pytest.mark.parametrize(
    "text",
    [
        # a speech's title stands complete: the question under it opens the body
        "在全县党建工作会议上的讲话\n为什么要抓好基层党建？\n基层是党的执政根基。",
        # a short title is not a long headline broken in two
        "不忘初心\n什么是初心？\n初心就是为人民谋幸福。",
        # a question with a clause in it, or a run of questions, is the body's opening
        "县里新一届班子上任以来\n今年，群众最关心什么？\n我们作了调查。",
        "县里新一届班子上任以来\n群众最关心什么？\n干部最怕什么？\n我们作了调查。",
    ],
)
def test_a_question_opening_the_body_is_no_title(text: str) -> None:
    head, _ = _head(text)
    assert len(head.titles) == 1
    assert "？" not in head.titles[0]


@pytest.mark.parametrize(
    ("line", "name", "salutation"),
    [
        ("汪洋 各位委员：", "汪洋", "各位委员："),
        ("李强同志们：", "李强", "同志们："),
        ("王小明同志们：", "王小明", "同志们："),
    ],
)
def test_a_speakers_name_glued_to_the_salutation_names_the_speaker(
    line: str, name: str, salutation: str
) -> None:
    head, paragraphs = _head(f"在全市工作会议上的讲话\n{line}\n今天的会议很重要。")
    assert head.speaker == name
    marks = [(kind, paragraphs[p].text[a:b]) for kind, p, a, b in head.marks]
    assert marks[1:] == [(SpanKind.SPEAKER, name), (SpanKind.SALUTATION, salutation)]
    assert head.body_start == 2
    assert 1 in head.whole_lines(paragraphs)


def test_a_name_glued_to_a_salutation_opening_the_body_leaves_the_words_to_it() -> None:
    head, paragraphs = _head("在全市工作会议上的讲话\n李强同志们：今天的会议很重要。")
    assert head.speaker == "李强"
    assert head.body_start == 1
    assert head.opening_marks(paragraphs) == {0: 11, 1: 6}


@pytest.mark.parametrize("line", ["常委同志们：", "文艺界同志们：", "同志们："])
def test_listeners_glued_to_a_salutation_name_no_speaker(line: str) -> None:
    head, _ = _head(f"在全市工作会议上的讲话\n{line}\n今天的会议很重要。")
    assert head.speaker is None


def test_title_lines_of_a_page_over_the_speech_leave_its_head_whole() -> None:
    head, paragraphs = _head(
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


@pytest.mark.parametrize("author", ["《求是》杂志编辑部", "本报评论员", "某某省委理论学习中心组"])
def test_a_body_writing_as_the_author_under_the_title_is_its_speaker(author: str) -> None:
    head, _ = _head(f"新征程是充满光荣和梦想的远征\n{author}\n今天，我们正意气风发迈上新征程。")
    assert head.titles == ["新征程是充满光荣和梦想的远征"]
    assert head.speaker == author


def test_a_title_naming_a_group_is_still_a_title() -> None:
    head, _ = _head("某某市人民政府\n关于成立某某课题组\n现将有关事项通知如下。")
    assert head.titles[-1] == "关于成立某某课题组"
    assert head.speaker is None


def test_the_lines_under_an_original_title_are_its_subtitles() -> None:
    marked = _marked(
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
    head, paragraphs = _head(
        "全市工作报告\nREPORT ON THE WORK OF THE CITY\n——2025年1月8日在市人民代表大会上\n"
        "Delivered at the City People's Congress\n市长 王小明\nWang Xiaoming\n各位代表：\n"
        "Fellow Deputies,\n我代表市人民政府向大会报告工作。"
    )
    assert head.titles == ["全市工作报告"]
    assert (head.role, head.speaker, head.date) == ("市长", "王小明", "2025-01-08")
    assert head.body_start == 7
    english = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    assert english[0] == "REPORT ON THE WORK OF THE CITY"


def test_a_date_glued_to_the_authors_name_dates_the_article_and_names_its_author() -> None:
    head, _ = _head(
        "抽象劳动与复杂劳动\n2014-06-09余某\n余某\n摘要：抽象劳动并不与商品经济属于同样的范畴。"
    )
    assert head.titles == ["抽象劳动与复杂劳动"]
    assert (head.date, head.speaker) == ("2014-06-09", "余某")
    assert head.body_start == 3


@pytest.mark.parametrize(
    ("byline", "date", "authors"),
    [
        ("2023-04-06陈某某段某某", "2023-04-06", "陈某某、段某某"),
        ("2019年5月张三 李四", "2019-05", "张三、李四"),
        ("2020年3月12日王小明、李华", "2020-03-12", "王小明、李华"),
    ],
)
def test_a_date_glued_to_several_names_dates_the_article_and_names_its_authors(
    byline: str, date: str, authors: str
) -> None:
    head, _ = _head(f"论师德师风\n{byline}\n中共二十大报告明确提出了科教兴国战略任务。")
    assert head.titles == ["论师德师风"]
    assert (head.date, head.speaker) == (date, authors)
    assert head.body_start == 2


def test_a_title_opening_with_a_date_stays_a_title() -> None:
    head, _ = _head("元旦献词\n2019年1月1日新年贺词\n同志们：\n新年好。")
    assert head.titles == ["元旦献词", "2019年1月1日新年贺词"]


def test_a_line_of_several_authors_names_them_all() -> None:
    head, _ = _head("论师德师风\n陈某某 段某某\n中共二十大报告明确提出了科教兴国战略任务。")
    assert head.titles == ["论师德师风"]
    assert head.speaker == "陈某某、段某某"


@pytest.mark.parametrize(
    ("head_lines", "title", "subtitles"),
    [
        (
            "李某主持召开常务会议\n研究促进银发经济举措 审议通过《关于加强消防工作的意见》",
            "李某主持召开常务会议",
            ["研究促进银发经济举措 审议通过《关于加强消防工作的意见》"],
        ),
        (
            "我市召开全市经济工作会议\n王某某出席并讲话",
            "我市召开全市经济工作会议",
            ["王某某出席并讲话"],
        ),
        (
            "某某在湖南考察时强调\n坚持改革创新 奋力谱写新篇章\n某某陪同考察",
            "坚持改革创新 奋力谱写新篇章",
            ["某某在湖南考察时强调", "某某陪同考察"],
        ),
    ],
    ids=["sub-headline-of-phrases", "who-attended", "kicker-headline-sub-headline"],
)
def test_a_news_reports_headline_is_its_title(
    head_lines: str, title: str, subtitles: list[str]
) -> None:
    text = f"{head_lines}\n新华社北京2月24日电 国务院2月24日召开会议。\n会议指出，要狠抓落实。"
    head, paragraphs = _head(text)
    assert head.titles == [title]
    marked = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    assert marked == subtitles


@pytest.mark.parametrize(
    "head_lines",
    [
        "1978年政府工作报告\n团结起来，为建设现代化强国而奋斗",
        "政府工作报告\n坚定信心 真抓实干 攻坚克难",
    ],
)
def test_a_speechs_head_keeps_its_last_title_line(head_lines: str) -> None:
    head, _ = _head(f"{head_lines}\n各位代表：\n现在我代表市政府作报告。")
    assert head.titles[-1] == head_lines.split("\n")[-1]


def test_a_writer_signing_with_their_unit_over_the_closing_date_is_the_speaker() -> None:
    head, paragraphs = _head(
        "学习党纪学习教育心得体会\n按照安排，我认真学习了条例，收获很大。\n"
        "今后，我将坚持学纪在前。\n某某局办公室　王某\n2024年5月10日"
    )
    assert head.signatures == [3]
    assert (head.role, head.speaker) == ("某某局办公室", "王某")
    assert head.date == "2024-05-10"
