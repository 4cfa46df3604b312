"""The Word builder's own way of making paragraphs and runs: the XML python-docx would make."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.text.paragraph import CT_P
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.core.export.docx_style import META_STYLE, DocxBuilder, append_run
from desktop.core.export.textutil import xml_text

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
