"""Numbered paragraphs: a document numbering its paragraphs, not its parts (1. 2. … to the end).

Hong Kong's policy addresses (施政報告), budget speeches and many reports in the common-law
tradition number every paragraph, ``1.`` ``2.`` …, counting on across their chapters and
headings. Such a number looks like a GB/T 9704 ``1.`` heading, but the two are told apart by
how they run: a heading's numbers start again at 1 under each part above them, and a heading
says a part's name (``1.加大投入``), while a numbered paragraph is a paragraph, sentences to
its end, and its number goes on from the last whatever heading came between. A numbered
paragraph is body text, never a heading.

A report may number its headings on across its parts too (``一、`` 1. 2. ``二、`` 3. 4.), each
a short sentence of its own (``1.经济运行稳中向好。``) over unnumbered paragraphs: every one
of them heads body text, where a document numbering its paragraphs numbers those as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.importing.chars import CLOSERS, SENTENCE_END, ends_sentence
from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.lines import is_title_like
from desktop.core.importing.numbering import bare_numeral, heading_marker

# Arabic numbers alone number paragraphs; 一、 and (一) number a document's parts.
_PARAGRAPH_STYLES = ("arabic-dot", "arabic-half")
_PARAGRAPHS_MIN = 3


def numbered_paragraphs(texts: Sequence[str]) -> set[int]:
    """Positions in ``texts`` (a speech's body paragraphs) of its numbered paragraphs."""
    numbered = _numbered(texts)  # one reading of the markers for every style
    for style in _PARAGRAPH_STYLES:
        positions = [position for position, (kind, _) in numbered.items() if kind == style]
        if (
            _counts_on([numbered[position][1] for position in positions])
            and _are_paragraphs(texts, positions)
            and _crosses_a_heading(texts, positions, style)
            and not _head_body_text(texts, positions)
        ):
            return set(positions)
    return set()


def _numbered(texts: Sequence[str]) -> dict[int, tuple[str, int]]:
    """The paragraphs opening with a number of a paragraph style: ``{position: (style,
    number)}``, in order."""
    found = {}
    for position, text in enumerate(texts):
        if not text.lstrip()[:1].isdigit():  # 1. or 1) opens with a digit: skip the rest cheaply
            continue
        marker = heading_marker(text)
        if marker is not None and marker.style in _PARAGRAPH_STYLES:
            found[position] = (marker.style, marker.number)
    return found


def _counts_on(numbers: Sequence[int]) -> bool:
    """Numbers 1, 2, 3 … in one series to the document's end: never starting again."""
    expected = range(1, len(numbers) + 1)
    return len(numbers) >= _PARAGRAPHS_MIN and list(numbers) == list(expected)


def _are_paragraphs(texts: Sequence[str], positions: Sequence[int]) -> bool:
    """Every one of them ends a sentence: a paragraph's text, not a part's name."""
    return all(ends_sentence(texts[position]) for position in positions)


def _head_body_text(texts: Sequence[str], positions: Sequence[int]) -> bool:
    """Every one of them is one short sentence alone, over an unnumbered paragraph of body
    text: headings numbered on across the parts, not paragraphs numbered."""
    return all(
        _is_heading_sentence(texts[position])
        and position + 1 < len(texts)
        and _is_body_text(texts[position + 1])
        for position in positions
    )


def _is_heading_sentence(text: str) -> bool:
    """A line of one short sentence (``1.经济运行稳中向好。``)."""
    words = text.strip().rstrip(CLOSERS + SENTENCE_END)
    return len(text.strip()) <= HEADING_MAX and is_title_like(words)


def _is_body_text(text: str) -> bool:
    """A paragraph of sentences with no number of its own."""
    return ends_sentence(text) and not heading_marker(text.lstrip())


def _crosses_a_heading(texts: Sequence[str], positions: Sequence[int], style: str) -> bool:
    """A heading of another kind stands between two of them, and the count went on past it."""
    for before, after in zip(positions, positions[1:], strict=False):
        if any(_is_other_heading(texts[p], style) for p in range(before + 1, after)):
            return True
    return False


def _is_other_heading(text: str, style: str) -> bool:
    """A heading line not numbered in ``style``: another numbering, or a short name alone."""
    marker = heading_marker(text) or bare_numeral(text)
    if marker is not None:
        return marker.style != style
    return len(text) <= HEADING_MAX and is_title_like(text)
