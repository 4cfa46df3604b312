"""Escaping in the Markdown export where text looks plain: the fast paths keep the full path's
output (tests/core/export/test_markdown.py reads whole exports back)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.export.markdown_text import blockquote, escape_inline, safe_note

# Plain text skips the escaping (most quotes and notes are plain Chinese): these look plain but
# for a line start, an empty line or a line break other than \n, which the full path handles.
_PLAIN_LOOKING = [
    (blockquote, "甲\n\n乙", "> 甲\n>\n> 乙"),
    (blockquote, "甲\n", "> 甲"),
    (blockquote, "\n甲", ">\n> 甲"),
    (blockquote, "甲\r乙", "> 甲\n> 乙"),
    (blockquote, "甲\u2028乙", "> 甲\n> 乙"),
    (blockquote, "甲\n1. 乙", "> 甲\n> 1\\. 乙"),
    (blockquote, "甲\n-乙", "> 甲\n> \\-乙"),
    (blockquote, "甲\n\t乙", "> 甲\n> 乙"),
    (safe_note, "甲\r\n乙", "甲\n乙"),
    (safe_note, "甲\x85乙", "甲\n乙"),
    (safe_note, "甲\u2029乙", "甲\n乙"),
    (safe_note, "\n\n甲\n", "甲"),
    (safe_note, "甲\n# 乙", "甲\n\\# 乙"),
    (safe_note, "甲\n---", "甲\n\\---"),
    (safe_note, "甲\n> 乙", "甲\n\\> 乙"),
    (safe_note, "甲\n\n    代码 $", "甲\n\n    代码 $"),
    (escape_inline, " 甲", "甲"),
    (escape_inline, "\t- 甲", "\\- 甲"),
    (escape_inline, "+1", "\\+1"),
    (escape_inline, "2024. 甲", "2024\\. 甲"),
]


@pytest.mark.parametrize(("escape", "text", "expected"), _PLAIN_LOOKING)
def test_text_that_looks_plain_is_escaped_where_a_line_needs_it(
    escape: Callable[[str], str], text: str, expected: str
) -> None:
    assert escape(text) == expected
