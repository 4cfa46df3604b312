"""Keyword in context: left context, the hit and right context on one line (lists, the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

NEWLINE_MARK = "⏎"
DEFAULT_WIDTH = 20

# Line breaks show as the mark (or a space); other control characters as a space, so a snippet
# is always one printable line whose parts keep their lengths.
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"


def _one_line_table(newline: str) -> dict[int, str]:
    table = dict.fromkeys(range(32), " ")
    table[0x7F] = " "
    table.update({ord(char): newline for char in _LINE_BREAKS})
    return table


_TABLES = {NEWLINE_MARK: _one_line_table(NEWLINE_MARK), " ": _one_line_table(" ")}


@dataclass(frozen=True, slots=True)
class Snippet:
    """A hit in context: ``left`` and ``right`` are at most ``width`` characters each."""

    left: str
    match: str
    right: str

    def line(self, separator: str = " | ") -> str:
        """The snippet as one line: left | match | right."""
        return f"{self.left}{separator}{self.match}{separator}{self.right}"

    def __str__(self) -> str:
        return self.line()


def one_line(text: str, newline: str = NEWLINE_MARK) -> str:
    """The text with line breaks shown as ``newline`` and control characters as spaces."""
    table = _TABLES.get(newline) or _one_line_table(newline)
    return text.translate(table)


def snippet(
    text: str, start: int, end: int, width: int = DEFAULT_WIDTH, *, newline: str = NEWLINE_MARK
) -> Snippet:
    """The hit ``text[start:end]`` with ``width`` characters of context on each side, one line."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"hit {start}–{end} is outside a text of {len(text)} characters")
    if width < 0:
        raise ValueError("the context width cannot be negative")
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return Snippet(
        left=one_line(left, newline),
        match=one_line(text[start:end], newline),
        right=one_line(right, newline),
    )
