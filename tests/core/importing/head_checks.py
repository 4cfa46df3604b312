"""Shared helpers for tests of a speech's head (``head``, ``head_authors``, ``tail``)."""

from __future__ import annotations

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.head import Head, read_head


def head_of(text: str) -> tuple[Head, list[Paragraph]]:
    """The head read from ``text``'s lines, each a paragraph, and those paragraphs."""
    paragraphs = [Paragraph(line) for line in text.strip().split("\n")]
    return read_head(paragraphs), paragraphs


def marked_of(text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of each span the head of ``text`` marks, in the order marked."""
    head, paragraphs = head_of(text)
    return [(kind, paragraphs[p].text[a:b]) for kind, p, a, b in head.marks]
