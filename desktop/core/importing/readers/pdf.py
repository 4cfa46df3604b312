"""PDF files: the text layer of each page, line by line, with the page furniture marked.

pypdf extracts each page in its layout mode, which on Chinese documents gave cleaner lines than
its default mode: (1) lines come in their order on the page, where the default follows the
content stream and so often puts a footer's page number (drawn first) above the page's text;
(2) a paragraph's first-line indent stays as leading spaces, which tells the cleaner where
paragraphs start. Vertical gaps are not turned into blank lines: at the double line spacing
many documents use they would fall between every two lines and break every paragraph. Each
line becomes a ``SourceLine``; the cleaner rejoins lines wrapped to the text column (also
across a page break), mends spacing and finds headings, as for a hard-wrapped text file.
"""

from __future__ import annotations

import io
import logging

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from desktop.core.errors import DocumentError
from desktop.core.importing.readers.pdf_columns import read_columns
from desktop.core.importing.readers.pdf_pages import page_source_lines
from desktop.core.importing.source import SourceText

__all__ = ["read_pdf"]

_ENCRYPTED = (
    "the PDF is protected by a password: open it with the password and save or print an"
    " unprotected copy"
)
_SCANNED = "the PDF has no text to import (a scanned image?): run OCR first"

# pypdf logs what it repairs in a slightly broken file, which Python's last-resort handler would
# print under the command line's one line; an app that configures logging still gets it.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes, name: str) -> SourceText:
    """Read the text layer of the PDF ``data`` (a file called ``name``), page by page."""
    reader = _open(data, name)
    pages = [_page_lines(page, number, name) for number, page in enumerate(_pages(reader, name))]
    if not any(text.strip() for page in pages for text in page):
        raise DocumentError(_SCANNED, code="scanned", path=name)
    return SourceText(page_source_lines(pages), "pdf", "pdf", meta={"pages": str(len(pages))})


def _open(data: bytes, name: str) -> PdfReader:
    """Parse the file; decrypt it if it is locked only against changes (an empty password)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DocumentError(_ENCRYPTED, code="encrypted", path=name)
    except DocumentError:
        raise
    except DependencyError as error:
        message = f"the PDF is encrypted in a way this installation cannot open ({error})"
        raise DocumentError(message, code="encrypted", path=name) from error
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a broken file
        raise _damaged(error, name) from error
    return reader


def _pages(reader: PdfReader, name: str) -> list[PageObject]:
    try:
        return list(reader.pages)
    except FileNotDecryptedError as error:
        raise DocumentError(_ENCRYPTED, code="encrypted", path=name) from error
    except Exception as error:  # noqa: BLE001 - a broken page tree
        raise _damaged(error, name) from error


def _page_lines(page: PageObject, number: int, name: str) -> list[str]:
    """A page's lines, right ends and the blank lines above and below its text trimmed."""
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except Exception:  # noqa: BLE001 - layout mode is stricter: fall back to stream order
        try:
            text = page.extract_text()
        except Exception as error:  # noqa: BLE001 - a page that cannot be read at all
            raise _damaged(error, name, page=number + 1) from error
    lines = [line.rstrip() for line in text.splitlines()]
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), first - 1)
    return read_columns(lines[first : last + 1])


def _damaged(error: Exception, name: str, page: int | None = None) -> DocumentError:
    where = f" (page {page})" if page is not None else ""
    reason = f"{type(error).__name__}: {error}"
    message = f"the PDF is damaged and cannot be read{where} ({reason})"
    return DocumentError(message, code="corrupt", path=name)
