"""Tests for desktop/core/importing/press.py: a newspaper's furniture around an article."""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.noise import whole_line_kind
from desktop.core.importing.press import (
    dateline_day,
    is_dateline,
    is_publication_line,
    is_reporter_byline,
    is_source_line,
    is_spaced_masthead,
    opens_news_report,
    publication_date,
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("《 某某日报 》( 2019年03月05日   第 02 版)", "2019-03-05"),
        ("《某某晚报》（2021年11月2日第12版）", "2021-11-02"),
        ("《某某时报》(2020年1月9日 03 版)", "2020-01-09"),
    ],
)
def test_a_papers_source_line_gives_its_date(line: str, date: str) -> None:
    assert is_publication_line(line)
    assert publication_date(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "据《某某日报》2019年3月5日报道，全市经济稳中向好。",
        "《某某日报》",
        "2019年03月05日",
        "《关于加强基层治理的意见》（2019年3月5日）",  # a document and its date, no page
    ],
)
def test_other_lines_are_not_source_lines(line: str) -> None:
    assert not is_publication_line(line)
    assert publication_date(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 王 明",
        "新华社记者 张三 李四",
        "本报通讯员 赵小五",
        "本報記者 王 明",  # a Big5 copy
        "新華社記者 張三 李四",
        "本報通訊員 趙小五",
        "本报记者王小明",  # the name glued to the word
        "本报记者王小明、李华",
        "新华社记者张三 欧阳小明",
        "□本报记者 王 明",  # a print edition's mark before it
        "■本报记者王小明",
    ],
)
def test_reporter_bylines(line: str) -> None:
    assert is_reporter_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "記者王小明／台北報導",
        "【記者王小明／台北報導】",
        "〔記者王小明／台北報導〕",
        "（記者王小明／台北即時報導）",
        "記者王小明、李大華／綜合報導",
        "台北報導／記者王小明",
        "记者王小明／台北报导",  # the same in simplified script
        "【记者王小明、李大华／综合报道】",
        "台北报导 / 记者王小明",
        "聯合報記者王小明／台北即時報導",  # the paper before its reporter
        "記者王小明 台北報導",  # a copy that lost the slash keeps a space for it
        "台北報導　記者王小明、李大華",
    ],
)
def test_taiwan_and_hong_kong_reporter_bylines(line: str) -> None:
    assert is_reporter_byline(line)
    assert whole_line_kind(line, edge=True) == RemovalKind.WEB_CHROME


@pytest.mark.parametrize(
    "line",
    [
        "记者节",
        "记者从市统计局获悉，今年前三季度全市经济稳中向好。",
        "本报记者",
        "據記者報導，颱風明天登陸。",
        "据记者报道，台风明天登陆。",
        "記者王小明報導",
        "台北報導",
        "記者／台北報導",
        "记者走基层",  # a column's title: no name after the word
        "记者手记",
        "本报记者王小明报道当地新闻",
    ],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert not is_reporter_byline(line)


def test_link_words_with_spaced_characters_are_a_masthead() -> None:
    assert is_spaced_masthead("新 闻财 经体 育 某某网")


@pytest.mark.parametrize("line", ["政 府 工 作 报 告", "学思想 强党性 重实践", "新闻 财经"])
def test_evenly_spaced_titles_and_word_bars_are_not_spaced_mastheads(line: str) -> None:
    assert not is_spaced_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        "新华社北京3月15日电",
        "新華社北京3月11日電",
        "本报上海5月2日电（记者 张三）",
        "北京3月1日电",
        "中央社台北3日電",
        "中央社台北3日电",
        "中央社記者王小明台北3日電",
        "中央社记者王小明、李大华台北3日电",
        "（中央社記者王小明台北3日電）",
        "（法新社巴黎3日電）",
        "本報台北3日電（記者 張三）",
        "香港3日電",
        "香港3日電（記者 張三）",
    ],
)
def test_a_news_agencys_dateline_is_chrome(line: str) -> None:
    assert is_dateline(line)
    assert whole_line_kind(line, edge=False) == RemovalKind.WEB_CHROME


