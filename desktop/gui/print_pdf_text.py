"""A PDF file printed through Qt, made to copy and search as the characters its pages show.

Qt's PDF engine maps each glyph back to the lowest code point the font draws with it, and Noto
CJK draws many radicals with an ideograph's glyph: 二 copies as ⼆, 民 as ⺠ (the full story is
in desktop/core/export/pdf_tounicode.py, which rewrites the file). Which ideograph a radical
stands for is asked of the fonts that printed: the printed character drawn with the very glyph
index of the radical. A table (NFKC for the Kangxi radicals, Unicode's
EquivalentUnifiedIdeograph for the Supplement) would be wrong where a Chinese font shares the
glyph with another character: Noto CJK SC draws ⼾ as 户, which NFKC makes 戶, and ⺫ as 罒,
which the table makes 目. Only characters of the printed text are candidates, so a radical
never turns into a character that was not printed, and a radical the text itself contains is
left as it is.

The radicals are matched, and the file rewritten, by the job that printed it, on the thread
that laid the document out (``print_pdf_job``): the user is told the PDF is ready only once it
reads right.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QPaintEngine, QRawFont, QTextDocument, QTextLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.core.export.pdf_tounicode import RADICAL_RANGES, is_radical

_RADICALS = "".join(chr(code) for low, high in RADICAL_RANGES for code in range(low, high + 1))


def printed_pdf_file(printer: QPrinter) -> Path | None:
    """The PDF file ``printer`` has just been painted into; None for a printer, or when the
    print preview painted its pages (its engine stands in for the PDF engine meanwhile)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
        return None
    engine = printer.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Pdf:
        return None
    return Path(printer.outputFileName())


def radical_replacements(
    document: QTextDocument, others: Iterable[tuple[str, QFont]] = ()
) -> dict[str, str]:
    """Each radical whose glyph, in a font that printed, is that of a printed character: the
    character; radicals the printed text contains are not replaced."""
    others = list(others)
    printed = set(document.toPlainText()).union(*(set(text) for text, _font in others))
    candidates = "".join(sorted(char for char in printed if not is_radical(char)))
    replacements: dict[str, str] = {}
    for raw in _printing_fonts(document, others):
        for radical, ideograph in _shared_glyphs(raw, candidates).items():
            if radical not in printed:
                replacements.setdefault(radical, ideograph)
    return replacements


def _shared_glyphs(raw: QRawFont, candidates: str) -> dict[str, str]:
    """The radicals ``raw`` draws with the glyph of one of ``candidates`` (the first, in code
    point order, when several share it: a unified ideograph before a compatibility one)."""
    radicals_by_glyph: dict[int, list[str]] = {}
    for radical, glyph in zip(_RADICALS, raw.glyphIndexesForString(_RADICALS), strict=True):
        if glyph:
            radicals_by_glyph.setdefault(glyph, []).append(radical)
    shared: dict[str, str] = {}
    glyphs = raw.glyphIndexesForString(candidates)
    for char, glyph in zip(candidates, glyphs, strict=True):
        for radical in radicals_by_glyph.pop(glyph, []) if glyph else []:
            shared[radical] = char
    return shared


def _printing_fonts(document: QTextDocument, others: list[tuple[str, QFont]]) -> list[QRawFont]:
    """The fonts the glyphs were drawn in, fallback fonts included (a glyph run names its own)."""
    fonts: list[QRawFont] = []
    layouts = [_block_layouts(document), (_laid_out(text, font) for text, font in others)]
    for group in layouts:
        for layout in group:
            # Line by line: a document block's layout answers glyphRuns() with nothing (its
            # text() is empty; the text stays with the document).
            for line in range(layout.lineCount()):
                for run in layout.lineAt(line).glyphRuns():
                    raw = run.rawFont()
                    if raw.isValid() and raw not in fonts:
                        fonts.append(raw)
    return fonts


def _block_layouts(document: QTextDocument) -> Iterable[QTextLayout]:
    block = document.begin()
    while block.isValid():
        if block.layout() is not None:
            yield block.layout()
        block = block.next()


def _laid_out(text: str, font: QFont) -> QTextLayout:
    """``text`` laid out in one line of ``font``, as a painter's drawText sets it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout
