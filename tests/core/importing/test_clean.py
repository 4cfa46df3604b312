"""Cleaning lines into paragraphs, with every removal recorded where it was."""

from __future__ import annotations

from desktop.core.imported import RemovalKind
from desktop.core.importing.clean import CleanText, clean
from desktop.core.importing.source import SourceLine, SourceText


def _clean(text: str, fmt: str = "txt") -> CleanText:
    return clean(SourceText([SourceLine(line) for line in text.split("\n")], "utf-8", fmt))


def _texts(cleaned: CleanText) -> list[str]:
    return [paragraph.text for paragraph in cleaned.paragraphs]


def test_layout_indentation_and_blank_lines_go_without_record() -> None:
    cleaned = _clean("\u3000\u3000第一段。  \n\n\n    第二段。\t\n")
    assert _texts(cleaned) == ["第一段。", "第二段。"]
    assert cleaned.removals == []


def test_control_characters_are_recorded() -> None:
    cleaned = _clean("前\x00后\u200b文\ufeff。")
    assert _texts(cleaned) == ["前后文。"]
    assert [(r.kind, r.text, r.offset) for r in cleaned.removals] == [
        (RemovalKind.CONTROL, "\x00", 1),
        (RemovalKind.CONTROL, "\u200b", 2),
        (RemovalKind.CONTROL, "\ufeff", 3),
    ]


def test_broken_sentence_across_a_blank_line_is_rejoined() -> None:
    head = "一、市委、市政府推进这项改革的决心是坚定的现在,有些单位的领导和一些干部职工还没有真正认"
    text = f"{head}\n\n识到这项工作的重大意义,有的认为是形式。"
    cleaned = _clean(text)
    assert _texts(cleaned) == [f"{head}识到这项工作的重大意义,有的认为是形式。"]
    (joined,) = cleaned.removals
    assert (joined.kind, joined.text, joined.offset) == (RemovalKind.LINE_BREAK, "\n\n", len(head))


def test_long_paragraph_without_a_stop_continues_on_the_next_line() -> None:
    long = "要通过上下、层层建立工作责任制和奖罚机制，把机关效能建设工作任务"
    cleaned = _clean(f"我们要认真落实。{long}\n完成情况纳入领导干部考核的主要内容。")
    assert _texts(cleaned) == [f"我们要认真落实。{long}完成情况纳入领导干部考核的主要内容。"]


def test_never_joined_into_headings_separators_dates_or_titles() -> None:
    body = "今年以来，我们按照部署推进各项工作，取得了一定成效，但是资金到"
    for following in [
        "二、加强组织领导",
        "（三）完善制度建设",
        "在全市工作会上的讲话 篇2",
        "（2016年4月15日）",
        "同志们：",
        "加强领导凝聚力量",
        "——坚持农民主体地位。",
    ]:
        assert len(_clean(f"{body}\n{following}").paragraphs) == 2, following


def test_a_short_heading_is_not_continued() -> None:
    cleaned = _clean(
        "（五）充分依靠和发挥群众的积极性和创造性，完成和超额完成一九五八年度的国民经济计划\n"
        "一九五八年度的国民经济计划经过大会讨论通过以后，就要下达。"
    )
    assert len(cleaned.paragraphs) == 2
    cleaned = _clean("十二、坚持和完善党对“三农”工作的领导\n实施乡村振兴战略是重大决策部署。")
    assert len(cleaned.paragraphs) == 2


def test_noise_lines_are_recorded_between_paragraphs() -> None:
    cleaned = _clean("第一段话。\nnlc202309090206\n第二段话。\n上一篇:某文下一篇:另一文")
    assert _texts(cleaned) == ["第一段话。", "第二段话。"]
    stamp, footer = cleaned.removals
    assert (stamp.kind, stamp.paragraph, stamp.offset, stamp.between) == (
        RemovalKind.CATALOGUE_STAMP,
        1,
        0,
        True,
    )
    assert (footer.kind, footer.paragraph, footer.between) == (RemovalKind.FOOTER, 2, True)


