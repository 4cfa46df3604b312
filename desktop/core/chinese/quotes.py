"""The spans of a text's quoted words: Chinese quotation marks, and straight ones paired.

Most texts quote with “…” (or 「…」, 『…』); some were typed with straight quotes, "十三五",
"三农", throughout (a whole government work report, copied from a page that had them). Straight
quotes open and close with one mark, so they are paired in order on each line, and only on a
line with an even number of them: a line with one left over gives no sure pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}
"""Each opening quotation mark and the mark that closes it."""

_LONGEST = 24
"""Characters of a quote worth looking at (twice a formulation's most, for its 、 and ，)."""

_MARKED = re.compile(
    rf"“([^“”\n]{{2,{_LONGEST}}})”|「([^「」\n]{{2,{_LONGEST}}})」|『([^『』\n]{{2,{_LONGEST}}})』"
)
# Any length here, so that a long straight quote keeps its pair and the next pair stays in step.
_STRAIGHT = re.compile(r'"([^"\n]*)"')


def quoted_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of the words inside each pair of quotation marks of ``text`` that
    holds 2 to 24 characters, within a line."""
    for match in _MARKED.finditer(text):
        group = next(index for index in (1, 2, 3) if match.group(index) is not None)
        yield match.span(group)
    offset = 0
    for line in text.split("\n"):
        if '"' in line and line.count('"') % 2 == 0:
            for match in _STRAIGHT.finditer(line):
                if 2 <= len(match.group(1)) <= _LONGEST:
                    yield offset + match.start(1), offset + match.end(1)
        offset += len(line) + 1
