"""A note's Markdown as it reads (``note_reading``): what search indexes and shows of a note."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.export.note_markup import inline_spans, inline_text
from desktop.core.note_reading import (
    _BLOCK_MARKS,
    _CLOSING_HASHES,
    _RULE,
    _hold_escapes,
    note_reading,
)


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


def _spans_reading(note: str) -> str:
    """The reading as it was made before ``inline_text``: each line's marks read by the
    regexes, then ``inline_spans``' spans joined (the reference the fast reading must equal)."""
    lines = []
    for line in note.splitlines():
        if _RULE.match(line):
            continue
        start = _BLOCK_MARKS.match(line)
        heading = start is not None and "#" in start.group()
        line = line[start.end() :] if start is not None else line
        if heading:
            line = _CLOSING_HASHES.sub("", line)
        held, escaped = _hold_escapes(line)
        text = "".join(span.text for span in inline_spans(held))
        for char, literal in escaped.items():
            text = text.replace(char, literal)
        if text.strip():
            lines.append(text.strip())
    return "\n".join(lines)


_MARKDOWN_BITS = st.sampled_from(
    [
        *'甲乙*_`#>-+=.)\\[]()<>" \t\n1２٣\u3000\ue000',
        "**",
        "https://x.cn",
        "http://",
        "mailto:a@b.cn",
        "javascript:",
        "[a](https://x.cn)",
        "[*b*](<https://x.cn/c d>)",
        "](",
        '"t"',
        "# ",
        "1. ",
        "---",
    ]
)
"""Notes made of Markdown's marks, links and URLs, look-alikes and words."""


@settings(max_examples=3000, deadline=None)
@given(st.lists(_MARKDOWN_BITS, max_size=30).map("".join))
def test_the_fast_reading_is_the_spans_reading(note: str) -> None:
    assert inline_text(note) == "".join(span.text for span in inline_spans(note))
    assert note_reading(note) == _spans_reading(note)


@pytest.mark.parametrize(
    "note",
    [
        "[a](javascript:*[b](https://x.cn)*)",  # a link read only inside emphasis
        "*[a](https://x.cn)* **[*b*](https://y.cn)** `[c](https://z.cn)`",
        "１. 全角数字\n٣) 数字\n   - 缩进\n\t> 制表",
        "\\*不是\\* [链接\\]](https://x.cn) **粗`码`体**",
    ],
)
def test_the_fast_reading_is_the_spans_reading_on_tricky_notes(note: str) -> None:
    assert note_reading(note) == _spans_reading(note)
