"""Splitting compilations of speeches, whatever separators they use."""

from __future__ import annotations

import pytest

from desktop.core.document import iter_nodes
from desktop.core.importing import import_bytes
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.split import split
from tests.core.importing.outline_checks import check_document


def _paragraphs(text: str, headings: dict[int, int] | None = None) -> list[Paragraph]:
    lines = [line for line in text.strip().split("\n") if line]
    return [Paragraph(line, (headings or {}).get(i)) for i, line in enumerate(lines)]


BODY = "今年以来，我们认真落实部署。\n一、提高认识\n要统一思想。"


def _starts(text: str) -> list[tuple[int, int, int | None, str | None]]:
    layout = split(_paragraphs(text))
    return [(s.first, s.end, s.separator, s.listed_title) for s in layout.speeches]


def test_suffix_separators_counting_up() -> None:
    text = f"讲话汇编(精选2篇)\n在工作会上的讲话 篇1\n{BODY}\n在工作会上的讲话 篇2\n{BODY}"
    assert _starts(text) == [(2, 5, 1, "在工作会上的讲话"), (6, 9, 5, "在工作会上的讲话")]


def test_prefix_separators() -> None:
    text = f"【第1篇】在座谈会上的讲话\n{BODY}\n【第2篇】在动员会上的讲话\n{BODY}"
    assert [s[3] for s in _starts(text)] == ["在座谈会上的讲话", "在动员会上的讲话"]


def test_numbered_speech_titles() -> None:
    text = f"领导讲话选编\n一、在全市工作会议上的讲话\n{BODY}\n二、在全市表彰大会上的致辞\n{BODY}"
    assert [(s[0], s[3]) for s in _starts(text)] == [
        (2, "在全市工作会议上的讲话"),
        (6, "在全市表彰大会上的致辞"),
    ]


def test_title_then_date_repeated() -> None:
    text = (
        f"在全市工作会议上的讲话\n（2016年4月15日）\n{BODY}\n"
        f"在全市表彰大会上的讲话\n——2016年5月4日\n{BODY}"
    )
    assert _starts(text) == [(0, 5, None, None), (5, 10, None, None)]


def test_announced_count_picks_the_matching_split() -> None:
    speech = "在工作会上的讲话\n（2016年4月15日）\n" + BODY
    text = f"讲话精选(2篇)\n{speech}\n{speech}\n在工作会上的讲话 篇1\n{BODY}"
    layout = split(_paragraphs(text))
    assert layout.announced == 2
    assert len(layout.speeches) == 2
    assert layout.speeches[0].separator is None


def test_a_single_document_is_one_speech() -> None:
    text = f"关于某项工作的报告\n（2018年1月2日）\n{BODY}\n二、加强领导\n要落实责任。"
    assert _starts(text) == [(0, 7, None, None)]


def test_numbers_must_count_from_one() -> None:
    text = f"在工作会上的讲话 篇2\n{BODY}\n在工作会上的讲话 篇3\n{BODY}"
    assert len(split(_paragraphs(text)).speeches) == 1


def test_declared_titles_repeated() -> None:
    text = f"第一个讲话\n{BODY}\n第二个讲话\n{BODY}"
    paragraphs = _paragraphs(text, {0: 0, 4: 0})
    assert [s.first for s in split(paragraphs).speeches] == [0, 4]


SIGNED = "某某市人民政府办公室\n2023年3月15日"


def test_an_official_documents_signature_over_its_date_opens_no_speech() -> None:
    text = f"关于加强作风建设的通知\n2023年3月15日\n{BODY}\n{SIGNED}"
    assert _starts(text) == [(0, 7, None, None)]


def test_nor_does_a_signature_over_the_attachments() -> None:
    attachment = "附件1\n作风建设考核办法\n第一条 为规范考核，制定本办法。"
    text = f"关于加强作风建设的通知\n2023年3月15日\n{BODY}\n{SIGNED}\n{attachment}"
    assert _starts(text) == [(0, 10, None, None)]


