"""The notes block closing a speech (注释： ①… ②…, 参考文献 [1]… [2]…) and its marks in the body.

A speech that quotes its sources may end with its notes: a label line, then items that count
up from ① or [1]. They are not sections, though ① also numbers headings, so the block is known
only when the body before it carries every item's mark (…重要论述①，…). The marks stay in the
text: removing them would change the words a reader quotes and annotates, and a ① in the body
may as well number a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.importing.chars import ascii_digits

_LABEL = re.compile(r"[【\[]?(?:注释|注解|注|尾注|参考文献|参考资料)[】\]]?[\s\u3000]*[：:]?")
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
_BRACKETED = re.compile(r"[\[［〔]([0-9０-９]{1,2})[\]］〕]")


def notes_block(texts: Sequence[str]) -> range:
    """The positions of the notes block ending ``texts`` (its label and items), or an empty
    range when there is none or the body does not cite every item."""
    label = _label_position(texts)
    if label is None:
        return range(0)
    marks = _item_marks(texts[label + 1 :])
    body = "\n".join(texts[:label])
    if not marks or not all(mark in body for mark in marks):
        return range(0)
    return range(label, len(texts))


def _label_position(texts: Sequence[str]) -> int | None:
    """The last line that is only a notes label, with at least one line after it."""
    for position in range(len(texts) - 2, -1, -1):
        if _LABEL.fullmatch(texts[position].strip()):
            return position
    return None


def _item_marks(lines: Sequence[str]) -> list[str]:
    """The marks of notes items counting up from one, each opening its line; empty if any
    line is not an item."""
    marks: list[str] = []
    for line in lines:
        opening = _opening_mark(line)
        if opening is None or opening[1] != len(marks) + 1:
            return []
        marks.append(opening[0])
    return marks


def _opening_mark(line: str) -> tuple[str, int] | None:
    """The note mark opening ``line`` (``①``, ``[1]``) and its value."""
    if line[:1] in _CIRCLED:
        return line[0], _CIRCLED[line[0]]
    match = _BRACKETED.match(line)
    return (match.group(), int(ascii_digits(match.group(1)))) if match else None
