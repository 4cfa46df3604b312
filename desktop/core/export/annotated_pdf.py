"""The annotated speech as PDF, drawn with reportlab (no Qt, no display): the whole text with
highlights in their colours, numbered markers and the notes after each paragraph, headings sized
by outline level, Chinese line breaking, A4 pages numbered as official documents are (- 1 -).
A note's Markdown lists hang their bullets and numbers, and its quotes are set in by a rule
(``note_markup.note_blocks``, as the Word and HTML exports read them)."""

from __future__ import annotations

import io
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop.core.colors import color_info
from desktop.core.export import labels
from desktop.core.export.layout import (
    SIGN_OFF_KINDS,
    AnnotatedSpeech,
    Block,
    BlockKind,
    Run,
    layout_all,
)
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.export.note_markup import Span, note_blocks
from desktop.core.export.pdf_fonts import PdfFont, chinese_font, pdf_version, with_fallbacks
from desktop.core.export.textutil import xml_text
from desktop.core.export.words import ExportWords, note_marker

BODY_SIZE = 12
_EMPHASIS_COLOR = "#1F3A5F"  # a single CJK font has no bold: head words are set off by colour
_MARKER_COLOR = "#A02030"
_LINK_COLOR = "#0563C1"  # Word's hyperlink blue, as the Word exports draw links
_NOTE_INDENT = BODY_SIZE * 2  # a note stands in two characters from the text's margin
_ITEM_HANG = 18  # a list item's words stand this far in from its bullet or number ("10.")
_QUOTE_RULE = "#BBBBBB"


def write_annotated_pdf(data: ExportSet, *, font: PdfFont | None = None) -> bytes:
    """The set's speeches as one PDF, each speech starting on a new page."""
    chosen = font or chinese_font()
    styles = _styles(chosen.name)
    story: list[Flowable] = []
    for number, speech in enumerate(layout_all(data)):
        if number:
            story.append(PageBreak())
        story.extend(_speech_story(speech, styles, data.words))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=30 * mm,
        bottomMargin=28 * mm,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        title=data.scope_title,
        author="",
        creator=data.words.generator,
        subject=data.words.notes,
    )
    page_numbers = _page_number_painter(chosen.name)
    # The header names the version the fonts need (reportlab raises it further for its own
    # features); a reader may refuse what a file's header does not announce.
    canvas = partial(Canvas, pdfVersion=pdf_version(chosen))
    document.build(
        story or [Spacer(1, 1)],
        onFirstPage=page_numbers,
        onLaterPages=page_numbers,
        canvasmaker=canvas,
    )
    return buffer.getvalue()


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.75, wordWrap="CJK"
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    styles = {
        "body": derive("body-indented", firstLineIndent=BODY_SIZE * 2, spaceAfter=3),
        "title": derive("title", fontSize=20, leading=30, alignment=TA_CENTER, spaceAfter=6),
        "meta": derive("meta", fontSize=10, leading=15, alignment=TA_CENTER, textColor="#555555"),
        "plain": derive("plain", spaceAfter=3),
        "note": derive("note", fontSize=10, leading=15, leftIndent=_NOTE_INDENT, spaceAfter=4),
        "quote": derive("quote", leftIndent=BODY_SIZE * 2, spaceAfter=2),
        "section": derive("section", fontSize=14, leading=22, spaceBefore=10, spaceAfter=4),
        # GB/T 9704: a blank line above the signature, both lines two characters from the right
        BlockKind.SIGNATURE: derive(
            "signature", alignment=TA_RIGHT, rightIndent=BODY_SIZE * 2, spaceBefore=BODY_SIZE * 1.75
        ),
        BlockKind.CLOSING_DATE: derive(
            "closing-date", alignment=TA_RIGHT, rightIndent=BODY_SIZE * 2, spaceAfter=3
        ),
    }
    note = styles["note"]
    # A list item's bullet or number hangs where the note's words start, its words after it.
    # The bullet is Helvetica's: a CJK font's • is a small middle dot, lost beside the text.
    for name, bullet_font in (("note-bullet", "Helvetica"), ("note-number", font)):
        styles[name] = ParagraphStyle(
            name,
            parent=note,
            leftIndent=_NOTE_INDENT + _ITEM_HANG,
            bulletIndent=_NOTE_INDENT,
            bulletFontName=bullet_font,
            bulletFontSize=note.fontSize,
            spaceAfter=2,
        )
    styles["note-lead"] = ParagraphStyle("note-lead", parent=note, keepWithNext=1)
    styles["note-quote"] = ParagraphStyle(
        "note-quote", parent=note, leftIndent=_NOTE_INDENT + 12, textColor="#555555"
    )
    for level, size in enumerate((15, 14, 13, 12, 12, 12), 1):
        styles[f"h{level}"] = derive(
            f"h{level}", fontSize=size, leading=size * 1.7, spaceBefore=8, spaceAfter=4
        )
    return styles


