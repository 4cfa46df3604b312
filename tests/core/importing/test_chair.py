"""The chair's words in a 主持词: calling and thanking speakers, closing the meeting."""

from __future__ import annotations

import pytest

from desktop.core.importing.chair import is_chair_line


@pytest.mark.parametrize(
    "line",
    [
        "下面，请市委副书记、市长王某某同志讲话，大家欢迎。",
        "刚才，王某某同志作了很好的讲话，讲得很全面，我们要认真抓好落实。",
        "下麵請李某某同誌講話。",
        "让我们以热烈的掌声欢迎李书记讲话！",
        "会议到此结束，散会。",
        "会议就开到这里。",
        "现在，由王某某同志作报告。",
    ],
)
def test_the_chairs_lines(line: str) -> None:
    assert is_chair_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "下面，我讲三点意见。",
        "刚才大家观看了专题片，深受教育。",
        "欢迎各位来宾莅临指导。今年我们要抓好三件事。" * 10,
        "要抓好工作落实，确保各项任务完成。",
        "现在，请允许我代表市委、市政府，向大家表示衷心的感谢！",
        "下面，请允许我介绍一下我市的基本情况。",
    ],
)
def test_a_speakers_own_lines(line: str) -> None:
    assert not is_chair_line(line)
