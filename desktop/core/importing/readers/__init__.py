"""Readers: a file's bytes → ``SourceText`` (decoded lines, encoding, format, declared structure).

Public API:

- ``read_source(path, *, cancel=None, convert=None) -> SourceText``
- ``read_source_bytes(data, name, *, cancel=None, convert=None) -> SourceText``
- ``is_convertible(data, name) -> bool``

The extension names the format (.txt, .md, .html, .docx, .pdf; anything else is read as text), the
bytes must agree with it, and every failure is a ``DocumentError`` with a code. An old Word file
(.doc, .wps: an OLE container) is converted to .docx by an installed office suite first (by
``convert`` when given: an import's batches, ``office_batch``); the ``cancel`` flag is polled
while it runs. Readers only decode and split; the cleaner removes noise
and records what it removed.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path, PurePath

from desktop.core.errors import ContentMismatchError, DocumentError
from desktop.core.imported import ImportNotice, NoticeKind
from desktop.core.importing.chars import REPLACEMENT_CHAR, has_readable
from desktop.core.importing.extensions import FORMAT_BY_EXTENSION
from desktop.core.importing.office_convert import DocxConvert, find_converter
from desktop.core.importing.readers.docx import read_docx
from desktop.core.importing.readers.html import looks_like_html, read_html
from desktop.core.importing.readers.markdown import read_markdown
from desktop.core.importing.readers.old_office import cut_short, read_old_office
from desktop.core.importing.readers.sniff import (
    Sniffed,
    is_old_office,
    is_old_word,
    sniff,
    unsupported_hint,
)
from desktop.core.importing.readers.text import looks_binary, read_text
from desktop.core.importing.source import SourceText

__all__ = [
    "MAX_FILE_SIZE",
    "MAX_TEXT_LENGTH",
    "DocxConvert",
    "is_convertible",
    "read_source",
    "read_source_bytes",
]

MAX_FILE_SIZE = 200 * 1024 * 1024
#: The most characters one file may hold, some 5,000 speeches. Importing costs about 100 bytes
#: of memory and a few microseconds per character: a longer text (a dump of a whole archive)
#: would take the best part of a minute and over a gigabyte, and is better split into files.
MAX_TEXT_LENGTH = 10_000_000


def _read_pdf(data: bytes, name: str) -> SourceText:
    from desktop.core.importing.readers.pdf import read_pdf  # pypdf loads only for a PDF

    return read_pdf(data, name)


_READERS: dict[str, Callable[[bytes, str], SourceText]] = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
    "docx": read_docx,
    "pdf": _read_pdf,
}
_SAVE_AS_DOCX = "open it in Word or WPS and save it as .docx"
_EXPORT_FROM_IWORK = "use File ▸ Export To ▸ Word or PDF in the app that made it"
_UNSUPPORTED_EXTENSIONS = {
    ".doc": f".doc (Word 97–2003) is not supported: {_SAVE_AS_DOCX}",
    ".wps": f".wps (WPS Writer) is not supported: {_SAVE_AS_DOCX}",
    ".rtf": f"RTF is not supported: {_SAVE_AS_DOCX}",
    ".odt": f"OpenDocument text is not supported: {_SAVE_AS_DOCX}",
    ".ofd": "OFD is not supported: export it as .docx or copy its text into a .txt file",
    ".caj": "CAJ is not supported: open it in CAJViewer and save or copy the text",
    ".epub": "EPUB is not supported: copy the speech's text into a .txt file",
    ".xls": "spreadsheets are not supported: copy the text into a .txt file",
    ".xlsx": "spreadsheets are not supported: copy the text into a .txt file",
    ".ppt": "presentations are not supported: copy the text into a .txt file",
    ".pptx": "presentations are not supported: copy the text into a .txt file",
    ".pages": f"Apple Pages documents are not supported: {_EXPORT_FROM_IWORK}",
    ".numbers": f"Apple Numbers spreadsheets are not supported: {_EXPORT_FROM_IWORK}",
    ".key": f"Apple Keynote presentations are not supported: {_EXPORT_FROM_IWORK}",
}
_OLD_OFFICE = "old-office"  # the format of a file an office suite converts to .docx first
_TEXT_FORMATS = {"txt", "md", "html"}
# Names a text or a saved page is given in error (Word's "save as" with a web page, a site
# serving its pages as .doc, a text renamed .docx): what is in it is read, with a note.
_TEXT_MISNAMED = {".docx", ".doc", ".wps", ".pdf"}
_CONTAINER_FORMATS = {"docx", "pdf"}  # formats their bytes name, whatever the file is called
_WHITESPACE = b" \t\r\n\x0b\x0c"


def read_source(
    path: str | Path,
    *,
    cancel: Callable[[], bool] | None = None,
    convert: DocxConvert | None = None,
) -> SourceText:
    """Read and decode the file at ``path``; ``convert`` makes an old Word file's .docx (by
    default LibreOffice, run for it alone)."""
    path = Path(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise DocumentError(
                "a folder holding no file that can be imported", code="folder", path=path
            )
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_regular_file(status.st_mode, path)
        _check_size(status.st_size, path)
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(_unreadable(path, error), code="unreadable", path=path) from error
    return read_source_bytes(data, str(path), cancel=cancel, convert=convert)


def _not_a_regular_file(mode: int, path: Path) -> DocumentError:
    """A named pipe, device or socket: opening one to read may wait forever, so it never is."""
    if stat.S_ISFIFO(mode):
        code, what = "named-pipe", "a named pipe"
    elif stat.S_ISSOCK(mode):
        code, what = "socket", "a socket"
    else:  # a character or block device (and whatever else a system may have)
        code, what = "device", "a device"
    message = f"not a regular file ({what}): only files can be imported"
    return DocumentError(message, code=code, path=path)


def _unreadable(path: Path, error: OSError) -> str:
    """Why ``path`` cannot be read; a broken link says where it leads, as ``ls -l`` would."""
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        return f"a link to {path.readlink()}, which does not exist"
    return f"cannot read the file: {error.strerror or error}"


def read_source_bytes(
    data: bytes,
    name: str,
    *,
    cancel: Callable[[], bool] | None = None,
    convert: DocxConvert | None = None,
) -> SourceText:
    """Decode ``data``, the content of a file called ``name`` (its extension names the format)."""
    _check_size(len(data), name)
    if not data.strip(_WHITESPACE):
        raise DocumentError("the file is empty", code="empty", path=name)
    format_name = _format_of(data, name)
    try:
        if format_name == _OLD_OFFICE:
            hint = _old_word_hint(data, name)
            source = read_old_office(data, name, unsupported=hint, cancel=cancel, convert=convert)
        else:
            source = _READERS[format_name](data, name)
    except DocumentError as error:
        if error.code == "binary" and format_name in {"md", "html"}:
            raise _mismatch(name, "binary data", holds="") from error
        if error.code == "encoding" and _misnamed(name, format_name):
            # Neither what its name says nor text: not a question of its encoding.
            raise _mismatch(
                name, "data that is not text in any known encoding", holds=""
            ) from error
        raise
    _check_length(source, name)
    _check_has_text(source, name)
    if _misnamed(name, format_name):
        source.notices = (*source.notices, _misnamed_notice(name, format_name))
    return source


def _check_size(size: int, name: str | Path) -> None:
    if size > MAX_FILE_SIZE:
        megabytes = size / (1024 * 1024)
        message = f"the file is too large ({megabytes:.0f} MB; the limit is 200 MB)"
        raise DocumentError(message, code="too-large", path=name)


def _check_length(source: SourceText, name: str) -> None:
    length = sum(len(line.text) for line in source.lines)
    if length > MAX_TEXT_LENGTH:
        millions = f"{length / 1_000_000:.1f} million characters"
        message = f"the text is too long ({millions}; the limit is {MAX_TEXT_LENGTH:,})"
        raise DocumentError(message, code="too-large", path=name)


def _check_has_text(source: SourceText, name: str) -> None:
    """Refuse a text with no character anyone could read: it is no document, whatever decoded."""
    if any(has_readable(line.text) for line in source.lines):
        return
    if any(REPLACEMENT_CHAR in line.text for line in source.lines):
        message = "the file is damaged: none of its bytes could be read as text"
        raise DocumentError(message, code="corrupt", path=name)
    if source.format == "txt":
        raise DocumentError(_empty_text(source), code="empty", path=name)
    raise DocumentError(f"the {source.format} file holds no text", code="no-text", path=name)


def _empty_text(source: SourceText) -> str:
    if any(line.text.strip() for line in source.lines):
        return "the file holds only whitespace and invisible control characters"
    return "the file holds only whitespace"


def _format_of(data: bytes, name: str) -> str:
    """Which reader fits: the extension's format if the content agrees, else an error."""
    extension = PurePath(name).suffix.lower()
    if _convertible(data, extension):
        return _OLD_OFFICE
    sniffed = sniff(data)
    if extension in _UNSUPPORTED_EXTENSIONS:
        return _readable_anyway(data, sniffed, name, _UNSUPPORTED_EXTENSIONS[extension])
    claimed = FORMAT_BY_EXTENSION.get(extension)
    if sniffed is None:
        return _text_format(data, claimed, name)
    if sniffed.kind == "damaged-zip" and claimed == "docx":
        return "docx"  # its reader says what is wrong with it
    if sniffed.kind in _CONTAINER_FORMATS:
        if claimed in (None, sniffed.kind):
            return sniffed.kind
        message = f"{sniffed.description}: rename it to .{sniffed.kind}"
        raise _mismatch(name, message, holds=sniffed.extension)
    if claimed is not None:
        detail = sniffed.description
        if sniffed.kind == "document":
            detail = f"{detail}; {unsupported_hint(sniffed)}"
        raise _mismatch(name, detail, holds=sniffed.extension)
    if sniffed.kind == "document":
        raise DocumentError(unsupported_hint(sniffed), code="unsupported", path=name)
    raise DocumentError(f"the file is {sniffed.description}, not text", code="binary", path=name)


