"""A line longer than any real paragraph, cut into paragraphs of a length a reader can take.

No speech or official document holds a paragraph of ``PARAGRAPH_MAX`` characters: a line that
long is a file whose line breaks were lost or never there (a web page or a database dump saved
on one line). Kept whole it would be one paragraph of the canonical text, which the reader lays
out as one block (slow to lay out, to scroll and to hit-test in Qt) and every step of the
importer looks through as one unit. It is cut where a paragraph could end: after the last
sentence end near the limit, else after the last comma or space there, else at the limit.
The cuts depend only on the text, so a re-import of the same file cuts it the same way.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from desktop.core.importing.chars import CLOSERS, SENTENCE_END
from desktop.core.importing.source import SourceLine

__all__ = ["PARAGRAPH_MAX", "cut_points", "split_overlong"]

#: The longest paragraph kept whole (a long real paragraph is some 2,000 characters).
PARAGRAPH_MAX = 10_000
_SENTENCE_CUT = re.compile(f"[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS)}]*")
_CLAUSE_CUT = re.compile(r"[，,；;：:、]|\s+")


def split_overlong(line: SourceLine) -> list[SourceLine]:
    """``line`` as it is when it is no longer than ``PARAGRAPH_MAX``; else cut into pieces
    that are not, the first keeping any heading level the format declared."""
    if len(line.text) <= PARAGRAPH_MAX:
        return [line]
    bounds = [0, *cut_points(line.text), len(line.text)]
    pieces = [replace(line, text=line.text[start:end]) for start, end in itertools.pairwise(bounds)]
    return [pieces[0], *(replace(piece, heading=None) for piece in pieces[1:])]


def cut_points(text: str, limit: int = PARAGRAPH_MAX) -> list[int]:
    """Where to cut ``text`` so that no piece is longer than ``limit``, in order."""
    cuts: list[int] = []
    start = 0
    while len(text) - start > limit:
        start = _cut_point(text, start, limit)
        cuts.append(start)
    return cuts


def _cut_point(text: str, start: int, limit: int) -> int:
    """The end of the piece starting at ``start``: after the last sentence end in the window
    before ``start + limit``, else after the last comma or space there, else at the limit."""
    end = start + limit
    # Looking back a quarter of the limit at most keeps the cutting linear (each character is
    # looked at once) and every piece at least three quarters of the limit long.
    window_start = end - max(limit // 4, 1)
    for pattern in (_SENTENCE_CUT, _CLAUSE_CUT):
        last = None
        for last in pattern.finditer(text, window_start, end):  # noqa: B007 - the last one
            pass
        if last is not None:
            return last.end()
    return end
