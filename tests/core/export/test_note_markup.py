"""The Markdown subset notes are drawn with in HTML, Word and PDF."""

from __future__ import annotations

from desktop.core.export.note_markup import Span, inline_spans, note_paragraphs, plain_text


def test_bold_italic_and_code_spans() -> None:
    assert inline_spans("**重要**和*强调*，`代码`") == [
        Span("重要", bold=True),
        Span("和"),
        Span("强调", italic=True),
        Span("，"),
        Span("代码", code=True),
    ]


def test_italics_inside_bold() -> None:
    assert inline_spans("**甲*乙*丙**") == [
        Span("甲", bold=True),
        Span("乙", bold=True, italic=True),
        Span("丙", bold=True),
    ]


def test_markers_that_do_not_pair_stay_as_typed() -> None:
    assert inline_spans("3 * 4 = 12，**未闭合") == [Span("3 * 4 = 12，**未闭合")]
    assert inline_spans("`*不是强调*`") == [Span("*不是强调*", code=True)]


def test_paragraphs_split_on_blank_lines_and_keep_line_breaks() -> None:
    paragraphs = note_paragraphs("第一行\n第二行\n\n  \n第二段\n")
    assert paragraphs == [[Span("第一行\n第二行")], [Span("第二段")]]
    assert note_paragraphs("   ") == []


def test_plain_text_drops_only_the_markers() -> None:
    assert plain_text("**提法**：两集中\n\n*注*") == "提法：两集中\n\n注"