def is_convertible(data: bytes, name: str) -> bool:
    """Whether the file called ``name`` holding ``data`` is read through an office suite."""
    return bool(data.strip(_WHITESPACE)) and _convertible(data, PurePath(name).suffix.lower())


def _convertible(data: bytes, extension: str) -> bool:
    """Whether the file is an old Word document an office suite can turn into a .docx: a .doc
    holding one, a .wps in an OLE container (WPS's own, or Microsoft Works'), or a file whose
    name says no format we know that holds one, or a .docx holding one while a suite is there;
    a .doc cut short before the stream's name is one too (the suite may read what is left)."""
    if extension == ".wps":
        return is_old_office(data)
    if extension == ".doc" and is_old_office(data) and cut_short(data) is not None:
        return True
    if extension == ".docx":
        # A .doc renamed .docx by hand is common; without a converter the name's mismatch is
        # said (rename it to .doc) as before.
        return is_old_word(data) and find_converter() is not None
    known = extension in FORMAT_BY_EXTENSION or extension in _UNSUPPORTED_EXTENSIONS
    return (extension == ".doc" or not known) and is_old_word(data)


def _old_word_hint(data: bytes, name: str) -> str:
    """How to get a .docx of an old Word file, for when no office suite can convert it."""
    extension = PurePath(name).suffix.lower()
    if extension in _UNSUPPORTED_EXTENSIONS:
        return _UNSUPPORTED_EXTENSIONS[extension]
    sniffed = sniff(data)
    assert sniffed is not None  # an OLE container has its signature
    return unsupported_hint(sniffed)


