"""Page numbers of the Word exports as GB/T 9704 sets an official document's: "— 3 —" in 4号
宋体 figures between two 一字线, 7 mm under the text block, odd pages at the right and even
pages at the left, one character in (a bound document's numbers then sit at its outer edges).

Word numbers the pages itself: each footer holds a PAGE field, whose last result is written
too (1), as Word does, for a reader that shows fields by their cached text.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import _Footer
from docx.shared import Mm, Pt
from lxml import etree

PAGE_NUMBER_SIZE = Pt(14)  # 4号
PAGE_NUMBER_FONT = "宋体"
_UNDER_TEXT = Mm(7)  # from the text block's lower edge to the top of the number
_DASH = "\N{EM DASH}"


def add_page_numbers(document: DocxDocument) -> None:
    """Number every page of ``document`` at its foot, odd pages right and even pages left."""
    document.settings.odd_and_even_pages_header_footer = True
    for section in document.sections:
        # The footer's distance is to its lower edge: the number's top then sits 7 mm under
        # the text block.
        section.footer_distance = section.bottom_margin - _UNDER_TEXT - PAGE_NUMBER_SIZE
        _number_footer(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        _number_footer(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def _number_footer(footer: _Footer, alignment: WD_ALIGN_PARAGRAPH) -> None:
    paragraph = footer.paragraphs[0]
    form = paragraph.paragraph_format
    form.alignment = alignment
    form.line_spacing_rule = WD_LINE_SPACING.SINGLE
    form.space_before = form.space_after = Pt(0)
    form.first_line_indent = None
    form.left_indent = form.right_indent = None
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        form.right_indent = PAGE_NUMBER_SIZE  # one character in
    else:
        form.left_indent = PAGE_NUMBER_SIZE
    _page_run(paragraph._p, f"{_DASH} ")
    field = etree.SubElement(paragraph._p, qn("w:fldSimple"), {qn("w:instr"): " PAGE "})
    _page_run(field, "1")
    _page_run(paragraph._p, f" {_DASH}")


def _page_run(parent: etree._Element, text: str) -> None:
    """A run of the page number's font and size, under ``parent`` (a paragraph or a field)."""
    run = etree.SubElement(parent, qn("w:r"))
    properties = etree.SubElement(run, qn("w:rPr"))
    fonts = OxmlElement("w:rFonts")
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), PAGE_NUMBER_FONT)
    properties.append(fonts)
    size = str(int(PAGE_NUMBER_SIZE.pt * 2))  # in half-points
    etree.SubElement(properties, qn("w:sz"), {qn("w:val"): size})
    etree.SubElement(properties, qn("w:szCs"), {qn("w:val"): size})
    element = etree.SubElement(run, qn("w:t"), {qn("xml:space"): "preserve"})
    element.text = text
