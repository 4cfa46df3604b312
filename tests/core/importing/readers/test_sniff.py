"""Telling formats apart by their bytes."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.core.importing.readers.sniff import Sniffed, sniff, unsupported_hint


def _zip(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"%PDF-1.4\n", "pdf", "PDF"),
        (b"From: someone\r\n\r\n%PDF-1.4\n" + bytes(40) + b"\n%%EOF\n", "pdf", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "document", "Office 97"),
        (b"{\\rtf1\\ansi", "document", "RTF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(20), "binary", "PNG"),
        (b"GIF89a" + bytes(20), "binary", "GIF"),
        (b"\xff\xd8\xff\xe1" + bytes(20), "binary", "JPEG"),
        (b"SQLite format 3\x00" + bytes(20), "binary", "SQLite"),
        (b"\x7fELF" + bytes(20), "binary", "ELF"),
        (b"ID3\x03\x00" + bytes(20), "binary", "MP3"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "binary", "WebP"),
        (b"MZ" + bytes(58) + (64).to_bytes(4, "little") + b"PE\x00\x00", "binary", "Windows"),
        (_zip({"word/document.xml": b"<x/>"}), "docx", "Word"),
        (_zip({"xl/workbook.xml": b"<x/>"}), "document", "Excel"),
        (_zip({"ppt/presentation.xml": b"<x/>"}), "document", "PowerPoint"),
        (_zip({"mimetype": b"application/epub+zip"}), "document", "EPUB"),
        (_zip({"OFD.xml": b"<x/>"}), "document", "OFD"),
        (_zip({"notes.txt": b"x"}), "binary", "ZIP"),
        (b"PK\x03\x04garbage", "damaged-zip", "damaged"),
    ],
)
def test_signatures(data: bytes, kind: str, words: str) -> None:
    found = sniff(data)
    assert found is not None
    assert found.kind == kind
    assert words in found.description


@pytest.mark.parametrize(
    "data",
    [
        "正文".encode(),
        "正文".encode("gb18030"),
        b"MZ is how this text starts",
        b"BZh is not bzip2 without its block magic",
        b"<html><body>page</body></html>",
        b"A note on the %PDF-1.7 header, in a text file with no end-of-file mark",
    ],
)
def test_text_has_no_signature(data: bytes) -> None:
    assert sniff(data) is None


def test_hints_tell_how_to_get_the_text() -> None:
    assert "save it as .docx" in unsupported_hint(Sniffed("document", "an RTF document"))
    assert "OFD is not supported" in unsupported_hint(Sniffed("document", "an OFD document"))
    assert ".txt, .md, .html, .docx and .pdf" in unsupported_hint(Sniffed("document", "a thing"))
