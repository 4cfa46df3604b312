"""Choosing a Chinese font for PDF export, without Qt or a display.

A TrueType font with Chinese glyphs, when one is installed, is embedded as a subset: the PDF then
looks the same everywhere. Otherwise the export uses STSong-Light, one of the Adobe CID fonts
every PDF reader supplies for Chinese (it is referenced, not embedded, so files stay small and
need no font on the exporting machine). Both carry a ToUnicode map, so the text can be searched,
copied and extracted (the tests read it back with pypdf). Noto CJK and Source Han fonts are
OpenType with PostScript outlines, which reportlab cannot embed; they are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

CID_FONT = "STSong-Light"
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


@dataclass(frozen=True, slots=True)
class PdfFont:
    """A registered font: the name reportlab draws with, and the file embedded (None for CID)."""

    name: str
    path: str | None = None

    @property
    def embedded(self) -> bool:
        """True when the font's glyphs are embedded in the PDF."""
        return self.path is not None


@cache
def chinese_font(candidates: tuple[tuple[str, int], ...] = TRUETYPE_CANDIDATES) -> PdfFont:
    """The first usable TrueType Chinese font among ``candidates``, else the CID font."""
    for path, index in candidates:
        font = _register_truetype(Path(path), index)
        if font is not None:
            return font
    return _register_cid()


def _register_truetype(path: Path, index: int) -> PdfFont | None:
    if not path.is_file():
        return None
    name = f"PizhuCJK-{path.stem}-{index}"
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError):
        return None  # PostScript outlines, a damaged file, an unknown table layout
    if not all(ord(char) in font.face.charToGlyph for char in _PROBE):
        return None
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return PdfFont(name, str(path))


def _register_cid() -> PdfFont:
    if CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return PdfFont(CID_FONT)
