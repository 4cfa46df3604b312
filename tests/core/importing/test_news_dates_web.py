"""A news report copied off the web: its dateline's day, the year its page gives it.

The fixtures are written as such copies look: an account's name and 原创 line, the day it was
posted, 阅读量, the dateline or 本报讯 and the reporters on lines of their own, and the page's
发布时间/来源 and 编辑/责编 lines over or under the text.
"""

from __future__ import annotations

import pytest

from desktop.core.imported import ImportedDocument, RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.press import is_dateline, is_flash_alone, is_reporter_byline

_ACCOUNT = ["某某发布", "原创 某某发布 {posted}", "阅读量：1.2万"]
_CREDITS = ["编辑：张三", "责编：李四"]
_LEAD = "十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理作政府工作报告。"
_REPORT = [
    "报告指出，过去一年经济回升向好，高质量发展扎实推进。",
    "会议要求，各地区各部门要认真贯彻落实，2025年要稳中求进。",
]


def _copy(*lines: str, posted: str = "2024-03-06 08:30") -> ImportedDocument:
    """A report as a WeChat account's post copied off the web: account lines, then ``lines``."""
    text = "\n".join([*(line.format(posted=posted) for line in _ACCOUNT), *lines, *_CREDITS])
    return import_bytes(text.encode(), "post.txt")


def _dates(document: ImportedDocument) -> tuple[str | None, str | None]:
    return document.date, document.speeches[0].date


@pytest.mark.parametrize(
    "posted",
    [
        "2024-03-06 08:30",  # the next morning
        "2024-03-05 22:10",  # the same evening
        "2024-04-10 09:00",  # weeks after, reposted
    ],
)
def test_a_dateline_on_its_own_line_takes_the_year_the_post_gives(posted: str) -> None:
    document = _copy("两会开幕", "新华社北京3月5日电", _LEAD, *_REPORT, posted=posted)
    assert _dates(document) == ("2024-03-05", "2024-03-05")


def test_a_dateline_of_the_year_s_last_day_posted_after_new_year_keeps_its_year() -> None:
    lead = "中央经济工作会议12月31日在北京举行，会议总结了2024年经济工作。"
    document = _copy("会议召开", "新华社北京12月31日电", lead, posted="2025-01-01 07:00")
    assert _dates(document) == ("2024-12-31", "2024-12-31")


def test_a_post_long_after_the_dateline_s_day_gives_the_report_no_date() -> None:
    # months later, or a year's repost: the post's day is not the report's, nor its year
    # sure; the document (the post) is still of the day it was posted
    document = _copy("两会开幕", "新华社北京3月5日电", _LEAD, *_REPORT, posted="2024-09-01 08:30")
    assert _dates(document) == ("2024-09-01", None)


_HEADLINE = "王某某在全市经济工作会议上强调 坚定信心 稳中求进"
_LOCAL_LEAD = "本报讯（记者 李四）3月5日上午，全市经济工作会议召开。市委书记王某某出席并讲话。"
_LOCAL_BODY = ["他强调，要坚定信心，稳中求进，推动经济持续向好。", "会议要求，各地各部门抓好落实。"]
_PUBLISHED = "发布时间：2024-03-06 10:00　来源：某某日报"


@pytest.mark.parametrize(
    "lines",
    [
        # the page's publication line over the report, then its dateline
        [_HEADLINE, _PUBLISHED, _LOCAL_LEAD, *_LOCAL_BODY],
        # the dateline first, the publication line under the text
        [_HEADLINE, _LOCAL_LEAD, *_LOCAL_BODY, _PUBLISHED],
    ],
)
def test_a_report_s_day_is_its_dateline_s_not_the_day_it_was_published(lines: list[str]) -> None:
    document = import_bytes("\n".join(lines).encode(), "report.txt")
    assert _dates(document) == ("2024-03-05", "2024-03-05")


def test_a_page_without_a_dateline_is_still_dated_by_its_publication_line() -> None:
    lines = [_HEADLINE, _PUBLISHED, "近日，全市经济工作会议召开。市委书记王某某出席并讲话。"]
    document = import_bytes("\n".join([*lines, *_LOCAL_BODY]).encode(), "report.txt")
    assert _dates(document) == ("2024-03-06", "2024-03-06")


