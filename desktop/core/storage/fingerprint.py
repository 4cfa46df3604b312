"""An imported document's fingerprint: a hash of its JSON, made a piece at a time.

The fingerprint is the SHA-256 of ``json.dumps(document, ensure_ascii=False, sort_keys=True,
separators=(",", ":"))`` without its source; libraries keep it, so that exact text must not change.
One ``json.dumps`` of a 30 MB text's document held the GIL for ~0.15 s (the window's thread waits
for it while an import runs in a worker); ``json_pieces`` yields the same text in pieces that
each take about a GIL_PIECE's work, and the hash is fed piece by piece.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # type: ignore[attr-defined]  # json's own escaping
from typing import Any

from desktop.core.imported import ImportedDocument
from desktop.core.storage import search_text

_BATCH = 512
"""List items encoded together with one json.dumps call, when they are small enough."""

_BATCH_VALUES = 8192
"""At most this many values (each a short string, a number…) go in one json.dumps call."""


def document_fingerprint(document: ImportedDocument) -> str:
    """A hash of everything the importer produced, except where the file was."""
    data = document.to_dict()
    data.pop("source", None)
    import hashlib  # here: loading OpenSSL is ~2 ms that opening the window does not need

    digest = hashlib.sha256()
    for piece in json_pieces(data):
        digest.update(piece.encode("utf-8"))
    return digest.hexdigest()


def json_pieces(value: Any) -> Iterator[str]:
    """The text of ``json.dumps`` with ensure_ascii=False, sort_keys=True and the separators
    (",", ":"), in pieces."""
    if isinstance(value, str) and len(value) > search_text.GIL_PIECE:
        yield from _long_string(value)
    elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
        yield from _mapping(value)
    elif isinstance(value, list | tuple):
        yield from _sequence(value)
    else:
        yield _dumps(value)


def _long_string(text: str) -> Iterator[str]:
    # JSON escapes each character on its own, so the pieces' escapes make the whole one's.
    yield '"'
    for start in range(0, len(text), search_text.GIL_PIECE):
        yield encode_basestring(text[start : start + search_text.GIL_PIECE])[1:-1]
    yield '"'


def _mapping(value: dict[str, Any]) -> Iterator[str]:
    yield "{"
    for number, key in enumerate(sorted(value)):
        yield ("," if number else "") + _dumps(key) + ":"
        yield from json_pieces(value[key])
    yield "}"


def _sequence(items: list[Any] | tuple[Any, ...]) -> Iterator[str]:
    yield "["
    for start in range(0, len(items), _BATCH):
        batch = items[start : start + _BATCH]
        if start:
            yield ","
        if _weight(batch, _BATCH_VALUES) <= _BATCH_VALUES:
            yield _dumps(list(batch))[1:-1]
            continue
        for number, item in enumerate(batch):
            if number:
                yield ","
            yield from json_pieces(item)
    yield "]"


def _weight(value: Any, limit: int) -> int:
    """How many values ``value`` holds, counted up to just past ``limit`` (a long string is
    past it at once)."""
    if isinstance(value, str):
        return 1 if len(value) <= search_text.GIL_PIECE else limit + 1
    if isinstance(value, dict):
        values: Any = value.values()
    elif isinstance(value, list | tuple):
        values = value
    else:
        return 1
    total = 1
    for item in values:
        total += _weight(item, limit - total)
        if total > limit:
            break
    return total


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
