"""A greeting opening a speech's words (大家好！) names no speech, as a salutation (同志们：)
names none: a titleless speech is named by its first words after it.

The fixtures are written as copies off the web look: WeChat's 原创 line with the account and
the time posted, 阅读量, the speech, 编辑/责编 under it.
"""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.lines import greeting_length

_ABOVE = ["原创 青春某某 2024-05-04 08:30", "阅读量 1.2万"]
_FIRST = (
    "今天，很高兴和大家一起参加青年创新创业大赛的颁奖典礼。首先，我代表市委、市政府，"
    "向获奖的团队和个人表示热烈的祝贺！"
)
_SPEECH = [
    _FIRST,
    "过去一年，全市青年创新创业工作取得了新的进展，一批青年人才来到我市创业发展。",
    "希望大家继续努力，为全市高质量发展贡献青春力量。谢谢大家！",
]
_BELOW = ["编辑：张晓", "责编：李明"]
_TITLE = "在青年创新创业大赛颁奖典礼上的致辞"


@pytest.mark.parametrize(
    "greeting",
    ["大家好！", "大家好", "同志们好！", "各位上午好！", "大家晚上好。", "同学们，大家好！"],
)
def test_a_titleless_speech_is_not_named_by_its_greeting(greeting: str) -> None:
    lines = [*_ABOVE, greeting, *_SPEECH, *_BELOW]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert speech.title.startswith("今天，很高兴和大家一起")
    assert document.title == speech.title
    assert speech.text.split("\n")[:2] == [greeting, _FIRST]  # the text keeps it


def test_a_greeting_under_the_title_is_no_title_line() -> None:
    lines = [*_ABOVE, _TITLE, "大家好", *_SPEECH, *_BELOW]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert (document.title, speech.title) == (_TITLE, _TITLE)
    greeting = next(span for span in speech.spans if span.start == len(_TITLE) + 1)
    assert greeting.kind == SpanKind.SALUTATION


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("大家好！", 4),
        ("大家好", 3),
        ("同志们好！今天我们召开这次会议。", 5),
        ("各位来宾好！", 6),
        ("大家上午好！", 6),
        ("同學們好！", 5),  # a Big5 copy
        ("早上好！", 4),
        ("好！", 0),  # a word of assent, greeting no one
        ("大家好好学习。", 0),
        ("友好合作是双方的共同愿望。", 0),
        ("很好！", 0),
    ],
)
def test_greeting_length(line: str, length: int) -> None:
    assert greeting_length(line) == length