def _speech_story(
    speech: AnnotatedSpeech, styles: dict[str, ParagraphStyle], words: ExportWords
) -> list[Flowable]:
    record = speech.content.record
    head, body = speech.split_head()
    story: list[Flowable] = []
    if not speech.has_title:
        story.append(_paragraph(_markup(record.title), styles["title"]))
    for block in head:
        story.extend(_block_story(block, styles, words))
    story.append(
        _paragraph(_markup(labels.citation(record, speech.collection, words)), styles["meta"])
    )
    if speech.speech_notes:
        story.extend(_item_list(words.speech_notes, speech.speech_notes, styles, words))
    for block in body:
        story.extend(_block_story(block, styles, words))
    if speech.orphans:
        story.extend(
            _item_list(words.orphans, speech.orphans, styles, words, hint=words.orphan_hint)
        )
    return story


def _block_style(block: Block, styles: dict[str, ParagraphStyle]) -> ParagraphStyle:
    if block.kind == BlockKind.TITLE:
        return styles["title"]
    if block.kind in (BlockKind.SUBTITLE, BlockKind.META):
        return styles["meta"]
    if block.kind == BlockKind.HEADING:
        return styles[f"h{min(max(block.level, 1), 6)}"]
    if block.kind in SIGN_OFF_KINDS:
        return styles[block.kind]
    return styles["body"] if block.kind == BlockKind.BODY else styles["plain"]


def _block_story(
    block: Block, styles: dict[str, ParagraphStyle], words: ExportWords
) -> list[Flowable]:
    text = "".join(_run_markup(run, words) for run in block.runs)
    story: list[Flowable] = [_paragraph(text, _block_style(block, styles))]
    for note in block.notes:
        # A highlight without a note: the words it marks lead its tags (labels.endnote_quote).
        quote = labels.endnote_quote(note.item.annotation)
        lead = _marker_markup(note.number, words) + (f" {_markup(quote)}" if quote else "")
        story.extend(_note_story(note.item, styles, words, lead=lead))
    return story


def _run_markup(run: Run, words: ExportWords) -> str:
    text = _markup(run.text)
    if run.emphasis:
        text = f'<font color="{_EMPHASIS_COLOR}">{text}</font>'
    info = color_info(run.color)
    if info is not None:
        text = f'<span backColor="{info.fill}">{text}</span>'
    for number in run.markers:
        text += f"<super>{_marker_markup(number, words)}</super>"
    return text


def _marker_markup(number: int, words: ExportWords) -> str:
    return f'<font color="{_MARKER_COLOR}">{_markup(note_marker(number, words))}</font>'


def _paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph in the style's font, characters it has no glyph for (𠮷) in one that has."""
    return Paragraph(with_fallbacks(markup, style.fontName), style)


def _markup(text: str) -> str:
    """Text escaped for reportlab's paragraph markup, line breaks kept."""
    return escape(xml_text(text)).replace("\n", "<br/>")