def test_removals_come_in_paragraph_order() -> None:
    cleaned = _clean(
        "nlc202309090206\n第一段话，\n\x07接着说完。\n- 2 -\n第二段\u200b话。\n"
        "nlc202309090207\n第三段话。\n上一篇:某文下一篇:另一文"
    )
    paragraphs = [removal.paragraph for removal in cleaned.removals]
    assert len(set(paragraphs)) >= 3
    assert paragraphs == sorted(paragraphs)


def test_page_number_between_two_halves_of_a_sentence() -> None:
    cleaned = _clean(
        "我们必须坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感和\n- 12 -\n安全感。"
    )
    assert _texts(cleaned) == [
        "我们必须坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感和安全感。"
    ]
    kinds = [r.kind for r in cleaned.removals]
    assert kinds == [RemovalKind.PAGE_MARKER, RemovalKind.LINE_BREAK]


def test_bare_page_numbers_counting_up_are_removed() -> None:
    cleaned = _clean("第一页的文字。\n1\n第二页的文字。\n2\n第三页的文字。")
    assert _texts(cleaned) == ["第一页的文字。", "第二页的文字。", "第三页的文字。"]
    assert len(_clean("文字。\n7\n文字。").paragraphs) == 3


def test_chrome_at_the_top_and_bottom_of_a_page() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(
        f"首页 > 讲话\n在全市会议上的讲话\n来源：某某网\n{running}\n责任编辑：张三\n打印本页"
    )
    assert _texts(cleaned) == ["在全市会议上的讲话", running]
    assert [r.kind for r in cleaned.removals] == [RemovalKind.WEB_CHROME] * 4


def test_the_list_of_other_articles_under_a_page_goes_with_its_heading() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"{running}\n▼往期推荐▼\n全市安全生产会议召开\n某某县召开常委会会议")
    assert _texts(cleaned) == [running]
    assert [r.text for r in cleaned.removals] == [
        "▼往期推荐▼",
        "全市安全生产会议召开",
        "某某县召开常委会会议",
    ]


def test_a_list_heading_above_running_text_takes_nothing_with_it() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"相关阅读\n要点一\n{running}")
    assert "要点一" in _texts(cleaned)
    assert running in _texts(cleaned)


def test_lines_marked_as_chrome_by_the_reader_are_removed_and_recorded() -> None:
    source = SourceText(
        [SourceLine("导航 首页", chrome=True), SourceLine("正文。")], "utf-8", "html"
    )
    cleaned = clean(source)
    assert _texts(cleaned) == ["正文。"]
    assert [(r.kind, r.text) for r in cleaned.removals] == [(RemovalKind.WEB_CHROME, "导航 首页")]


