"""The annotations of one speech or of every speech, as a tree for the annotations dock.

Showing one speech, its annotations are top-level rows in text order. Showing all speeches,
each speech with annotations is a group row holding them. Either way the annotations whose
passage was not found after their text changed (orphans) sit in their own group at the end,
with their quote and note. The model takes data (``Annotation`` values and speech titles) and is
updated one annotation at a time, without a reset, as the library changes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.annotation import AnchorState, Annotation
from desktop.core.annotation_groups import (
    ORPHANS,
    AnnotationGroups,
    annotation_key,
    group_annotations,
    group_key,
    in_scope,
    speech_rank,
)
from desktop.models import annotation_text as text
from desktop.models.annotation_nodes import Node, position, runs
from desktop.models.annotation_roles import Column, Role, annotation_data

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


_COLUMN_COUNT = len(Column)


class AnnotationsModel(QAbstractItemModel):
    """Annotations grouped for the dock; updated incrementally (add, change, remove)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node(None)
        self._by_id: dict[str, Node] = {}
        self._all_speeches = False
        self._speech_id: int | None = None
        self._titles: dict[int, str] = {}
        self._order: dict[int, int] = {}
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """Gives "now" for relative times (tests set a fixed one)."""

    # Content -------------------------------------------------------------------------------

    @property
    def all_speeches(self) -> bool:
        """True when the model holds the annotations of every speech, grouped by speech."""
        return self._all_speeches

    @property
    def speech_id(self) -> int | None:
        """The speech shown when not showing all speeches."""
        return self._speech_id

    def set_annotations(
        self,
        annotations: Iterable[Annotation],
        *,
        speech_id: int | None = None,
        all_speeches: bool = False,
        titles: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``annotations`` (of ``speech_id``, or of all speeches grouped by their titles)."""
        if titles is not None:
            self._set_titles(titles)
        grouped = group_annotations(
            annotations, self._order, speech_id=speech_id, all_speeches=all_speeches
        )
        self.adopt(grouped, speech_id=speech_id, all_speeches=all_speeches)

    def adopt(
        self,
        grouped: AnnotationGroups,
        *,
        speech_id: int | None = None,
        all_speeches: bool = False,
        titles: Mapping[int, str] | None = None,
    ) -> None:
        """Show annotations already in scope, sorted and grouped (``group_annotations``).

        The worker reading "all speeches" sorts and groups them: here they are only wrapped in
        rows, in the order given. ``titles`` must be the order they were grouped by.
        """
        self.beginResetModel()
        self._all_speeches = all_speeches
        self._speech_id = speech_id
        if titles is not None:
            self._set_titles(titles)
        self._root = Node(None)
        self._by_id = {}
        for annotation in grouped.loose:
            self._adopt_row(self._root, annotation)
        for key, members in grouped.groups:
            group = Node(self._root, key=key)
            self._root.children.append(group)
            for annotation in members:
                self._adopt_row(group, annotation)
        self.endResetModel()

    def _adopt_row(self, parent: Node, annotation: Annotation) -> None:
        node = Node(parent, annotation)
        parent.children.append(node)
        self._by_id[annotation.id] = node

    @property
    def speech_titles(self) -> Mapping[int, str]:
        """The groups' names by speech id, in library order."""
        return self._titles

    def set_speech_titles(self, titles: Mapping[int, str]) -> None:
        """Speech titles in library order: the groups' names and order (order at next reset)."""
        old = self._titles
        self._set_titles(titles)
        # Only the groups renamed, a run at a time: each signal makes the filter and the view
        # look at every row in it again, and asking each group for its row scanned thousands.
        groups = self._root.children
        for first, last in runs(self._renamed_rows(old)):
            top, bottom = (self.createIndex(row, 0, groups[row]) for row in (first, last))
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def _renamed_rows(self, old: Mapping[int, str]) -> list[int]:
        """The rows of the speeches' groups whose title is not ``old``'s."""
        rows = []
        for row, node in enumerate(self._root.children):
            key = node.key
            if isinstance(key, int) and old.get(key) != self._titles.get(key):
                rows.append(row)
        return rows

    def _set_titles(self, titles: Mapping[int, str]) -> None:
        self._titles = dict(titles)
        self._order = {speech_id: number for number, speech_id in enumerate(self._titles)}

    def add_annotation(self, annotation: Annotation) -> None:
        """Show a new annotation (ignored when outside the model's scope)."""
        if annotation.id in self._by_id:
            self.update_annotation(annotation)
            return
        if not self._in_scope(annotation):
            return
        parent = self._parent_for(annotation)
        if parent is None:
            parent = self._insert_group(self._group_key(annotation))
        row = self._insert_row_for(parent, annotation)
        node = Node(parent, annotation)
        self.beginInsertRows(self._index_of(parent), row, row)
        parent.children.insert(row, node)
        self._by_id[annotation.id] = node
        self.endInsertRows()
        self._group_changed(parent)

    def update_annotation(self, annotation: Annotation) -> None:
        """Show an annotation's new state: in place, or moved when its group or order changed."""
        node = self._by_id.get(annotation.id)
        if node is None:
            self.add_annotation(annotation)
            return
        if not self._in_scope(annotation):
            self.remove_annotation(annotation.id)
            return
        parent = node.parent
        assert parent is not None
        stays = self._parent_key(parent) == self._group_key(annotation) and node.row == (
            self._insert_row_for(parent, annotation, without=node)
        )
        if not stays:
            self.remove_annotation(annotation.id)
            self.add_annotation(annotation)
            return
        node.annotation = annotation
        first = self.createIndex(node.row, 0, node)
        last = self.createIndex(node.row, len(Column) - 1, node)
        self.dataChanged.emit(first, last)
        self._group_changed(parent)  # a filter may now show or hide the group

    def remove_annotation(self, annotation_id: str) -> None:
        """Stop showing an annotation (and its group, when it was the group's last)."""
        node = self._by_id.pop(annotation_id, None)
        if node is None or node.parent is None:
            return
        parent = node.parent
        if parent is not self._root and len(parent.children) == 1:
            node = parent  # the group goes with its last annotation
            parent = self._root
        row = node.row
        self.beginRemoveRows(self._index_of(parent), row, row)
        del parent.children[row]
        self.endRemoveRows()
        self._group_changed(parent)

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
        shown = {node.key for node in self._root.children if node.annotation is None}
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
            self.beginInsertRows(QModelIndex(), row, row + len(nodes) - 1)
            self._root.children[row:row] = nodes
            self._by_id.update(rows)
            self.endInsertRows()

    def remove_annotations(self, annotation_ids: Iterable[str]) -> None:
        """Stop showing many annotations (a collection to the trash): a run of rows at a time."""
        popped = (self._by_id.pop(annotation_id, None) for annotation_id in annotation_ids)
        gone = {id(node) for node in popped if node is not None}
        emptied: set[int] = set()
        for group in self._root.children:
            if group.annotation is not None or not any(id(c) in gone for c in group.children):
                continue
            if all(id(child) in gone for child in group.children):
                emptied.add(id(group))  # the group goes with its last annotations
            else:
                self._remove_rows(group, gone)
                self._group_changed(group)
        self._remove_rows(self._root, gone | emptied)

    def _remove_rows(self, parent: Node, doomed: set[int]) -> None:
        """Remove the rows of ``parent`` whose node is in ``doomed`` (by ``id``), by runs."""
        rows = [row for row, node in enumerate(parent.children) if id(node) in doomed]
        for first, last in reversed(runs(rows)):
            self.beginRemoveRows(self._index_of(parent), first, last)
            del parent.children[first : last + 1]
            self.endRemoveRows()

    def refresh_times(self) -> None:
        """Re-read the time column (relative times such as "5 分钟前" age)."""
        for parent in [self._root, *self._root.children]:
            rows = [n for n in parent.children if n.annotation is not None]
            if rows:
                first = self.createIndex(rows[0].row, Column.TIME, rows[0])
                last = self.createIndex(rows[-1].row, Column.TIME, rows[-1])
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Role.TIME_TEXT])

    # Lookups -------------------------------------------------------------------------------

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

    def annotation_at(self, row: int, parent: Index = QModelIndex()) -> Annotation | None:  # noqa: B008
        """The annotation of ``row`` under ``parent``; None for a group (or no such row)."""
        children = self._node(parent).children
        return children[row].annotation if 0 <= row < len(children) else None

    def group_members(self, row: int) -> list[Annotation]:
        """The annotations of the top-level group at ``row``; none for an annotation's row."""
        children = self._root.children
        if not 0 <= row < len(children):
            return []
        return [node.annotation for node in children[row].children if node.annotation is not None]

    def index_of(self, annotation_id: str, column: int = 0) -> QModelIndex:
        """The index of an annotation's row (invalid when it is not shown)."""
        node = self._by_id.get(annotation_id)
        return self.createIndex(node.row, column, node) if node is not None else QModelIndex()

    def tag_counts(self) -> dict[str, int]:
        """Every tag of the shown annotations with how many carry it, by name (case-blind)."""
        counts: dict[str, int] = {}
        for annotation in self.annotations():
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: item[0].casefold()))

    # Placement -----------------------------------------------------------------------------

    def _in_scope(self, annotation: Annotation) -> bool:
        return in_scope(annotation, self._speech_id, self._all_speeches)

    def _group_key(self, annotation: Annotation) -> int | str | None:
        return group_key(annotation, self._all_speeches)

    def _parent_key(self, parent: Node) -> int | str | None:
        return None if parent is self._root else parent.key

    def _parent_for(self, annotation: Annotation) -> Node | None:
        key = self._group_key(annotation)
        if key is None:
            return self._root
        return next((n for n in self._root.children if n.key == key), None)

    def _insert_group(self, key: int | str) -> Node:
        group = Node(self._root, key=key)
        row = position(self._root.children, group, self._top_level_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._root.children.insert(row, group)
        self.endInsertRows()
        return group

    def _insert_row_for(
        self, parent: Node, annotation: Annotation, without: Node | None = None
    ) -> int:
        """Where ``annotation`` goes under ``parent`` (leaving out ``without``, its old row)."""
        # At the top level only annotations count: the orphans' group always comes after them.
        siblings = [n.annotation for n in parent.children if n.annotation and n is not without]
        return position(siblings, annotation, self._sort_key)

    def _sort_key(self, annotation: Annotation | None) -> tuple:
        assert annotation is not None
        return annotation_key(annotation, self._order)

    def _top_level_key(self, node: Node | None) -> tuple:
        # The order of group_annotations: loose rows, speech groups, the orphans' group.
        assert node is not None
        if node.annotation is not None:
            return (0, *self._sort_key(node.annotation))
        if node.key == ORPHANS:
            return (2, 0)
        return (1, speech_rank(self._order, int(node.key or 0)))

    def _group_changed(self, parent: Node) -> None:
        if parent is not self._root and parent.parent is not None:
            index = self.createIndex(parent.row, 0, parent)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Role.GROUP_COUNT])

    def _index_of(self, node: Node) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)

    # QAbstractItemModel --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of ``row``/``column`` under ``parent``."""
        # Bounds checked here rather than by hasIndex(), which calls back into rowCount() and
        # columnCount() through Qt: views and proxies ask for hundreds of thousands of indexes
        # when "all speeches" lists 20,000 annotations.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._node(parent).children
        if 0 <= row < len(children) and 0 <= column < _COLUMN_COUNT:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The parent of ``child`` (invalid for top-level rows)."""
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows under ``parent``: only column 0 has children."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Every row has the same columns."""
        return _COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Annotations are selectable; groups are headings."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._node(index).annotation is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.QUOTE: translate("AnnotationsModel", "Passage"),
            Column.NOTE: translate("AnnotationsModel", "Note"),
            Column.TAGS: translate("AnnotationsModel", "Tags"),
            Column.TIME: translate("AnnotationsModel", "Time"),
            Column.STATE: translate("AnnotationsModel", "State"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a row shows and carries, by role."""
        if not index.isValid():
            return None
        node = self._node(index)
        if node.annotation is None:
            return self._group_data(node, index.column(), role)
        return annotation_data(node.annotation, index.column(), role, self.clock)

    def _group_data(self, node: Node, column: int, role: int) -> Any:
        if role == Role.IS_GROUP:
            return True
        if role == Role.IS_ORPHAN_GROUP:
            return node.key == ORPHANS
        if role == Role.GROUP_COUNT:
            return len(node.children)
        if role == Role.SPEECH_ID and node.key != ORPHANS:
            return node.key
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._group_title(node)
        if role == Qt.ItemDataRole.ToolTipRole and node.key == ORPHANS:
            return text.state_explanation(AnchorState.ORPHANED)
        return None

    def _group_title(self, node: Node) -> str:
        if node.key == ORPHANS:
            return translate("AnnotationsModel", "Passage not found")
        title = self._titles.get(int(node.key or 0))
        return title or translate("AnnotationsModel", "Speech %1").replace("%1", str(node.key))

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return index.internalPointer()
