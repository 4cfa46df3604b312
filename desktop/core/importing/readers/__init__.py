"""Readers: a file's bytes → ``SourceText`` (decoded lines, encoding, format).

First version: UTF-8 plain text only; other encodings and formats are refused clearly.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.errors import DocumentError
from desktop.core.importing.source import SourceLine, SourceText

_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def read_source(path: str | Path) -> SourceText:
    """Read and decode the file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DocumentError(error.strerror or str(error), code="unreadable", path=path) from error
    return read_source_bytes(data, str(path))


def read_source_bytes(data: bytes, name: str) -> SourceText:
    """Decode ``data``, the content of a file called ``name``."""
    if not data.strip():
        raise DocumentError("the file is empty", code="empty", path=name)
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError("the file is not UTF-8 text", code="encoding", path=name) from error
    return SourceText([SourceLine(line) for line in _LINE_BREAK.split(text)], encoding, "txt")