def _note_story(
    item: ExportItem, styles: dict[str, ParagraphStyle], words: ExportWords, *, lead: str = ""
) -> list[Flowable]:
    """A note as flowables: ``lead`` (its marker) first, its paragraphs, list items and quotes,
    its tags after its last words, then the words first marked if they changed since."""
    note = item.annotation
    blocks = [
        (block.kind, block.marker, "".join(_span_markup(span) for span in block.spans))
        for block in note_blocks(note.note)
    ]
    if lead and blocks and blocks[0][0] != "paragraph":
        blocks.insert(0, ("lead", "", ""))  # the marker on its own line, not by a bullet
    tags = _markup(" ".join(f"#{tag}" for tag in note.tags))
    if tags and not blocks:
        blocks.append(("paragraph", "", ""))
    if tags:
        kind, marker, text = blocks[-1]
        blocks[-1] = (kind, marker, f"{text}  {tags}" if text else tags)
    if lead:
        kind, marker, text = blocks[0] if blocks else ("paragraph", "", "")
        blocks[:1] = [(kind, marker, f"{lead} {text}" if text else lead)]
    if note.marked_quote:  # the words changed since they were marked: say what was marked
        marked = labels.marked_quote_line(note.marked_quote, words)
        blocks.append(("paragraph", "", _markup(marked)))
    return [_note_flowable(kind, marker, text, styles) for kind, marker, text in blocks]


def _note_flowable(
    kind: str, marker: str, markup: str, styles: dict[str, ParagraphStyle]
) -> Flowable:
    """One block of a note: a paragraph, a list item hanging from its marker, or a quote."""
    if kind == "quote":
        style = styles["note-quote"]
        return _RuledParagraph(with_fallbacks(markup, style.fontName), style)
    if marker:
        style = styles["note-bullet" if kind == "bullet" else "note-number"]
        return Paragraph(with_fallbacks(markup, style.fontName), style, bulletText=marker)
    # A marker on its own line is kept on the page of what it leads.
    return _paragraph(markup, styles["note-lead" if kind == "lead" else "note"])


class _RuledParagraph(Paragraph):
    """A note's quote: a paragraph with a rule down its left, in the space it is set in by;
    each part of it split over a page draws its own (reportlab splits into this class)."""

    def draw(self) -> None:
        """The rule, then the paragraph's text."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(HexColor(_QUOTE_RULE))
        canvas.setLineWidth(1.5)
        x = _NOTE_INDENT + 3
        canvas.line(x, 0, x, self.height)
        canvas.restoreState()
        super().draw()


def _span_markup(span: Span) -> str:
    """A note's span as markup: bold and italics dropped (a CJK font has neither), a link a
    PDF link (a URI action, which any reader opens on a click)."""
    text = _markup(span.text)
    if not span.href:
        return text
    # The href is percent-encoded (note_markup.safe_url): no quote or angle bracket is left.
    return f'<a href="{escape(span.href)}" color="{_LINK_COLOR}"><u>{text}</u></a>'


def _item_list(
    heading: str,
    items: list[ExportItem],
    styles: dict[str, ParagraphStyle],
    words: ExportWords,
    *,
    hint: str | None = None,
) -> list[Flowable]:
    quoted = hint is not None  # passages not found: each shows its quote
    story: list[Flowable] = [_paragraph(_markup(heading), styles["section"])]
    if hint is not None:
        story.append(_paragraph(_markup(hint), styles["note"]))
    for item in items:
        note = item.annotation
        if quoted and note.quote.exact:
            info = color_info(note.color)
            quote = _markup(note.quote.exact)
            if info is not None:
                quote = f'<span backColor="{info.fill}">{quote}</span>'
            story.append(_paragraph(quote, styles["quote"]))
        story.extend(_note_story(item, styles, words))
    return story


def _page_number_painter(font: str) -> object:
    def paint(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.setFillColor(HexColor("#444444"))
        canvas.drawCentredString(A4[0] / 2, 15 * mm, f"- {document.page} -")
        canvas.restoreState()

    return paint
