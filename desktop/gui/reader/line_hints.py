"""Zero-width hints to Qt's line breaking, put in the reader's page only.

Qt breaks lines by Unicode's rules (UAX #14), which Chinese typesetting departs from in two
places a reader of speeches meets on every page:

- A note mark (论述①, 工作[2]) may start a line, away from the word it cites: ① and an opening
  bracket may follow a break. A zero width joiner before the mark holds the two together (no
  break on either side of it); the caret never stops on it, as it belongs to the character
  before it.
- No line breaks before an opening quote after a pause or a closing mark, nor after a closing
  quote before an opening one (制”、“港, 服”“放): Unicode keeps a quotation mark to both its
  neighbours, where Chinese typesetting lets a line end on 、 or ” and the next begin with “.
  Such a run went whole to the next line and left the line before it short, justified loosely.
  A zero width space there is a break opportunity, of no width even in a justified line.
- A paragraph's last line never holds one character alone (孤字), its closing marks after
  it: glue before that character holds the one before it to it, so the two go down together
  (…见到实 / 效。 becomes …见到 / 实效。), as a typesetter pulls a character down from the line
  above. Only between two Han characters: Latin words never break inside anyway.

The speech's canonical text never holds either character (``importing.noise`` removes them).
The page holds the shown text with the hints put in; the offsets map of the page
(``core.offsets.HintedMap``, from ``page_map``) converts around them, so every ``str`` offset
(selection, copy, find, annotations) stays the canonical text's. Centred lines (a title and its
head) get none: their balancing sets their breaks itself (``balance``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QTextDocument

from desktop.core.footnotes import Footnotes
from desktop.core.offsets import HintedMap

GLUE = "\u200d"
"""ZERO WIDTH JOINER, before a note mark: no break on either side of it."""

BREAK = "\u200b"
"""ZERO WIDTH SPACE, between a pause or closing mark and an opening quote: a break may come."""

HINTS = GLUE + BREAK
"""The characters a hint may be (none is ever in a canonical text)."""

PAGE_HINTS = "pizhuLineHints"
"""A document property: the ``str`` offsets its hints stand before, in order."""

_PAUSES_AND_CLOSINGS = frozenset("，、。；：？！）》〉」』】〕］”’")
_OPENINGS = frozenset("（《〈「『【〔［“‘")
_CLOSINGS = "".join(_PAUSES_AND_CLOSINGS)
# Han characters: the basic block, extension A, the compatibility block, the other planes (𠮷).
# Compared by code point, not a regex class: ``re`` builds a class reaching past the BMP in
# Python, ~1 ms of the first frame (bench/README.md, the ninth look).
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))
_QUOTES = re.compile("[“‘”’]")  # rare enough to look at one by one: a long report is fast


def line_hints(
    text: str, marks: Iterable[int] = (), skip: Iterable[tuple[int, int]] = ()
) -> dict[int, str]:
    """The hints for ``text``, by the ``str`` offset of the character each stands before: glue
    before each note mark starting at an offset of ``marks``, breaks around quotation marks;
    none inside a range of ``skip``, nor at a paragraph's start (nothing to hold or leave)."""
    hints = dict.fromkeys(_quote_breaks(text), BREAK)
    for start in marks:
        if 0 < start <= len(text) and not text[start - 1].isspace():
            hints[start] = GLUE  # over a break: ”［1］ keeps its mark to the quote
    for first, last in skip:
        for offset in [offset for offset in hints if first <= offset < last]:
            del hints[offset]
    return hints


def _quote_breaks(text: str) -> list[int]:
    """Where a line may break at a quotation mark and Qt lets none: before an opening one
    after a pause or closing mark, after a closing one before an opening mark."""
    breaks = []
    for match in _QUOTES.finditer(text):
        at = match.start()
        if match.group() in "“‘" and at and text[at - 1] in _PAUSES_AND_CLOSINGS:
            breaks.append(at)
        elif match.group() in "”’" and text[at + 1 : at + 2] in _OPENINGS:
            breaks.append(at + 1)
    return breaks


def page_hints(
    text: str,
    starts: list[int],
    centred: list[int],
    footnotes: Footnotes,
    single: Iterable[int] = (),
) -> dict[int, str]:
    """The hints of a page of ``text`` whose paragraphs begin at ``starts``, citing
    ``footnotes``: none in the paragraphs numbered ``centred``, no widow's glue in those
    numbered ``single`` (a salutation, a sign-off: a line of its own)."""
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    skip = [(starts[index], ends[index]) for index in centred]
    hints = line_hints(text, (mark.start for mark in footnotes.marks), skip)
    kept = {*centred, *single}
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        at = None if index in kept else widow_glue(text, start, end)
        if at is not None and at not in hints:
            hints[at] = GLUE
    return hints


def widow_glue(text: str, start: int, end: int) -> int | None:
    """Where glue keeps the last character of paragraph ``text[start:end]`` from a line of its
    own: before it, when it and the one before it are Han characters (closing marks after it
    passed over); None when there is no such pair."""
    at = start + len(text[start:end].rstrip(_CLOSINGS)) - 1
    if at - 1 < start or not (_is_han(text[at - 1]) and _is_han(text[at])):
        return None
    return at


def _is_han(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _HAN_RANGES)


def with_hints(text: str, hints: dict[int, str]) -> str:
    """``text`` with each hint put before the character at its offset."""
    pieces, last = [], 0
    for offset in sorted(hints):
        pieces += [text[last:offset], hints[offset]]
        last = offset
    pieces.append(text[last:])
    return "".join(pieces)


def set_hinted_text(document: QTextDocument, hinted: str, hints: Iterable[int]) -> None:
    """Give ``document`` the text ``hinted``, whose hints stand at ``hints`` (sorted ``str``
    offsets of the text without them), recorded for ``page_map``."""
    document.setPlainText(hinted)
    document.setProperty(PAGE_HINTS, list(hints))


def page_map(document: QTextDocument, text: str) -> HintedMap:
    """The offsets map of ``document``, a page showing ``text`` with the hints recorded."""
    return HintedMap(text, document.property(PAGE_HINTS) or ())
