"""The annotations of one speech or of every speech, as a tree for the annotations dock.

Showing one speech, its annotations are top-level rows in text order. Showing all speeches,
each speech with annotations is a group row holding them. Either way the annotations whose
passage was not found after their text changed (orphans) sit in their own group at the end,
with their quote and note. The model takes data (``Annotation`` values and speech titles) and is
updated one annotation at a time, without a reset, as the library changes; changes to many
rows at once (a collection to or from the trash, speeches renamed) are in ``annotations_bulk``,
the lookups of what it shows in ``annotations_lookups``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import (
    ORPHANS,
    AnnotationGroups,
    annotation_key,
    group_annotations,
    group_key,
    in_scope,
    speech_rank,
)
from desktop.models import AnyIndex
from desktop.models.annotation_nodes import AnnotationRows, Node, position, release, rows_of
from desktop.models.annotation_roles import Column, Role, annotation_data, column_title, group_data
from desktop.models.annotation_text import ageing_since
from desktop.models.annotations_bulk import BulkChangesMixin
from desktop.models.annotations_fetch import FetchMixin
from desktop.models.annotations_lookups import LookupsMixin
from desktop.models.annotations_window import WindowMixin
from desktop.models.fullwidth_text import ShownTexts

_COLUMN_COUNT = len(Column)
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
"""A group's heading: not selectable (the proxy gives it too, without asking the model)."""
_ANNOTATION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AnnotationsModel(LookupsMixin, BulkChangesMixin, WindowMixin, FetchMixin, QAbstractItemModel):
    """Annotations grouped for the dock; updated incrementally (add, change, remove)."""

    rows_changed = Signal()
    """An annotation came, changed or went (in a group given to Qt or not yet)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node(None)
        self._by_id: dict[str, Node] = {}
        # The top-level groups by key, kept in step by ``_insert_top`` and ``_remove_top``:
        # finding a speech's group scanned all 8,666 of "all speeches".
        self._groups: dict[int | str, Node] = {}
        self._changed_ids: set[str] | None = None
        self._exposed = 0  # top-level rows Qt knows of (``FetchMixin``)
        # How many shown annotations carry each tag, kept as rows come and go: the dock asks
        # after every change, and counting 20,000 annotations of "all speeches" took ~5-7 ms.
        self._tags: Counter[str] = Counter()
        self._all_speeches = False
        self._speech_id: int | None = None
        self._titles: dict[int, str] = {}
        self._order: dict[int, int] = {}
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """Gives "now" for relative times (tests set a fixed one)."""
        self._times_read: datetime | None = None  # when the shown times were last read
        self._words = ShownTexts()  # passages as their tooltips and spoken texts read them

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Passages read (tooltips, screen readers) with full-width punctuation, or not; the
        delegate paints the rows so, and the rows' data (copies, the filter) keep the words."""
        self._words.set_fullwidth(enabled)

    # Content -------------------------------------------------------------------------------

    @property
    def all_speeches(self) -> bool:
        """True when the model holds the annotations of every speech, grouped by speech."""
        return self._all_speeches

    @property
    def speech_id(self) -> int | None:
        """The speech being read: the one shown, or when showing all speeches the open one."""
        return self._speech_id

    def set_open_speech(self, speech_id: int | None) -> None:
        """Another speech is being read while all speeches show: no row changes."""
        if not self._all_speeches:
            raise ValueError("one speech's rows change with it: set_annotations")
        self._speech_id = speech_id

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
        rows: AnnotationRows | None = None,
    ) -> None:
        """Show annotations already in scope, sorted and grouped (``group_annotations``).

        The worker reading "all speeches" sorts and groups them, and makes their ``rows``
        (``rows_of(grouped)``, taken once): here they are only adopted, in the order given.
        ``titles`` must be the order they were grouped by.
        """
        # The worker's rows hold the versions it folded the search texts of (see changed_ids).
        self._changed_ids = set() if rows is not None and rows.take() else None
        if self._changed_ids is None:
            rows = rows_of(grouped)
            rows.take()
        self.beginResetModel()
        self._all_speeches = all_speeches
        self._speech_id = speech_id
        if titles is not None:
            self._set_titles(titles)
        replaced = self._root
        self._root, self._by_id, self._tags = rows.root, rows.by_id, rows.tags
        self._groups = rows.groups
        self._expose_after_reset()
        self.endResetModel()
        self._times_read = self.clock()  # every row is read afresh
        release(replaced.children)

    @property
    def speech_titles(self) -> Mapping[int, str]:
        """The groups' names by speech id, in library order."""
        return self._titles

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
        self._by_id[annotation.id] = node
        self._note_changed(annotation.id)
        self._count_tags(annotation, 1)
        self._insert_children(parent, row, [node])
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
        self._count_tags(node.annotation, -1)
        self._count_tags(annotation, 1)
        node.annotation = annotation
        self._note_changed(annotation.id)
        self._row_changed(node)

    def judge_again(self, annotation_id: str) -> None:
        """Say an annotation's row changed though it did not: a filter that kept it listed
        while it was edited (``AnnotationFilter.keep_listed``) judges it, and its group, anew."""
        node = self._by_id.get(annotation_id)
        if node is not None and node.parent is not None:
            self._row_changed(node)

    def _row_changed(self, node: Node) -> None:
        assert node.parent is not None
        if self._is_shown(node):
            row = self._row_of(node)
            first = self.createIndex(row, 0, node)
            last = self.createIndex(row, len(Column) - 1, node)
            self.dataChanged.emit(first, last)
        self._group_changed(node.parent)  # a filter may now show or hide the group

    def remove_annotation(self, annotation_id: str) -> None:
        """Stop showing an annotation (and its group, when it was the group's last)."""
        node = self._by_id.pop(annotation_id, None)
        if node is None or node.parent is None:
            return
        self._count_tags(node.annotation, -1)
        parent = node.parent
        if parent is not self._root and len(parent.children) == 1:
            node = parent  # the group goes with its last annotation
            parent = self._root
        row = node.row
        self._remove_children(parent, row, row)
        self._group_changed(parent)

    def refresh_times(self) -> None:
        """Re-read the time column where its text may have changed since it was last read.

        Relative times ("5 分钟前") age each minute for an hour, the others only with the day:
        telling Qt of every row of "all speeches" each minute (a range for each of ~8,000
        groups) held the GUI thread ~130 ms, for rows whose text had not changed.
        """
        now = self.clock()
        ageing, self._times_read = ageing_since(self._times_read, now), now
        tops = self._shown_tops()
        loose = [node for node in tops if node.annotation is not None]
        groups = (group.children for group in tops if group.annotation is None)
        for rows in [loose, *groups]:
            if rows and ageing is not None:
                rows = [node for node in rows if ageing(node.annotation.created)]
            if rows:
                first = self.createIndex(self._row_of(rows[0]), Column.TIME, rows[0])
                last = self.createIndex(self._row_of(rows[-1]), Column.TIME, rows[-1])
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Role.TIME_TEXT])

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
        return self._groups.get(key)

    def _insert_group(self, key: int | str) -> Node:
        group = Node(self._root, key=key)
        place = self._top_level_key(group)
        row = bisect_right(self._root.children, place, key=self._top_level_key)
        self._insert_top(row, [group])
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
        self.rows_changed.emit()
        if parent is self._root or parent.parent is None:
            return
        if self._is_shown(parent):
            index = self.createIndex(self._row_of(parent), 0, parent)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Role.GROUP_COUNT])
        else:
            self._offer(parent)  # under a filter it may match now

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(self._row_of(node), 0, node)

    def _row_of(self, node: Node) -> int:
        """Qt's row of a node it knows of (a top-level row's may differ from the list's)."""
        return self._top_row(node) if node.parent is self._root else node.row

    # QAbstractItemModel --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of ``row``/``column`` under ``parent``."""
        # Bounds checked here rather than by hasIndex(), which calls back into rowCount() and
        # columnCount() through Qt: views and proxies ask for hundreds of thousands of indexes
        # when "all speeches" lists 20,000 annotations.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < self._top_count() and 0 <= column < _COLUMN_COUNT:
                return self.createIndex(row, column, self._top_at(row))
            return QModelIndex()
        children = parent.internalPointer().children
        if 0 <= row < len(children) and 0 <= column < _COLUMN_COUNT:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The parent of ``child`` (invalid for top-level rows)."""
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        row = self._top_row(parent)
        return self.createIndex(row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows under ``parent``: only column 0 has children."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children) if parent.isValid() else self._top_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Every row has the same columns."""
        return _COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Annotations are selectable; groups are headings."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return GROUP_FLAGS if self._node(index).annotation is None else _ANNOTATION_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a row shows and carries, by role."""
        if not index.isValid():
            return None
        node = self._node(index)
        if node.annotation is None:
            return group_data(node.key, len(node.children), self._titles, index.column(), role)
        return annotation_data(node.annotation, index.column(), role, self.clock, self._words)

    def _node(self, index: AnyIndex) -> Node:
        if not index.isValid():
            return self._root
        return index.internalPointer()