def test_hard_wrapped_file_is_rejoined_into_paragraphs() -> None:
    paragraph_one = "　　" + "改革开放以来我们取得了巨大成就" * 6 + "。"
    paragraph_two = "　　" + "面向未来我们必须坚持新发展理念推进高质量发展" * 5 + "。"
    width = 30
    lines = []
    for paragraph in (paragraph_one, paragraph_two):
        lines += [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    cleaned = _clean("\n".join(lines))
    assert _texts(cleaned) == [paragraph_one.strip("　"), paragraph_two.strip("　")]


def _wrapped_pages(header: str, footer: str = "- {} -", per_page: int = 8) -> list[str]:
    """A speech copied out of a PDF: wrapped at 30 characters, a header over each page and a
    page number under it."""
    paragraphs = [
        "在全市工作会议上的讲话",
        "　　" + "改革开放以来我们取得了巨大成就" * 6 + "。",
        "　　" + "面向未来我们必须坚持新发展理念推进高质量发展" * 5 + "。",
    ]
    body = [paragraphs[0]]
    for paragraph in paragraphs[1:]:
        body += [paragraph[i : i + 30] for i in range(0, len(paragraph), 30)]
    lines: list[str] = []
    for number, start in enumerate(range(0, len(body), per_page), start=1):
        lines += [header, *body[start : start + per_page], "", footer.format(number), ""]
    return lines


def test_a_running_header_by_the_page_numbers_of_a_copied_pdf_goes() -> None:
    header = "某某市人民政府公报　　　　　　　　　　2025年第4期"
    cleaned = _clean("\n".join(_wrapped_pages(header, per_page=4)))
    texts = _texts(cleaned)
    assert texts[0] == "在全市工作会议上的讲话"
    assert len(texts) == 3
    kinds = [r.kind for r in cleaned.removals if r.kind != RemovalKind.LINE_BREAK]
    assert kinds.count(RemovalKind.PAGE_HEADER) == 3


def test_a_title_heading_later_pages_of_a_copied_pdf_stays_on_the_first() -> None:
    cleaned = _clean("\n".join(_wrapped_pages("在全市工作会议上的讲话", per_page=4)))
    texts = _texts(cleaned)
    assert texts[:2] == ["在全市工作会议上的讲话", "在全市工作会议上的讲话"]
    assert len(texts) == 4


def test_a_line_said_once_by_a_page_number_is_no_running_header() -> None:
    lines = _wrapped_pages("某某市人民政府公报", per_page=30)
    assert _texts(_clean("\n".join(lines)))[0] == "某某市人民政府公报"


def test_a_line_set_out_in_columns_is_not_wrapped_onto_the_next() -> None:
    header = "某某市人民政府公报　　　　　　　　　　2025年第4期"
    texts = _texts(_clean("\n".join(_wrapped_pages(header, per_page=30))))
    assert texts[:2] == [header.replace("　", " "), "在全市工作会议上的讲话"]


def test_hard_wrapped_latin_words_keep_a_space() -> None:
    words = " ".join(["innovation"] * 80)
    lines = []
    line = ""
    for word in words.split():
        if len(line) + len(word) + 1 > 60:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    (paragraph,) = _clean("\n".join(lines)).paragraphs
    assert paragraph.text == words


def test_lines_of_a_normal_file_are_not_joined() -> None:
    text = "\n".join(
        f"第{n}段。这一段讲的是不同长度的内容" + "，内容" * n + "。" for n in range(1, 15)
    )
    assert len(_clean(text).paragraphs) == 14


def test_docx_heading_hints_are_kept_and_never_joined() -> None:
    source = SourceText(
        [
            SourceLine(
                "总体要求没有句号的很长的一个标题写了很多字很多字很多字很多字很多字很多字很多字",
                heading=1,
            ),
            SourceLine("正文第一段。"),
        ],
        "docx",
        "docx",
    )
    cleaned = clean(source)
    assert [p.heading for p in cleaned.paragraphs] == [1, None]


def test_indented_paragraph_is_not_joined_to_one_that_lacks_its_full_stop() -> None:
    # a file that opens every paragraph with a full-width indent: the first paragraph merely
    # lost its 。, the indented line below opens the next paragraph
    unstopped = (
        "\u3000\u3000随着计划收购和计划供应的实施，许多私营商店已经改为国营商业的代销店，"
        "并且开辟了逐行逐业改造私营商业的道路"
    )
    text = "\n\n".join(
        [
            "二〇〇一年工作报告",
            "\u3000\u3000各位代表：",
            "\u3000\u3000现在，我代表政府作工作报告，请予审议。",
            unstopped,
            "\u3000\u3000对私营工商业的改造是一个斗争和教育的过程。",
        ]
    )
    assert _texts(_clean(text))[-2:] == [
        unstopped.lstrip("\u3000"),
        "对私营工商业的改造是一个斗争和教育的过程。",
    ]


def test_unindented_line_still_carries_on_a_broken_sentence_in_an_indented_file() -> None:
    broken = (
        "\u3000\u3000我们必须采取有力措施，认真解决好一些关系到国民经济全局的突出问题，"
        "特别是要下决心把那些长期"
    )
    text = "\n".join(
        [
            "\u3000\u3000各位代表：",
            "\u3000\u3000现在，我代表政府作工作报告。",
            broken,
            "",
            "亏损的企业逐步关停并转。",
            "\u3000\u3000这是今年的一项重要任务。",
        ]
    )
    assert _texts(_clean(text))[2] == broken.lstrip("\u3000") + "亏损的企业逐步关停并转。"


def test_paragraphs_run_together_with_their_indents_are_parted() -> None:
    indent = "\u3000\u3000"
    cleaned = _clean(f"{indent}一年来成效明显。{indent}一、总体要求{indent}要坚持稳中求进。")
    assert _texts(cleaned) == ["一年来成效明显。", "一、总体要求", "要坚持稳中求进。"]
    assert cleaned.removals == []


def test_a_forums_furniture_above_a_thread_is_removed_and_recorded() -> None:
    cleaned = _clean(
        "设为首页收藏本站\n查看: 554|回复: 0\n[复制链接]\n某县政府工作报告\n"
        "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n"
    )
    assert _texts(cleaned)[0] == "某县政府工作报告"
    removed = [(r.kind, r.text) for r in cleaned.removals]
    assert (RemovalKind.WEB_CHROME, "查看: 554|回复: 0") in removed
    assert (RemovalKind.WEB_CHROME, "[复制链接]") in removed


def test_the_column_a_breadcrumb_ends_with_said_again_under_it_is_chrome() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    crumbs = "当前位置：首页 > 专题专栏 > 要闻动态"
    cleaned = _clean(f"{crumbs}\n要闻动态\n在全市会议上的讲话\n{running}")
    assert _texts(cleaned) == ["在全市会议上的讲话", running]
    assert [(r.kind, r.text) for r in cleaned.removals][1] == (RemovalKind.WEB_CHROME, "要闻动态")


def test_the_sites_short_words_over_its_breadcrumb_are_chrome() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"某某网首页\n频道导航\n某某网>>观点>>评论\n抓好落实是关键\n{running}")
    assert _texts(cleaned) == ["抓好落实是关键", running]


