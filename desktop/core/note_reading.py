"""A note's Markdown as it reads: the plain text that search indexes and its snippets show.

The inline part (bold, italics, code, links) is ``export.note_markup``'s reading, the one the
exports draw; on top of it each line loses the marks that only start a line (a heading's #s, a
quote's >, a list's marker, a thematic break) and every backslash escape shows its character.
Blank lines go: a snippet shows a line break as a mark, and one is enough between paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.export.note_markup import inline_text

# CommonMark's line starts: an ATX heading, block quotes, a bullet or an ordered list item (a
# number needs the space after it, so 2020.5万人 at a line's start stays as it is).
_BLOCK_MARKS = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]+|$)|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)*"
)
# A line only of three or more -, *, _ or = (a thematic break or a setext underline).
_RULE = re.compile(r"^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
# An ATX heading's closing #s.
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# CommonMark lets any ASCII punctuation be escaped with a backslash.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# The characters but digits a line's marks can start with (spaces too: the regexes read them);
# a line starting otherwise (most, in Chinese) skips both regexes.
_MARK_STARTS = frozenset("#>-*+_= \t")


def note_reading(note: str) -> str:
    """The note's text as it reads, without Markdown's marks; its lines that hold text, one
    per line."""
    return "\n".join(reading_lines(note))


def reading_lines(note: str) -> Iterator[str]:
    """The note's lines that hold text, each as it reads, read one by one as asked for (a
    list shows a long note's first line only)."""
    for line in note.splitlines():
        reading = _line_reading(line)
        if reading:
            yield reading


def _line_reading(line: str) -> str:
    first = line[:1]
    if first in _MARK_STARTS or first.isdecimal():  # \d is any Unicode digit (１, ٣)
        line = _without_line_marks(line)
        if not line:
            return ""
    if "\\" not in line:  # most lines: no escape to hold
        return inline_text(line).strip()
    held, escaped = _hold_escapes(line)
    text = inline_text(held)
    for char, literal in escaped.items():
        text = text.replace(char, literal)
    return text.strip()


def _without_line_marks(line: str) -> str:
    """``line`` without the marks that start it (all of it if it is a rule)."""
    if _RULE.match(line):
        return ""
    start = _BLOCK_MARKS.match(line)
    if start is None:
        return line
    if "#" in start.group():
        return _CLOSING_HASHES.sub("", line[start.end() :])
    return line[start.end() :]


def _hold_escapes(line: str) -> tuple[str, dict[str, str]]:
    """``line`` with each escaped character replaced by a private-use character it does not
    hold (so no emphasis or link is read from it), and what each stands for."""
    if "\\" not in line:
        return line, {}
    free = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in line)
    escaped: dict[str, str] = {}

    def hold(match: re.Match[str]) -> str:
        held = next(free, None)
        if held is None:
            return match.group(1)
        escaped[held] = match.group(1)
        return held

    return _ESCAPE.sub(hold, line), escaped
