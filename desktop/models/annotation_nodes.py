"""The rows of the annotations model: a tree of groups and annotations, and where rows go.

Pure Python, no Qt: the worker reading "all speeches" makes the rows of its 20,000 annotations
(``rows_of``), so the GUI thread only adopts them.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import AnnotationGroups
from desktop.core.collector import collector_paused
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


def release(nodes: Iterable[Node]) -> None:
    """Break the links up from rows no longer shown, and from their rows: no cycle is left.

    Reference counting then frees them at once, also when ``keep_long_lived`` froze them,
    where the collector would never look at them again (``core/collector``).
    """
    for node in nodes:
        for child in node.children:
            child.parent = None
        node.parent = None


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


class AnnotationRows:
    """``AnnotationGroups`` made rows: the root, each annotation's row by id, tags counted.

    The model takes them over and changes them, so they are taken once (``take``).
    """

    def __init__(self, root: Node, by_id: dict[str, Node], tags: Counter[str]) -> None:
        self.root = root
        self.by_id = by_id
        self.tags = tags
        self.groups = groups_by_key(root.children)
        self._taken = False
        self._lock = threading.Lock()

    def take(self) -> bool:
        """Claim the rows: True the first time only (a second model must make its own)."""
        with self._lock:
            taken, self._taken = self._taken, True
        return not taken

    def __del__(self) -> None:
        # Rows no model took (a list superseded, or come when the dock had left "all
        # speeches") free themselves: frozen with the window's objects, no pass would.
        if not self._taken:
            release(self.root.children)


def groups_by_key(nodes: Iterable[Node]) -> dict[int | str, Node]:
    """The groups among ``nodes`` (top-level rows) by their key: a speech id or ORPHANS."""
    return {node.key: node for node in nodes if node.key is not None}


def rows_of(grouped: AnnotationGroups) -> AnnotationRows:
    """The rows of ``grouped``: loose rows first, then a row per group holding its own."""
    root = Node(None)
    by_id: dict[str, Node] = {}
    tags: Counter[str] = Counter()
    # All these rows live (a row and its parent refer to each other): 28,000 rows of "all
    # speeches" set off passes over the whole heap (35-50 ms each) that free nothing.
    with collector_paused():
        for annotation in grouped.loose:
            _add_row(root, annotation, by_id, tags)
        for key, members in grouped.groups:
            group = Node(root, key=key)
            root.children.append(group)
            for annotation in members:
                _add_row(group, annotation, by_id, tags)
    return AnnotationRows(root, by_id, tags)


def _add_row(parent: Node, annotation: Annotation, by_id: dict[str, Node], tags: Counter) -> None:
    node = Node(parent, annotation)
    parent.children.append(node)
    by_id[annotation.id] = node
    if annotation.tags:
        tags.update(annotation.tags)
