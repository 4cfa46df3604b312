"""A title set over several lines over its occasion line is one title (title_sets)."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.imported import Speech
from desktop.core.importing import import_bytes
from tests.core.importing.head_checks import head_of

_UPPER = "坚定不移走高质量发展之路"
_LOWER = "为全面建设现代化某某市而团结奋斗"
_OCCASION = "——在中国共产党某某市第十三次代表大会上的报告"
_BODY = [
    "同志们：",
    "现在，我代表中共某某市第十二届委员会向大会作报告。",
    "一、过去五年的工作",
    "五年来，全市上下攻坚克难，经济运行稳中向好。",
]
_HEAD = [_UPPER, _LOWER, _OCCASION, "王某某", "（2021年9月26日）"]

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_要闻_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/">要闻</a> <a href="/">时政</a></div>
<div class="path">当前位置：首页 &gt; 要闻</div>
<div class="content">{paragraphs}</div>
<div class="footer">主办：某某日报社 关于我们 联系我们 版权所有</div>
</body></html>
"""


def _marked(speech: Speech) -> list[tuple[str, str]]:
    return [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]


def test_a_title_set_over_two_lines_over_its_occasion_is_one_title() -> None:
    document = import_bytes("\n".join([*_HEAD, *_BODY]).encode(), "report.txt")
    (speech,) = document.speeches
    assert speech.title == document.title == f"{_UPPER} {_LOWER}"
    assert _marked(speech)[:5] == [
        (SpanKind.TITLE, _UPPER),
        (SpanKind.TITLE, _LOWER),
        (SpanKind.SUBTITLE, _OCCASION),
        (SpanKind.SPEAKER, "王某某"),
        (SpanKind.DATE, "（2021年9月26日）"),
    ]
    assert (speech.speaker, speech.date) == ("王某某", "2021-09-26")
    assert [node.label for node in speech.outline] == ["一、过去五年的工作"]


def test_a_web_copy_of_a_title_set_over_two_lines_is_one_title() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*_HEAD, *_BODY])
    page = _PAGE.format(title=f"{_UPPER} {_LOWER}", paragraphs=paragraphs)
    document = import_bytes(page.encode(), "report.html")
    (speech,) = document.speeches
    assert speech.title == document.title == f"{_UPPER} {_LOWER}"
    assert (speech.speaker, speech.date) == ("王某某", "2021-09-26")


def test_a_title_whose_occasion_line_lost_its_dash_is_one_title_too() -> None:
    head = [_UPPER, _LOWER, _OCCASION.removeprefix("——"), *_HEAD[3:]]
    (speech,) = import_bytes("\n".join([*head, *_BODY]).encode(), "report.txt").speeches
    assert speech.title == f"{_UPPER} {_LOWER}"


@pytest.mark.parametrize(
    "upper",
    [
        "领导讲话",  # a column's name over the title
        "某某市人民政府",  # an issuer's or a site's name
        "市委书记王某某在全市大会上强调",  # a news kicker naming who said it
    ],
)
def test_a_name_or_a_kicker_over_the_title_is_no_half_of_it(upper: str) -> None:
    lines = [upper, _LOWER, *_HEAD[2:], *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "report.txt").speeches
    assert speech.title == _LOWER


def test_two_title_lines_over_a_body_are_not_joined() -> None:
    # no occasion line under them: the upper may be anything over the title (a kicker)
    lines = [_UPPER, _LOWER, "王某某", "（2021年9月26日）", *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "report.txt").speeches
    assert speech.title == _LOWER


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_title_broken_where_no_sentence_could_end_is_one_title(suffix: str) -> None:
    lines = [
        "关于加强和改进新形势下",
        "党的建设若干重大问题的决定",
        "（2009年9月18日中国共产党第十七届中央委员会第四次全体会议通过）",
        "全会认真分析了新形势下党的建设面临的形势和任务。",
        "一、加强和改进党的建设的重要性和紧迫性",
        "我们党是马克思主义执政党，党的建设关系重大。",
    ]
    if suffix == ".html":
        paragraphs = "".join(f"<p>{line}</p>" for line in lines)
        data = _PAGE.format(
            title="关于加强和改进新形势下党的建设若干重大问题的决定", paragraphs=paragraphs
        )
    else:
        data = "\n".join(lines)
    document = import_bytes(data.encode(), "decision" + suffix)
    (speech,) = document.speeches
    assert speech.title == document.title == "关于加强和改进新形势下党的建设若干重大问题的决定"
    assert speech.date == "2009-09-18"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("中国共产党某某市", "第十三次代表大会"),
        ("某某市第十五届人民代表大会", "第三次会议"),
    ],
)
def test_a_meetings_name_set_over_two_lines_is_one_title_line(upper: str, lower: str) -> None:
    # a cover or a 会标 sets the organ over its meeting's ordinal name
    lines = [upper, lower, "王某某同志的报告", "（2021年9月26日）", *_BODY]
    head, _ = head_of("\n".join(lines))
    assert head.titles == [upper + lower, "王某某同志的报告"]


