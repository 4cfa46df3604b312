"""Texts as the full-width punctuation option shows them, in the lists beside the reader.

The reader, the tree's outline labels and printing show Latin ``, : ; ? ! ( )`` next to Chinese
as full-width (``core.punctuation.to_fullwidth``); the search results, the concordance and the
annotations list show the same words, so they follow the option too. Display only: what a copy
or an export takes stays the canonical text. ``to_fullwidth`` keeps the length (one character
for one, in Python's offsets), so a context cut into columns is converted whole, for the
marks at the edge of the hit to see both neighbours, then cut again at the same places.
"""

from __future__ import annotations

from collections.abc import Sequence


def shown_text(text: str, fullwidth: bool) -> str:
    """``text`` as the option shows it (itself when the option is off)."""
    if not fullwidth or not text:
        return text
    from desktop.core.punctuation import to_fullwidth  # its patterns compile on first use

    return to_fullwidth(text)


def shown_parts(parts: Sequence[str], fullwidth: bool) -> tuple[str, ...]:
    """``parts`` (a context, its hit, the context after) converted as one text and cut at the
    same places: each part keeps its length, so the hit's column holds the hit's characters."""
    if not fullwidth:
        return tuple(parts)
    whole = shown_text("".join(parts), fullwidth)
    cut: list[str] = []
    start = 0
    for part in parts:
        cut.append(whole[start : start + len(part)])
        start += len(part)
    return tuple(cut)