@pytest.mark.parametrize(
    "press",
    [
        ["本报讯", "（记者 李四）"],
        ["本报讯（记者 李四 通讯员 王五）"],
        ["某某日报讯", "（记者 李四 通讯员 王五）"],
        ["新华社北京3月5日电", "（记者 李四）"],
    ],
)
@pytest.mark.parametrize("published", ["发布时间：2024-03-05 10:00", "来源：某某日报 2024-03-05"])
def test_a_flash_and_its_reporters_on_lines_of_their_own(press: list[str], published: str) -> None:
    """本报讯 and （记者 李四） set on lines of their own over the lead are the report's
    furniture, not its title; the day the lead opens with gets the page's year."""
    lead = "3月5日上午，全市经济工作会议召开。市委书记王某某出席会议并讲话。"
    text = "\n".join(["全市经济工作会议召开", *press, lead, *_LOCAL_BODY, published, *_CREDITS])
    document = import_bytes(text.encode(), "report.txt")
    (speech,) = document.speeches
    assert (speech.title, speech.date) == ("全市经济工作会议召开", "2024-03-05")
    assert not any(line in speech.text for line in press)
    removed = [r.text for r in document.removed if r.kind == RemovalKind.WEB_CHROME]
    assert all(line in removed for line in press)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the lead under a dateline alone gives the day in full with its time: the year
        ("2024年3月5日上午，十四届全国人大二次会议在人民大会堂开幕。", "2024-03-05"),
        # a feature recalling the day of a past year, or a year ago: no year
        ("2019年3月5日，总书记在这里考察时强调，要把工作做实。", None),
        ("一年前的3月5日，总书记在这里考察时强调，要把工作做实。", None),
    ],
)
def test_the_lead_under_a_dateline_alone(lead: str, expected: str | None) -> None:
    text = "\n".join(["五年来", "新华社北京3月5日电", lead, *_REPORT])
    assert _dates(import_bytes(text.encode(), "report.txt")) == (expected, expected)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("这是2024年3月5日在人民大会堂拍摄的大会开幕会现场。", "2024-03-05"),
        # closed by the photo's credit, the caption is removed as chrome: it still dates it
        ("这是2024年3月5日拍摄的大会开幕会现场。新华社记者 李学仁 摄", "2024-03-05"),
        # an archive photo of the day of a past year, or another day's
        ("这是2019年3月5日拍摄的会场（资料照片）。", None),
        ("这是2024年3月4日拍摄的会场。", None),
    ],
)
def test_a_photo_of_the_day_further_on_gives_the_dateline_its_year(
    caption: str, expected: str | None
) -> None:
    text = "\n".join(["两会开幕", f"新华社北京3月5日电 {_LEAD}", caption, *_REPORT])
    assert _dates(import_bytes(text.encode(), "report.txt")) == (expected, expected)


def test_the_post_s_year_outweighs_a_past_year_the_lead_recalls() -> None:
    lead = "2019年3月5日，总书记在这里考察时强调，要把工作做实。五年来，当地牢记嘱托。"
    document = _copy("五年来", "新华社北京3月5日电", lead, *_REPORT, posted="2024-03-05 20:00")
    assert _dates(document) == ("2024-03-05", "2024-03-05")


@pytest.mark.parametrize(
    "line", ["本报讯", "本报讯（记者 张三）", "某某日报讯", "本網訊", "【明報專訊】", "本刊讯"]
)
def test_a_flash_alone_is_a_dateline(line: str) -> None:
    assert is_flash_alone(line)
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    ["本报讯 3月5日上午，全市会议召开。", "本报讯记者从市统计局获悉", "通讯", "喜报", "简讯"],
)
def test_other_lines_are_no_flash_alone(line: str) -> None:
    assert not is_flash_alone(line)


@pytest.mark.parametrize(
    "line", ["（记者 李四）", "（记者 李四 通讯员 王五）", "(本报记者 张三)", "（记者李四）"]
)
def test_a_bracketed_reporters_line_is_a_byline(line: str) -> None:
    assert is_reporter_byline(line)


@pytest.mark.parametrize("line", ["（记者手记）", "（完）", "（记者节）", "（本报记者）"])
def test_other_bracketed_lines_are_no_bylines(line: str) -> None:
    assert not is_reporter_byline(line)


def test_a_saved_page_s_visible_publication_line_gives_its_flash_s_day_its_year() -> None:
    page = (
        "<html><head><title>全市经济工作会议召开</title></head><body>"
        "<div class='nav'>首页 > 本地新闻</div><h1>全市经济工作会议召开</h1>"
        "<div class='info'>发布时间：2024-03-06 10:00　来源：某某日报　阅读量：1234</div>"
        "<div class='article'><p>本报讯</p><p>（记者 李四）</p>"
        "<p>3月5日上午，全市经济工作会议召开。市委书记王某某出席会议并讲话。</p>"
        f"{''.join(f'<p>{line}</p>' for line in _LOCAL_BODY)}</div>"
        "<div class='editor'>责任编辑：张三</div></body></html>"
    )
    document = import_bytes(page.encode(), "report.html")
    assert _dates(document) == ("2024-03-05", "2024-03-05")
    assert document.speeches[0].text.split("\n")[1].startswith("3月5日上午")