def test_each_speech_of_a_compilation_takes_both_lines_of_its_set_title() -> None:
    second = ["凝心聚力谋发展", "实干担当开新局奋力谱写新篇章", "——在全市经济工作会议上的讲话"]
    lines = [*_HEAD, *_BODY, *second, "李某某", "（2021年12月20日）", *_BODY]
    document = import_bytes("\n".join(lines).encode(), "speeches.txt")
    assert [speech.title for speech in document.speeches] == [
        f"{_UPPER} {_LOWER}",
        "凝心聚力谋发展 实干担当开新局奋力谱写新篇章",
    ]
    assert not document.speeches[0].text.endswith("凝心聚力谋发展")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (f"{_UPPER}<br>{_LOWER}", f"{_UPPER} {_LOWER}"),
        (f"{_UPPER}<br/>{_LOWER}<br>{_OCCASION}", f"{_UPPER} {_LOWER}"),
        ("关于加强和改进某某工作<br>若干问题的决定", "关于加强和改进某某工作若干问题的决定"),
    ],
)
def test_a_page_s_heading_broken_by_line_breaks_is_one_title(heading: str, title: str) -> None:
    under = [line for line in _HEAD[2:] if line not in heading]
    paragraphs = "".join(f"<p>{line}</p>" for line in [*under, *_BODY])
    page = _PAGE.format(title=title, paragraphs=f"<h1>{heading}</h1>{paragraphs}")
    document = import_bytes(page.encode(), "report.html")
    (speech,) = document.speeches
    assert speech.title == document.title == title
    assert [node.label for node in speech.outline] == ["一、过去五年的工作"]
    assert (speech.speaker, speech.date) == ("王某某", "2021-09-26")


def test_a_heading_broken_before_a_numbered_heading_is_two_headings() -> None:
    body = (
        "<h2>一、总体要求<br>（一）指导思想</h2><p>坚持以人民为中心。</p>"
        "<h2>二、重点任务</h2><p>推进改造。</p>"
    )
    page = _PAGE.format(title="某某方案", paragraphs=f"<h1>某某市城市更新实施方案</h1>{body}")
    (speech,) = import_bytes(page.encode(), "plan.html").speeches
    labels = [node.label for node in speech.outline]
    assert labels == ["一、总体要求", "（一）指导思想", "二、重点任务"]


_PHRASES = [
    "高举某某思想伟大旗帜",
    "忠实践行“八八战略”",
    "奋力打造“重要窗口”",
    "争创社会主义现代化先行省",
]


@pytest.mark.parametrize("count", [3, 4])
def test_a_report_s_title_set_over_three_or_four_phrases_is_one_title(count: int) -> None:
    phrases = _PHRASES[-count:]
    lines = [*phrases, _OCCASION, *_BODY]
    document = import_bytes("\n".join(lines).encode(), "report.txt")
    (speech,) = document.speeches
    assert speech.title == document.title == " ".join(phrases)
    assert _marked(speech)[: count + 1] == [
        *((SpanKind.TITLE, phrase) for phrase in phrases),
        (SpanKind.SUBTITLE, _OCCASION),
    ]
    assert [node.label for node in speech.outline] == ["一、过去五年的工作"]


def test_a_web_copy_of_a_title_over_four_phrases_over_its_salutation_is_one_title() -> None:
    # the page left the occasion line out: the four phrases still stand right over 同志们：
    paragraphs = "".join(f"<p>{line}</p>" for line in [*_PHRASES, *_BODY])
    page = _PAGE.format(title="每周一学_学习专栏_某某中学", paragraphs=paragraphs)
    (speech,) = import_bytes(page.encode(), "report.html").speeches
    assert speech.title == " ".join(_PHRASES)


@pytest.mark.parametrize(
    ("page_lines", "phrases"),
    [
        (["某某新闻网", "领导讲话"], _PHRASES[2:]),  # a site's and a column's names
        (["某某新闻网", "领导讲话"], _PHRASES),
        (["某某新闻网", "要闻", "领导讲话"], _PHRASES),
        (["要闻"], _PHRASES[1:]),  # a column's name
        (["要闻"], _PHRASES),
    ],
)
def test_a_page_s_lines_over_a_title_set_still_crowd_out_of_it(
    page_lines: list[str], phrases: list[str]
) -> None:
    lines = [*page_lines, *phrases, _OCCASION, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "report.txt").speeches
    assert speech.title == " ".join(phrases)


def test_four_title_lines_over_no_speech_still_give_the_last_three() -> None:
    # a 4-line head of a page over a report: the site's line is no phrase of its title
    lines = ["某某市人民政府门户网站", *_PHRASES[1:], _OCCASION, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "report.txt").speeches
    assert speech.title == " ".join(_PHRASES[1:])