def test_speeches_with_a_title_and_date_each_still_split() -> None:
    text = (
        f"在全市工作会议上的讲话\n（2016年4月15日）\n{BODY}\n"
        f"在全市表彰大会上的讲话\n——2016年5月4日\n{BODY}\n{SIGNED}"
    )
    assert [s[0] for s in _starts(text)] == [0, 5]


def test_a_name_alone_between_title_and_date_belongs_to_the_title() -> None:
    text = (
        f"在全市工作会议上的讲话\n王小明\n（2016年4月15日）\n{BODY}\n"
        f"在全市表彰大会上的讲话\n李  强\n（2016年5月4日）\n{BODY}"
    )
    assert _starts(text) == [(0, 6, None, None), (6, 12, None, None)]


def test_a_role_and_name_between_title_and_date_belongs_to_the_title() -> None:
    text = (
        f"讲话汇编\n在全县经济工作会议上的讲话\n县委书记  王  军\n（2024年1月8日）\n{BODY}\n"
        f"在全县农村工作会议上的讲话\n县委常委、组织部部长 张华\n（2024年2月20日）\n{BODY}"
    )
    assert _starts(text) == [(1, 7, None, None), (7, 13, None, None)]


def test_one_speech_title_said_again_after_a_body_opens_the_next_speech() -> None:
    text = (
        "座谈会发言汇编\n在县政协“专题协商”座谈会上的发言\n"
        f'{BODY}\n在县政协"专题协商"座谈会上的发言\n按照会议安排，我谈几点体会。\n一、再学习'
    )
    assert _starts(text) == [(1, 5, None, None), (5, 8, None, None)]


def test_a_speech_title_counted_in_brackets_is_the_same_title() -> None:
    text = f"在座谈会上的发言（一）\n{BODY}\n在座谈会上的发言（二）\n{BODY}"
    assert [s[0] for s in _starts(text)] == [0, 4]


def test_a_speech_title_repeated_at_the_top_or_over_nothing_opens_no_speech() -> None:
    assert len(_starts(f"在座谈会上的发言\n在座谈会上的发言\n{BODY}")) == 1
    assert len(_starts(f"在座谈会上的发言\n{BODY}\n在座谈会上的发言")) == 1


def test_another_title_inside_a_speech_opens_no_speech() -> None:
    text = f"在座谈会上的发言\n{BODY}\n学习贯彻总书记重要讲话\n{BODY}"
    assert len(_starts(text)) == 1


def test_separators_over_no_lines_of_their_own_do_not_split() -> None:
    """Two headers in a row would make a speech of no words (found by generated input)."""
    assert _starts("一、一、篇1\n一是篇2") == [(0, 2, None, None)]


def test_a_list_of_the_speeches_at_the_top_is_not_their_separators() -> None:
    text = f"在全市会议上的讲话 篇1\n在全县会议上的讲话 篇2\n{BODY}\n{BODY}"
    assert _starts(text) == [(0, 8, None, None)]


def test_a_header_over_nothing_at_the_end_opens_no_speech_but_still_splits() -> None:
    """A page cut off after the next speech's header: no speech of empty text, and the header
    is no part of the speech above it."""
    text = f"在全市会议上的讲话 篇1\n{BODY}\n在全县会议上的讲话 篇2"
    assert _cut_off(text) == ([(1, 4, 0, "在全市会议上的讲话")], 4)


def test_a_signature_over_its_date_and_a_pages_last_lines_opens_no_speech() -> None:
    # what a saved page leaves under the sign-off is no speech's words
    tail = "（此件公开发布）\n主办：某某市人民政府办公厅 承办：某某市大数据中心"
    text = f"关于加强作风建设的通知\n2023年3月15日\n{BODY}\n{SIGNED}\n{tail}"
    assert _starts(text) == [(0, 9, None, None)]


