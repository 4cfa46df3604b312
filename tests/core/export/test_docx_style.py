"""The Word builder's own way of making paragraphs and runs (the XML python-docx would make),
and its styles' lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.shared import Mm, Pt
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.core.export.annotated_docx import write_annotated_docx
from desktop.core.export.docx import write_docx
from desktop.core.export.docx_style import (
    BODY_STYLE,
    META_STYLE,
    NOTE_STYLE,
    QUOTE_STYLE,
    DocxBuilder,
    append_run,
)
from desktop.core.export.model import ExportSet
from desktop.core.export.outline_docx import write_outline_docx
from desktop.core.export.textutil import xml_text
from desktop.core.export.words import ENGLISH_WORDS
from tests.core.export.factory import sample_library
from tests.core.export.readback import read_docx

_TEXT = st.text(
    st.sampled_from(["批", "注", " ", "\u3000", "\t", "\n", "\r", "a", "&", "<"]), max_size=20
)


def _builder() -> DocxBuilder:
    return DocxBuilder("标题", "2024-05-01T00:00:00Z")


@settings(max_examples=150, deadline=None)
@given(text=_TEXT)
def test_a_run_is_written_as_python_docx_writes_it(text: str) -> None:
    document = _builder()
    ours = document.paragraph(style=META_STYLE)
    append_run(ours, text)
    theirs = document.document.add_paragraph(style=META_STYLE)
    theirs.add_run(text)
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


@settings(max_examples=50, deadline=None)
@given(text=_TEXT)
def test_a_paragraph_is_written_as_python_docx_writes_it(text: str) -> None:
    document = _builder()
    ours = document.paragraph(text, style="Heading 1")
    theirs = document.document.add_paragraph(xml_text(text) or None, style="Heading 1")
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


def test_paragraphs_go_before_the_section_properties_and_stay_python_docx_elements() -> None:
    document = _builder()
    paragraph = document.paragraph("正文")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER  # python-docx's API works on it
    body = document.document.element.body
    assert isinstance(paragraph._p, CT_P)
    assert body[-1].tag.endswith("}sectPr")
    assert body[-2] is paragraph._p
    assert document.document.paragraphs[-1].text == "正文"


_WORD_WRITERS = {
    "docx": write_docx,
    "annotated-docx": write_annotated_docx,
    "outline-docx": write_outline_docx,
}


def _languages(data: bytes) -> tuple[str, dict[str, str], list[etree._Element]]:
    """The document's language, its default run languages, and any ``w:lang`` besides."""
    document = read_docx(data)
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    default = defaults.find(qn("w:rPr")).find(qn("w:lang"))
    languages = {name: default.get(qn(f"w:{name}")) for name in ("val", "eastAsia")}
    others = [
        element
        for root in (document.element, document.styles.element)
        for element in root.iter(qn("w:lang"))
        if element is not default
    ]
    return document.core_properties.language, languages, others


@pytest.mark.parametrize("writer", _WORD_WRITERS.values(), ids=_WORD_WRITERS.keys())
def test_an_english_document_is_english_with_its_chinese_text_in_chinese(
    writer: Callable[[ExportSet], bytes],
) -> None:
    data = writer(sample_library().export_set(words=ENGLISH_WORDS))
    language, defaults, others = _languages(data)
    assert language == "en-GB"
    # Word takes w:val for Latin letters (the export's words), w:eastAsia for Han (the text's).
    assert defaults == {"val": "en-GB", "eastAsia": "zh-CN"}
    assert others == []  # no style or run says otherwise


@pytest.mark.parametrize("writer", _WORD_WRITERS.values(), ids=_WORD_WRITERS.keys())
def test_a_chinese_document_is_chinese_throughout(writer: Callable[[ExportSet], bytes]) -> None:
    language, defaults, others = _languages(writer(sample_library().export_set()))
    assert language == "zh-CN"
    assert defaults == {"val": "zh-CN", "eastAsia": "zh-CN"}
    assert others == []


def test_every_text_style_has_a_fixed_line_28_pt_for_the_body_in_proportion_below() -> None:
    # GB/T 9704: 三号 on a fixed 28 pt line. "1.5 lines" followed each stand-in font's metrics.
    styles = read_docx(write_docx(sample_library().export_set())).styles
    lines = {}
    for name in ("Normal", BODY_STYLE, QUOTE_STYLE, NOTE_STYLE, META_STYLE, "Heading 1"):
        paragraph = styles[name].paragraph_format
        assert paragraph.line_spacing_rule == WD_LINE_SPACING.EXACTLY, name
        lines[name] = (styles[name].font.size.pt, paragraph.line_spacing.pt)
    assert lines[QUOTE_STYLE] == lines[BODY_STYLE] == lines["Normal"] == (16, 28)
    assert lines[NOTE_STYLE] == (14, 24.5)
    assert lines[META_STYLE] == (12, 21)


@pytest.mark.parametrize("writer", _WORD_WRITERS.values(), ids=_WORD_WRITERS.keys())
def test_pages_are_numbered_as_gb_t_9704_numbers_them(
    writer: Callable[[ExportSet], bytes],
) -> None:
    # Ten printed pages of notes had no page numbers at all.
    document = read_docx(writer(sample_library().export_set()))
    assert document.settings.odd_and_even_pages_header_footer
    for section in document.sections:
        odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
        for paragraph in (odd, even):
            fields = paragraph._p.findall(qn("w:fldSimple"))
            assert [field.get(qn("w:instr")).strip() for field in fields] == ["PAGE"]
            shown = "".join(t.text for t in paragraph._p.iter(qn("w:t")))
            assert shown == "— 1 —"  # between two 一字线
            assert paragraph._p.find(f".//{qn('w:sz')}").get(qn("w:val")) == "28"  # 4号
        # Odd pages at the right, even at the left, one character in from the text block.
        assert odd.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert odd.paragraph_format.right_indent == Pt(14)
        assert even.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert even.paragraph_format.left_indent == Pt(14)
        under_text = section.bottom_margin - section.footer_distance - Pt(14)
        assert abs(under_text - Mm(7)) < Mm(0.1)


def test_keep_with_next_is_set_where_ecma_376_puts_it_once() -> None:
    # Word refuses a paragraph whose properties are out of schema order: w:keepNext comes
    # right after w:pStyle, before everything else a paragraph's properties hold.
    from docx import Document
    from docx.oxml.ns import qn

    from desktop.core.export.docx_order import keep_with_next

    document = Document()
    styled = document.add_paragraph("甲", style="Quote")
    styled.paragraph_format.alignment = 1  # a w:jc after the place keepNext goes
    plain = document.add_paragraph("乙")
    for paragraph in (styled, plain, styled):
        keep_with_next(paragraph)
    names = [child.tag for child in styled._p.pPr]
    assert names == [qn("w:pStyle"), qn("w:keepNext"), qn("w:jc")]
    assert [child.tag for child in plain._p.pPr] == [qn("w:keepNext")]
    assert styled.paragraph_format.keep_with_next
    assert plain.paragraph_format.keep_with_next
