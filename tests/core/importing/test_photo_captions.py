"""A photo's caption closed by its credit (…新华社记者 李学仁 摄, （张晓明 摄）) where the photo
was: dropped as a caption opening 图为… is, and never joined to the paragraph under it.

The fixtures are written as copies off the web look: the headline, the account's byline with
the time posted, 阅读量, the report with its photos' captions, 编辑/责编 under it.
"""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.chars import display_width
from desktop.core.importing.joining import WrapLayout, sentence_continues, wrap_continues
from desktop.core.importing.press import ends_with_photo_credit

_HEADLINE = "全市经济工作会议召开"
_ABOVE = ["某某发布 2024-12-21 08:30", "阅读量 3000"]
_LEAD = "12月20日，全市经济工作会议召开。市委书记王建国出席会议并讲话。"
_PARAGRAPHS = [
    "会议指出，今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。",
    "会议强调，要坚持以高质量发展为主题，着力扩大有效需求，推动经济持续回升向好。",
    "会议要求，各级各部门要以时不我待的紧迫感抓好各项工作落实。",
]
_BELOW = ["编辑：张晓", "责编：李明"]
# Longer than a caption removed whole: the words of a photo agency's caption, then its credit.
_LONG_CAPTION = (
    "12月20日，全市经济工作会议在市会议中心召开，市四套班子领导、各区县和市直各部门主要负责同志"
    "参加会议，会场座无虚席。新华社记者 李学仁 摄"
)


def _report(*captions: str) -> list[str]:
    """The report with a caption under its lead and under each of its paragraphs but the last."""
    body = [_LEAD]
    for caption, paragraph in zip(captions, _PARAGRAPHS, strict=False):
        body += [caption, paragraph]
    return [_HEADLINE, *_ABOVE, *body, *_PARAGRAPHS[len(captions) :], *_BELOW]


@pytest.mark.parametrize(
    "caption",
    [
        "新华社记者 李学仁 摄",
        "本报记者 王磊摄",
        "（张晓明 摄）",
        "新华社发（张晓明 摄）",
        "会议现场。（张晓明 摄）",
        "12月20日，全市经济工作会议在市会议中心召开。新华社记者 李学仁 摄",
        "新華社記者 李學仁 攝",
    ],
)
def test_a_caption_closed_by_its_credit_is_dropped(caption: str) -> None:
    document = import_bytes("\n".join(_report(caption)).encode(), "report.txt")
    (speech,) = document.speeches
    assert speech.text.split("\n") == [_HEADLINE, _LEAD, *_PARAGRAPHS]
    assert (caption, RemovalKind.WEB_CHROME) in [(r.text, r.kind) for r in document.removed]
    assert speech.outline == []  # the credit heads no part


def test_a_long_caption_closed_by_its_credit_is_a_paragraph_of_its_own() -> None:
    document = import_bytes("\n".join(_report(_LONG_CAPTION)).encode(), "report.txt")
    (speech,) = document.speeches
    assert speech.text.split("\n") == [_HEADLINE, _LEAD, _LONG_CAPTION, *_PARAGRAPHS]


def test_a_caption_as_wide_as_a_wrapped_file_s_lines_ends_its_paragraph() -> None:
    width = display_width(_LONG_CAPTION)
    layout = WrapLayout(width, indents=False)
    assert not wrap_continues(layout, _LONG_CAPTION, width, _PARAGRAPHS[0], 0)
    assert not sentence_continues(_LONG_CAPTION, _PARAGRAPHS[0])


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("新华社记者 李学仁 摄", True),
        ("新华社记者李学仁 摄", True),
        ("本报记者 王磊、李华 摄", True),
        ("新华社记者 李学仁 谢环驰 摄", True),
        ("(张晓明摄)", True),
        ("通讯员 张三 摄", True),
        ("李学仁 摄", True),
        ("组织记者采访拍摄", False),  # 摄 ending a word, after a reporter's
        ("（现场拍摄）", False),
        ("要做好宣传拍摄", False),
        ("统筹兼顾，统摄全局", False),
        ("（张晓明 摄", False),  # a bracket left open
    ],
)
def test_ends_with_photo_credit(line: str, credit: bool) -> None:
    assert ends_with_photo_credit(line) is credit
