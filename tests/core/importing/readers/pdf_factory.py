"""Build PDF files for the reader tests with reportlab: Chinese lines laid out page by page."""

from __future__ import annotations

import io
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


def wrap(paragraph: str, width: int = 26) -> list[str]:
    """A paragraph cut into lines of ``width`` characters, its first line indented."""
    text = INDENT + paragraph
    return [text[start : start + width] for start in range(0, len(text), width)]


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
    import struct
    import zlib

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
