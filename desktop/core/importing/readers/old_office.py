"""Word 97–2003 (.doc) and WPS (.wps) files: converted to .docx by an installed office suite,
then read as any Word document, with a notice saying so.

The source keeps the original file's name, title and dates (LibreOffice carries the document's
properties over); its format is the original's (``doc``, ``wps``) and its encoding says how it
was read. Without a converter the file is refused with how to get a .docx of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from desktop.core.errors import DocumentError
from desktop.core.imported import ImportNotice, NoticeKind
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
    if converter is None:
        raise DocumentError(without_converter(unsupported), code="unsupported", path=name)
    if convert is None:
        converted = convert_to_docx(data, name, converter, cancel=cancel)
    else:
        converted = convert(data, name, cancel)
    source = read_docx(converted, name)
    kind = original_format(name)
    detail = f"converted from .{kind} by {CONVERTER_NAME}"
    source.format = kind
    source.encoding = CONVERTED_ENCODING
    source.notices = (*source.notices, ImportNotice(NoticeKind.CONVERTED, detail, kind))
    return source


def without_converter(unsupported: str) -> str:
    """``unsupported`` (how to save a .docx) with what installing LibreOffice would do."""
    return f"{unsupported} ({_INSTALL})"


def original_format(name: str) -> str:
    """``wps`` for a .wps file, ``doc`` for the rest (a .doc, or a Word file without a name's
    extension)."""
    return "wps" if PurePath(name).suffix.lower() == ".wps" else "doc"
