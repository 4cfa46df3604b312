"""The annotations model's changes to many rows at once, each signalled a run of rows at a time.

A mixin of ``AnnotationsModel``: a collection's annotations back from the trash or into it, and
speeches renamed. A signal per run of neighbouring rows, not per row: each one makes the filter
and the view look at every row in it again, and thousands of rows are common here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import group_annotations
from desktop.models.annotation_nodes import Node, runs

if TYPE_CHECKING:
    from desktop.models.annotations_model import AnnotationsModel

    _Base = AnnotationsModel
else:
    _Base = object


class BulkChangesMixin(_Base):
    """Add, remove or rename many rows, one signal per run of neighbours."""

    def set_speech_titles(
        self, titles: Mapping[int, str], *, renamed: Iterable[int] | None = None
    ) -> None:
        """Speech titles in library order: the groups' names and order.

        Library order is the tree's (collection, then place in it), never the titles': a
        rename changes a group's name only, so the groups stay sorted for ``_insert_groups``.
        ``renamed``, when the caller knows them, are the only speeches whose title may differ
        (one collection's, re-imported): no other group is looked at.
        """
        old = self._titles
        self._set_titles(titles)
        keys = self._groups.keys() if renamed is None else renamed
        # Only the groups renamed, a run at a time: each signal makes the filter and the view
        # look at every row in it again, and asking each group for its row scanned thousands.
        shown = [group for group in self._renamed_groups(old, keys) if self._is_shown(group)]
        rows = sorted(self._top_row(group) for group in shown)  # Qt's rows
        for first, last in runs(rows):
            top, bottom = (self.createIndex(row, 0, self._top_at(row)) for row in (first, last))
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def _renamed_groups(self, old: Mapping[int, str], keys: Iterable[int | str]) -> list[Node]:
        """The groups of the speeches among ``keys`` whose title is not ``old``'s."""
        found = []
        for key in keys:
            group = self._groups.get(key)
            if group is not None and isinstance(key, int) and old.get(key) != self._titles.get(key):
                found.append(group)
        return found

    def add_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Show many annotations (a collection back from the trash): new groups come whole.

        The speeches' groups are inserted in one step per run of neighbours, not a row at a
        time (a hundred speeches' groups among thousands, each insertion laid out by the view).
        """
        fresh: list[Annotation] = []
        for annotation in annotations:
            if annotation.id in self._by_id:
                self.update_annotation(annotation)
            else:
                fresh.append(annotation)
        grouped = group_annotations(
            fresh, self._order, speech_id=self._speech_id, all_speeches=self._all_speeches
        )
        shown = self._groups
        new_groups: list[tuple[int | str, list[Annotation]]] = []
        one_by_one = list(grouped.loose)
        for key, members in grouped.groups:
            if key in shown:
                one_by_one += members  # placed among the rows of their group
            else:
                new_groups.append((key, members))
        for annotation in one_by_one:
            self.add_annotation(annotation)
        self._insert_groups(new_groups)
        self.rows_changed.emit()

    def _insert_groups(self, groups: list[tuple[int | str, list[Annotation]]]) -> None:
        """Insert new groups, sorted as ``group_annotations`` gives them, a run at a time."""
        batches: list[tuple[int, list[Node], dict[str, Node]]] = []
        for key, members in groups:
            group = Node(self._root, key=key)
            rows = {annotation.id: Node(group, annotation) for annotation in members}
            group.children = list(rows.values())
            place = self._top_level_key(group)
            row = bisect_right(self._root.children, place, key=self._top_level_key)
            if batches and batches[-1][0] == row:
                batches[-1][1].append(group)
                batches[-1][2].update(rows)
            else:
                batches.append((row, [group], rows))
        for row, nodes, rows in reversed(batches):  # from the end: rows before stay in place
            self._by_id.update(rows)
            for key, node in rows.items():
                self._count_tags(node.annotation, 1)
                self._note_changed(key)
            self._insert_top(row, nodes)

    def remove_annotations(self, annotation_ids: Iterable[str]) -> None:
        """Stop showing many annotations (a collection to the trash): a run of rows at a time."""
        popped = [self._by_id.pop(annotation_id, None) for annotation_id in annotation_ids]
        gone = {id(node) for node in popped if node is not None}
        for node in popped:
            self._count_tags(node.annotation if node is not None else None, -1)
        # Only the groups holding what goes (by row, as the list shows them): looking in each
        # of 8,666 groups for the 190 annotations of a collection was ~8 ms.
        touched = {id(n.parent): n.parent for n in popped if n is not None and n.parent is not None}
        touched.pop(id(self._root), None)
        tops = [node for node in popped if node is not None and node.parent is self._root]
        for group in sorted(touched.values(), key=lambda group: group.row):
            if all(id(child) in gone for child in group.children):
                tops.append(group)  # the group goes with its last annotations
            else:
                self._remove_rows(group, gone)
                self._group_changed(group)
        # The top-level rows going are known: their rows, not a look at each of 8,666 groups.
        for first, last in reversed(runs(sorted(node.row for node in tops))):
            self._remove_children(self._root, first, last)
        self.rows_changed.emit()

    def _remove_rows(self, parent: Node, doomed: set[int]) -> None:
        """Remove the rows of ``parent`` whose node is in ``doomed`` (by ``id``), by runs."""
        rows = [row for row, node in enumerate(parent.children) if id(node) in doomed]
        for first, last in reversed(runs(rows)):
            self._remove_children(parent, first, last)
