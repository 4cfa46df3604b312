"""Word documents styled as Chinese official documents are (GB/T 9704): the page, fonts and styles
every .docx writer shares.

Titles and first-level headings are in 黑体, second-level ones in 楷体, the body in 仿宋 with Latin
letters and digits in Times New Roman; A4 with the standard's margins; 三号 (16 pt) text, the
quotes' too, on a fixed 28 pt line (GB/T 9704's 22 lines a page); the notes in 四号 and the facts
under them in 小四 on fixed lines in the same proportion (24.5 and 21 pt). Fixed, not "1.5
lines": Word and WPS size an automatic line from the font's own metrics, so it changed with the
font that stands in for 仿宋 or 楷体, and a page of notes fell off the body's rhythm.

Pages are numbered as the standard numbers them (``docx_footer``).

Word picks a Chinese font from ``w:eastAsia`` in ``w:rFonts``, which python-docx does not
expose, so it is set in the XML; the font table names the English alternatives (SimHei,
FangSong…) that Word and WPS fall back to when the Chinese name is not installed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from desktop.core.export.docx_footer import add_page_numbers
from desktop.core.export.docx_links import add_hyperlink
from desktop.core.export.docx_order import AFTER_PBDR, AFTER_SHD
from desktop.core.export.note_markup import NoteBlock, note_blocks
from desktop.core.export.textutil import xml_text
from desktop.core.export.words import CONTENT_LANGUAGE, GENERATOR


@dataclass(frozen=True, slots=True)
class CjkFont:
    """A Chinese font by its Chinese name, the English name Word knows it by, and its panose."""

    name: str
    alt_name: str
    panose: str


HEI = CjkFont("黑体", "SimHei", "02010609060101010101")
FANGSONG = CjkFont("仿宋", "FangSong", "02010609060101010101")
SONG = CjkFont("宋体", "SimSun", "02010600030101010101")
KAI = CjkFont("楷体", "KaiTi", "02010609060101010101")
LATIN = "Times New Roman"

BODY_SIZE = Pt(16)  # 三号
TITLE_SIZE = Pt(22)  # 二号
SMALL_SIZE = Pt(12)  # 小四
NOTE_SIZE = Pt(14)  # 四号
LINE = Pt(28)  # 三号 on GB/T 9704's grid
NOTE_LINE = Pt(24.5)  # 四号 at the body's proportion (28 / 16)
META_LINE = Pt(21)  # 小四 likewise
INDENT = Pt(32)  # two characters of body text
NOTE_HANG = Pt(28)  # two characters of a note: a list marker's room

QUOTE_STYLE = "Pizhu Quote"
NOTE_STYLE = "Pizhu Note"
NOTE_LIST_STYLE = "Pizhu Note List"  # a list item of a note: its marker hangs in the margin
NOTE_QUOTE_STYLE = "Pizhu Note Quote"  # a quote in a note: set in, grey, a rule on its left
META_STYLE = "Pizhu Meta"
BODY_STYLE = "Pizhu Body"
_GREY = RGBColor(0x59, 0x59, 0x59)
_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_W_P, _W_PPR, _W_PSTYLE, _W_VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_W_R, _W_T, _W_TAB, _W_BR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")
_XML_SPACE = qn("xml:space")
_RUN_BREAKS = re.compile(r"([\t\r\n])")


class DocxBuilder:
    """A document being written: the page, styles, fonts and properties of an official document,
    and paragraphs added by style name."""

    def __init__(
        self,
        title: str,
        generated: str,
        generator: str = GENERATOR,
        language: str = CONTENT_LANGUAGE,
    ) -> None:
        """A document titled ``title``, in ``language`` (a BCP 47 tag) for its own words."""
        self.document: DocxDocument = Document()
        self._style_ids: dict[str, str] = {}
        body = self.document.element.body
        self._body = body
        self._section_properties = body.find(qn("w:sectPr"))
        _set_page(self.document)
        add_page_numbers(self.document)  # after the margins: the numbers sit under them
        _set_styles(self.document, language)
        _add_font_alternatives(self.document)
        _set_properties(self.document, title, generated, generator, language)

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        """A new paragraph at the end, in a style, its text cleaned for XML."""
        # python-docx finds the body's end and a style's id by scanning on every call, which
        # makes a long export quadratic: the paragraph goes straight before the section
        # properties, and each style's id is looked up once.
        # The elements are made in place (SubElement) rather than by python-docx's OxmlElement
        # and schema-ordered inserts, which cost most of a long export's time: the XML is the same.
        element = etree.SubElement(self._body, _W_P)
        if self._section_properties is not None:
            self._section_properties.addprevious(element)
        paragraph = Paragraph(element, self.document)
        if style is not None:
            properties = etree.SubElement(element, _W_PPR)
            etree.SubElement(properties, _W_PSTYLE).set(_W_VAL, self._style_id(style))
        if text:
            append_run(paragraph, xml_text(text))
        return paragraph

    def note(self, note: str, *, prefix: str = "", suffix: str = "") -> list[Paragraph]:
        """A Markdown note as paragraphs with bold, italic and linked runs, its list items and
        quotes in their own styles (``note_markup``'s subset); the paragraphs made.

        ``prefix`` (a note's marker, [批1]) starts the first paragraph, ``suffix`` (tags) ends
        the last.
        """
        blocks = note_blocks(note)
        if not blocks or (prefix and blocks[0].kind != "paragraph"):
            # A marker on a line of its own: before a list's bullet it read "[批1] •  要点".
            blocks.insert(0, NoteBlock("paragraph", []))
        paragraphs = []
        for number, block in enumerate(blocks):
            paragraph = self.paragraph(style=_BLOCK_STYLES[block.kind])
            if number == 0 and prefix:
                alone = not block.spans and number < len(blocks) - 1  # the marker's own line
                add_run(paragraph, prefix.rstrip() if alone else prefix)
            if block.marker:
                add_run(paragraph, f"{block.marker}\t")  # the tab reaches the hanging indent
            for span in block.spans:
                run = add_run(paragraph, span.text, bold=span.bold, italic=span.italic)
                if span.href:
                    add_hyperlink(paragraph, span.href, run)
            if number == len(blocks) - 1 and suffix:
                add_run(paragraph, suffix)
            paragraphs.append(paragraph)
        return paragraphs

    def page_break(self) -> None:
        """Start a new page."""
        self.paragraph().add_run().add_break(WD_BREAK.PAGE)

    def to_bytes(self) -> bytes:
        """The .docx file's bytes."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]


_BLOCK_STYLES = {
    "paragraph": NOTE_STYLE,
    "bullet": NOTE_LIST_STYLE,
    "ordered": NOTE_LIST_STYLE,
    "quote": NOTE_QUOTE_STYLE,
}


def set_fonts(element: object, font: CjkFont, latin: str = LATIN) -> None:
    """Set the Latin and East Asian fonts of a style's or run's ``w:rPr`` (theme fonts removed)."""
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), font.name)
    fonts.set(qn("w:cs"), latin)


