"""Tests for the bylines a copy sets on lines of their own at the top of a speech: a name over
its day, a day before a name, a byline stamped with its time (head_authors, removals)."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.imported import Speech
from desktop.core.importing import import_bytes

_TITLE = "在全市经济工作会议上的讲话"
_BODY = [
    "同志们：",
    "今天我们召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。",
    "一、去年工作回顾",
    "去年，全市经济运行稳中有进。",
]
# a post as WeChat's copy gives it: the account's chrome over its words
_POST_TOP = ["某某发布", "原创 某某发布 2024-03-06 08:30"]


def _marked(speech: Speech, *kinds: str) -> list[tuple[str, str]]:
    """The speech's spans of ``kinds``, with their words."""
    text = speech.text
    return [(span.kind, text[span.start : span.end]) for span in speech.spans if span.kind in kinds]


@pytest.mark.parametrize("name", ["王建国", "市委书记 王建国", "欧阳小明"])
@pytest.mark.parametrize("day", ["2024年3月6日", "（2024年3月6日）", "2024-03-06"])
@pytest.mark.parametrize("title", [None, _TITLE])
def test_a_name_over_its_day_at_the_top_is_a_byline_not_the_title(
    name: str, day: str, title: str | None
) -> None:
    # a speech-writer's copy: the speaker's name, then the day, each on a line, over the title
    lines = [name, day, *([title] if title else []), *_BODY]
    document = import_bytes("\n".join(lines).encode(), "speech.txt")
    (speech,) = document.speeches
    role = "市委书记" if " " in name else None
    assert (speech.role, speech.speaker, speech.date) == (role, name.split()[-1], "2024-03-06")
    assert _marked(speech, SpanKind.SPEAKER, SpanKind.DATE) == [
        (SpanKind.SPEAKER, name),
        (SpanKind.DATE, day),
    ]
    # the title under the byline is marked so: no line of the body, nor of the outline
    assert _marked(speech, SpanKind.TITLE) == ([(SpanKind.TITLE, title)] if title else [])
    # titleless, the speech is named by its first words under the salutation
    assert speech.title == (
        title or "今天我们召开全市经济工作会议，主要任务是总结去年工作，部署今…"
    )
    assert name not in document.title
    assert [node.label for node in speech.outline] == ["一、去年工作回顾"]


@pytest.mark.parametrize("top", [[], _POST_TOP])
def test_a_name_opening_the_text_over_a_title_is_its_speaker_not_a_title(top: list[str]) -> None:
    lines = [*top, "王建国", _TITLE, "（2024年3月6日）", *_BODY]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert (document.title, speech.title, speech.speaker) == (_TITLE, _TITLE, "王建国")
    assert _marked(speech, SpanKind.TITLE) == [(SpanKind.TITLE, _TITLE)]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a surname opens many words: a word over the salutation is a speech's short title
        (["文明", *_BODY], "文明"),
        # 焦裕禄 over 学习焦裕禄精神 may be a title of two lines: the person is its subject
        (["焦裕禄", "学习焦裕禄精神", *_BODY], "学习焦裕禄精神"),
        # over a title that names no speech, a word (黄河) may be a column's name
        (["黄河", "凝心聚力谋发展", *_BODY], "凝心聚力谋发展"),
        # a page's short headline over its byline (removed): the byline names no one
        (["高考", "发布时间：2024-06-07 10:00", *_BODY], "高考"),
        (["高考", "2024-06-07 10:00", *_BODY], "高考"),
    ],
)
def test_a_word_like_a_name_over_no_day_or_speech_title_names_no_speaker(
    lines: list[str], title: str
) -> None:
    (speech,) = import_bytes("\n".join(lines).encode(), "essay.txt").speeches
    assert (speech.title, speech.speaker) == (title, None)


# words a surname opens (jieba's words, nobody's names), listed or not in the sweep that found them
_WORDS = ["文明", "黄河", "安全", "金融", "高新区", "孔子", "周期", "石油", "林业", "杜绝"]


@pytest.mark.parametrize("word", _WORDS)
def test_a_word_over_the_day_at_the_top_is_no_speaker(word: str) -> None:
    lines = [word, "2024年3月6日", *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "speech.txt").speeches
    assert (speech.speaker, speech.date) == (None, "2024-03-06")
    assert word in speech.title


@pytest.mark.parametrize("word", _WORDS)
def test_a_word_over_a_speech_title_is_no_speaker(word: str) -> None:
    # a short headline over its occasion line, as 凝心聚力谋发展 over it reads
    lines = [word, _TITLE, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "speech.txt").speeches
    assert (speech.title, speech.speaker) == (word, None)
    assert _marked(speech, SpanKind.TITLE, SpanKind.SUBTITLE) == [
        (SpanKind.TITLE, word),
        (SpanKind.SUBTITLE, _TITLE),
    ]


@pytest.mark.parametrize("name", ["李强", "欧阳修", "司马光", "刘翔", "张伟"])
@pytest.mark.parametrize("under", ["2024年3月6日", _TITLE])
def test_a_real_name_over_its_day_or_a_speech_title_is_still_the_speaker(
    name: str, under: str
) -> None:
    lines = [name, under, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "speech.txt").speeches
    assert speech.speaker == name


