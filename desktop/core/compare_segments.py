"""The pieces every form of a comparison's changes shares: a blank named, a change's line cut
into segments (its context, its changed words, the paragraph breaks between them)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.compare_export import ChangeWords

LINE_BREAK = "↵"  # a paragraph break inside a printed line


class Segment(StrEnum):
    """A piece of a change's line: context, changed words, a blank named, a paragraph break."""

    TEXT = "text"
    CHANGE = "change"
    NAMED = "named"
    BREAK = "break"


def spaces_named(blanks: str, words: ChangeWords) -> str:
    """A run of blanks by name, how many of each: ``(space)``, ``〔全角空格〕×2``.

    Why: a mark around a blank shows nothing (Markdown ``~~ ~~``, a struck space in Word),
    so a change of spacing alone read as an empty change, or not at all; its name says what
    changed, and that it was a blank rather than the words of the name (the brackets).
    """
    names = {" ": words.space, "\u3000": words.wide_space, "\t": words.tab}
    parts: list[str] = []
    for char, count in _runs(blanks):
        name = names.get(char, words.space)  # a no-break or thin space reads as a space
        parts.append(name if count == 1 else f"{name}×{count}")
    return "".join(parts)


def _runs(text: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for char in text:
        if runs and runs[-1][0] == char:
            runs[-1] = (char, runs[-1][1] + 1)
        else:
            runs.append((char, 1))
    return runs


def change_segments(
    text: str, start: int, end: int, context: int, words: ChangeWords
) -> list[tuple[Segment, str]]:
    """The line of a change as segments: its context, each paragraph's changed words (a part
    of blanks only named), the paragraph breaks between them (unmarked, as a mark cannot span
    paragraphs in Markdown nor reads well across one elsewhere)."""
    segments = _context_segments(text[max(0, start - context) : start])
    changed: list[tuple[Segment, str]] = []
    for number, part in enumerate(text[start:end].split("\n")):
        if number:
            changed.append((Segment.BREAK, LINE_BREAK))
        if part.strip():
            changed.append((Segment.CHANGE, part))
        elif part:
            changed.append((Segment.NAMED, spaces_named(part, words)))
    if all(kind is Segment.BREAK for kind, _ in changed):  # only paragraph breaks changed
        changed = [(Segment.NAMED, LINE_BREAK)]
    return segments + changed + _context_segments(text[end : end + context])


def _context_segments(text: str) -> list[tuple[Segment, str]]:
    segments: list[tuple[Segment, str]] = []
    for number, part in enumerate(text.split("\n")):
        if number:
            segments.append((Segment.BREAK, LINE_BREAK))
        if part:
            segments.append((Segment.TEXT, part))
    return segments


# The compare window's light-theme fills (``gui.compare_pane.CHANGE_FILLS``) laid over white:
# on paper and in Word, where a translucent fill has nothing to show through.
DELETED_FILL = "fccaa8"  # orange: what went
INSERTED_FILL = "bad8f3"  # blue: what came
NAME_GREY = "7f7f7f"  # a blank's name or a paragraph break: not the speech's own words