def test_a_speech_under_an_organisations_name_and_a_date_still_splits() -> None:
    text = f"{SIGNED}\n{BODY}\n某某县人民政府\n2023年4月2日\n{BODY}"
    assert [s[0] for s in _starts(text)] == [0, 5]


SPEECH = "同志们：\n今年以来，我们认真落实部署。\n一、提高认识\n要统一思想。"


def _cut_off(text: str) -> tuple[list[tuple[int, int, int | None, str | None]], int | None]:
    layout = split(_paragraphs(text))
    return [(s.first, s.end, s.separator, s.listed_title) for s in layout.speeches], layout.cut_off


def test_a_separator_at_the_end_over_nothing_is_cut_off() -> None:
    text = (
        f"讲话汇编\n在工作会上的讲话 篇1\n{SPEECH}\n在动员会上的讲话 篇2\n{SPEECH}\n"
        "在表彰会上的讲话 篇3\n张三\n2020年5月9日"
    )
    assert _cut_off(text) == (
        [(2, 6, 1, "在工作会上的讲话"), (7, 11, 6, "在动员会上的讲话")],
        11,
    )


def test_a_numbered_title_at_the_end_over_nothing_is_cut_off() -> None:
    text = f"讲话选编\n一、在工作会议上的讲话\n{SPEECH}\n二、在表彰大会上的致辞"
    assert _cut_off(text) == ([(2, 6, 1, "在工作会议上的讲话")], 6)


def test_a_title_speaker_and_date_at_the_end_are_cut_off() -> None:
    speech = "在全市{}会议上的讲话\n张三\n2020年1月5日\n" + SPEECH
    cut = "在全市教育工作会议上的讲话\n王五"
    text = f"{speech.format('经济工作')}\n{speech.format('安全生产')}\n{cut}"
    assert _cut_off(text) == ([(0, 7, None, None), (7, 14, None, None)], 14)


def test_one_speech_and_the_next_ones_title_are_a_compilation_cut_off() -> None:
    text = f"在全市经济工作会议上的讲话\n张三\n2020年1月5日\n{SPEECH}\n在全市安全生产会议上的讲话"
    assert _cut_off(text) == ([(0, 7, None, None)], 7)


def test_a_speechs_own_title_said_again_at_the_end_stays() -> None:
    text = f"在全市经济工作会议上的讲话\n{SPEECH}\n在全市经济工作会议上的讲话"
    assert _cut_off(text) == ([(0, 6, None, None)], None)


def test_an_official_documents_signature_at_the_end_stays() -> None:
    text = f"关于加强安全生产的通知\n{SPEECH}\n某某市人民政府\n2020年5月9日"
    assert _cut_off(text) == ([(0, 7, None, None)], None)


@pytest.mark.parametrize("source", ["——在全省工作会议上的讲话", "摘自在全省工作会议上的讲话"])
def test_a_passages_source_at_the_end_is_not_a_cut_off_header(source: str) -> None:
    text = f"学习摘编\n要坚持以人民为中心的发展思想。\n{source}"
    assert _cut_off(text) == ([(0, 3, None, None)], None)


def test_speeches_a_chair_introduces_open_with_title_and_speaker() -> None:
    text = (
        "全市某某工作会议主持词\n市委副书记 某某\n同志们：\n现在开会。下面请市长讲话。\n"
        "在全市某某工作会议上的讲话\n市长 某某某\n同志们：\n今年工作取得了新成绩。\n"
        "下面请书记讲话。\n"
        "在全市某某工作会议上的讲话\n市委书记 某某某\n同志们：\n要抓好工作落实。"
    )
    # the chair's call between two speeches (下面请书记讲话。) is a part of its own
    assert [(first, end) for first, end, *_ in _starts(text)] == [
        (0, 4),
        (4, 8),
        (8, 9),
        (9, 13),
    ]


