"""What a file's bytes are, whatever its name says: a Word document, a PDF, another container, a
known binary format, or (``None``) something that may be text.

Magic numbers are checked at fixed offsets; ZIP files are opened far enough to tell a .docx from
an Excel workbook, an OFD or an EPUB. Nothing here decodes text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

Kind = Literal["docx", "pdf", "document", "binary", "damaged-zip"]


@dataclass(frozen=True, slots=True)
class Sniffed:
    """A recognised format: ``kind`` says whether we read it (docx, pdf), could name a way to get
    its text (document), see it only as binary, or cannot open the ZIP it is (damaged-zip:
    a damaged .docx, maybe); ``description`` names it for a message."""

    kind: Kind
    description: str

    @property
    def extension(self) -> str:
        """The extension a file of this format usually has (".doc", ".zip"); "" if none fits."""
        return _EXTENSIONS.get(self.description, "")


_OLD_OFFICE_HINT = (
    "Office 97–2003 files (.doc, .wps, .xls) are not supported: save it as .docx in Word or WPS"
)
_RTF_HINT = "RTF is not supported: open it in Word or WPS and save it as .docx"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The name of the stream a Word 97–2003 document's text is in, as an OLE directory holds it
# (UTF-16): an Excel or PowerPoint file in the same container has none.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# (offset, magic, kind, description): checked in order, the first match wins.
_MAGIC: tuple[tuple[int, bytes, Kind, str], ...] = (
    (0, _OLE_MAGIC, "document", "an Office 97–2003 file (.doc/.xls)"),
    (0, b"{\\rtf", "document", "an RTF document"),
    (0, b"\x89PNG\r\n\x1a\n", "binary", "a PNG image"),
    (0, b"\xff\xd8\xff", "binary", "a JPEG image"),
    (0, b"GIF87a", "binary", "a GIF image"),
    (0, b"GIF89a", "binary", "a GIF image"),
    (0, b"II*\x00", "binary", "a TIFF image"),
    (0, b"MM\x00*", "binary", "a TIFF image"),
    (0, b"\x7fELF", "binary", "an ELF executable"),
    (0, b"SQLite format 3\x00", "binary", "an SQLite database"),
    (0, b"\x1f\x8b", "binary", "a gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "binary", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "binary", "a RAR archive"),
    (0, b"\xfd7zXZ\x00", "binary", "an xz archive"),
    (0, b"\x28\xb5\x2f\xfd", "binary", "a Zstandard archive"),
    (0, b"\x00asm", "binary", "a WebAssembly module"),
    (0, b"\xca\xfe\xba\xbe", "binary", "a Java class or Mach-O file"),
    (0, b"\xcf\xfa\xed\xfe", "binary", "a Mach-O executable"),
    (0, b"OggS", "binary", "an Ogg audio file"),
    (0, b"fLaC", "binary", "a FLAC audio file"),
    (0, b"wOFF", "binary", "a web font"),
    (0, b"wOF2", "binary", "a web font"),
    (4, b"ftyp", "binary", "an MP4/QuickTime video or HEIC image"),
    (8, b"WEBP", "binary", "a WebP image"),
    (8, b"WAVE", "binary", "a WAV audio file"),
    (8, b"AVI ", "binary", "an AVI video"),
)
_HINTS = {
    "an Office 97–2003 file (.doc/.xls)": _OLD_OFFICE_HINT,
    "an RTF document": _RTF_HINT,
    "an OFD document": "OFD is not supported: export it as .docx or copy its text into a .txt file",
    "an EPUB e-book": "EPUB is not supported: copy the speech's text into a .txt file",
}
# The formats a message can name by extension: the ones a user can turn into a document we read,
# and pictures (a screenshot or scan of a speech saved as .txt), whose text must be got first.
_EXTENSIONS = {
    "a PNG image": ".png",
    "a JPEG image": ".jpg",
    "a GIF image": ".gif",
    "a TIFF image": ".tif",
    "a WebP image": ".webp",
    "an Office 97–2003 file (.doc/.xls)": ".doc",
    "an RTF document": ".rtf",
    "a Word document (.docx)": ".docx",
    "a PDF document": ".pdf",
    "an Excel workbook (.xlsx)": ".xlsx",
    "a PowerPoint presentation (.pptx)": ".pptx",
    "an OpenDocument file (.odt/.ods)": ".odt",
    "an EPUB e-book": ".epub",
    "an OFD document": ".ofd",
    "a ZIP archive": ".zip",
    "a damaged ZIP archive": ".zip",
}
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_PDF_MAGIC = b"%PDF-"
# Readers accept the PDF header anywhere in the first kilobyte (after a mail or HTTP header
# left in front of it); there the file's end-of-file mark must be found as well.
_PDF_HEADER_WINDOW = 1024
_PDF_EOF = b"%%EOF"
_ID3 = re.compile(rb"ID3[\x02-\x04]\x00")  # an MP3 file's tag header
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")


def sniff(data: bytes) -> Sniffed | None:
    """The format ``data`` is in, if it has a signature; ``None`` if it may be text."""
    if data.startswith(_ZIP_MAGICS):
        return _sniff_zip(data)
    if _is_pdf(data):
        return Sniffed("pdf", "a PDF document")
    for offset, magic, kind, description in _MAGIC:
        if data.startswith(magic, offset):
            return Sniffed(kind, description)
    if _ID3.match(data):
        return Sniffed("binary", "an MP3 audio file")
    if _BZIP2.match(data):
        return Sniffed("binary", "a bzip2 archive")
    if _is_windows_executable(data):
        return Sniffed("binary", "a Windows executable")
    return None


def is_old_office(data: bytes) -> bool:
    """Whether ``data`` is an Office 97–2003 (OLE) file: a .doc, .wps, .xls or .ppt."""
    return data.startswith(_OLE_MAGIC)


def is_old_word(data: bytes) -> bool:
    """Whether ``data`` is an Office 97–2003 file holding a Word document (WPS saves the same)."""
    return is_old_office(data) and _WORD_STREAM in data


def unsupported_hint(sniffed: Sniffed) -> str:
    """A sentence telling the user how to get the text of a document format we do not read."""
    default = (
        f"{sniffed.description} cannot be imported: Pizhu reads .txt, .md, .html, .docx and .pdf"
    )
    return _HINTS.get(sniffed.description, default)


def _is_pdf(data: bytes) -> bool:
    if data.startswith(_PDF_MAGIC):
        return True
    start = data.find(_PDF_MAGIC, 0, _PDF_HEADER_WINDOW)
    return start > 0 and _PDF_EOF in data[-_PDF_HEADER_WINDOW:]


def _is_windows_executable(data: bytes) -> bool:
    if not data.startswith(b"MZ") or len(data) < 0x40:
        return False
    header = int.from_bytes(data[0x3C:0x40], "little")
    return data.startswith(b"PE\x00\x00", header)


def _sniff_zip(data: bytes) -> Sniffed:
    """Open a ZIP far enough to tell what it packs; a broken one is still 'a ZIP archive'."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = _read_small(archive, "mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return Sniffed("damaged-zip", "a damaged ZIP archive")
    return Sniffed(*_zip_kind(names, mimetype))


def _read_small(archive: zipfile.ZipFile, member: str) -> bytes:
    try:
        with archive.open(member) as stream:
            return stream.read(100)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return b""


def _zip_kind(names: set[str], mimetype: bytes) -> tuple[Kind, str]:
    if "word/document.xml" in names or "[Content_Types].xml" in names and _has_dir(names, "word"):
        return "docx", "a Word document (.docx)"
    if _has_dir(names, "xl"):
        return "document", "an Excel workbook (.xlsx)"
    if _has_dir(names, "ppt"):
        return "document", "a PowerPoint presentation (.pptx)"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return "document", "an OpenDocument file (.odt/.ods)"
    if mimetype.startswith(b"application/epub+zip"):
        return "document", "an EPUB e-book"
    if "OFD.xml" in names:
        return "document", "an OFD document"
    return "binary", "a ZIP archive"


def _has_dir(names: set[str], folder: str) -> bool:
    prefix = folder + "/"
    return any(name.startswith(prefix) for name in names)
