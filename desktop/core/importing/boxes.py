"""The boxes of a plan (专栏 in a 规划纲要): a titled list set beside the text.

A box opens with its label and title on a line (``专栏1　科技前沿领域攻关``) over its items
(``01　新一代人工智能`` or ``（1）…``, each with a line of words), and runs to the next heading
of the document's own structure: a chapter's, a numbered style or a plain heading line (one
with no number, over text) of a kind the document used before the box, unless the box's own
items are such lines. The box is one node of the outline holding nothing: its
items are the box's content, listed together on the page, not sections of the chapter, and a
plan has dozens of boxes of a dozen items each that would bury its chapters in the outline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.numbering import PLAIN, heading_marker, tier

BOX = "box"
# What a box's items open with when numbered (01　…), which no heading of the document does.
_DIGITS = "0123456789０１２３４５６７８９"
_SPACE_OR_COLON = re.compile(r"[\s：:]")
_LABEL = re.compile(r"[\s\u3000]*专栏[\s\u3000]*[0-9０-９一二三四五六七八九十]{1,3}(?![0-9０-９])")


def box_label_end(text: str) -> int:
    """Where the label of a box's heading line (``专栏1``) ends; 0 when ``text`` is none."""
    if not text.lstrip().startswith("专栏") or len(text) > HEADING_MAX:
        return 0  # most lines: no box
    match = _LABEL.match(text)
    return match.end() if match is not None else 0


def boxes(
    texts: Sequence[str],
    declared: Collection[int] = (),
    plain: Callable[[int], bool] = lambda _position: False,
) -> dict[int, int]:
    """Each box of ``texts``: its heading line's position → the position just after its
    content, where a heading of the document's structure (a chapter's, a style used before
    the box, or one the file declares at a position in ``declared``) or the next box starts.
    ``plain(position)`` tells whether a line is a plain heading line, over text."""
    if not any(box_label_end(text) for text in texts):
        return {}
    seen: set[str] = set()
    found: dict[int, int] = {}
    position = 0
    while position < len(texts):
        if box_label_end(texts[position]):
            # a box whose items are plain lines themselves ends only at a numbered heading
            items_plain = PLAIN not in seen or _plain_line(texts, position + 1, plain)
            end = _content_end(texts, position + 1, seen, declared, None if items_plain else plain)
            found[position] = end
            position = end
            continue
        marker = heading_marker(texts[position])
        if marker is not None:
            seen.add(marker.style)
        elif PLAIN not in seen and _plain_line(texts, position, plain):
            seen.add(PLAIN)
        position += 1
    return found


def _plain_line(texts: Sequence[str], position: int, plain: Callable[[int], bool]) -> bool:
    """Whether the line at ``position`` is a plain heading line, with no number opening it
    and no spaces or colon inside: a box's table rows (指标 2020年 2025年) and notes
    (资料来源：…) end it with the document's text under them, but head none of it."""
    if position >= len(texts):
        return False
    text = texts[position].strip()
    if text[:1] in _DIGITS or _SPACE_OR_COLON.search(text):
        return False
    return plain(position)


def _content_end(
    texts: Sequence[str],
    start: int,
    seen: set[str],
    declared: Collection[int],
    plain: Callable[[int], bool] | None,
) -> int:
    """The position of the first line from ``start`` that ends a box's content; with
    ``plain``, a plain heading line after the box's first line ends it too."""
    for position in range(start, len(texts)):
        text = texts[position]
        if position in declared or box_label_end(text):
            return position
        marker = heading_marker(text)
        if marker is not None and (marker.style in seen or tier(marker.style) == 0):
            return position
        if plain and marker is None and position > start and _plain_line(texts, position, plain):
            return position
    return len(texts)
