"""A news report's date from a dateline without a year, the year taken from the document."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from docx.oxml.ns import qn

from desktop.core.importing import import_bytes
from desktop.core.importing.news_dates import dateline_date
from tests.core.importing.readers.docx_factory import new_document

_REPORT = """中央经济工作会议在北京举行
新华社北京12月12日电
　　中央经济工作会议12月11日至12日在北京举行。
　　会议认为，2024年是实现“十四五”规划目标任务的关键一年，到2035年基本实现社会主义现代化。
　　会议强调，做好经济工作要坚持稳中求进，加大宏观政策调节力度。
"""


def test_a_dateline_takes_its_year_from_the_day_given_in_full() -> None:
    dateline = "新华社北京12月12日电"
    text = _REPORT.replace(dateline, f"2023年12月12日 来源：新华网\n{dateline}")
    document = import_bytes(text.encode(), "report.txt")
    assert (document.date, document.speeches[0].date) == ("2023-12-12", "2023-12-12")


def test_a_year_the_report_only_names_dates_nothing() -> None:
    # Said in December 2023 of the year to come: taking 2024 would be a wrong date.
    assert import_bytes(_REPORT.encode(), "report.txt").speeches[0].date is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the dateline opening the report's first paragraph, its day in full above it
        (["2024年12月31日 09:30", "新华社北京12月31日电 会议指出，稳中求进。"], "2024-12-31"),
        # a full date in the dateline's month wins over other years named
        (["２０２３年１２月３１日", "新华社北京１２月３１日电", "展望2024年。"], "2023-12-31"),
        (["（2019年3月）", "本报北京3月5日电（记者 张三）"], "2019-03-05"),
    ],
)
def test_the_year_a_dateline_takes(lines: list[str], expected: str) -> None:
    assert dateline_date(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        # a new-year address filed on 12月31日 names the year to come and the year ending
        ["发表二〇二五年新年贺词", "新华社北京12月31日电", "2024年，我们一起走过春夏秋冬。"],
        # a target's year and a span's are not the day's
        ["新华社北京12月31日电", "到2035年基本实现现代化，2021—2025年规划实施。"],
        ["新华社北京12月31日电", "2025年前完成改造任务。"],
        # a year named (a title's, a paragraph's) is not the day's
        ["2024年全市经济工作会议召开", "新华社北京12月31日电 会议指出，稳中求进。"],
        ["新华社北京3月5日电", "二〇一九年政府工作报告指出，…"],
        # no dateline: a year alone dates nothing here
        ["2024年全市经济工作会议召开", "会议指出，要稳中求进。"],
        ["新华社北京2月30日电", "2024年，会议指出。"],
    ],
)
def test_no_year_fits(lines: list[str]) -> None:
    assert dateline_date(lines) is None


def test_a_date_on_another_day_of_the_month_gives_no_year() -> None:
    lines = ["新华社北京12月12日电", "2023年12月11日召开的会议，2024年任务。"]
    assert dateline_date(lines) is None


@pytest.mark.parametrize(
    "lines",
    [
        # a deadline the report sets, in the dateline's month or on its very day
        ["新华社北京12月31日电 会议召开。", "会议要求，在2025年12月底前完成改造任务。"],
        ["本报北京12月31日电 会议召开。", "会议要求，2025年12月31日前完成改造任务。"],
        # the day a year before, in a sentence: not the report's
        ["新华社北京12月31日电 会议召开。", "2023年12月31日，我们也在这里开过会。"],
        # two years given in full on the day: neither is sure
        ["2023年12月31日", "新华社北京12月31日电", "2024年12月31日"],
        ["（2023年12月）", "本报北京12月31日电（记者 张三）", "（2024年12月31日）"],
    ],
)
def test_a_year_the_report_does_not_give_as_its_own_dates_nothing(lines: list[str]) -> None:
    assert dateline_date(lines) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a page's date over the report, the same day given again on a line of its own
        (
            ["2024年12月31日 09:30", "新华社北京12月31日电 会议召开。", "2024年12月31日"],
            "2024-12-31",
        ),
        # a date line under the dateline (a paper's issue line left in the text)
        (["本报北京12月31日电 会议召开。", "（2024年12月31日）"], "2024-12-31"),
    ],
)
def test_one_year_given_in_full_on_the_day_dates_the_report(
    lines: list[str], expected: str
) -> None:
    assert dateline_date(lines) == expected


_LOCAL_REPORT = """全市经济工作会议召开
{opening}全市经济工作会议在市委礼堂召开，市委书记张三出席会议并讲话。
会议指出，2024年全市经济运行总体平稳，2025年要稳中求进。
会议要求，2025年12月31日前完成全部改造任务。
"""


@pytest.mark.parametrize(
    "opening", ["本报讯 12月31日，", "本报讯（记者 李四）12月31日，", "本报北京12月31日电 "]
)
def test_a_local_report_without_its_year_is_not_dated_by_its_deadlines(opening: str) -> None:
    """本报讯 12月31日 and 本报北京12月31日电 give no year: the years the report names (the
    one ending, the one to come, a deadline's) are not its own, so it stays undated."""
    text = _LOCAL_REPORT.format(opening=opening)
    document = import_bytes(text.encode(), "report.txt")
    assert (document.date, document.speeches[0].date) == (None, None)


@pytest.mark.parametrize("opening", ["本报讯 12月31日，", "本报北京12月31日电 "])
def test_a_local_report_under_its_date_line_takes_that_date(opening: str) -> None:
    text = _LOCAL_REPORT.format(opening=opening).replace("召开\n", "召开\n（2024年12月31日）\n", 1)
    document = import_bytes(text.encode(), "report.txt")
    assert document.speeches[0].date == "2024-12-31"


_LOCAL_OPENINGS = [
    "本报讯（记者 张三）12月31日，全市经济工作会议在市委礼堂召开。",
    "本报讯 12月31日上午，全市经济工作会议在市委礼堂召开。",
    "本報訊（記者 張三）12月31日，全市經濟工作會議在市委禮堂召開。",
    "某某日报讯（记者 张三 通讯员 李四）12月31日，全市经济工作会议召开。",
    "本网讯（通讯员 王五）１２月３１日下午，全市经济工作会议召开。",
]


@pytest.mark.parametrize("opening", _LOCAL_OPENINGS)
def test_a_local_report_s_day_after_its_flash_takes_the_year_of_its_page(opening: str) -> None:
    assert dateline_date(["某某日报 2024年12月31日 星期二", opening]) == "2024-12-31"
    assert dateline_date(["（2024年12月）", opening]) == "2024-12-31"


@pytest.mark.parametrize("opening", _LOCAL_OPENINGS)
def test_a_local_report_without_a_year_stays_undated(opening: str) -> None:
    assert dateline_date(["全市经济工作会议召开", opening, "会议指出，要稳中求进。"]) is None
    # a year the title names is not the day's (a conference in December plans the next year)
    assert dateline_date(["2025年经济工作会议召开", opening]) is None


@pytest.mark.parametrize(
    "opening",
    [
        "本报讯（记者 张三）近日，全市经济工作会议召开。",  # no day
        "会上，本报讯记者采访了有关负责人。",  # not the opening
        "12月31日，全市经济工作会议召开。",  # no flash: a sentence's day
    ],
)
def test_no_flash_s_day(opening: str) -> None:
    assert dateline_date(["2024年12月31日", opening]) is None


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        (("2025-01-02", "2025-01-03"), "2024-12-31"),  # written up after the new year
        (("2024-12-31",), "2024-12-31"),
        (("2024-12-29", "2024-12-31"), "2024-12-31"),  # drafted the day before
        (("2013-12-23", "2025-01-05"), "2024-12-31"),  # a template's stamp says nothing
        (("2024-12-30", "2025-06-01"), "2024-12-31"),  # nor does an edit months later
        (("2019-03-01",), None),  # far from any 12月31日
        (("2023-12-31", "2025-01-02"), None),  # near ones disagreeing
        ((), None),
    ],
)
def test_a_word_file_s_stamps_give_the_year_the_text_does_not(
    stamps: tuple[str, ...], expected: str | None
) -> None:
    for opening in ("本报讯（记者 张三）12月31日，会议召开。", "新华社北京12月31日电 会议召开。"):
        assert dateline_date(["全市经济工作会议召开", opening], stamps) == expected