@pytest.mark.parametrize(
    "line",
    [
        "要在3月15日前完成通电",
        "他于3月15日来电",
        "3月15日电话会议纪要",
        "3日电",
        "他于3日来电",
        "请各地于15日电",
        "各地要在15日电",
        "截至3日电",
        "15日电告省委（急件）",
    ],
)
def test_a_line_naming_a_day_and_a_call_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


def test_a_dateline_under_a_reports_page_title_is_no_title_of_its_head() -> None:
    text = "\n".join(
        [
            "某某委员会常务委员会工作报告",
            "新華社北京3月11日電",
            "某某委员会常务委员会工作报告",
            "——在某某委员会第一次会议上",
            "（2023年3月4日）",
            "王明",
            "各位委员：",
            "我代表常务委员会，向大会报告过去五年工作，提出今后工作建议，请予审议。",
        ]
    )
    document = import_bytes(text.encode(), "report.txt")
    (speech,) = document.speeches
    assert (speech.speaker, speech.date) == ("王明", "2023-03-04")
    assert "新華社" not in speech.text
    assert "新華社北京3月11日電" in [removal.text for removal in document.removed]


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京2月24日电 国务院总理主持召开会议。",
        "本报讯（记者 张三）12月5日，我市召开会议。",
        "本網訊（記者 張三）12月5日，我市召開會議。",  # a Big5 copy
        "訊（記者 張三）12月5日，我市召開會議。",
        "中央社台北3日電 行政院今天召開院會。",
        "（中央社記者王小明台北3日電）行政院今天召開院會。",
        "中央社记者王小明台北3日电 行政院今天召开院会。",
        "香港3日電 特區政府今天公布施政報告。",
        "明報訊 特區政府今天公布施政報告。",
        "【明報專訊】特區政府今天公布施政報告。",
        "香港文匯報訊（記者 張三）特區政府今天公布施政報告。",
        "〔記者王小明／台北報導〕行政院今天召開院會。",
        "【记者王小明／台北报导】行政院今天召开院会。",
        "記者王小明／台北報導 行政院今天召開院會。",
    ],
)
def test_a_news_report_opens_with_its_dateline(text: str) -> None:
    assert opens_news_report(text)


@pytest.mark.parametrize(
    "text",
    [
        "同志们：",
        "今年以来，我们认真落实各项部署，完成了电网改造。",
        "会议要求各地15日电告结果。",
        "各地于3日电告省委办公厅。",
        "情报讯息显示，今年以来风险上升。",
        "據記者報導，行政院今天召開院會。",
        "记者王小明／台北报导称，行政院今天召开院会。",
    ],
)
def test_other_paragraphs_open_no_news_report(text: str) -> None:
    assert not opens_news_report(text)


_TRADITIONAL_ARTICLE = (
    "政院通過總預算案",
    "行政院今天召開院會，通過明年度中央政府總預算案，總額較今年增加百分之五。",
    "據記者報導，立法院將於下週審查。",
    "各部會預算",
    "教育、國防與社福支出均有成長，其中社福增幅最大。",
)
_SIMPLIFIED_ARTICLE = (
    "政院通过总预算案",
    "行政院今天召开院会，通过明年度中央政府总预算案，总额较今年增加百分之五。",
    "据记者报导，立法院将于下周审查。",
    "各部会预算",
    "教育、国防与社福支出均有成长，其中社福增幅最大。",
)


@pytest.mark.parametrize(
    ("article", "byline"),
    [
        (_TRADITIONAL_ARTICLE, "〔記者王小明／台北報導〕"),  # Liberty Times
        (_TRADITIONAL_ARTICLE, "記者王小明、李大華／綜合報導"),  # United Daily News
        (_TRADITIONAL_ARTICLE, "台北報導／記者王小明"),
        (_SIMPLIFIED_ARTICLE, "【记者王小明／台北报导】"),
        (_SIMPLIFIED_ARTICLE, "台北报导／记者王小明"),
    ],
)
def test_a_taiwan_papers_byline_under_the_headline_is_chrome(
    article: tuple[str, ...], byline: str
) -> None:
    title, *body = article
    text = "\n".join([title, byline, *body])
    document = import_bytes(text.encode(), "news.txt")
    (speech,) = document.speeches
    assert speech.title == title
    assert speech.speaker is None
    assert byline not in speech.text
    assert body[1] in speech.text  # a sentence naming a reporter's report stays
    assert [node.label for node in speech.outline] == [body[2]]
    assert [(r.kind, r.text) for r in document.removed] == [(RemovalKind.WEB_CHROME, byline)]


