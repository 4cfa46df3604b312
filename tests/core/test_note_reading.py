"""A note's Markdown as it reads (``note_reading``): what search indexes and shows of a note."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.note_reading import note_reading


@pytest.mark.parametrize(
    ("note", "reading"),
    [
        ("**开头可用**：讲", "开头可用：讲"),
        ("*斜体*与`代码`", "斜体与代码"),
        ("见[政府网](https://www.gov.cn)原文", "见政府网原文"),
        ("## 标题 ##", "标题"),
        ("- 第一条\n* 第二条\n+ 第三条", "第一条\n第二条\n第三条"),
        ("1. 一\n2) 二", "一\n二"),
        ("> 引用的话", "引用的话"),
        ("上\n\n---\n\n下", "上\n下"),
        (r"\*不是强调\* \# 不是标题 a\\b", r"*不是强调* # 不是标题 a\b"),
        (r"\[不是](https://x.cn)链接", "[不是](https://x.cn)链接"),
        ("2020.5万人到场", "2020.5万人到场"),  # no space after the number: not a list
        ("#形势 不是标题", "#形势 不是标题"),  # a heading needs the space
        ("[点我](javascript:alert(1))", "[点我](javascript:alert(1))"),  # shown as typed
        ("", ""),
    ],
)
def test_a_note_reads_without_its_marks(note: str, reading: str) -> None:
    assert note_reading(note) == reading


@given(st.text(alphabet="甲乙*_`#>-+1. \\[]()\nhttps:/x", max_size=40))
def test_the_reading_is_never_longer_and_holds_no_private_characters(note: str) -> None:
    reading = note_reading(note)
    assert len(reading) <= len(note)
    assert not any("\ue000" <= char <= "\uf8ff" for char in reading)
