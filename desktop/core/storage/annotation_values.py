"""What an annotation is made of, checked before ``AnnotationStore`` stores it.

Its kind and colour, its range with the quote of the speech's text there, its tags as stored;
and where a quote the user typed lies in a speech (``python -m desktop annotate --quote``).
Each check raises LibraryError ``invalid`` (``not-found`` for what is not there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from desktop.core.annotation import AnnotationKind, Color, TextQuote
from desktop.core.errors import LibraryError

TAG_SEPARATORS = ",，、;；"
"""What separates tags where the user types several in one line: never part of a name."""

_TO_COMMA = dict.fromkeys(map(ord, TAG_SEPARATORS), ",")
# Every separator made a comma, then one split: no regex class past Latin-1, which ``re``
# builds in Python when compiled (the first frame loads this module and splits no tags).

RANGE_KINDS = {AnnotationKind.HIGHLIGHT, AnnotationKind.NOTE, AnnotationKind.SECTION_NOTE}
"""The kinds that sit on a range of the text (a speech note has none)."""


def split_tag_line(text: str) -> list[str]:
    """The tags typed in one line (the window's tags line, an export's tag filter): split at
    ``TAG_SEPARATORS``, each trimmed, inner whitespace collapsed, empties dropped."""
    parts = text.translate(_TO_COMMA).split(",")
    return [name for part in parts if (name := " ".join(part.split()))]


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored, in the order given: trimmed, inner whitespace collapsed, no empties,
    no case-duplicates (the first spelling stays, where it first came), and split at the
    separators of the line of tags (``经济,改革`` is two tags, as typed in the window)."""
    kept: dict[str, str] = {}
    for tag in tags:
        for name in split_tag_line(tag):
            kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """The range of the ``occurrence``-th (1-based) occurrence of ``quote`` in ``text``."""
    if not quote:
        raise LibraryError("the quote is empty", code="invalid")
    if occurrence < 1:
        raise LibraryError("the occurrence counts from 1", code="invalid")
    start, seen = -1, 0
    while seen < occurrence:
        start = text.find(quote, start + 1)
        if start < 0:
            where = "does not occur" if seen == 0 else f"occurs only {seen} times"
            raise LibraryError(f"the quote {quote!r} {where} in the speech", code="not-found")
        seen += 1
    return start, start + len(quote)


def checked_kind(kind: str) -> AnnotationKind:
    """``kind`` as an AnnotationKind; LibraryError ``invalid`` for one there is not."""
    try:
        return AnnotationKind(kind)
    except ValueError:
        raise LibraryError(f"unknown annotation kind {kind!r}", code="invalid") from None


def checked_color(color: str | None) -> str | None:
    """``color`` as a stored colour name (None stays None); LibraryError ``invalid`` if unknown."""
    if color is None:
        return None
    try:
        return Color(color).value
    except ValueError:
        names = ", ".join(c.value for c in Color)
        raise LibraryError(f"unknown colour {color!r} (use {names})", code="invalid") from None


def range_quote(kind: str, text: str, start: int | None, end: int | None) -> TextQuote:
    """The quote of ``text[start:end]`` for an annotation of ``kind`` (none for a speech note)."""
    if kind not in RANGE_KINDS:
        if start is not None or end is not None:
            raise LibraryError("a note on a whole speech takes no range", code="invalid")
        return TextQuote("", "", "")
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise LibraryError(
            f"the range {start}–{end} is not inside the speech (0–{len(text)})", code="invalid"
        )
    return TextQuote.from_text(text, start, end)


def first_marked(before: str, marked: str | None, now: str) -> str | None:
    """The words first marked, once an annotation's quote goes from ``before`` to ``now``.

    ``marked`` is what was kept already (None if the quote still held the marked words). The
    first-marked words stay through later changes; None when the quote holds them again.
    """
    kept = marked if marked is not None else (before or None)
    return None if kept == now else kept


def speech_text(conn: sqlite3.Connection, speech_id: int) -> str:
    """A speech's canonical text; LibraryError ``not-found`` if there is no such speech."""
    found = conn.execute("SELECT text FROM speeches WHERE id = ?", (speech_id,)).fetchone()
    if found is None:
        raise LibraryError(f"there is no speech with id {speech_id}", code="not-found")
    return found[0]
