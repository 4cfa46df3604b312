"""The Markdown subset notes are drawn with in HTML, Word and PDF."""

from __future__ import annotations

from desktop.core.export.note_markup import (
    NoteBlock,
    Span,
    inline_spans,
    note_blocks,
    plain_text,
)


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
    blocks = note_blocks("第一行\n第二行\n\n  \n第二段\n")
    assert blocks == [
        NoteBlock("paragraph", [Span("第一行\n第二行")]),
        NoteBlock("paragraph", [Span("第二段")]),
    ]
    assert note_blocks("   ") == []


def test_plain_text_drops_only_the_markers() -> None:
    assert plain_text("**提法**：两集中\n\n*注*") == "提法：两集中\n\n注"


def test_markdown_links_and_bare_urls_become_link_spans() -> None:
    assert inline_spans(
        "见[通知](https://www.gov.cn/a?b=1&c=2)和https://www.gov.cn/zhengce/。"
    ) == [
        Span("见"),
        Span("通知", href="https://www.gov.cn/a?b=1&c=2"),
        Span("和"),
        Span("https://www.gov.cn/zhengce/", href="https://www.gov.cn/zhengce/"),
        Span("。"),
    ]
    assert inline_spans("联系mailto:office@example.cn") == [
        Span("联系"),
        Span("mailto:office@example.cn", href="mailto:office@example.cn"),
    ]


def test_a_bare_url_ends_before_the_sentence_around_it() -> None:
    spans = inline_spans("(见 https://zh.wikipedia.org/wiki/A_(b)). 再见http://a.cn/x，完")
    assert [span.href for span in spans if span.href] == [
        "https://zh.wikipedia.org/wiki/A_(b)",
        "http://a.cn/x",
    ]
    assert "".join(span.text for span in spans) == (
        "(见 https://zh.wikipedia.org/wiki/A_(b)). 再见http://a.cn/x，完"
    )


def test_only_http_https_and_mailto_links_are_made() -> None:
    for note in (
        "[点我](javascript:alert(1))",
        "[点我](JavaScript:alert(1))",
        "[点我](data:text/html,<b>x</b>)",
        "[点我](vbscript:msgbox)",
        "[点我](file:///C:/secret.docx)",
        "[点我](//evil.example)",
        "[点我](relative/path.html)",
        "[点我](javascript:https://a.cn)",
        "javascript:alert(1)",
        "https://",
        "mailto:",
    ):
        assert inline_spans(note) == [Span(note)], note


def test_link_targets_are_percent_encoded_and_keep_their_emphasis() -> None:
    assert inline_spans('**[文件](<http://a.cn/中文 "x">)**') == [
        Span("文件", bold=True, href="http://a.cn/%E4%B8%AD%E6%96%87%20%22x%22")
    ]
    assert inline_spans("`https://a.cn`") == [Span("https://a.cn", code=True)]  # code stays code


def test_a_links_words_may_be_emphasised_and_its_address_hold_asterisks() -> None:
    """[**words**](url) is a bold link (bold was found first and cut the link apart, leaving
    "[", the words and "](url)" as typed), and emphasis around a link or in its address holds."""
    assert inline_spans("见[**政策原文**](https://x.cn/a)，详") == [
        Span("见"),
        Span("政策原文", bold=True, href="https://x.cn/a"),
        Span("，详"),
    ]
    assert inline_spans("*[甲**乙**](http://a.cn/*b*)* https://c.cn") == [
        Span("甲", italic=True, href="http://a.cn/*b*"),
        Span("乙", bold=True, italic=True, href="http://a.cn/*b*"),
        Span(" "),
        Span("https://c.cn", href="https://c.cn"),
    ]
    assert inline_spans("[**坏**](javascript:x)") == [
        Span(
            "[",
        ),
        Span("坏", bold=True),
        Span("](javascript:x)"),
    ]


def test_a_note_s_lists_and_quotes_are_blocks_of_their_own() -> None:
    note = (
        "**纲领**式开头：\n- 提出要求\n- 给出措施\n\n> 极不平凡\n> 定调\n\n1. 先讲挑战\n1. 再讲机遇"
    )
    blocks = [(b.kind, b.marker, "".join(s.text for s in b.spans)) for b in note_blocks(note)]
    assert blocks == [
        ("paragraph", "", "纲领式开头："),
        ("bullet", "•", "提出要求"),
        ("bullet", "•", "给出措施"),
        ("quote", "", "极不平凡\n定调"),
        ("ordered", "1.", "先讲挑战"),
        ("ordered", "2.", "再讲机遇"),  # numbered on from the first, as CommonMark does
    ]
    assert note_blocks("**要点**")[0].spans == [Span("要点", bold=True)]


def test_what_only_looks_like_a_list_stays_a_paragraph() -> None:
    for note in ("*强调*开头", "- - -", "1.没有空格", "2009年", "-不是列表"):
        assert [block.kind for block in note_blocks(note)] == ["paragraph"], note
    assert [b.number for b in note_blocks("3) 第三\n4) 第四")] == [3, 4]


def test_plain_text_reads_a_list_as_word_shows_it() -> None:
    assert plain_text("要点：\n\n- 甲\n- 乙\n\n> 引文") == "要点：\n\n• 甲\n\n• 乙\n\n引文"
