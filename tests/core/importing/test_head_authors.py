"""Tests for desktop/core/importing/head_authors.py: a speech's speaker and authors in its head."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.head_authors import _NAMED_DAY_MAX, named_day, title_speaker
from tests.core.importing.head_checks import head_of


def test_an_issuer_over_two_lines_under_the_title_is_no_second_title() -> None:
    head, _ = head_of(
        "新时代的中国绿色发展\n中华人民共和国\n国务院新闻办公室\n2023年1月\n前言\n"
        "绿色是生命的象征。"
    )
    assert head.titles == ["新时代的中国绿色发展"]
    assert head.speaker == "中华人民共和国国务院新闻办公室"
    assert head.date == "2023-01"


def test_an_authors_unit_and_name_under_the_title_are_its_speaker() -> None:
    head, _ = head_of("对照检查要有针对性\n某某县某某镇人民政府 王建国\n撰写对照检查材料是关键。")
    assert head.titles == ["对照检查要有针对性"]
    assert (head.role, head.speaker) == ("某某县某某镇人民政府", "王建国")


@pytest.mark.parametrize("under", ["2024年5月8日", "为摸清情况，我们开展了专题调研。"])
def test_a_unit_alone_under_the_title_is_its_author_not_a_second_title(under: str) -> None:
    head, _ = head_of(
        f"关于某某镇乡村旅游发展的调研报告\n某某市委政策研究室\n{under}\n一、基本情况"
    )
    assert head.titles == ["关于某某镇乡村旅游发展的调研报告"]
    assert (head.role, head.speaker) == (None, "某某市委政策研究室")


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
    head, _ = head_of(text)
    assert head.speaker == name
    assert head.role is None
    assert len(head.titles) == 1


@pytest.mark.parametrize(
    "text",
    [
        "在全市经济工作会议上的讲话\n前言\n今天开会，主要任务是总结工作。",  # a heading: no surname
        "关于加强作风建设的意见\n王小明\n今天开会，主要任务是总结工作。",  # no date or salutation
    ],
)
def test_a_short_line_is_not_a_speaker_out_of_place(text: str) -> None:
    head, _ = head_of(text)
    assert head.speaker is None


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
    head, _ = head_of(text)
    assert head.titles == [text.split("\n")[0]]


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
    head, paragraphs = head_of(f"在全市工作会议上的讲话\n{line}\n今天的会议很重要。")
    assert head.speaker == name
    marks = [(kind, paragraphs[p].text[a:b]) for kind, p, a, b in head.marks]
    assert marks[1:] == [(SpanKind.SPEAKER, name), (SpanKind.SALUTATION, salutation)]
    assert head.body_start == 2
    assert 1 in head.whole_lines(paragraphs)


def test_a_name_glued_to_a_salutation_opening_the_body_leaves_the_words_to_it() -> None:
    head, paragraphs = head_of("在全市工作会议上的讲话\n李强同志们：今天的会议很重要。")
    assert head.speaker == "李强"
    assert head.body_start == 1
    assert head.opening_marks(paragraphs) == {0: 11, 1: 6}


@pytest.mark.parametrize("line", ["常委同志们：", "文艺界同志们：", "同志们："])
def test_listeners_glued_to_a_salutation_name_no_speaker(line: str) -> None:
    head, _ = head_of(f"在全市工作会议上的讲话\n{line}\n今天的会议很重要。")
    assert head.speaker is None


@pytest.mark.parametrize("author", ["《求是》杂志编辑部", "本报评论员", "某某省委理论学习中心组"])
def test_a_body_writing_as_the_author_under_the_title_is_its_speaker(author: str) -> None:
    head, _ = head_of(f"新征程是充满光荣和梦想的远征\n{author}\n今天，我们正意气风发迈上新征程。")
    assert head.titles == ["新征程是充满光荣和梦想的远征"]
    assert head.speaker == author


def test_a_title_naming_a_group_is_still_a_title() -> None:
    head, _ = head_of("某某市人民政府\n关于成立某某课题组\n现将有关事项通知如下。")
    assert head.titles[-1] == "关于成立某某课题组"
    assert head.speaker is None


def test_a_date_glued_to_the_authors_name_dates_the_article_and_names_its_author() -> None:
    head, _ = head_of(
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
    head, _ = head_of(f"论师德师风\n{byline}\n中共二十大报告明确提出了科教兴国战略任务。")
    assert head.titles == ["论师德师风"]
    assert (head.date, head.speaker) == (date, authors)
    assert head.body_start == 2


def test_a_title_opening_with_a_date_stays_a_title() -> None:
    head, _ = head_of("元旦献词\n2019年1月1日新年贺词\n同志们：\n新年好。")
    assert head.titles == ["元旦献词", "2019年1月1日新年贺词"]


def test_a_line_of_several_authors_names_them_all() -> None:
    head, _ = head_of("论师德师风\n陈某某 段某某\n中共二十大报告明确提出了科教兴国战略任务。")
    assert head.titles == ["论师德师风"]
    assert head.speaker == "陈某某、段某某"


@pytest.mark.parametrize(
    ("title", "said_by"),
    [
        ("王某某同志在全市经济工作会议上的讲话", (None, "王某某")),
        ("市委书记王某某在全市经济工作会议上的讲话", ("市委书记", "王某某")),
        ("——市长 李某某在全市安全生产工作会议上的致辞", ("市长", "李某某")),
        ("在全市经济工作会议上的讲话", None),  # no one named
        ("全市各级干部在全市经济工作会议上的发言", None),  # no person's name
        ("学习贯彻王某某同志在全市经济工作会议上的讲话精神", None),  # about a speech
        ("王某某在湖南考察时强调", None),  # a report of what was said, no speech's title
        ("王某某在全市经济工作会议上讲话", None),  # a report's headline: it tells of one
    ],
)
def test_the_speaker_a_speech_s_title_names_before_its_occasion(
    title: str, said_by: tuple[str | None, str] | None
) -> None:
    assert title_speaker(title) == said_by


def test_a_speech_titled_with_its_speaker_s_name_is_theirs() -> None:
    text = (
        "王某某同志在全市经济工作会议上的讲话\n（2024年12月20日）\n"
        "同志们：\n今天召开会议，部署明年工作。\n"
    )
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert (speech.role, speech.speaker, speech.date) == (None, "王某某", "2024-12-20")


def test_front_matter_s_author_outranks_the_name_in_the_title() -> None:
    text = (
        "---\nauthor: 市长 李某某\n---\n\n# 王某某同志在全市经济工作会议上的讲话\n\n"
        "同志们：\n\n今天召开会议，部署明年工作。\n"
    )
    (speech,) = import_bytes(text.encode(), "speech.md").speeches
    assert (speech.role, speech.speaker) == ("市长", "李某某")


# a speech as a post's copy gives it: the account's chrome over its words, 编辑 under them
_POST_TOP = ["某某发布", "原创 某某发布 2024-03-06 08:30"]
_SPEECH_BODY = [
    "同志们：",
    "今天我们召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。",
    "一、去年工作回顾",
    "去年，全市经济运行稳中有进。",
    "编辑：张三",
]
_ARTICLE_BODY = [
    "基层是国家治理的基石，也是服务群众的最后一公里。",
    "一、把党的领导贯穿基层治理全过程",
    "要健全党组织领导的基层群众自治机制。",
]


@pytest.mark.parametrize(
    ("byline", "role", "who"),
    [
        ("王建国 2024年3月6日", None, "王建国"),
        ("王建国　2024-03-06", None, "王建国"),
        ("市委书记 王建国 2024年3月6日", "市委书记", "王建国"),
        ("中共某某市委 2024年3月6日", None, "中共某某市委"),
    ],
)
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (None, _SPEECH_BODY),  # a titleless speech, its byline on top
        ("在全市经济工作会议上的讲话", _SPEECH_BODY),
        ("关于加强基层治理的几点思考", _ARTICLE_BODY),  # an article under its author's byline
    ],
)
@pytest.mark.parametrize("top", [[], _POST_TOP])
def test_a_name_with_its_day_is_a_dated_byline_not_a_title(
    byline: str, role: str | None, who: str, title: str | None, body: list[str], top: list[str]
) -> None:
    lines = [*top, *([title] if title else []), byline, *body]
    (speech,) = import_bytes("\n".join(lines).encode(), "post.txt").speeches
    assert (speech.role, speech.speaker, speech.date) == (role, who, "2024-03-06")
    assert byline not in speech.title
    if title is not None:
        assert speech.title == title
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    name, day = byline[: byline.index("2")].rstrip(), byline[byline.index("2") :]
    assert [(SpanKind.SPEAKER, name), (SpanKind.DATE, day)] == [
        mark for mark in marked if mark[0] in (SpanKind.SPEAKER, SpanKind.DATE)
    ]
    assert speech.outline[0].label == next(line for line in body if line.startswith("一、"))


@pytest.mark.parametrize(
    "line",
    [
        "王建国 2024年3月6日在全市经济工作会议上的讲话",  # a title opening with its speaker and day
        "春节团拜会 2024年2月8日",  # an occasion and its day, no one's name
    ],
)
def test_a_title_holding_a_name_or_an_occasion_and_a_day_stays_the_title(line: str) -> None:
    (speech,) = import_bytes("\n".join([line, *_SPEECH_BODY]).encode(), "speech.txt").speeches
    assert speech.title == line
    assert speech.speaker is None


@pytest.mark.parametrize(
    "title", ["在全市经济工作会议上的讲话", "重磅！在全市经济工作会议上的讲话"]
)
def test_a_dated_byline_over_the_title_leaves_it_the_title(title: str) -> None:
    lines = [*_POST_TOP, "王建国 2024年3月6日", title, *_SPEECH_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "post.txt").speeches
    assert (speech.title, speech.speaker, speech.date) == (
        "在全市经济工作会议上的讲话",
        "王建国",
        "2024-03-06",
    )
    marked = [(span.kind, speech.text[span.start : span.end]) for span in speech.spans]
    assert (SpanKind.TITLE, title) in marked


@pytest.mark.parametrize(
    "byline",
    [
        "株洲市委书记王建国（2024年3月6日下午）",
        "·市委书记王建国（2024年3月6日下午16：30-17：30）",  # a PDF's bullet, the hours
    ],
)
def test_a_speakers_line_with_the_time_of_day_is_a_dated_byline_not_the_title(byline: str) -> None:
    """A speech converted from a brochure gives who spoke and when, down to the hour, under its
    title: the speaker and the day, not the speech's title."""
    title = "在某某委员会成立暨第一次全体会议上的主持讲话"
    lines = [title, byline, *_SPEECH_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "a.txt").speeches
    assert (speech.title, speech.speaker, speech.date) == (title, "王建国", "2024-03-06")
    assert speech.role in ("株洲市委书记", "市委书记")


@pytest.mark.parametrize(("pad", "read"), [(0, True), (1, False)])
def test_a_dated_byline_is_read_up_to_its_longest_and_no_further(pad: int, read: bool) -> None:
    # named_day skips a longer line before its pattern: the skip must stop at the same length
    byline = "市委书记 王建国 2024年3月6日"
    line = " " * (_NAMED_DAY_MAX - len(byline) + pad) + byline
    found = named_day(line)
    assert (found is not None) is read
    if found is not None:
        assert (found.said_by, found.date) == (("市委书记", "王建国"), "2024-03-06")
