"""The exceptions core raises: each names what went wrong as a code, plus an English line.

Core never shows messages. The command line prints ``str(error)`` (one line); the GUI maps
``error.code`` to a translated sentence and may fall back to ``str(error)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.imported import CutShort


class PizhuError(Exception):
    """Base of every error core raises on purpose (bad input, bad library, bad query)."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, path: str | Path | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.path = str(path) if path is not None else None
        self.message = message

    def __str__(self) -> str:
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message


class DocumentError(PizhuError):
    """A file cannot be imported: empty, binary, corrupt, too large, wrong type, unreadable.

    Codes: ``empty``, ``binary``, ``too-large``, ``corrupt``, ``mismatch`` (the content is not
    what the extension says), ``unsupported`` (an extension we do not read), ``unreadable``
    (missing file, permissions), ``named-pipe``, ``device``, ``socket`` (a path that is no
    regular file: it is never opened), ``no-text`` (a valid file with no text in it), ``encoding``,
    ``encrypted`` (a PDF that needs a password), ``scanned`` (a PDF without a text layer),
    ``conversion`` (the office suite could not turn an old .doc or .wps into a .docx),
    ``conversion-timeout`` (it did not finish in time), ``converter-stuck`` (it stopped
    responding on the files before: this one was not given to it).
    """

    code = "document"


class ContentMismatchError(DocumentError):
    """A file whose content is not what its extension says (code ``mismatch``).

    ``holds`` is the extension its content usually has (".doc" for an Office 97–2003 file,
    ".zip"), or "" when it has none, so the GUI can say what to do about that kind of file.
    """

    def __init__(self, message: str, *, holds: str, path: str | Path | None = None):
        super().__init__(message, code="mismatch", path=path)
        self.holds = holds


class CutShortError(DocumentError):
    """A file cut short that cannot be read (code ``corrupt``); ``cut_short`` holds its sizes, so
    the GUI says what the command line says (``CutShort.words``), and ``converter_tried`` whether
    the office suite tried what is left (else none is installed: it might read it)."""

    def __init__(
        self,
        message: str,
        *,
        cut_short: CutShort,
        converter_tried: bool,
        path: str | Path | None = None,
    ):
        super().__init__(message, code="corrupt", path=path)
        self.cut_short = cut_short
        self.converter_tried = converter_tried


class LibraryError(PizhuError):
    """The library file cannot be used: corrupt, not SQLite, newer schema, locked, read-only.

    Codes: ``corrupt``, ``not-a-library``, ``schema-too-new``, ``busy``, ``read-only``,
    ``disk-full``, ``not-found`` (an id that is not in the library), ``invalid``,
    ``cannot-open`` (missing folder, no permission), ``io-error`` (the disk failed),
    ``replaced`` (another file was put at the library's path while it was open), ``missing``
    (no file is at the library's path any more: moved, deleted, its disk removed), ``too-big``
    (a file reached the system's size limit for one file, EFBIG).
    """

    code = "library"


class QueryError(PizhuError):
    """A search query the index cannot take (empty, only exclusions, unbalanced quotes).

    Codes: ``empty``, ``only-exclusions``, ``unbalanced-quote``, ``misplaced-quote`` (a quotation
    mark inside a term), ``empty-phrase``; of a filter of years (``speech_filter``): ``bad-year``
    (not 1 to 9999) and ``bad-years`` (a range running backwards).
    """

    code = "query"


class ExportError(PizhuError):
    """An export cannot be written (destination not writable, unknown format, nothing to export)."""

    code = "export"


class CancelledError(PizhuError):
    """Long work stopped because the caller's cancel flag was set."""

    code = "cancelled"
