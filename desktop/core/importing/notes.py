"""The notes block closing a speech (注释： ①… ②…, 参考文献 [1]… [2]…) and its marks in the body.

A speech that quotes its sources may end with its notes: a label line, then items that count
up from ① or [1]. They are not sections, though ① also numbers headings, so the block is known
only when the body before it cites every item inline (…重要论述①，…): a ① opening a line
numbers a list and cites nothing. The marks stay in the text: removing them would change the
words a reader quotes and annotates.

The block is found walking back from the last line, so a speech without one costs a look at
its last line; the citations are found in one pass over the body (``citations``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from desktop.core.importing.chars import ascii_digits

_LABEL = re.compile(r"[【\[]?(?:注释|注解|注|尾注|参考文献|参考资料)[】\]]?[\s\u3000]*[：:]?")
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
_BRACKETED = re.compile(r"[\[［〔]([0-9０-９]{1,2})[\]］〕]")
# A mark anywhere, and whether it opens its line (only spaces before it there): one pass.
_MARK = re.compile(
    r"(?P<opening>^[ \t\u3000]*)?(?P<mark>[\u2460-\u2473]|[\[［〔][0-9０-９]{1,2}[\]］〕])",
    re.MULTILINE,
)


def notes_block(texts: Sequence[str]) -> range:
    """The positions of the notes block ending ``texts`` (its label and items), or an empty
    range when there is none or the body does not cite every item."""
    found = trailing_items(texts)
    if found is None:
        return range(0)
    label, marks = found
    numbers = {mark: number for number, mark in enumerate(marks, start=1)}
    cited = {number for _start, _end, number in citations("\n".join(texts[:label]), numbers)}
    return range(label, len(texts)) if len(cited) == len(marks) else range(0)


def trailing_items(texts: Sequence[str]) -> tuple[int, list[str]] | None:
    """The position of the notes label ending ``texts`` and its items' marks (``①``, ``[1]``),
    when the lines after a label line are all items counting up from one."""
    marks: list[str] = []
    for position in range(len(texts) - 1, -1, -1):
        opening = opening_mark(texts[position])
        if opening is not None:
            marks.append(opening[0])
            continue
        if not marks or not is_label(texts[position]):
            return None
        marks.reverse()
        counts_up = all(opening_mark(m) == (m, n) for n, m in enumerate(marks, start=1))
        return (position, marks) if counts_up else None
    return None


def is_label(line: str) -> bool:
    """Whether ``line`` is only a notes label (注释： 参考文献 【注】)."""
    return _LABEL.fullmatch(line.strip()) is not None


def opening_mark(line: str) -> tuple[str, int] | None:
    """The note mark opening ``line`` (``①``, ``[1]``) and its value."""
    if line[:1] in _CIRCLED:
        return line[0], _CIRCLED[line[0]]
    match = _BRACKETED.match(line)
    return (match.group(), int(ascii_digits(match.group(1)))) if match else None


def citations(body: str, numbers: Mapping[str, int]) -> Iterator[tuple[int, int, int]]:
    """Each mark of ``numbers`` (mark → item number) cited inline in ``body``: its start, end
    and number; a mark opening a line (after spaces at most) numbers a list, not a note."""
    for match in _MARK.finditer(body):
        number = numbers.get(match.group("mark"))
        if number is not None and match.group("opening") is None:
            yield match.start("mark"), match.end(), number
