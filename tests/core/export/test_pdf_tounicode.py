"""Tests for desktop/core/export/pdf_tounicode.py: a PDF's text maps corrected in place."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from desktop.core.errors import ExportError
from desktop.core.export import pdf_tounicode
from desktop.core.export.annotated_pdf import write_annotated_pdf
from desktop.core.export.pdf_fonts import chinese_font
from desktop.core.export.pdf_tounicode import is_radical, remap_cmap, rewrite_tounicode
from tests.core.export.factory import Library
from tests.core.export.readback import pdf_text, squeeze

# What Qt writes for a page showing 二目人民 in Noto Serif CJK SC: the lowest code point of
# each glyph, the radicals ⼆ ⽬ ⼈ ⺠, in one bfrange line with an array.
_QT_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
2 beginbfrange
<20> <20> <0020>
<61> <64> [<2F06> <2F6C> <2F08> <2EA0>]
endbfrange
1 beginbfchar
<65> <5927>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""
_IDEOGRAPHS = {"⼆": "二", "⽬": "目", "⼈": "人", "⺠": "民"}


def _small_pdf(path: Path, cmap: bytes = _QT_CMAP) -> Path:
    """A one-page PDF showing ``abcde`` in a font whose /ToUnicode is ``cmap``."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 100)
    to_unicode = DecodedStreamObject()
    to_unicode.set_data(cmap)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/ToUnicode"): writer._add_object(to_unicode),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 10 50 Td (abcde) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    writer.write(path)
    return path


def _folder(tmp_path: Path) -> Path:
    """A folder of its own (the test's home lives in ``tmp_path`` too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _text(path: Path) -> str:
    return squeeze(PdfReader(path).pages[0].extract_text())


def test_the_radicals_read_back_as_the_ideographs(tmp_path: Path) -> None:
    path = _small_pdf(tmp_path / "printed.pdf")
    assert _text(path) == "⼆⽬⼈⺠大"  # Qt's text layer, as a viewer copies it
    assert rewrite_tounicode(path, _IDEOGRAPHS) == 1
    assert _text(path) == "二目人民大"


def test_the_update_is_appended_and_the_file_otherwise_kept(tmp_path: Path) -> None:
    path = _small_pdf(_folder(tmp_path) / "printed.pdf")
    original = path.read_bytes()
    rewrite_tounicode(path, _IDEOGRAPHS)
    assert path.read_bytes().startswith(original)
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"], "no temporary file left"


def test_nothing_to_replace_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = _small_pdf(tmp_path / "printed.pdf")
    original = path.read_bytes()
    assert rewrite_tounicode(path, {"⼝": "口"}) == 0
    assert rewrite_tounicode(path, {}) == 0
    assert path.read_bytes() == original


def test_a_corrupt_pdf_is_an_export_error_and_stays_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "printed.pdf"
    damaged = _small_pdf(path).read_bytes()[:200]
    path.write_bytes(damaged)
    with pytest.raises(ExportError) as raised:
        rewrite_tounicode(path, _IDEOGRAPHS)
    assert raised.value.code == "bad-pdf"
    assert path.read_bytes() == damaged


def test_an_unwritable_folder_is_an_export_error_and_the_pdf_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when the folder cannot take the temporary file (faked: the tests may run as root)."""
    path = _small_pdf(_folder(tmp_path) / "printed.pdf")
    original = path.read_bytes()

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as raised:
        rewrite_tounicode(path, _IDEOGRAPHS)
    assert raised.value.code == "not-writable"
    assert path.read_bytes() == original
    assert [p.name for p in path.parent.iterdir()] == ["printed.pdf"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_folder_leaves_the_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = _small_pdf(folder / "printed.pdf")
    original = path.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError):
            rewrite_tounicode(path, _IDEOGRAPHS)
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == original


def test_a_cmap_written_with_bfchar_and_incrementing_ranges_is_remapped() -> None:
    program = (
        b"begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        b"2 beginbfchar\n<0003> <2F08>\n<0004> <D840DC00>\nendbfchar\n"
        b"1 beginbfrange\n<0010> <0012> <2F00>\nendbfrange\nendcmap\n"
    )
    remapped = remap_cmap(program, {"⼈": "人", "⼁": "丨"})
    assert remapped is not None
    assert remapped.startswith(b"begincmap\n1 begincodespacerange\n<0000> <FFFF>\n")
    assert remapped.endswith(b"\nendcmap\n")
    assert b"<0003> <4EBA>" in remapped
    assert b"<0004> <D840DC00>" in remapped  # 𠀀, a surrogate pair, kept
    assert b"<0010> <2F00>" in remapped  # ⼀ not asked for: kept
    assert b"<0011> <4E28>" in remapped
    assert b"<0012> <2F02>" in remapped


def test_a_cmap_with_something_unreadable_is_left_alone() -> None:
    notdef = b"1 beginbfchar\n<01> <2F08>\nendbfchar\n"
    notdef += b"1 beginnotdefrange\n<00> <1F> 1\nendnotdefrange\n"
    unknown = b"1 beginbfchar\n<01> <2F08>\n/odd\nendbfchar\n"
    both = notdef + b"1 beginbfchar\n<02> <2F06>\nendbfchar\n"
    for program in (unknown, both, b"no mappings at all"):
        assert remap_cmap(program, {"⼈": "人", "⼆": "二"}) is None


@given(
    st.dictionaries(
        st.integers(0, 0xFFFF),
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=2),
        min_size=1,
        max_size=40,
    )
)
def test_every_mapping_survives_the_rewrite(codes: dict[int, str]) -> None:
    entries = b"".join(
        b"<%04X> <%s>\n" % (code, pdf_tounicode._digits(text)) for code, text in codes.items()
    )
    program = b"1 beginbfchar\n" + entries + b"endbfchar\n"
    replacements = dict.fromkeys(list(codes.values())[:1], "二")
    remapped = remap_cmap(program, replacements)
    assert remapped is not None
    parsed = pdf_tounicode._parse_blocks(list(pdf_tounicode._BLOCK.finditer(remapped)))
    expected = {b"%04X" % code: replacements.get(text, text) for code, text in codes.items()}
    assert parsed == expected


def test_the_radical_blocks() -> None:
    assert is_radical("⼈")
    assert is_radical("⺠")
    assert not is_radical("人")
    assert not is_radical("⿰")  # an ideographic description character: drawn as itself


def test_reportlabs_annotated_pdf_reads_back_without_radicals() -> None:
    """The annotated export writes its own text maps from the characters it sets: no radicals."""
    library = Library()
    collection = library.add_collection("人民日报评论汇编")
    speech = library.add_speech(collection, "二是投资项目，人民大会长门。\n户口与用户。")
    library.annotate(speech, "投资项目", color="yellow", note="人民")
    text = squeeze(pdf_text(write_annotated_pdf(library.export_set(), font=chinese_font(()))))
    assert "二是投资项目" in text
    assert "人民大会长门" in text
    assert "用户" in text
    assert not any(is_radical(char) for char in text)