def test_the_chairs_words_between_speeches_and_above_them_are_parts_of_their_own() -> None:
    text = (
        "某某工作会议主持词\n同志们：\n现在开会。\n下面，请王某某同志讲话，大家欢迎。\n"
        "在某某工作会议上的讲话\n市长 王某某\n同志们：\n今年工作很重要。\n谢谢大家。\n"
        "刚才，王某某同志作了很好的讲话，我们要认真学习。\n下面，请李某某同志讲话。\n"
        "在某某工作会议上的讲话\n市委书记 李某某\n同志们：\n下面，我讲两点意见。\n"
        "会议到此结束，散会！"
    )
    assert [(first, end) for first, end, *_ in _starts(text)] == [
        (0, 4),
        (4, 9),
        (9, 11),
        (11, 15),
        (15, 16),
    ]


_TWO_SPEECHES = (
    "某某工作会议主持词\n同志们：\n现在开会。\n下面，请王某某同志讲话，大家欢迎。\n"
    "在某某工作会议上的讲话\n市长 王某某\n同志们：\n今年工作很重要。\n"
    "下面，请李某某同志讲话。\n"
    "在某某工作会议上的讲话\n市委书记 李某某\n同志们：\n"
)


def test_the_chairs_closing_with_points_of_its_own_is_a_part_of_its_own() -> None:
    text = _TWO_SPEECHES + (
        "要抓好工作落实。\n"
        "刚才，李某某同志作了很好的讲话，我完全赞同。\n最后，我讲几点意见。\n"
        "一、要提高认识\n要把思想统一到会议精神上来。\n二、要狠抓落实\n要层层压实责任。\n"
        "会议到此结束，散会！"
    )
    parts = [(first, end) for first, end, *_ in _starts(text)]
    assert parts == [(0, 4), (4, 8), (8, 9), (9, 13), (13, 20)]


def test_the_chair_thanking_in_traditional_script_opens_the_closing() -> None:
    text = _TWO_SPEECHES + (
        "要抓好工作落实。\n"
        "剛才，李某某同志作了很好的講話，我完全贊同。\n最後，我講幾點意見。\n"
        "一、要提高认识\n要把思想统一到会议精神上来。\n"
        "会议到此结束，散会！"
    )
    assert [(first, end) for first, end, *_ in _starts(text)][-2:] == [(9, 13), (13, 18)]


@pytest.mark.parametrize("label", ["结束语", "主持人总结讲话："])
def test_a_label_opens_the_chairs_closing(label: str) -> None:
    text = _TWO_SPEECHES + (
        f"要抓好工作落实。\n{label}\n一、要提高认识\n要把思想统一到会议精神上来。\n"
        "会议到此结束，散会！"
    )
    assert [(first, end) for first, end, *_ in _starts(text)][-2:] == [(9, 13), (13, 17)]


def test_a_speaker_thanking_the_speaker_before_keeps_those_words() -> None:
    text = _TWO_SPEECHES + (
        "刚才，王某某同志作了很好的讲话，我完全同意。\n要抓好工作落实。\n会议到此结束，散会！"
    )
    assert [(first, end) for first, end, *_ in _starts(text)][-2:] == [(9, 14), (14, 15)]


def test_a_speakers_courtesy_at_the_end_is_not_the_chairs() -> None:
    text = _TWO_SPEECHES + "要抓好工作落实。\n现在，请允许我代表市委，向大家表示衷心的感谢！"
    assert [(first, end) for first, end, *_ in _starts(text)][-1] == (9, 14)


def test_a_speech_calling_on_its_listeners_keeps_its_words() -> None:
    text = (
        "在某某工作会议上的讲话\n市长 王某某\n同志们：\n下面，我讲两点意见。\n"
        "让我们以更加饱满的热情，共同开创新局面！\n"
        "在某某工作会议上的讲话\n市委书记 李某某\n同志们：\n要抓好工作落实。"
    )
    assert [(first, end) for first, end, *_ in _starts(text)] == [(0, 5), (5, 9)]


