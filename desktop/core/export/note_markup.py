"""The small part of Markdown that notes are shown with outside Markdown files: paragraphs, line
breaks, bold, italics and code. HTML, Word and PDF draw the same spans their own way; everything
else in a note (links, lists, raw HTML) stays visible as the text the user typed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# As in CommonMark, a single * may emphasise inside a word (Chinese has no spaces between words).
_EMPHASIS = re.compile(r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a note's text and how it is set; ``text`` may hold line breaks."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


def note_paragraphs(note: str) -> list[list[Span]]:
    """A note's paragraphs (separated by blank lines), each as its spans."""
    parts = _BLANK_LINES.split(note.strip())
    return [inline_spans(part.strip("\n")) for part in parts if part.strip()]


def inline_spans(text: str) -> list[Span]:
    """One paragraph cut into plain, bold, italic and code spans (markers removed)."""
    spans = []
    for piece, is_code in _split(_CODE, text):
        if is_code:
            spans.append(Span(piece, code=True))
            continue
        for strong, is_bold in _split(_STRONG, piece):
            spans.extend(
                Span(part, bold=is_bold, italic=is_italic)
                for part, is_italic in _split(_EMPHASIS, strong)
                if part
            )
    return spans


def plain_text(note: str) -> str:
    """The note as it reads, markers removed; paragraphs separated by a blank line."""
    return "\n\n".join(
        "".join(span.text for span in paragraph) for paragraph in note_paragraphs(note)
    )


def _split(pattern: re.Pattern[str], text: str) -> Iterator[tuple[str, bool]]:
    """The text between matches (False) and each match's inner text (True), in order."""
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        yield match.group(1), True
        position = match.end()
    if position < len(text):
        yield text[position:], False
