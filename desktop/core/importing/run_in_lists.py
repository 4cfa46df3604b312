"""A numbered list run into one paragraph (``主要任务是：1.…；2.…；3.…。``, or a paragraph
opening ``（1）…；（2）…。``): its items are points, as ``一是…；二是…`` run in are, never the
first of them a heading over the rest.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import CN_NUMERAL_CHARS
from desktop.core.importing.numbering import RUN_IN, Marker, heading_marker

# The numbering a list of clauses is written in. A paragraph's own （一） or 一、 may open one;
# inside a paragraph those are ``numbering.inline_run_markers``'s (paren-run, dun-run).
_ITEM_STYLES = frozenset({"arabic-dot", "arabic-half", "arabic-paren", "circled"})
_OPENING_STYLES = _ITEM_STYLES | {"cn-paren", "cn-dun"}
# The characters an item of those styles can open with (（1）, 1., ①, ⑴, ⒈, 一、): most
# colons and clauses go on with a word instead, and are not looked at again.
_OPENINGS = (
    "（(0123456789０１２３４５６７８９"
    + CN_NUMERAL_CHARS
    + "".join(chr(code) for code in range(0x2460, 0x2474 + 20))  # ① … ⑳, ⑴ … ⒇
    + "".join(chr(code) for code in range(0x2488, 0x2488 + 20))  # ⒈ … ⒛
)
_ITEM_OPENINGS = frozenset(_OPENINGS)
# A list inside a paragraph opens after the colon that announces it (主要任务是：1.…).
_ANNOUNCED = re.compile(rf"[：:]\s*(?=[{_OPENINGS}])")
# Each item after the first follows a clause of the one before it.
_CLAUSE_END = re.compile(rf"[，,；;。！？!?]\s*(?=[{_OPENINGS}])")


def run_in_items(text: str, start: int = 0) -> list[Marker]:
    """The items of the lists run into ``text`` after ``start``: each list opens at one, on
    the paragraph's start or after a colon, and counts on at least to two after clauses of
    its own; the markers are numbered in the list, of style ``RUN_IN``."""
    items: list[Marker] = []
    if start == 0 and text[:1] in _ITEM_OPENINGS:
        items += _run_from(text, 0, _OPENING_STYLES)
    if "：" not in text and ":" not in text:
        return items  # most paragraphs: one test, not a regex over them
    for colon in _ANNOUNCED.finditer(text, start):
        if not items or colon.start() >= items[-1].end:
            items += _run_from(text, colon.end(), _ITEM_STYLES)
    return items


def _run_from(text: str, at: int, styles: frozenset[str]) -> list[Marker]:
    """The list opening at ``at`` with an item numbered one, if it has a second item."""
    first = heading_marker(text, at)
    if first is None or first.number != 1 or first.style not in styles:
        return []
    run = [Marker(RUN_IN, 1, at, first.end)]
    for boundary in _CLAUSE_END.finditer(text, first.end):
        marker = heading_marker(text, boundary.end())
        if marker is not None and (marker.style, marker.number) == (first.style, len(run) + 1):
            run.append(Marker(RUN_IN, marker.number, marker.start, marker.end))
    return run if len(run) >= 2 else []
