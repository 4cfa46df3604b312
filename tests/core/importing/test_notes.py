"""A notes block closing a speech, cited by marks in its body, is no part of the outline."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.notes import notes_block

_BODY = "我们要深入学习有关论述①，这是做好工作的根本遵循②。"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ((_BODY, "注释：", "①《某某文选》第一卷。", "②《某某摘编》。"), range(1, 4)),
        (
            ("有关研究表明[1]，效果显著[2]。", "参考文献", "[1] 某某. 某书.", "[2] 某某. 某刊."),
            range(1, 4),
        ),
        ((_BODY, "注：", "①《某某文选》第一卷。", "③《某某摘编》。"), range(0)),  # not counting
        (("我们要深入学习有关论述。", "注释：", "①《某某文选》。", "②《某某摘编》。"), range(0)),
        ((_BODY, "①加强领导", "②落实责任"), range(0)),  # no label: a list
        ((_BODY, "注释：", "①《某某文选》。", "今后还要继续努力。"), range(0)),
    ],
)
def test_notes_block(lines: tuple[str, ...], expected: range) -> None:
    assert notes_block(lines) == expected


def test_the_notes_are_not_headings_and_the_marks_stay() -> None:
    text = "\n".join(
        [
            "论某项工作",
            "我们要深入学习有关重要论述①，切实把思想统一到决策部署上来。",
            "各级党组织要切实担负起主体责任，把这项工作抓紧抓实②。",
            "注释：",
            "①《某某文选》第三卷，某出版社1993年版。",
            "②《某某论述摘编》，某出版社2020年版。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "lun.txt").speeches
    assert speech.outline == []
    assert "论述①，" in speech.text