def test_credits_over_a_sites_notice_at_the_end_are_still_at_the_edge() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    notice = "声明：本文内容为某某号作者原创，不代表某某平台观点。"
    cleaned = _clean(f"抓好落实是关键\n{running}\n责任编辑：张三\n{notice}\n审核：李四")
    assert _texts(cleaned) == ["抓好落实是关键", running]


def test_a_bar_laid_out_a_word_to_a_line_is_chrome() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"某某平台\n首页\n\n要闻\n理论\n抓好落实是关键\n{running}\n点赞\n收藏\n\n分享")
    assert _texts(cleaned) == ["抓好落实是关键", running]


def test_a_few_short_lines_over_the_article_are_no_bar() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"新年贺词\n王小明\n{running}\n点赞\n王小明")
    assert _texts(cleaned) == ["新年贺词", "王小明", running, "点赞", "王小明"]


def test_a_title_pasted_over_a_breadcrumb_stays() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    title = "在全市优化营商环境工作会议上的讲话"
    cleaned = _clean(f"{title}\n首页 > 领导讲话 > 正文\n{running}")
    assert _texts(cleaned) == [title, running]


def test_a_line_under_a_breadcrumb_naming_another_column_stays() -> None:
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(f"首页 > 专题专栏 > 要闻动态\n要闻\n{running}")
    assert _texts(cleaned)[0] == "要闻"


def test_a_watermark_glued_to_the_end_of_lines_leaves_their_words() -> None:
    mark = "文章源自某某网-https://www.example.com/1234.html"
    running = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"
    cleaned = _clean(
        f"在全市工作会议上的报告{mark}\n{mark}\n市长 王小明{mark}\n各位代表：\n{running}{mark}"
    )
    assert _texts(cleaned) == ["在全市工作会议上的报告", "市长 王小明", "各位代表：", running]
    assert [(r.kind, r.text) for r in cleaned.removals] == [(RemovalKind.WATERMARK, mark)] * 4


def test_a_short_copy_wrapped_at_varying_widths_is_rejoined() -> None:
    paragraphs = [
        "今天召开全区工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。" * 3,
        "一、充分肯定成绩，切实增强做好生态环境保护工作的信心",
        "过去一年，全区上下坚决扛起政治责任，空气质量优良天数比例达到86.5%，提高3.2个百分点。" * 3,
    ]
    lines: list[str] = []
    for paragraph in paragraphs:
        widths = iter([18, 27, 30, 21, 25, 29, 23, 19] * 3)
        start = 0
        while start < len(paragraph):
            width = 30 if paragraph.startswith("一、") else next(widths)
            lines.append(paragraph[start : start + width])
            start += width
    assert _texts(_clean("\n".join(lines))) == paragraphs