def add_run(
    paragraph: Paragraph,
    text: str,
    *,
    fill: str | None = None,
    bold: bool = False,
    italic: bool = False,
    superscript: bool = False,
    font: CjkFont | None = None,
) -> Run:
    """A run of text, shaded with ``fill`` (hex without ``#``) when it is a highlight."""
    run = append_run(paragraph, xml_text(text))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if superscript:
        run.font.superscript = True
    if font is not None:
        set_fonts(run._element, font)
    if fill:
        shade_run(run, fill)
    return run


def append_run(paragraph: Paragraph, text: str) -> Run:
    """``paragraph.add_run(text)`` as python-docx writes it (text in ``w:t``, a tab as
    ``w:tab``, a line break as ``w:br``), without its clearing, scanning and parsing per run."""
    run = etree.SubElement(paragraph._p, _W_R)
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            etree.SubElement(run, _W_TAB)
        elif piece in ("\r", "\n"):
            etree.SubElement(run, _W_BR)
        elif piece:
            element = etree.SubElement(run, _W_T)
            element.text = piece
            if len(piece.strip()) < len(piece):  # python-docx's rule for keeping spaces
                element.set(_XML_SPACE, "preserve")
    return Run(run, paragraph)


def shade_run(run: Run, fill: str) -> None:
    """Shade a run's background (``w:shd``), the way Word shows a highlight in any colour."""
    rpr = run._element.get_or_add_rPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    rpr.insert_element_before(shading, *AFTER_SHD)


def _set_page(document: DocxDocument) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _set_styles(document: DocxDocument, language: str) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_defaults(default_rpr, language)
    _style_text(styles["Normal"], FANGSONG, BODY_SIZE)
    _line(styles["Normal"], LINE)
    title = styles["Title"]
    _style_text(title, HEI, TITLE_SIZE)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    title.paragraph_format.space_after = Pt(12)
    _drop_borders(title)
    for level, font, bold in ((1, HEI, False), (2, KAI, False), (3, FANGSONG, True)):
        _style_heading(styles[f"Heading {level}"], font, bold)
    for level in range(4, 10):
        _style_heading(styles[f"Heading {level}"], FANGSONG, False)
    _add_custom_styles(document)


