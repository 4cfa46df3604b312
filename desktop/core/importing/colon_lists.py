"""Whether headings under a colon are a list: one sentence each, one a paragraph, in a row.

Reports list a plan's tasks as ``…基本任务是：`` then ``（一）…。`` ``（二）…。`` ``（三）…。``,
each a sentence in a paragraph of its own right after the one before, then go on with the
part's text (and its own sections, ``一、…``). Numbered like headings, the items are points of
one list: taken for sections, the last would hold everything up to the next heading of its
rank. An item that goes on after its first sentence (``（一）着力解决…问题。继续搞好…``) is a
section written as a paragraph, and stays a heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core.importing.chars import CLOSERS, ends_sentence

if TYPE_CHECKING:
    from desktop.core.importing.sections import Event

_FULL_STOP = re.compile("[。！？!?]")


def is_colon_list(first: Event, second: Event) -> bool:
    """Whether ``first`` (the item after a colon) and ``second`` (the next one, in the very
    next paragraph) are one sentence each: a list's items, not sections with text."""
    return (
        first.after_colon
        and (first.number, second.number) == (1, 2)
        and second.block.index == first.block.index + 1
        and _one_sentence(first.block.text)
        and _one_sentence(second.block.text)
    )


def _one_sentence(text: str) -> bool:
    """A paragraph that is a single sentence: its only full stop is its last character."""
    body = text.rstrip(CLOSERS + " ")
    return ends_sentence(text) and _FULL_STOP.search(body[:-1]) is None
