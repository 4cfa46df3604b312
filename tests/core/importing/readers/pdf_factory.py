"""Build PDF files for the reader tests with reportlab: Chinese lines laid out page by page."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
SIZE = 16  # 三号, the body size of an official document
LEADING = 29  # its fixed line spacing in points
MARGIN = 80
COLUMN_SIZE = 11  # a journal's two columns on A4: 17 characters to a line
COLUMN_LEADING = 18
INDENT = "\u3000\u3000"  # a body paragraph's first line: two full-width spaces, as typed

pdfmetrics.registerFont(UnicodeCIDFont(FONT))

PageFurniture = Callable[[int, int], str]  # (page number, page count) → a line, or ""


def pdf_pages(
    pages: Sequence[Sequence[str]],
    *,
    header: PageFurniture | None = None,
    footer: PageFurniture | None = None,
    encrypt: str | None = None,
) -> bytes:
    """A PDF with one page per item of ``pages``, each line drawn at the left margin
    (a line opening with ``INDENT`` starts a paragraph), a header and footer if given."""
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=A4, encrypt=encrypt)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        for text, y in ((header, height - 50), (footer, 40)):
            line = text(number, len(pages)) if text is not None else ""
            if line:
                canvas.setFont(FONT, 10)
                canvas.drawCentredString(width / 2, y, line)
        canvas.setFont(FONT, SIZE)
        for row, line in enumerate(lines):
            canvas.drawString(MARGIN, height - 110 - row * LEADING, line)
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def two_column_pdf(title: str, left: Sequence[str], right: Sequence[str]) -> bytes:
    """One page: ``title`` centred across it, then two columns of lines (a journal's page)."""
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=A4)
    width, height = A4
    canvas.setFont(FONT, SIZE)
    canvas.drawCentredString(width / 2, height - 70, title)
    canvas.setFont(FONT, COLUMN_SIZE)
    for column, lines in ((MARGIN / 2, left), (width / 2 + 10, right)):
        for row, line in enumerate(lines):
            canvas.drawString(column, height - 110 - row * COLUMN_LEADING, line)
    canvas.drawCentredString(width / 2, 40, "- 1 -")
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def wrap(paragraph: str, width: int = 26) -> list[str]:
    """A paragraph cut into lines of ``width`` characters, its first line indented."""
    text = INDENT + paragraph
    return [text[start : start + width] for start in range(0, len(text), width)]


TITLE = "在全市经济工作会议上的讲话"
OPENING = "今天召开全市经济工作会议，主要任务是总结今年工作，分析当前形势，部署明年任务。"
CONTINUED = (
    "过去一年，全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳，"
    "地区生产总值增长百分之五点二，城乡居民收入稳步提高，民生保障持续加强，"
    "各项事业取得新的进展，为明年发展打下了坚实基础。"
)
AFTER = "同时也要清醒看到，发展不平衡不充分的问题仍然突出，我们必须直面问题、迎难而上。"
CLOSING = "同志们，目标已经明确，任务已经落实，让我们撸起袖子加油干，奋力开创发展新局面。"
HEADER = "某某市人民政府办公室"


def speech_pages() -> list[list[str]]:
    """Three pages: the title, a heading 一、…, a paragraph broken across the first page
    break, another heading and the closing paragraph."""
    continued = wrap(CONTINUED)
    first = [TITLE, "一、统一思想，提高认识", *wrap(OPENING), *continued[:2]]
    second = [*continued[2:], *wrap(AFTER)]
    third = ["二、突出重点，狠抓落实", *wrap(CLOSING)]
    return [first, second, third]


def speech_pdf() -> bytes:
    """Three pages of a speech with a running header from page 2 and numbers at the foot."""
    return pdf_pages(
        speech_pages(),
        header=lambda number, _count: HEADER if number > 1 else "",
        footer=lambda number, _count: f"- {number} -",
    )


def image_only_pdf(pages: int = 2) -> bytes:
    """A scan: each page a picture of text, with no text layer."""
    picture = io.BytesIO()
    picture.write(_grey_png())
    picture.seek(0)
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=A4)
    for _ in range(pages):
        canvas.drawImage(ImageReader(picture), 50, 50, width=400, height=600)
        canvas.showPage()
    canvas.save()
    return stream.getvalue()


def _grey_png() -> bytes:
    """A tiny grey PNG, made without an imaging library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    header = struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