def test_the_text_s_year_wins_over_the_stamps() -> None:
    lines = ["2023年12月31日", "本报讯（记者 张三）12月31日，会议召开。"]
    assert dateline_date(lines, ("2025-01-02",)) == "2023-12-31"


def _report_docx(created: datetime | None, modified: datetime | None) -> bytes:
    """A local report as a Word file, with the days Word says it was created and saved."""
    document = new_document()
    for text in [
        "全市经济工作会议召开",
        *_LOCAL_OPENINGS[:1],
        "会议指出，今年以来全市经济运行稳中有进。",
    ]:
        document.add_paragraph(text)
    properties = document.core_properties
    for tag, stamp in (("created", created), ("modified", modified)):
        for element in properties._element.findall(qn(f"dcterms:{tag}")):
            properties._element.remove(element)
        if stamp is not None:
            setattr(properties, tag, stamp)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


@pytest.mark.parametrize(
    ("created", "modified", "expected"),
    [
        (datetime(2025, 1, 2, 9), datetime(2025, 1, 3, 17), "2024-12-31"),
        (datetime(2013, 12, 23), datetime(2013, 12, 23), None),  # python-docx's template
        (None, None, None),
    ],
)
def test_a_word_report_takes_its_year_from_when_it_was_written(
    created: datetime | None, modified: datetime | None, expected: str | None
) -> None:
    (speech,) = import_bytes(_report_docx(created, modified), "report.docx").speeches
    assert speech.date == expected