def _text_format(data: bytes, claimed: str | None, name: str) -> str:
    if claimed in _CONTAINER_FORMATS:
        if looks_binary(data):
            expected = "a Word document" if claimed == "docx" else "a PDF"
            raise _mismatch(name, f"binary data, not {expected}", holds="")
        return _text_inside(data)  # a page or text saved under a document's name: read it
    if claimed is None:
        return _text_inside(data)
    return claimed


def _readable_anyway(data: bytes, sniffed: Sniffed | None, name: str, hint: str) -> str:
    """Word saves web pages as .doc, some sites serve .docx as .doc and CNKI hands out PDFs
    named .caj: read those anyway, and plain text named as a Word document (.doc, .wps)."""
    if sniffed is not None and sniffed.kind in _CONTAINER_FORMATS:
        return sniffed.kind
    if sniffed is None and looks_like_html(data):
        return "html"
    extension = PurePath(name).suffix.lower()
    if sniffed is None and extension in _TEXT_MISNAMED and not looks_binary(data):
        return "txt"
    raise DocumentError(hint, code="unsupported", path=name)


def _text_inside(data: bytes) -> str:
    return "html" if looks_like_html(data) else "txt"


def _misnamed(name: str, format_name: str) -> bool:
    """Whether the file is named as a document (.docx, .doc, .pdf) but was text or a page."""
    return format_name in _TEXT_FORMATS and PurePath(name).suffix.lower() in _TEXT_MISNAMED


def _misnamed_notice(name: str, format_name: str) -> ImportNotice:
    extension = PurePath(name).suffix.lower()
    held = "a web page (HTML)" if format_name == "html" else "plain text"
    detail = f"the file is named {extension} but holds {held}; it was read as such"
    return ImportNotice(NoticeKind.MISNAMED, detail, format_name)


def _mismatch(name: str, content: str, *, holds: str) -> ContentMismatchError:
    """``holds``: the extension the content usually has, for the GUI's advice ("" if none)."""
    extension = PurePath(name).suffix.lower() or "(no extension)"
    message = f"the file is named {extension} but holds {content}"
    return ContentMismatchError(message, holds=holds, path=name)
