"""Fonts for the PDF export: characters the chosen font lacks are drawn in one that has them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.export.annotated_pdf import write_annotated_pdf
from desktop.core.export.pdf_fonts import (
    CID_FONT,
    PdfFont,
    chinese_font,
    fallback_fonts,
    with_fallbacks,
)
from tests.core.export.factory import Library
from tests.core.export.readback import pdf_text, squeeze

_VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
_DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
_needs_droid = pytest.mark.skipif(
    not Path(_DROID).is_file(), reason="needs a TrueType font with Chinese glyphs"
)


def _vera() -> PdfFont:
    if "TestVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestVera", _VERA))
    return PdfFont("TestVera", _VERA)


def _library_with(text: str, marked: str) -> Library:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), text, title="讲话")
    library.annotate(speech, marked, note="生僻字")
    return library


def _font_encodings(data: bytes) -> dict[str, str]:
    """Each font of the first page by its base name, with the encoding it declares."""
    fonts = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"]
    found = {}
    for ref in fonts.values():
        font = ref.get_object()
        found[str(font["/BaseFont"]).lstrip("/")] = str(font.get("/Encoding", ""))
    return found


def test_the_cid_font_reads_a_character_beyond_the_bmp_as_one_character() -> None:
    # reportlab writes UTF-16; declared as UCS-2, 𠮷's two halves read as 綛 and a box.
    data = write_annotated_pdf(
        _library_with("吉野家的“𠮷”字", "𠮷").export_set(), font=chinese_font(())
    )
    assert _font_encodings(data)[CID_FONT] == "/UniGB-UTF16-H"
    assert "吉野家的“𠮷" in squeeze(pdf_text(data))


def test_text_the_font_draws_is_left_alone() -> None:
    cid = chinese_font(())
    markup = '正文<font color="#A02030">[批1]</font>&amp;<br/>'
    assert with_fallbacks(markup, cid.name, candidates=()) == markup


def test_a_character_no_font_draws_is_kept_as_it_is() -> None:
    assert with_fallbacks("吉𠮷<br/>", chinese_font(()).name, candidates=()) == "吉𠮷<br/>"


@_needs_droid
def test_characters_the_font_lacks_are_set_in_a_fallback_but_tags_are_not() -> None:
    vera = _vera()
    [droid] = fallback_fonts(((_DROID, 0),))
    markup = with_fallbacks(
        'Deng 小平<br/><font color="#A02030">[批1]</font>', vera.name, ((_DROID, 0),)
    )
    assert markup == (
        f'Deng <font name="{droid.name}">小平</font><br/>'
        f'<font color="#A02030">[<font name="{droid.name}">批</font>1]</font>'
    )


@_needs_droid
def test_the_export_draws_chinese_missing_from_its_font_in_an_installed_fallback() -> None:
    assert fallback_fonts(), "Droid Sans Fallback is among the fallback candidates"
    data = write_annotated_pdf(
        _library_with("Deng Xiaoping 说：改革开放。", "改革开放").export_set(), font=_vera()
    )
    fonts = _font_encodings(data)
    assert any("Vera" in name for name in fonts)
    assert len(fonts) >= 2, fonts  # the Chinese came from another, embedded font
    assert "改革开放" in squeeze(pdf_text(data))
