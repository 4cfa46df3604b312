"""Plausibility: real text outscores the nonsense the same bytes give in another encoding."""

from __future__ import annotations

import pytest

from desktop.core.importing.readers.hanzi import plausibility

SIMPLIFIED = "今天，市委、市政府在这里召开大规模、高规格的工作会，总结前阶段工作，研究解决问题。"
TRADITIONAL = "今天，市委、市政府在這裡召開大規模、高規格的工作會議，總結前階段工作，研究解決問題。"
KOREAN = "대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."


@pytest.mark.parametrize(
    ("text", "encoding", "wrong"),
    [
        (SIMPLIFIED, "gb18030", "big5"),
        (SIMPLIFIED, "gb18030", "cp949"),
        (SIMPLIFIED, "gb18030", "utf-16-le"),
        (TRADITIONAL, "big5", "gb18030"),
        (KOREAN, "euc_kr", "gb18030"),
    ],
)
def test_the_right_decoding_scores_higher(text: str, encoding: str, wrong: str) -> None:
    nonsense = text.encode(encoding).decode(wrong, errors="replace")
    assert plausibility(text) > plausibility(nonsense) + 0.05
    assert plausibility(text) >= 0.8


def test_ascii_and_punctuation_say_nothing() -> None:
    assert plausibility("") == 1.0
    assert plausibility("plain ASCII, 123.") == 1.0


def test_junk_scores_low() -> None:
    assert plausibility("\ue000\ue001\ufffd\x81") == 0.0
