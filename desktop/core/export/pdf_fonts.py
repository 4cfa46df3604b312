"""Choosing a Chinese font for PDF export, without Qt or a display.

A TrueType font with Chinese glyphs, when one is installed, is embedded as a subset: the PDF then
looks the same everywhere. Otherwise the export uses STSong-Light, one of the Adobe CID fonts
every PDF reader supplies for Chinese (it is referenced, not embedded, so files stay small and
need no font on the exporting machine). Both carry a ToUnicode map, so the text can be searched,
copied and extracted (the tests read it back with pypdf). Noto CJK and Source Han fonts are
OpenType with PostScript outlines, which reportlab cannot embed; they are skipped.

A character the chosen font cannot draw (a rare one outside the BMP such as 𠮷, or any Chinese
in a Latin-only font) is drawn in the first fallback TrueType font that has it, when one is
installed (宋体-ExtB on Windows); otherwise the reader shows an empty box in its place, and its
text still reads as the character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfdoc import PDF_VERSION_DEFAULT
from reportlab.pdfbase.ttfonts import TTFError, TTFont

CID_FONT = "STSong-Light"
# reportlab writes a CID font's text as UTF-16 but declares UniGB-UCS2-H, which has no surrogate
# pairs: a reader then took 𠮷 for two codes and showed 綛 beside a box. UniGB-UTF16-H (PDF 1.5)
# reads the same bytes with 𠮷 as one character.
CID_ENCODING = "UniGB-UTF16-H"
CID_PDF_VERSION = (1, 5)  # the first version whose predefined CMaps include UniGB-UTF16-H
_BMP_END = 0xFFFF
_MARKUP_TOKEN = re.compile(r"(<[^>]*>|&#?\w+;)")  # tags and entities, never re-fonted
_PROBE = "中文批注，。“”《》0123456789AZaz-#[]"  # fallback-only fonts lack Latin: reject them

TRUETYPE_CANDIDATES: tuple[tuple[str, int], ...] = (
    # Windows: 仿宋, 宋体, 黑体, 微软雅黑 (TrueType outlines).
    ("C:/Windows/Fonts/simfang.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    # Linux distributions' TrueType CJK fonts.
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    # macOS.
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)

FALLBACK_CANDIDATES: tuple[tuple[str, int], ...] = (
    # Windows: 宋体-ExtB holds CJK Extension B (𠮷 and the rare characters of names).
    ("C:/Windows/Fonts/simsunb.ttf", 0),
    ("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", 0),
    *TRUETYPE_CANDIDATES,
)


@dataclass(frozen=True, slots=True)
class PdfFont:
    """A registered font: the name reportlab draws with, and the file embedded (None for CID)."""

    name: str
    path: str | None = None

    @property
    def embedded(self) -> bool:
        """True when the font's glyphs are embedded in the PDF."""
        return self.path is not None

    def draws(self, char: str) -> bool:
        """Whether this font has a glyph for ``char`` (it is registered)."""
        return font_draws(self.name, char)


@cache
def chinese_font(candidates: tuple[tuple[str, int], ...] = TRUETYPE_CANDIDATES) -> PdfFont:
    """The first usable TrueType Chinese font among ``candidates``, else the CID font."""
    for path, index in candidates:
        font = _register_truetype(Path(path), index)
        if font is not None:
            return font
    return _register_cid()


def pdf_version(font: PdfFont) -> tuple[int, int]:
    """The PDF version a file drawn in ``font`` needs: 1.5 for the CID font's UTF-16 CMap
    (the fallback fonts are all TrueType, embedded); else reportlab's own, which it raises
    where its features need it (transparency: 1.4)."""
    return PDF_VERSION_DEFAULT if font.embedded else CID_PDF_VERSION


def font_draws(name: str, char: str) -> bool:
    """Whether the registered font ``name`` has a glyph for ``char``."""
    font = pdfmetrics.getFont(name)
    if isinstance(font, TTFont):
        return ord(char) in font.face.charToGlyph
    return ord(char) <= _BMP_END  # the CID font: Adobe-GB1 holds no character beyond the BMP


@cache
def fallback_fonts(
    candidates: tuple[tuple[str, int], ...] = FALLBACK_CANDIDATES,
) -> tuple[PdfFont, ...]:
    """The installed TrueType fonts among ``candidates`` that can stand in for a missing glyph."""
    found = (_register_truetype(Path(path), index, probe="") for path, index in candidates)
    return tuple(font for font in found if font is not None)


def with_fallbacks(
    markup: str, font: str, candidates: tuple[tuple[str, int], ...] = FALLBACK_CANDIDATES
) -> str:
    """Paragraph markup in ``font`` with each run of characters it lacks set in the first
    installed font of ``candidates`` that has them (``<font name=…>``); characters no font has
    are left as they are. The candidates are only loaded once a character is missing."""
    out: list[str] = []
    for index, piece in enumerate(_MARKUP_TOKEN.split(markup)):
        out.append(piece if index % 2 else _text_with_fallbacks(piece, font, candidates))
    return "".join(out)


def _text_with_fallbacks(text: str, font: str, candidates: tuple[tuple[str, int], ...]) -> str:
    out: list[str] = []
    current: str | None = None  # the fallback font of the run being built
    for char in text:
        stand_in = None if font_draws(font, char) else _first_drawing(candidates, char)
        if stand_in != current:
            if current is not None:
                out.append("</font>")
            if stand_in is not None:
                out.append(f'<font name="{stand_in}">')
            current = stand_in
        out.append(char)
    if current is not None:
        out.append("</font>")
    return "".join(out)


def _first_drawing(candidates: tuple[tuple[str, int], ...], char: str) -> str | None:
    fonts = fallback_fonts(candidates)
    return next((fallback.name for fallback in fonts if fallback.draws(char)), None)


def _register_truetype(path: Path, index: int, probe: str = _PROBE) -> PdfFont | None:
    if not path.is_file():
        return None
    name = f"PizhuCJK-{path.stem}-{index}"
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError):
        return None  # PostScript outlines, a damaged file, an unknown table layout
    if not all(ord(char) in font.face.charToGlyph for char in probe):
        return None
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return PdfFont(name, str(path))


def _register_cid() -> PdfFont:
    if CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    # What the PDF declares (the bytes are UTF-16 already), also on a font registered before
    # us under the same name: reportlab keeps one font a name for the whole process.
    pdfmetrics.getFont(CID_FONT).encodingName = CID_ENCODING
    return PdfFont(CID_FONT)