def test_one_speech_under_its_title_and_speaker_stays_whole() -> None:
    text = "在全市某某工作会议上的讲话\n市长 某某某\n同志们：\n今年工作取得了新成绩。"
    assert [(first, end) for first, end, *_ in _starts(text)] == [(0, 4)]


def test_a_title_and_speaker_said_again_over_nothing_opens_no_speech() -> None:
    text = (
        "在全市某某工作会议上的讲话\n市长 某某某\n同志们：\n今年工作取得了新成绩。\n"
        "在全市某某工作会议上的讲话\n市长 某某某"
    )
    assert [(first, end) for first, end, *_ in _starts(text)] == [(0, 6)]


def test_numbered_speech_titles_in_traditional_script() -> None:
    body = "今年以來，我們認真落實各項部署。\n一、提高認識\n要統一思想。"
    text = f"領導講話選編\n一、在全市工作會議上的講話\n{body}\n二、在全市表彰大會上的致辭\n{body}"
    assert [(s[0], s[3]) for s in _starts(text)] == [
        (2, "在全市工作會議上的講話"),
        (6, "在全市表彰大會上的致辭"),
    ]


_PLAN = """某某市国民经济和社会发展第十四个五年规划纲要
本纲要根据市委建议编制，主要阐明全市战略意图。
第一篇　开启现代化建设新征程
第一章　发展环境
全市经济实力跃上新台阶。
第二章　指导方针
坚持稳中求进工作总基调。
第二篇　坚持创新驱动发展
第三章　强化科技力量
整合优化科技资源配置。
"""


def test_parts_whose_chapters_number_on_are_one_work() -> None:
    layout = split(_paragraphs(_PLAN))
    assert [(s.first, s.end) for s in layout.speeches] == [(0, 10)]


def test_compiled_documents_counting_their_chapters_from_one_are_split() -> None:
    # no plan's title over them: a compilation's parts, each a document from its 第一章
    text = _PLAN.replace("第三章", "第一章").replace(
        "某某市国民经济和社会发展第十四个五年规划纲要", "某某市政策文件汇编"
    )
    assert [s.listed_title for s in split(_paragraphs(text)).speeches] == [
        "开启现代化建设新征程",
        "坚持创新驱动发展",
    ]


def test_parts_naming_documents_of_their_own_are_split_under_a_plan_title() -> None:
    text = (
        _PLAN.replace("第三章", "第一章")
        .replace("开启现代化建设新征程", "某某市科技创新专项规划")
        .replace("坚持创新驱动发展", "某某市产业发展专项规划")
    )
    assert [s.listed_title for s in split(_paragraphs(text)).speeches] == [
        "某某市科技创新专项规划",
        "某某市产业发展专项规划",
    ]


# A local plan: a 目录 over parts whose chapters start again at 第一章 in each part.
_RESTARTING_PLAN = """某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
目录
第一篇　开启全面建设社会主义现代化新征程
第一章　发展环境
第二章　指导方针
第二篇　坚持创新驱动发展
第一章　强化战略科技力量
第二章　提升企业技术创新能力
第三篇　加快发展现代产业体系
第一章　提升制造业核心竞争力
第二章　发展壮大战略性新兴产业
　　本纲要根据市委建议编制，主要阐明全市战略意图，明确政府工作重点。
第一篇　开启全面建设社会主义现代化新征程
第一章　发展环境
　　“十三五”时期，全市经济实力跃上新台阶，地区生产总值突破万亿元。
　　当前和今后一个时期，我市发展仍然处于重要战略机遇期。
第二章　指导方针
　　坚持稳中求进工作总基调，以推动高质量发展为主题。
第二篇　坚持创新驱动发展
第一章　强化战略科技力量
　　整合优化科技资源配置，推进科研力量优化配置。
第二章　提升企业技术创新能力
　　强化企业创新主体地位，促进各类创新要素向企业集聚。
第三篇　加快发展现代产业体系
第一章　提升制造业核心竞争力
　　坚持把发展经济着力点放在实体经济上，推进产业基础高级化。
第二章　发展壮大战略性新兴产业
　　着眼于抢占未来产业发展先机，培育先导性和支柱性产业。
"""


