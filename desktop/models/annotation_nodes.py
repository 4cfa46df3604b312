"""The rows of the annotations model: a tree of groups and annotations, and where rows go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.annotation import Annotation
from desktop.models.node_rows import row_among


class Node:
    """A row: a group (``key`` set) or an annotation (``annotation`` set)."""

    __slots__ = ("annotation", "children", "key", "parent", "row_hint")

    def __init__(
        self,
        parent: Node | None,
        annotation: Annotation | None = None,
        key: int | str | None = None,
    ) -> None:
        self.parent = parent
        self.annotation = annotation
        self.key = key  # a speech id, or ORPHANS
        self.children: list[Node] = []
        self.row_hint = 0  # see node_rows

    @property
    def row(self) -> int:
        """This node's row under its parent (O(1): ``node_rows``)."""
        return row_among(self, self.parent.children) if self.parent is not None else 0


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending ``rows`` as runs of neighbours: (first, last) of each."""
    found: list[tuple[int, int]] = []
    for row in rows:
        if found and found[-1][1] == row - 1:
            found[-1] = (found[-1][0], row)
        else:
            found.append((row, row))
    return found


def position(items: list[Any], item: Any, key: Callable[[Any], tuple]) -> int:
    """Where ``item`` goes among sorted ``items``."""
    wanted = key(item)
    for row, other in enumerate(items):
        if wanted < key(other):
            return row
    return len(items)
