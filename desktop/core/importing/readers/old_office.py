"""Word 97–2003 (.doc) and WPS (.wps) files: converted to .docx by an installed office suite,
then read as any Word document, with a notice saying so.

The source keeps the original file's name, title and dates (LibreOffice carries the document's
properties over); its format is the original's (``doc``, ``wps``) and its encoding says how it
was read. Without a converter the file is refused with how to get a .docx of it.

A file cut short (a download or copy that stopped, a full disk) is told by its own index
(``cut_short``): the sectors its allocation table says it uses are not all there. Such a
file is still given to LibreOffice, which reads what it can (with a notice that text may be
missing); when it cannot, the file is refused as damaged, not as a format we do not read.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import PurePath

from desktop.core.errors import CutShortError, DocumentError
from desktop.core.imported import CutShort, ImportNotice, NoticeKind
from desktop.core.importing.office_convert import DocxConvert, convert_to_docx, find_converter
from desktop.core.importing.readers.docx import read_docx
from desktop.core.importing.source import SourceText

CONVERTER_NAME = "LibreOffice"
CONVERTED_ENCODING = "converted by LibreOffice"
"""The ``encoding`` of a converted file's source: the library records how it was read."""

_INSTALL = "or install LibreOffice: Pizhu then opens such files directly"


def read_old_office(
    data: bytes,
    name: str,
    *,
    unsupported: str,
    cancel: Callable[[], bool] | None = None,
    convert: DocxConvert | None = None,
) -> SourceText:
    """An Office 97–2003 Word file's text, through a .docx the office suite makes of it
    (``convert``, else a run of its own); ``unsupported`` is the message for when no office
    suite is installed."""
    converter = find_converter()
    short = cut_short(data)
    if converter is None:
        if short is not None:
            raise _damaged(short, name, tried=False)
        raise DocumentError(without_converter(unsupported), code="unsupported", path=name)
    try:
        if convert is None:
            converted = convert_to_docx(data, name, converter, cancel=cancel)
        else:
            converted = convert(data, name, cancel)
    except DocumentError as error:
        if short is None or error.code != "conversion":
            raise
        raise _damaged(short, name, tried=True) from error
    source = read_docx(converted, name)
    kind = original_format(name)
    detail = f"converted from .{kind} by {CONVERTER_NAME}"
    source.format = kind
    source.encoding = CONVERTED_ENCODING
    notices = [ImportNotice(NoticeKind.CONVERTED, detail, kind)]
    if short is not None:
        detail = f"the file is {short.words()}: text may be missing"
        notices.append(ImportNotice(NoticeKind.CUT_SHORT, detail, short.as_value()))
    source.notices = (*source.notices, *notices)
    return source


def _damaged(short: CutShort, name: str, *, tried: bool) -> DocumentError:
    if tried:
        then = f"{CONVERTER_NAME} could not read what is left"
    else:
        then = f"with {CONVERTER_NAME} installed, Pizhu may read what is left"
    message = f"the file is damaged: it is {short.words()}; {then}"
    return CutShortError(message, cut_short=short, converter_tried=tried, path=name)


_HEADER = 512  # an OLE file's header: the whole of its first sector (sector -1)
_SPECIAL = 0xFFFFFFFA  # sector numbers from here on mean "none", "end of chain", "free"…
_FREE = 0xFFFFFFFF


def cut_short(data: bytes) -> CutShort | None:
    """``(bytes it has, bytes its index needs)`` if ``data``, an Office 97–2003 (OLE) file, is
    cut short: its header is incomplete, or a sector its allocation table (the part the header
    lists) says is in use is not wholly there; ``None`` if it looks whole."""
    have = len(data)
    if have < _HEADER:
        return CutShort(have, _HEADER)
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):  # not sectors as Word, WPS or LibreOffice write them: no verdict
        return None
    size = 1 << shift  # sector n starts at (n + 1) * size: the header fills sector -1
    tables = [n for n in struct.unpack_from("<109I", data, 0x4C) if n < _SPECIAL]
    used = [*tables, *(n for n in _header_sectors(data) if n < _SPECIAL)]
    # No chain leads to a table's own sector: a 0 where sector 0 is one is an unused entry
    # (a writer that fills its table with zeros, not the "free" mark).
    unused = {_FREE, 0} if 0 in tables else {_FREE}
    for index, table in enumerate(tables):
        start = (table + 1) * size
        entries = data[start : start + size]
        entries = entries[: len(entries) // 4 * 4]  # a table cut mid-entry: the whole ones
        numbers = enumerate(struct.iter_unpack("<I", entries), index * (size // 4))
        used += (number for number, (entry,) in numbers if entry not in unused)
    needs = max(((n + 2) * size for n in used), default=have)
    return CutShort(have, needs) if needs > have else None


def _header_sectors(data: bytes) -> tuple[int, ...]:
    """The first sectors of the directory, the mini allocation table and the header's overflow."""
    return tuple(struct.unpack_from("<I", data, offset)[0] for offset in (0x30, 0x3C, 0x44))


def without_converter(unsupported: str) -> str:
    """``unsupported`` (how to save a .docx) with what installing LibreOffice would do."""
    return f"{unsupported} ({_INSTALL})"


def original_format(name: str) -> str:
    """``wps`` for a .wps file, ``doc`` for the rest (a .doc, or a Word file without a name's
    extension)."""
    return "wps" if PurePath(name).suffix.lower() == ".wps" else "doc"