def test_a_plan_whose_chapters_start_again_in_each_part_is_one_work() -> None:
    (speech,) = import_bytes(_RESTARTING_PLAN.encode(), "plan.txt").speeches
    assert speech.title.endswith("远景目标纲要")
    assert [node.label for node in speech.outline] == [
        "第一篇 开启全面建设社会主义现代化新征程",
        "第二篇 坚持创新驱动发展",
        "第三篇 加快发展现代产业体系",
    ]
    assert [node.label for node in speech.outline[1].children] == [
        "第一章 强化战略科技力量",
        "第二章 提升企业技术创新能力",
    ]


_NOTICE = """某某市人民政府关于印发某某市国民经济和社会发展规划的通知
某府发〔2021〕1号
各区人民政府，市政府各部门，各直属机构：
　　现将《某某市国民经济和社会发展规划》印发给你们，请认真贯彻执行。
　　一要加强组织领导，各区各部门要把实施规划作为重要任务。
　　二要抓好任务分解，明确责任单位和完成时限。
　　三要强化监测评估，定期报告实施情况。
某某市人民政府
2021年2月1日
"""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a title that does not end in 纲要 or 规划
        ("远景目标纲要\n", "远景目标\n"),
        # a plan's title under a notice issuing it, more lines than a title is looked for in
        ("某某市国民经济", _NOTICE + "某某市国民经济"),
    ],
)
def test_a_plan_whose_chapters_start_again_is_one_work_whatever_stands_over_it(
    old: str, new: str
) -> None:
    """Its parts, headed 第一篇 as its chapters are 第一章, each counting its chapters from
    one, are the parts of one work: not a speech each."""
    text = _RESTARTING_PLAN.replace(old, new, 1)
    (speech,) = import_bytes(text.encode(), "plan.txt").speeches
    parts = [node.label for node in iter_nodes(speech.outline) if node.style == "chapter-篇"]
    assert parts == [
        "第一篇 开启全面建设社会主义现代化新征程",
        "第二篇 坚持创新驱动发展",
        "第三篇 加快发展现代产业体系",
    ]


def test_the_parts_a_contents_list_names_separate_nothing() -> None:
    body = "同志们：\n今年以来，我们认真落实部署。\n一、提高认识\n要统一思想。"
    text = (
        "领导讲话汇编\n目录\n第一篇　在经济工作会议上的讲话\n第二篇　在安全生产会议上的讲话\n"
        f"第一篇　在经济工作会议上的讲话\n{body}\n第二篇　在安全生产会议上的讲话\n{body}"
    )
    assert _starts(text) == [
        (5, 9, 4, "在经济工作会议上的讲话"),
        (10, 14, 9, "在安全生产会议上的讲话"),
    ]


def test_a_plan_in_parts_imports_whole_with_its_parts_over_its_chapters() -> None:
    plan = _PLAN.replace("本纲要", "　　本纲要")
    (speech,) = import_bytes(plan.encode(), "plan.txt").speeches
    assert "主要阐明全市战略意图" in speech.text
    assert [node.label for node in speech.outline] == [
        "第一篇 开启现代化建设新征程",
        "第二篇 坚持创新驱动发展",
    ]
    assert [node.label for node in speech.outline[0].children] == [
        "第一章 发展环境",
        "第二章 指导方针",
    ]