_WORD_COPY = """\
　　过去一年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济
社会发展主要目标任务圆满完成。一是经济运行持续向好。二是改革不断深化。
营商环境评价位居全省前列。三是民生福祉持续增进。
一、主要任务
　　今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，居民收
入增长和经济增长同步。我们要坚定信心，
奋发有为，作出新的更大贡献。"""


def test_where_unindented_lines_carry_sentences_on_one_after_a_full_stop_does_too() -> None:
    texts = _texts(_clean(_WORD_COPY))
    assert texts[0].endswith("二是改革不断深化。营商环境评价位居全省前列。三是民生福祉持续增进。")
    assert texts[1:] == [
        "一、主要任务",
        _WORD_COPY.split("\n")[4].strip()
        + "入增长和经济增长同步。我们要坚定信心，奋发有为，作出新的更大贡献。",
    ]


def test_unindented_paragraphs_after_full_stops_stay_paragraphs() -> None:
    lines = [
        "　　今年以来，全市经济运行总体平稳，主要指标好于预期。",
        "明年要继续坚持稳中求进。",
        "　　各级各部门要切实负起责任，确保各项任务落到实处，",
        "取得实效。",
    ]
    assert _texts(_clean("\n".join(lines))) == [
        lines[0].strip(),
        lines[1],
        lines[2].strip() + lines[3],
    ]


def test_english_lines_joined_after_punctuation_keep_their_space() -> None:
    text = (
        "Gross domestic product (GDP) grew by 5.2 percent, and the growth of the economy was\n"
        "steady; the consumer price index (CPI) rose by 0.2 percent,\n"
        "and the surveyed urban unemployment rate averaged 5.2 percent."
    )
    (paragraph,) = _clean(text).paragraphs
    assert "was steady; the" in paragraph.text
    assert "0.2 percent, and the surveyed" in paragraph.text


def test_an_english_salutation_and_heading_open_no_paragraph_below() -> None:
    text = (
        "Esteemed Deputies,\n\n"
        "On behalf of the State Council, I will now report to you on the work.\n\n"
        "II. Overall Requirements and Policy Orientations for Our Work in 2024\n\n"
        "Growth is the top priority.\n\n"
        "Li Qiang\n"
        "Premier of the State Council"
    )
    assert _texts(_clean(text)) == [
        "Esteemed Deputies,",
        "On behalf of the State Council, I will now report to you on the work.",
        "II. Overall Requirements and Policy Orientations for Our Work in 2024",
        "Growth is the top priority.",
        "Li Qiang",
        "Premier of the State Council",
    ]


def test_an_english_word_broken_at_its_hyphen_is_mended_without_a_space() -> None:
    # a typesetter's hyphen goes with its wrap, a compound's stays (hyphens.wrap_hyphen)
    text = (
        "We built more than 3.37 million 5G base stations, and the digital econ-\n"
        "omy grew steadily under the three-year plan for state-\n"
        "owned enterprises and the response to COVID-\n"
        "19 ended."
    )
    (paragraph,) = _clean(text).paragraphs
    assert "digital economy grew" in paragraph.text
    assert "state-owned enterprises" in paragraph.text
    assert paragraph.text.endswith("COVID-19 ended.")


def test_a_capital_inside_chinese_text_carries_the_sentence_on() -> None:
    text = (
        "过去一年，人工智能、大数据等新技术加快应用，各地推动大模型赋能千行百业，"
        "在政务服务、医疗和教育等领域推广AI\nChatGPT等应用。"
    )
    assert _texts(_clean(text)) == [text.replace("\n", "")]


