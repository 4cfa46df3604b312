"""A change of blanks only, named in every form of the changes (core.compare_segments)."""

from __future__ import annotations

import io

import docx

from desktop.core.compare_export import ChangeWords, to_markdown, to_text
from desktop.core.compare_html import to_html
from desktop.core.compare_segments import LINE_BREAK, Segment, change_segments, spaces_named
from tests.core.compared import compared_speeches
from tests.core.html_tree import every, parsed

CHINESE = ChangeWords(space="〔空格〕", wide_space="〔全角空格〕", tab="〔制表符〕")


def _spaced() -> tuple[str, str]:
    """A space taken out between words, and two full-width spaces out of a paragraph's indent."""
    return "我们 要发展。\n\u3000\u3000第二段。", "我们要发展。\n第二段。"


def test_blanks_are_named_by_kind_and_count() -> None:
    assert spaces_named(" ", ChangeWords()) == "(space)"
    assert spaces_named("\u3000\u3000", CHINESE) == "〔全角空格〕×2"
    assert spaces_named("\t  ", CHINESE) == "〔制表符〕〔空格〕×2"
    assert spaces_named("\u00a0", CHINESE) == "〔空格〕"  # a no-break space reads as one


def test_a_change_of_spaces_is_named_in_markdown_and_in_the_lines() -> None:
    # The Markdown showed the space taken out as a line break (~~↵~~), the lines as "[- -]".
    compared = compared_speeches(*_spaced(), sections=("", ""))
    markdown = to_markdown(compared, CHINESE).splitlines()
    olds = [line for line in markdown if line.startswith("- Old: ")][1:]  # after the speech
    assert olds[0] == "- Old: 我们<del>〔空格〕</del>要发展。 ↵ 　　第二段"
    assert "~~〔全角空格〕×2~~第二段" in olds[1]
    assert LINE_BREAK not in olds[0].split("<del>")[1].split("</del>")[0]
    lines = to_text(compared)
    assert "- 我们[-(space)-]要发展。" in lines
    assert "[-(full-width space)×2-]第二段" in lines


def test_a_change_of_spaces_is_named_in_html_and_word() -> None:
    compared = compared_speeches(*_spaced(), sections=("", ""))
    struck = [s.text for s in every(parsed(to_html(compared, CHINESE)), "s")]
    assert struck == ["〔空格〕", "〔全角空格〕×2"]
    from desktop.core.compare_docx import to_docx

    document = docx.Document(io.BytesIO(to_docx(compared, CHINESE)))
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    assert [run.text for run in runs if run.font.strike] == ["〔空格〕", "〔全角空格〕×2"]


def test_a_change_s_segments_keep_breaks_out_of_its_words() -> None:
    text = "甲乙。\n丙丁。\n戊"
    start, end = text.index("乙"), text.index("丁") + 1
    assert change_segments(text, start, end, 1, ChangeWords()) == [
        (Segment.TEXT, "甲"),
        (Segment.CHANGE, "乙。"),
        (Segment.BREAK, LINE_BREAK),
        (Segment.CHANGE, "丙丁"),
        (Segment.TEXT, "。"),
    ]
    only_break = text.index("\n")
    segments = change_segments(text, only_break, only_break + 1, 0, ChangeWords())
    assert segments == [(Segment.NAMED, LINE_BREAK)]
