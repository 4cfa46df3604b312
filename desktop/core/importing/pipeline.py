"""Import a file: read its bytes into text, clean it, recover its speeches and outline.

``progress(fraction)`` is called with values from 0 to 1; ``cancel()`` is polled and, once it
returns True, the import stops with ``CancelledError``. Whatever the input, the result is a
valid ``ImportedDocument`` or a ``DocumentError``: cleaning and structure never let another
exception escape.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import CancelledError, DocumentError, PizhuError
from desktop.core.imported import ImportedDocument
from desktop.core.importing.clean import clean
from desktop.core.importing.office_convert import DocxConvert
from desktop.core.importing.readers import read_source, read_source_bytes
from desktop.core.importing.source import SourceText
from desktop.core.importing.structure import Origin, structure

Progress = Callable[[float], None]
Cancel = Callable[[], bool]


def import_file(
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    convert: DocxConvert | None = None,
) -> ImportedDocument:
    """Import the file at ``path``; ``convert`` makes an old Word file's .docx (an import of
    many files has them converted in batches: ``office_batch.converting``)."""
    _step(progress, cancel, 0.0)
    source = read_source(path, cancel=cancel, convert=convert)
    return _finish(source, str(path), progress, cancel)


def import_bytes(
    data: bytes, name: str, *, progress: Progress | None = None, cancel: Cancel | None = None
) -> ImportedDocument:
    """Import ``data``, the content of a file called ``name``."""
    _step(progress, cancel, 0.0)
    source = read_source_bytes(data, name, cancel=cancel)
    return _finish(source, name, progress, cancel)


def import_source(source: SourceText, name: str) -> ImportedDocument:
    """Clean and structure already decoded text (no progress, no cancelling)."""
    return _finish(source, name, None, None)


def _finish(
    source: SourceText, name: str, progress: Progress | None, cancel: Cancel | None
) -> ImportedDocument:
    _step(progress, cancel, 0.2)
    date = source.meta.get("document-date")
    said_by = source.meta.get("document-role"), source.meta.get("document-speaker")
    stamps = tuple(source.meta.get("file-dates", "").split())
    author = source.meta.get("page-author-role"), source.meta.get("page-author")
    origin = Origin(
        name, source.encoding, source.format, source.title, date, said_by, stamps, author
    )
    try:
        cleaned = clean(source, cancel)
        _step(progress, cancel, 0.7)
        document = structure(cleaned, origin, cancel)
    except PizhuError as error:
        if error.path is None and not isinstance(error, CancelledError):
            error.path = name
        raise
    except Exception as error:  # noqa: BLE001 - odd input must end as a DocumentError
        message = f"the text could not be read into speeches ({type(error).__name__}: {error})"
        raise DocumentError(message, code="corrupt", path=name) from error
    document.notices = list(source.notices)
    _step(progress, cancel, 1.0)
    return document


def _step(progress: Progress | None, cancel: Cancel | None, fraction: float) -> None:
    if cancel is not None and cancel():
        raise CancelledError("the import was cancelled")
    if progress is not None:
        progress(fraction)