@pytest.mark.parametrize("clock", ["2024年12月31日 星期二", "某某日报 2024年12月31日 星期二"])
def test_a_saved_page_s_clock_on_the_report_s_day_gives_its_year(clock: str) -> None:
    text = f"{clock}\n全市经济工作会议召开\n" + "\n".join(
        [_LOCAL_OPENINGS[0], "会议指出，今年以来全市经济运行稳中有进，发展质量持续提升。"]
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.date == "2024-12-31"
    other_day = text.replace("12月31日 星期二", "12月30日 星期一")
    assert import_bytes(other_day.encode(), "report.txt").speeches[0].date is None


@pytest.mark.parametrize(
    "lead",
    [
        "新华社北京3月5日电 2024年3月5日上午，十四届全国人大二次会议在人民大会堂开幕。",
        "新华社北京3月5日电（记者张三）大会5日上午开幕。这是2024年3月5日拍摄的会场。",
        "新华社北京3月5日电 二〇二四年三月五日上午，大会开幕，会期至2024年3月11日。",
    ],
)
def test_a_dateline_takes_its_year_from_the_day_its_lead_gives_in_full(lead: str) -> None:
    report = f"两会开幕\n{lead}\n会议要求，认真贯彻落实。2025年是关键一年。\n"
    document = import_bytes(report.encode(), "report.txt")
    assert (document.date, document.speeches[0].date) == ("2024-03-05", "2024-03-05")


@pytest.mark.parametrize(
    "lead",
    [
        # the day as a deadline or a start: not the day reported
        "新华社北京12月31日电 会议要求，2025年12月31日前完成改造任务。",
        "新华社北京12月31日电 自2025年12月31日起施行。",
        # two years on the day: neither is sure
        "新华社北京12月31日电 2023年12月31日和2024年12月31日，会议两次召开。",
        # a feature recalling the day of a past year, no time of that day: an anniversary
        "新华社北京12月31日电 2019年12月31日，总书记在这里考察时强调，要把工作做实。",
    ],
)
def test_a_lead_naming_the_day_otherwise_gives_no_year(lead: str) -> None:
    assert dateline_date([lead, "会议指出，稳中求进。"]) is None


def _page(head: str) -> bytes:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。",
            "国务院总理在会上作政府工作报告。他说，过去一年经济回升向好。",
            "会议要求，各地区各部门要认真贯彻落实，2025年要稳中求进。",
        )
    )
    return (
        f"<html><head><title>两会开幕</title>{head}</head><body><h1>两会开幕</h1>"
        f"<div class='article'>{paragraphs}</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "meta",
    [
        "<meta name='PubDate' content='2024-03-05 10:20'>",
        "<meta name='firstpublishedtime' content='2024-03-06-08:00:00'>",
        "<meta property='article:published_time' content='2024-03-05T10:20:00+08:00'>",
    ],
)
def test_a_page_s_publication_date_gives_its_dateline_its_year(meta: str) -> None:
    document = import_bytes(_page(meta), "a.html")
    assert (document.date, document.speeches[0].date) == ("2024-03-05", "2024-03-05")


@pytest.mark.parametrize(
    "meta",
    [
        "",
        # a page edited long after (a modified time), or published years after the day
        "<meta name='lastmodifiedtime' content='2024-03-06 10:20'>",
        "<meta name='PubDate' content='2026-11-20 10:20'>",
    ],
)
def test_a_page_without_its_publication_near_the_day_stays_undated(meta: str) -> None:
    assert import_bytes(_page(meta), "a.html").speeches[0].date is None


def test_a_page_s_publication_day_outweighs_another_year_s_day_its_lead_recalls() -> None:
    # a feature on an anniversary opens with the day of a past year (2019年3月5日，…): the
    # page published on the day puts the report in its own year
    lead = "新华社北京3月5日电 2019年3月5日，总书记在这里考察时强调，要把工作做实。五年来，…"
    page = (
        "<html><head><title>五年来</title><meta name='PubDate' content='2024-03-05 10:20'>"
        f"</head><body><h1>五年来</h1><div class='article'><p>{lead}</p>"
        "<p>会议要求，各地区各部门要认真贯彻落实，2025年要稳中求进。</p></div></body></html>"
    )
    document = import_bytes(page.encode(), "a.html")
    assert (document.date, document.speeches[0].date) == ("2024-03-05", "2024-03-05")