@pytest.mark.parametrize("line", ["高峰", "作者：高峰", "【讲话人】高峰"])
@pytest.mark.parametrize("under", [_BODY[0], "2024年3月6日"])
def test_a_name_that_is_also_a_word_under_the_title_is_the_speaker(line: str, under: str) -> None:
    # under a speech's title, over its salutation or day, or after a label, a person is named
    lines = [_TITLE, line, under, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "speech.txt").speeches
    assert (speech.title, speech.speaker) == (_TITLE, "高峰")


def test_a_speaker_s_line_under_the_title_names_the_speaker_not_the_line_over_it() -> None:
    # a 范文 site's column (范文 reads as a name) over the title, the speaker under it
    lines = ["范文", _TITLE, "市委书记 王建国", *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "page.txt").speeches
    assert (speech.title, speech.role, speech.speaker) == (_TITLE, "市委书记", "王建国")


@pytest.mark.parametrize("under", ["市委书记 王建国", "王建国", "市委书记王建国"])
def test_a_name_over_the_title_that_its_speaker_s_line_names_again_is_a_byline(
    under: str,
) -> None:
    # a copy sets the author over the title and the speech's own byline under it: both name
    # 王建国, so the line on top is a byline too, no title; the role given second is kept
    lines = ["王建国", _TITLE, under, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "page.txt").speeches
    role = "市委书记" if "市委书记" in under else None
    assert (speech.title, speech.role, speech.speaker) == (_TITLE, role, "王建国")
    assert _marked(speech, SpanKind.TITLE, SpanKind.SUBTITLE, SpanKind.SPEAKER) == [
        (SpanKind.SPEAKER, "王建国"),
        (SpanKind.TITLE, _TITLE),
        (SpanKind.SPEAKER, under),
    ]
    assert [node.label for node in speech.outline] == ["一、去年工作回顾"]


@pytest.mark.parametrize("other", ["市委书记 李明", "李明"])
def test_a_name_over_the_title_that_another_speaker_s_line_follows_stays_a_title_line(
    other: str,
) -> None:
    # the line on top names someone else: a column or a headline, as 范文 is
    lines = ["王建国", _TITLE, other, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "page.txt").speeches
    assert speech.speaker == "李明"
    assert (SpanKind.SPEAKER, "王建国") not in _marked(speech, SpanKind.SPEAKER)


@pytest.mark.parametrize("byline", [["王建国", "2024年3月6日"], ["王建国 2024年3月6日"]])
@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["凝心聚力谋发展 实干担当开新局", _TITLE], "凝心聚力谋发展 实干担当开新局"),
        (["关于进一步加强和改进", "新时代基层治理工作的实施意见"], None),
        (["中共某某市委", "关于加强基层治理的通知"], "关于加强基层治理的通知"),
    ],
)
def test_the_title_lines_under_a_top_byline_are_read_as_without_it(
    byline: list[str], head: list[str], title: str | None
) -> None:
    # a headline over its occasion line, a long title broken over two lines, an issuer's
    # name over its title
    (speech,) = import_bytes("\n".join([*byline, *head, *_BODY]).encode(), "x.txt").speeches
    assert speech.title == (title or "".join(head))
    assert (speech.speaker, speech.date) == ("王建国", "2024-03-06")
    assert [node.label for node in speech.outline] == ["一、去年工作回顾"]


@pytest.mark.parametrize("title", [None, _TITLE])
@pytest.mark.parametrize("byline", ["2024年3月6日 王建国", "2024-03-06　王建国"])
def test_a_day_before_a_name_at_the_top_is_a_byline(byline: str, title: str | None) -> None:
    lines = [byline, *([title] if title else []), *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "speech.txt").speeches
    assert (speech.speaker, speech.date) == ("王建国", "2024-03-06")
    assert byline not in speech.title
    assert speech.title == (
        title or "今天我们召开全市经济工作会议，主要任务是总结去年工作，部署今…"
    )


@pytest.mark.parametrize(
    ("byline", "role"),
    [
        ("王建国 2024年3月6日 08:30", None),
        ("王建国　2024-03-06 08:30:15", None),
        ("市委书记 王建国 2024-03-06 08:30", "市委书记"),
    ],
)
@pytest.mark.parametrize("over_the_title", [True, False])
@pytest.mark.parametrize("top", [[], _POST_TOP])
def test_a_byline_stamped_with_its_time_names_the_speaker(
    byline: str, role: str | None, over_the_title: bool, top: list[str]
) -> None:
    # a blog's or a news app's copy: the author and the time posted, removed for its clock
    head = [byline, _TITLE] if over_the_title else [_TITLE, byline]
    lines = [*top, *head, *_BODY]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert (speech.role, speech.speaker, speech.date) == (role, "王建国", "2024-03-06")
    assert (document.title, speech.title) == (_TITLE, _TITLE)
    assert byline not in speech.text


@pytest.mark.parametrize("name", ["王建国", "市委书记 王建国"])
def test_a_name_over_a_stamp_with_its_time_is_the_speaker(name: str) -> None:
    # a news app's copy: the author's line, the time posted under it (removed as chrome)
    lines = [name, "2024-03-06 08:30", _TITLE, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "post.txt").speeches
    assert (speech.speaker, speech.date, speech.title) == ("王建国", "2024-03-06", _TITLE)


def test_an_account_s_stamped_line_names_no_speaker() -> None:
    lines = [*_POST_TOP, _TITLE, *_BODY]
    (speech,) = import_bytes("\n".join(lines).encode(), "post.txt").speeches
    assert (speech.speaker, speech.date, speech.title) == (None, "2024-03-06", _TITLE)