@pytest.mark.parametrize(
    ("headline", "byline", "opening"),
    [
        (
            "行政院召開院會\n院長出席並講話",
            "〔記者王小明／台北報導〕",
            "行政院今天召開院會，通過明年度中央政府總預算案。",
        ),
        (
            "行政院召开院会\n院长出席并讲话",
            "【记者王小明／台北报导】",
            "行政院今天召开院会，通过明年度中央政府总预算案。",
        ),
        (
            "行政院召開院會\n院長出席並講話",
            "記者王小明／台北報導",  # glued to the report after its slash
            "行政院今天召開院會，通過明年度中央政府總預算案。",
        ),
        (
            "行政院召開院會\n院長出席並講話",
            "記者王小明 台北報導 ",  # a space for the slash, one before the report
            "行政院今天召開院會，通過明年度中央政府總預算案。",
        ),
    ],
)
def test_a_report_opening_with_its_byline_is_read_as_news(
    headline: str, byline: str, opening: str
) -> None:
    """As under a dateline, the line under a news headline is its sub-headline, not the title."""
    text = f"{headline}\n{byline}{opening}\n據記者報導，立法院將於下週審查。"
    (speech,) = import_bytes(text.encode(), "news.txt").speeches
    assert speech.title == headline.split("\n")[0]
    assert byline + opening in speech.text


@pytest.mark.parametrize("byline", ["本报记者王小明", "□本报记者 王小明", "本报记者王小明、李华"])
def test_a_papers_byline_under_the_headline_names_no_speaker(byline: str) -> None:
    headline = "我市召开优化营商环境工作推进会"
    body = "本报讯 3月15日，全市优化营商环境工作推进会召开。市长李明出席会议并讲话。"
    document = import_bytes(f"{headline}\n\n{byline}\n\n{body}\n".encode(), "news.txt")
    (speech,) = document.speeches
    assert (speech.title, speech.speaker) == (headline, None)
    assert byline not in speech.text
    assert [(r.kind, r.text) for r in document.removed] == [(RemovalKind.WEB_CHROME, byline)]


@pytest.mark.parametrize(
    "line",
    [
        "某某日报",
        "新华网",
        "中国青年报",
        "人民日报 2024年10月20日 第01版",
        "某某晚报 2016年1月1日 星期五",
    ],
)
def test_a_medium_s_name_alone_is_a_source_line(line: str) -> None:
    assert is_source_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "关于表彰先进集体的通报",
        "第三季度经济运行快报",
        "发展工业互联网",
        "建设智能电网",
        "全市经济运行稳中向好",
    ],
)
def test_a_title_ending_like_a_medium_is_no_source_line(line: str) -> None:
    assert not is_source_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "据新华社北京12月31日电 国务院总理主持召开国务院常务会议。",
        "据本报讯12月31日，全市安全生产工作会议召开。",
        "据本报讯（记者 张三）12月31日，全市安全生产工作会议召开。",
    ],
)
def test_a_report_taken_from_an_agency_or_paper_opens_as_its_report(line: str) -> None:
    assert opens_news_report(line)
    assert dateline_day(line) == (12, 31)


@pytest.mark.parametrize("line", ["据统计，12月31日电量创新高。", "据悉，本报讯息有误。"])
def test_a_sentence_opening_with_ju_is_no_report(line: str) -> None:
    assert not opens_news_report(line)


@pytest.mark.parametrize(
    "lead",
    [
        "据本报讯12月31日，全市安全生产工作会议召开。",
        "据新华社北京12月31日电 全市安全生产工作会议召开。",
    ],
)
def test_a_reposted_reports_headline_and_day(lead: str) -> None:
    # the headline over its 副题, and the day its page's date gives the year of
    text = "\n".join(
        [
            "全市安全生产工作会议召开",
            "王某某出席并讲话",
            "2024年12月31日",
            lead + "会议强调，要压实责任，守牢安全底线。",
            "会议要求，各地各部门要深入排查隐患，确保人民群众生命财产安全。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert (speech.title, speech.date) == ("全市安全生产工作会议召开", "2024-12-31")
