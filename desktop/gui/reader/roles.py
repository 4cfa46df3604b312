"""What each paragraph of a speech is: its role (title, heading, body, note…) and its script.

``build_document`` sets each paragraph by its role; a body paragraph written mostly in Latin
letters (an English translation beside the Chinese) is set ragged-right, where Chinese is
justified: justified English without hyphenation spreads its words loosely across the column.
Plain Python over the speech's text and outline: no Qt here, so the printed page and the
reader share it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from enum import StrEnum

from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan, iter_nodes
from desktop.core.emphasis import bold_end
from desktop.core.footnotes import Footnotes, find_footnotes
from desktop.core.records import SpeechContent


class BlockRole(StrEnum):
    """How a paragraph is set."""

    BODY = "body"
    TITLE = SpanKind.TITLE.value
    SUBTITLE = SpanKind.SUBTITLE.value
    DATE = SpanKind.DATE.value
    SPEAKER = SpanKind.SPEAKER.value
    SALUTATION = SpanKind.SALUTATION.value
    TOC = SpanKind.TOC.value
    SIGNATURE = SpanKind.SIGNATURE.value
    CLOSING_DATE = "closing-date"  # a date after the body: the sign-off's, not the title's
    HEADING_1 = "heading-1"
    HEADING_2 = "heading-2"
    HEADING_3 = "heading-3"
    NOTES_LABEL = "notes-label"  # 注释： over the notes closing a speech
    NOTE = "note"  # one of those notes (①《某某文选》…)


CENTRED_ROLES = frozenset({BlockRole.TITLE, BlockRole.SUBTITLE, BlockRole.DATE, BlockRole.SPEAKER})
"""The lines set centred, and balanced when they wrap (``balance_centred_blocks``)."""


def block_roles(content: SpeechContent, starts: list[int]) -> dict[int, BlockRole]:
    """The role of every paragraph that is not body text, by paragraph index."""
    roles: dict[int, BlockRole] = {}
    for span in content.spans:
        if span.kind == SpanKind.SALUTATION and not _span_fills(content.text, starts, span):
            continue  # 同志们！ opening a closing appeal: the paragraph is body text
        first = bisect_right(starts, span.start) - 1
        last = bisect_right(starts, max(span.start, span.end - 1)) - 1
        for index in range(max(first, 0), last + 1):
            roles[index] = _SPAN_ROLES.get(span.kind, BlockRole.BODY)
    body_start = _body_start(content, starts, roles)
    for index, role in roles.items():
        if role == BlockRole.DATE and index > body_start:
            roles[index] = BlockRole.CLOSING_DATE
    for node in iter_nodes(content.outline):
        index = bisect_right(starts, node.start) - 1
        if node.kind == NodeKind.HEADING and _fills_paragraph(content.text, starts, index, node):
            roles[index] = _heading_role(node.level)
    roles.update(notes_roles(find_footnotes(content.text), starts))
    return roles


def head_gap_block(roles: dict[int, BlockRole]) -> int | None:
    """The index of the head's last line (title, subtitle, date, speaker) when a salutation or
    body text follows it; None when a heading does (it brings its room above) or there is none."""
    index = 0
    while roles.get(index) in CENTRED_ROLES:
        index += 1
    if index == 0 or roles.get(index, BlockRole.BODY) not in (BlockRole.BODY, BlockRole.SALUTATION):
        return None
    return index - 1


def notes_roles(footnotes: Footnotes, starts: list[int]) -> dict[int, BlockRole]:
    """The roles of the paragraphs of the notes blocks: their labels and their notes."""
    if not footnotes:
        return {}
    roles = {
        bisect_right(starts, start) - 1: BlockRole.NOTES_LABEL for start, _ in footnotes.labels
    }
    for item in footnotes.items:
        # A note run onto more lines is a note on each of them, not body text under it.
        first = bisect_right(starts, item.start) - 1
        last = bisect_right(starts, item.end - 1) - 1
        roles.update(dict.fromkeys(range(first, last + 1), BlockRole.NOTE))
    return roles


def bold_runs(content: SpeechContent, starts: list[int]) -> list[tuple[int, int]]:
    """``str`` ranges set bold inside body paragraphs: headings and points glued to their text
    (``core.emphasis`` says how far)."""
    runs = []
    text = content.text
    for node in iter_nodes(content.outline):
        index = bisect_right(starts, node.start) - 1
        whole = _fills_paragraph(text, starts, index, node)
        if node.head_end > node.start and (node.kind == NodeKind.POINT or not whole):
            paragraph_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
            runs.append((node.start, bold_end(text, node, max(paragraph_end, node.start))))
    return runs


def glued_heading_ends(content: SpeechContent, starts: list[int]) -> list[int]:
    """Where the headings glued to their paragraph's text end (一、…坚定的|现在,…), sorted:
    set apart in bold, they end a sentence though no mark does (a point's words, 一是…, run
    on into its sentence and end none)."""
    ends = []
    for node in iter_nodes(content.outline):
        if node.kind == NodeKind.POINT or node.head_end <= node.start:
            continue
        index = bisect_right(starts, node.start) - 1
        if not _fills_paragraph(content.text, starts, index, node):
            paragraph_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(content.text)
            ends.append(bold_end(content.text, node, max(paragraph_end, node.start)))
    return sorted(ends)


_SPAN_ROLES = {role.value: role for role in BlockRole}


def _body_start(content: SpeechContent, starts: list[int], roles: dict[int, BlockRole]) -> int:
    """The first paragraph of the body: the first with words and no head role, or the first
    outline entry's, whichever comes first (a date after it closes the speech)."""
    text = content.text
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    first_plain = next(
        (
            index
            for index, (start, end) in enumerate(zip(starts, ends, strict=True))
            if index not in roles and text[start:end].strip()
        ),
        len(starts),
    )
    first_node = min((node.start for node in content.outline), default=len(text) + 1)
    return min(first_plain, bisect_right(starts, first_node) - 1)


def _fills_paragraph(text: str, starts: list[int], index: int, node: OutlineNode) -> bool:
    if index < 0 or starts[index] != node.start:
        return False
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return node.head_end >= len(text[starts[index] : end].rstrip()) + starts[index]


def _span_fills(text: str, starts: list[int], span: TextSpan) -> bool:
    """Whether ``span`` holds all the words of the paragraph it starts in."""
    index = bisect_right(starts, span.start) - 1
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return not text[span.end : end].strip()


def _heading_role(level: int) -> BlockRole:
    return {1: BlockRole.HEADING_1, 2: BlockRole.HEADING_2}.get(level, BlockRole.HEADING_3)


_LATIN_LETTERS = "[A-Za-z\u00c0-\u024f]+"
"""Compiled at its first use (``re`` caches it): a class past Latin-1 is built in Python, ~1 ms
of the first frame, which shows Chinese and never reaches it (bench/README.md, ninth look)."""


def latin_paragraphs(text: str, starts: list[int]) -> list[int]:
    """The paragraphs (by index) of ``text``, beginning at ``starts``, written mostly in Latin
    letters: over twice as many as characters beyond ASCII (Han, full-width marks), so a
    Chinese line naming COVID-19 or G20 stays Chinese."""
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    found = []
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        paragraph = text[start:end]
        # Chinese is mostly beyond ASCII: counted in C, a Chinese paragraph is never scanned.
        beyond_ascii = len(paragraph) - len(paragraph.encode("ascii", "ignore"))
        if 3 * beyond_ascii >= len(paragraph):
            continue
        if sum(map(len, re.findall(_LATIN_LETTERS, paragraph))) > 2 * beyond_ascii:
            found.append(index)
    return found
