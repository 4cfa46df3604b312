"""What the annotations model shows, looked up: by id, in row order, by Qt's row, by tag.

A mixin of ``AnnotationsModel``: the read-only questions the dock, its filter and the window
ask of the rows (and the tag counts kept as rows come and go), apart from the model's changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.core.annotation import Annotation
from desktop.models import AnyIndex
from desktop.models.annotation_nodes import Node

if TYPE_CHECKING:
    from desktop.models.annotations_model import AnnotationsModel

    _Base = AnnotationsModel
else:
    _Base = object


class LookupsMixin(_Base):
    """Find the annotations and rows the model shows, and count their tags."""

    def annotation(self, annotation_id: str) -> Annotation | None:
        """The annotation with this id, if the model shows it."""
        node = self._by_id.get(annotation_id)
        return node.annotation if node is not None else None

    def annotation_count(self) -> int:
        """How many annotations the model shows."""
        return len(self._by_id)

    def annotations(self) -> list[Annotation]:
        """Every annotation the model shows, in row order."""
        found: list[Annotation] = []
        for node in self._root.children:
            found += [n.annotation for n in ([node] if node.annotation else node.children)]
        return [a for a in found if a is not None]

    def iter_annotations(self) -> Iterator[Annotation]:
        """Every annotation the model shows, in no particular order (cheaper: for counting)."""
        for node in self._by_id.values():
            if node.annotation is not None:
                yield node.annotation

    def _note_changed(self, annotation_id: str) -> None:
        if self._changed_ids is not None:
            self._changed_ids.add(annotation_id)

    @property
    def changed_ids(self) -> set[str] | None:
        """The annotations added or changed since the worker's rows were adopted (a row of
        another version may be among them); None when the rows were made here."""
        return self._changed_ids

    def annotation_nodes(self) -> Iterable[Node]:
        """Every annotation's row, in no particular order."""
        return self._by_id.values()

    def node_of(self, annotation_id: str) -> Node | None:
        """The row of the annotation with this id, if the model shows it."""
        return self._by_id.get(annotation_id)

    def node_at(self, row: int, parent: AnyIndex = QModelIndex()) -> Node | None:  # noqa: B008
        """The node at Qt's ``row`` under ``parent`` (a group or an annotation), if any."""
        if not parent.isValid():
            return self._top_at(row) if 0 <= row < self._top_count() else None
        children = self._node(parent).children
        return children[row] if 0 <= row < len(children) else None

    def group_members(self, row: int) -> list[Annotation]:
        """The annotations of the list's ``row``-th top-level group (given to Qt or not); none
        for an annotation's row."""
        children = self._root.children
        if not 0 <= row < len(children):
            return []
        return [node.annotation for node in children[row].children if node.annotation is not None]

    def index_of(self, annotation_id: str, column: int = 0) -> QModelIndex:
        """The index of an annotation's row (invalid when it is not shown)."""
        node = self._by_id.get(annotation_id)
        if node is None or not self._is_shown(node):
            return QModelIndex()  # its group waits to be given to Qt: ``reveal`` it first
        return self.createIndex(self._row_of(node), column, node)

    def group_index(self, key: int | str) -> QModelIndex:
        """The index of the group ``key`` (a speech id or ``ORPHANS``); invalid when there is
        none or Qt has not been given it."""
        node = self._groups.get(key)
        if node is None or not self._is_shown(node):
            return QModelIndex()
        return self._index_of(node)

    def tag_counts(self) -> dict[str, int]:
        """Every tag of the shown annotations with how many carry it, by name (case-blind)."""
        counts = ((tag, count) for tag, count in self._tags.items() if count > 0)
        return dict(sorted(counts, key=lambda item: item[0].casefold()))

    def _count_tags(self, annotation: Annotation | None, change: int) -> None:
        """Count ``annotation``'s tags in (``change`` 1) or out (-1) of ``tag_counts``."""
        if annotation is not None:
            for tag in annotation.tags:
                self._tags[tag] += change
