"""Keyword-in-context snippets: one line, exact context widths, the hit itself unchanged."""

from __future__ import annotations

import pytest

from desktop.core.storage.kwic import NEWLINE_MARK, Snippet, one_line, snippet

TEXT = "第一段说效能。\n第二段：效能革命\t一抓到底。"


def test_snippet_has_width_characters_each_side() -> None:
    start = TEXT.index("效能革命")
    piece = snippet(TEXT, start, start + 4, width=3)
    assert piece == Snippet(left="二段：", match="效能革命", right=" 一抓")
    assert piece.line() == "二段： | 效能革命 |  一抓"
    assert str(piece) == piece.line()


def test_newlines_are_shown_as_a_mark_or_a_space() -> None:
    start = TEXT.index("第二段")
    assert snippet(TEXT, start, start + 3, width=2).left == "。" + NEWLINE_MARK
    assert snippet(TEXT, start, start + 3, width=2, newline=" ").left == "。 "
    assert "\n" not in snippet(TEXT, 0, len(TEXT), width=5).line()


def test_context_stops_at_the_ends_of_the_text() -> None:
    assert snippet(TEXT, 0, 2, width=10).left == ""
    end = len(TEXT)
    assert snippet(TEXT, end - 1, end, width=10).right == ""
    assert snippet(TEXT, 3, 3, width=1) == Snippet("段", "", "说")


def test_parts_keep_their_lengths() -> None:
    text = "a\r\nb\x00c\u2028d"
    assert len(one_line(text)) == len(text)
    assert one_line(text) == f"a{NEWLINE_MARK}{NEWLINE_MARK}b c{NEWLINE_MARK}d"


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 999)])
def test_a_hit_outside_the_text_is_an_error(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        snippet(TEXT, start, end)
