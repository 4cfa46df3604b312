"""Whether headings under a colon are a list: whole sentences, one a paragraph, in a row.

Reports list a plan's tasks as ``…基本任务是：`` then ``（一）…。`` ``（二）…。`` ``（三）…。``,
each a paragraph of its own right after the one before, then go on with the part's text (and
its own sections, ``一、…``). Numbered like headings, the items are points of one list: taken
for sections, the last would hold everything up to the next heading of its rank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.importing.chars import ends_sentence

if TYPE_CHECKING:
    from desktop.core.importing.sections import Event


def is_colon_list(first: Event, second: Event) -> bool:
    """Whether ``first`` (the item after a colon) and ``second`` (the next one, in the very
    next paragraph) are both whole sentences: a list's items, not sections with text."""
    return (
        first.after_colon
        and (first.number, second.number) == (1, 2)
        and second.block.index == first.block.index + 1
        and ends_sentence(first.block.text)
        and ends_sentence(second.block.text)
    )