def _set_defaults(rpr: etree._Element, language: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute, value in (("w:ascii", LATIN), ("w:hAnsi", LATIN), ("w:eastAsia", FANGSONG.name)):
        fonts.set(qn(attribute), value)
    # Word picks a run's language by each character's script: w:val for Latin text (the
    # export's own words, in its language), w:eastAsia for Han (the speeches' and quotes').
    languages = rpr.find(qn("w:lang"))
    languages.set(qn("w:val"), language)
    languages.set(qn("w:eastAsia"), CONTENT_LANGUAGE)


def _style_text(style: ParagraphStyle, font: CjkFont, size: Pt, bold: bool = False) -> None:
    set_fonts(style.element, font)
    style.font.size = size
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)


def _line(style: ParagraphStyle, exact: Pt) -> None:
    style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    style.paragraph_format.line_spacing = exact
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)


def _style_heading(style: ParagraphStyle, font: CjkFont, bold: bool) -> None:
    _style_text(style, font, BODY_SIZE, bold)
    _line(style, LINE)
    style.paragraph_format.space_before = Pt(6)
    style.paragraph_format.keep_with_next = True


def _drop_borders(style: ParagraphStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _add_custom_styles(document: DocxDocument) -> None:
    styles = document.styles
    specs = (
        (BODY_STYLE, FANGSONG, BODY_SIZE, LINE, INDENT, 0),
        (QUOTE_STYLE, FANGSONG, BODY_SIZE, LINE, 0, INDENT),
        (NOTE_STYLE, KAI, NOTE_SIZE, NOTE_LINE, 0, INDENT),
        (META_STYLE, FANGSONG, SMALL_SIZE, META_LINE, 0, INDENT),
    )
    for name, font, size, line, first_line, left in specs:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        _style_text(style, font, size)
        _line(style, line)
        style.paragraph_format.first_line_indent = first_line or None
        style.paragraph_format.left_indent = left or None
        if name != BODY_STYLE:
            style.paragraph_format.space_after = Pt(3)  # a quote, its note, its facts apart
    styles[META_STYLE].font.color.rgb = _GREY
    _add_note_block_styles(styles)


def _add_note_block_styles(styles: object) -> None:
    """A note's list items, their markers hanging before the text, and its quotes, set in
    further and grey with a rule on the left: told apart from the shaded passage marked."""
    items = styles.add_style(NOTE_LIST_STYLE, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    quotes = styles.add_style(NOTE_QUOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
    for style in (items, quotes):
        style.base_style = styles[NOTE_STYLE]  # type: ignore[index]
        style.paragraph_format.left_indent = INDENT + NOTE_HANG
    items.paragraph_format.first_line_indent = -NOTE_HANG
    quotes.font.color.rgb = _GREY
    border = OxmlElement("w:pBdr")
    quotes.element.get_or_add_pPr().insert_element_before(border, *AFTER_PBDR)
    etree.SubElement(
        border,
        qn("w:left"),
        {qn("w:val"): "single", qn("w:sz"): "12", qn("w:space"): "8", qn("w:color"): "BFBFBF"},
    )


def _add_font_alternatives(document: DocxDocument) -> None:
    """Declare the Chinese fonts with their English alternative names in ``fontTable.xml``."""
    part = next(
        rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable")
    )
    root = etree.fromstring(part.blob)
    for font in (HEI, FANGSONG, SONG, KAI):
        entry = etree.SubElement(root, qn("w:font"), {qn("w:name"): font.name})
        etree.SubElement(entry, qn("w:altName"), {qn("w:val"): font.alt_name})
        etree.SubElement(entry, qn("w:panose1"), {qn("w:val"): font.panose})
        etree.SubElement(entry, qn("w:charset"), {qn("w:val"): "86"})  # GB2312
        etree.SubElement(entry, qn("w:family"), {qn("w:val"): "modern"})
        etree.SubElement(entry, qn("w:pitch"), {qn("w:val"): "fixed"})
    # python-docx keeps parts it does not model as bytes; replacing them is how to edit one.
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_properties(
    document: DocxDocument, title: str, generated: str, generator: str, language: str
) -> None:
    properties = document.core_properties
    properties.title = title
    properties.author = ""
    properties.last_modified_by = generator
    properties.comments = ""
    properties.language = language
    properties.revision = 1
    stamp = _parse_time(generated)
    if stamp is not None:
        properties.created = properties.modified = stamp


def _parse_time(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None