def test_a_wrapped_english_line_carries_on_though_it_starts_with_a_name() -> None:
    """Hard-wrapped English (a PDF's copy) puts names at line starts: China, Hong Kong, the
    Chinese People's Political / Consultative Conference carry the sentence on."""
    text = (
        "On behalf of the State Council, I will now report to you on the work of\n"
        "the government and invite comments from the members of the National\n"
        "Committee of the Chinese People's Political Consultative Conference. We\n"
        "made progress last year in building\n"
        "China into a great modern socialist country, and we worked with\n"
        "Hong Kong and Macao to achieve this."
    )
    assert _texts(_clean(text)) == [" ".join(text.split("\n"))]


def test_a_short_english_line_over_a_capital_stands_alone_without_a_blank_line() -> None:
    text = "Li Qiang\nPremier of the State Council\nEsteemed Deputies,\nOn behalf of all of us."
    assert _texts(_clean(text)) == text.split("\n")


def test_an_english_title_line_longer_than_a_chinese_heading_stands_alone() -> None:
    """Latin letters are half as wide: an English title of 44 letters is a short line, and
    the speaker's name under it starts a line of its own."""
    text = (
        "Remarks at the Closing Ceremony of the Forum\nWang Yi\nDear friends,\n"
        "The forum has been a great success."
    )
    assert _texts(_clean(text)) == text.split("\n")


def test_a_short_copy_wrapped_at_one_width_joins_its_lines() -> None:
    # too few lines to measure a wrap: lines of one width with clauses inside carry on
    text = (
        "在全市经济工作会议上的讲话\n同志们：\n"
        "今年以来，面对复杂严峻的外部环境，全市上下坚决贯彻落实中央和省委决策部\n"
        "署，攻坚克难、砥砺前行，经济运行稳中向好，全年地区生产总值增长5.5%左\n"
        "右，先进制造业增加值增长8%，研发投入强度达到2.6%，发展动能不断增强，\n"
        "民生福祉持续改善。"
    )
    assert _texts(_clean(text))[2:] == [
        "今年以来，面对复杂严峻的外部环境，全市上下坚决贯彻落实中央和省委决策部署，攻坚克难、"
        "砥砺前行，经济运行稳中向好，全年地区生产总值增长5.5%左右，先进制造业增加值增长8%，"
        "研发投入强度达到2.6%，发展动能不断增强，民生福祉持续改善。"
    ]


def test_a_short_title_with_a_comma_under_a_paragraph_lacking_its_full_stop_stays() -> None:
    text = (
        "今年以来，全市上下坚决贯彻落实中央和省委决策部署，经济运行稳中向好\n"
        "坚定信心，奋力前行\n"
        "明年是“十五五”规划的开局之年，做好经济工作意义重大。"
    )
    assert _texts(_clean(text))[1] == "坚定信心，奋力前行"


def _wrapped_as_gbk(paragraphs: list[str], columns: int) -> list[str]:
    """``paragraphs`` indented and hard-wrapped at ``columns`` as a Chinese editor wraps a GBK
    file: every character but ASCII takes two columns, the quotes “” among them."""
    lines = []
    for paragraph in paragraphs:
        line, width = "　　", 4
        for char in paragraph:
            size = 1 if char.isascii() else 2
            if width + size > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + char, width + size
        lines.append(line)
    return lines


def test_a_file_wrapped_with_its_quotes_full_width_is_rejoined() -> None:
    """Quoted formulations (“两个确立”) fill a GBK file's lines as Han does: counted narrow,
    quoted lines looked short, the file's width went unseen and a line wrapped right after
    a full stop (…两到位”。 / 要深刻领悟…) was taken for a paragraph's end."""
    plain = "过去一年，全市上下坚持稳中求进工作总基调，经济运行持续向好，发展质量稳步提升。"
    quoted = (
        "深化“放管服”改革，推进“一网通办”“一件事一次办”“不见面审批”“最多跑一次”，"
        "落实“两集中、两到位”。"
    )
    vowed = "要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    paragraphs = [quoted, plain + "民生福祉不断增进。", vowed, quoted + vowed, plain]
    lines = _wrapped_as_gbk(paragraphs, 60)
    assert "见面审批”“最多跑一次”，落实“两集中、两到位”。要深刻领悟" in lines
    assert _texts(_clean("\n".join(lines))) == paragraphs