def test_a_contents_list_running_on_into_the_first_separator_leaves_it_one() -> None:
    # the list's lines (1. …) are not the separators ([第1篇]…), which the list would take in
    body = "（2024年1月5日）\n同志们：\n今年以来，我们认真落实部署。\n一、提高认识\n要统一思想。"
    text = (
        "领导讲话汇编\n目录\n1. 在经济工作会议上的讲话\n2. 在安全生产会议上的讲话\n"
        f"【第1篇】在经济工作会议上的讲话\n{body}\n【第2篇】在安全生产会议上的讲话\n{body}"
    )
    assert _starts(text) == [
        (5, 10, 4, "在经济工作会议上的讲话"),
        (11, 16, 10, "在安全生产会议上的讲话"),
    ]


@pytest.mark.parametrize("dash", ["——", ""])
def test_a_speech_found_at_its_subtitle_opens_at_the_headline_over_it(dash: str) -> None:
    # each speech: its headline, its subtitle (its dash maybe lost), the speaker, a body
    text = "\n".join(
        [
            "凝心聚力谋发展 实干担当开新局",
            f"{dash}在全市经济工作会议上的讲话",
            "市长 王某某",
            "同志们：",
            "这次会议的主要任务是，总结今年经济工作，部署明年重点任务。",
            "守牢底线保平安 担当作为促发展",
            f"{dash}在全市安全生产工作会议上的讲话",
            "副市长 李某某",
            "同志们：",
            "今天召开会议，主要是部署今年安全生产工作。",
        ]
    )
    document = import_bytes(text.encode(), "speeches.txt")
    check_document(document)
    assert [(s.title, s.speaker) for s in document.speeches] == [
        ("凝心聚力谋发展 实干担当开新局", "王某某"),
        ("守牢底线保平安 担当作为促发展", "李某某"),
    ]
    assert document.speeches[0].text.endswith("部署明年重点任务。")


_PROPOSAL = [
    "为推动某某产业高质量发展，值此某某工程立项三十周年之际，我们联合倡议：",
    "立足性能稳定可靠，推动系统与各行业深度融合。",
    "优化产业生态环境，引导规模应用良性发展。",
    "建功新时代，奋进新征程。让我们共同书写某某应用新篇章！",
]
_SPEECH = [
    "# 在某某峰会专家委员会成立大会上的讲话",
    "·某某市委书记王某某（2024年10月23日）",
    "各位专家、同志们：",
    "今天，我们在这里隆重举行某某峰会专家委员会成立大会。",
    "一、深刻认识成立专家委员会的重要意义",
    "专家委员会是峰会的智囊团。",
]


def test_a_markdown_heading_naming_a_speech_after_another_text_opens_a_speech() -> None:
    document = import_bytes("\n\n".join([*_PROPOSAL, *_SPEECH]).encode(), "notes.md")
    first, second = document.speeches
    assert second.title == "在某某峰会专家委员会成立大会上的讲话"
    assert (second.speaker, second.date) == ("王某某", "2024-10-23")
    assert [node.label for node in second.outline] == ["一、深刻认识成立专家委员会的重要意义"]
    assert first.text.startswith(_PROPOSAL[0])
    assert first.outline == []


@pytest.mark.parametrize(
    "above",
    [
        [],  # the speech's own title at the top
        ["## 导读", "现将讲话全文刊发如下："],  # a lead announcing the speech under it
    ],
)
def test_a_markdown_speech_heading_at_the_top_or_under_its_lead_opens_no_second(
    above: list[str],
) -> None:
    document = import_bytes("\n\n".join([*above, *_SPEECH]).encode(), "speech.md")
    assert len(document.speeches) == 1


def test_a_markdown_heading_of_a_lower_level_naming_a_speech_opens_none() -> None:
    lines = ["# 某某工作文件汇编", *_PROPOSAL, "#" + _SPEECH[0], *_SPEECH[1:]]
    document = import_bytes("\n\n".join(lines).encode(), "notes.md")
    assert len(document.speeches) == 1
