"""Texts as the full-width punctuation option shows them, in the lists beside the reader.

The reader, the tree's outline labels and printing show Latin ``, : ; ? ! ( )`` next to Chinese
as full-width (``core.punctuation.to_fullwidth``); the search results, the concordance and the
annotations list show the same words, and every list names speeches by their titles (the
page's first line), so they follow the option too. Display only: what a copy, an export, a
rename or a search takes stays the canonical text. A label made of a title and the UI's words
("title (No. 5, collection)") is made of the converted title, not converted whole: the label's
own brackets are the language's. ``to_fullwidth`` keeps the length (one character
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


class ShownTexts:
    """Texts as the option shows them, each converted once per setting (a row's tooltip, its
    spoken text, a status line's term): asked again, the kept text is given."""

    def __init__(self, kept: int = 20_000, *, fullwidth: bool = False) -> None:
        self._kept = kept
        self._shown: dict[str, str] = {}
        self.fullwidth = fullwidth
        """Whether texts show Latin punctuation in Chinese context as full-width."""

    def set_fullwidth(self, enabled: bool) -> bool:
        """Follow the option; whether that changed it."""
        if enabled == self.fullwidth:
            return False
        self.fullwidth = enabled
        self._shown.clear()
        return True

    def __call__(self, text: str) -> str:
        """``text`` as shown now."""
        if not self.fullwidth or not text:
            return text
        found = self._shown.get(text)
        if found is None:
            if len(self._shown) > self._kept:
                self._shown.clear()
            found = self._shown[text] = shown_text(text, True)
        return found
