"""A tree node's row under its parent in O(1), whoever changed the parent's children.

Qt asks a model for ``parent()`` of every index it lays out, and each answer needs the parent's
own row: ``children.index(node)`` made that linear in the number of siblings. A node keeps its
last known row instead, checked against the list before it is trusted: any change to the list
(an insert, a deletion, a slice, a new list) shows as a mismatch at the next look, which numbers
every sibling again in one pass. Nothing that changes ``children`` has to remember to renumber.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class RowKeeper(Protocol):
    """A node that keeps its last known row."""

    row_hint: int


def row_among(node: RowKeeper, siblings: Sequence[RowKeeper]) -> int:
    """``siblings.index(node)``, in O(1) while the siblings stay as they were numbered.

    ValueError if ``node`` is not among ``siblings`` (a node already removed).
    """
    row = node.row_hint
    if row < len(siblings) and siblings[row] is node:
        return row
    for number, sibling in enumerate(siblings):
        sibling.row_hint = number
    row = node.row_hint
    if row < len(siblings) and siblings[row] is node:
        return row
    raise ValueError("the node is not among its parent's children")
