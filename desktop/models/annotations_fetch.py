"""The groups of "all speeches" given to the view a batch at a time.

A mixin of ``AnnotationsModel``. QTreeView lays out every top-level row it knows of on each row
change anywhere (a group coming or going, a reset), asking the Python model and filter about each
heading three times: ~45-60 ms for the 8,666 groups of a big library, at every change. Given
``FETCH_BATCH`` groups at first and more as the list is scrolled near its end
(``AnnotationsDock``), it lays out only those. The model keeps every group and has looked at the
first ``_exposed``; signals go out only for rows Qt knows of (a change in a group it has not been
given yet is silent: it comes as it is when fetched).

Without a filter Qt knows the first ``_exposed`` groups. Under a filter (``set_group_filter``)
it knows only the groups the filter wanted among them (``_given``, renumbered: a row of Qt's is
a place in that list), plus any that came or started to match since: the proxy then filters
only those, not every group down to the last match. Words few annotations hold match groups all
over the list, and Qt asking the proxy about each of 8,666 groups cost ~15 ms a filter.

Not Qt's ``canFetchMore``/``fetchMore``: QTreeView calls ``fetchMore`` on every layout of the
whole list, so each change anywhere would give it another batch until it had them all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models.annotation_nodes import Node, groups_by_key, release, runs

if TYPE_CHECKING:
    from desktop.models.annotations_model import AnnotationsModel

    _Base = AnnotationsModel
else:
    _Base = object

FETCH_BATCH = 200
"""Groups of "all speeches" the view is given at a time: some screens of folded headings."""

GroupsKnown = Callable[[], Collection[Node] | None]
"""Every group a filter shows, when it knows them without looking at each (else None)."""


class FetchMixin(_Base):
    """Top-level rows given to Qt a batch at a time under "all speeches"; every row otherwise."""

    _first = 0
    """Top-level rows above the window Qt is given (a reveal far down gives the rows around
    it, not every row above it); they come back a batch at a time as the view nears its top."""
    _exposed = 0
    """The top-level row after the last looked at (from ``_first``); without a filter, the
    rows from ``_first`` to it are given."""
    _wanted: Callable[[Node], bool] | None = None
    """Which groups a batch counts (those a filter shows), or None for every group."""
    _known: GroupsKnown | None = None
    _given: list[Node] | None = None
    """Under a filter: the top-level rows Qt knows, in the list's order (None: the first
    ``_exposed``)."""
    _given_rows: dict[Node, int] | None = None  # each given row's place, made when asked

    def set_group_filter(
        self, wanted: Callable[[Node], bool] | None, known: GroupsKnown | None = None
    ) -> None:
        """Give Qt only the groups ``wanted`` says a filter shows (None: every group), a batch
        at a time, now (a reset) and after each new list; ``known`` may name them all at once."""
        # One reset, not rows given or taken: the filter (``AnnotationFilter``) is reset by it,
        # where rows given one by one would each be filtered, then all again after its reset.
        self.beginResetModel()
        self.choose_group_filter(wanted, known)
        self._expose_after_reset()
        self.endResetModel()

    def choose_group_filter(
        self, wanted: Callable[[Node], bool] | None, known: GroupsKnown | None = None
    ) -> None:
        """As ``set_group_filter``, for the next reset (a new list coming, filtered once)."""
        self._wanted, self._known = wanted, known if wanted is not None else None

    def _expose_after_reset(self) -> None:
        """Inside a reset: the first batch of groups under "all speeches", else every row."""
        self._given_rows = None
        self._first = 0
        if not self._all_speeches:
            self._exposed, self._given = len(self._root.children), None
        elif self._wanted is None:
            self._exposed, self._given = self._batch_end(0), None
        else:
            self._exposed, self._given = self._wanted_batch(0)

    def _batch_end(self, start: int) -> int:
        """How many top-level rows hold the next ``FETCH_BATCH`` groups counted from ``start``."""
        if self._wanted is None:
            return min(len(self._root.children), start + FETCH_BATCH)
        return self._wanted_batch(start)[0]

    def _wanted_batch(self, start: int) -> tuple[int, list[Node]]:
        """The next ``FETCH_BATCH`` groups wanted from row ``start``, and the row after the
        last (the end of the list when fewer are left)."""
        children = self._root.children
        known = self._known_in_order()
        if known is not None:  # in proportion to the matches, not to the groups
            found = known[bisect_left(known, start, key=list_row) :][:FETCH_BATCH]
        else:
            found = []
            wanted = self._wanted or every_group
            for row in range(start, len(children)):
                if wanted(children[row]):
                    found.append(children[row])
                    if len(found) == FETCH_BATCH:
                        break
        end = found[-1].row + 1 if len(found) == FETCH_BATCH else len(children)
        return end, found

    def _wanted_among(self, start: int, stop: int) -> list[Node]:
        """The groups wanted among the top-level rows ``start`` to ``stop`` (excluded)."""
        known = self._known_in_order()
        if known is not None:
            first, end = (bisect_left(known, row, key=list_row) for row in (start, stop))
            return known[first:end]
        wanted = self._wanted or every_group
        return [node for node in self._root.children[start:stop] if wanted(node)]

    def _known_in_order(self) -> list[Node] | None:
        """The groups the filter names at once, in the list's order; None when it cannot."""
        known = self._known() if self._known is not None else None
        if known is None:
            return None
        return sorted((node for node in known if node.parent is self._root), key=list_row)

    def has_more_groups(self) -> bool:
        """Whether groups wait to be given to the view."""
        return self._exposed < len(self._root.children)

    def fetch_more_groups(self) -> None:
        """Give the view the next ``FETCH_BATCH`` groups (that a filter shows, if one is on)."""
        if self._given is None:
            self._expose_through(self._batch_end(self._exposed) - 1)
            return
        end, found = self._wanted_batch(self._exposed)
        self._give(found, end)

    def expose_all(self) -> None:
        """Give the view every group (End: the last annotation of all)."""
        self._expose_through(len(self._root.children) - 1)

    def groups_waiting(self) -> int:
        """How many groups wait to be given to the view (those a filter shows, if one is on:
        counted when it names them, else in the share it showed of those looked at)."""
        children = self._root.children
        if self._given is None:
            return len(children) - self._exposed
        known = self._known_in_order()
        if known is not None:
            return len(known) - bisect_left(known, self._exposed, key=list_row)
        # Judging every group waiting (each annotation's verdict) was 30-45 ms of a filter over
        # a big library: the share of the groups looked at that the filter shows stands for
        # them, exact once every group is looked at (End, or the bar dragged to the end).
        waiting = len(children) - self._exposed
        return self._share(waiting)

    def _share(self, waiting: int) -> int:
        """Of ``waiting`` groups not looked at, how many the filter shows: the share it showed
        of those looked at."""
        looked = self._exposed - self._first
        return round(waiting * len(self._given or ()) / looked) if looked else waiting

    def give_groups_through(self, row: int) -> None:
        """Give the view every group down to its top-level ``row`` (counting those waiting)."""
        if self._given is None:
            self._expose_through(row)
            return
        while len(self._given) <= row and self.has_more_groups():
            self.fetch_more_groups()

    def reveal(self, annotation_id: str) -> int:
        """Give the view the group holding ``annotation_id`` (to select it): with the groups
        down to it when it is near those given, else with a window of groups around it in
        their place. Where that window is: -1 above the rows given before (the list is to
        come up to it), 1 below them (down to it), 0 no window given."""
        node = self._by_id.get(annotation_id)
        while node is not None and node.parent is not None and node.parent is not self._root:
            node = node.parent
        if node is None or node.parent is not self._root:
            return 0
        row = node.row
        if self._first <= row < self._exposed + FETCH_BATCH:
            self._expose_through(row)
            return 0
        # Thousands of groups given above it cost the view a layout of each through Python,
        # again at every change once a group is open (~80-260 ms a selection).
        side = -1 if row < self._first else 1
        self._give_window(row)
        return side

    def _expose_through(self, row: int) -> None:
        last = min(row, len(self._root.children) - 1)
        if last < self._exposed:
            return
        if self._given is not None:
            self._give(self._wanted_among(self._exposed, last + 1), last + 1)
            return
        self.beginInsertRows(QModelIndex(), self._exposed - self._first, last - self._first)
        self._exposed = last + 1
        self.endInsertRows()

    def _give(self, nodes: list[Node], end: int) -> None:
        """Under a filter: give Qt ``nodes`` after every row given, looked at down to ``end``."""
        given = self._given
        assert given is not None
        self._exposed = max(self._exposed, end)
        if nodes:
            self.beginInsertRows(QModelIndex(), len(given), len(given) + len(nodes) - 1)
            given += nodes
            self._given_rows = None
            self.endInsertRows()

    def _offer(self, group: Node) -> None:
        """Under a filter, give Qt a group looked at before that has started to match."""
        if (
            self._given is not None
            and group.parent is self._root
            and self._first <= group.row < self._exposed
            and not self._is_shown(group)
            and (self._wanted or every_group)(group)
        ):
            self._insert_given(group.row, [group])

    # Qt's rows of the top level ----------------------------------------------------------------

    def _shown_tops(self) -> list[Node]:
        """The top-level rows Qt knows of, in its order (a copy)."""
        if self._given is None:
            return self._root.children[self._first : self._exposed]
        return list(self._given)

    def _top_count(self) -> int:
        """How many top-level rows Qt knows of."""
        return self._exposed - self._first if self._given is None else len(self._given)

    def _top_at(self, row: int) -> Node:
        """The top-level node at Qt's ``row`` (in range)."""
        if self._given is None:
            return self._root.children[self._first + row]
        return self._given[row]

    def _top_row(self, node: Node) -> int:
        """Qt's row of a top-level node it knows of."""
        if self._given is None:
            return node.row - self._first
        return self._rows_given()[node]

    def _rows_given(self) -> dict[Node, int]:
        if self._given_rows is None:
            self._given_rows = {node: row for row, node in enumerate(self._given or ())}
        return self._given_rows

    def _is_shown(self, node: Node) -> bool:
        """Whether Qt knows of ``node``'s row (the root always; a group once given)."""
        parent = node.parent
        if parent is None:
            return True
        if parent is self._root:
            if self._given is None:
                return self._first <= node.row < self._exposed
            return node in self._rows_given()
        return self._is_shown(parent)

    def _insert_children(self, parent: Node, row: int, nodes: list[Node]) -> None:
        """Put ``nodes`` at ``row`` under ``parent``; Qt hears of them if it knows ``parent``."""
        if parent is self._root:
            self._insert_top(row, nodes)
        elif self._is_shown(parent):
            self.beginInsertRows(self._index_of(parent), row, row + len(nodes) - 1)
            parent.children[row:row] = nodes
            self.endInsertRows()
        else:
            parent.children[row:row] = nodes  # Qt has not been given the group yet

    def _remove_children(self, parent: Node, first: int, last: int) -> None:
        """Remove ``parent``'s rows ``first``…``last``; Qt hears of those it knows of."""
        if parent is self._root:
            self._remove_top(first, last)
        elif self._is_shown(parent):
            self.beginRemoveRows(self._index_of(parent), first, last)
            removed = parent.children[first : last + 1]
            del parent.children[first : last + 1]
            self.endRemoveRows()
            release(removed)
        else:
            release(parent.children[first : last + 1])
            del parent.children[first : last + 1]  # Qt has not been given the group yet

    def _insert_top(self, row: int, nodes: list[Node]) -> None:
        """Put ``nodes`` at ``row`` of the top level; Qt hears of them if within what it knows."""
        children = self._root.children
        self._groups.update(groups_by_key(nodes))
        if row < self._first:  # above the window given: it waits there with them
            children[row:row] = nodes
            self._first += len(nodes)
            self._exposed += len(nodes)
            return
        told = row < self._exposed or self._exposed == len(children)
        if not told:
            children[row:row] = nodes
        elif self._given is not None:
            children[row:row] = nodes
            self._exposed += len(nodes)
            self._insert_given(row, nodes)  # the proxy hides those that do not match
        else:
            qt_row = row - self._first
            self.beginInsertRows(QModelIndex(), qt_row, qt_row + len(nodes) - 1)
            children[row:row] = nodes
            self._exposed += len(nodes)
            self.endInsertRows()

    def _insert_given(self, row: int, nodes: list[Node]) -> None:
        """Give Qt ``nodes``, which lie from the list's ``row`` on, in their place."""
        given = self._given
        assert given is not None
        place = bisect_left(given, row, key=list_row)
        self.beginInsertRows(QModelIndex(), place, place + len(nodes) - 1)
        given[place:place] = nodes
        self._given_rows = None
        self.endInsertRows()

    def _remove_top(self, first: int, last: int) -> None:
        """Remove the top-level rows ``first``…``last``; Qt hears of those it knows of."""
        if self._given is not None:
            self._remove_given(self._root.children[first : last + 1])
        told_first, told_last = max(first, self._first), min(last, self._exposed - 1)
        removed = self._root.children[first : last + 1]
        for node in removed:
            if node.key is not None:
                del self._groups[node.key]
        told = self._given is None and told_first <= told_last
        if told:
            self.beginRemoveRows(QModelIndex(), told_first - self._first, told_last - self._first)
        del self._root.children[first : last + 1]
        # Rows gone above the window, and above the end of those looked at, move both up.
        self._exposed -= max(0, told_last - first + 1)
        self._first -= max(0, min(last, self._first - 1) - first + 1)
        if told:
            self.endRemoveRows()
        release(removed)

    def _remove_given(self, nodes: list[Node]) -> None:
        """Take ``nodes`` from the rows Qt knows of (those given), a run at a time."""
        rows = self._rows_given()
        places = sorted(rows[node] for node in nodes if node in rows)
        given = self._given
        assert given is not None
        for first, last in reversed(runs(places)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del given[first : last + 1]
            self._given_rows = None
            self.endRemoveRows()


def list_row(node: Node) -> int:
    """A group's row in the whole list (``_root.children``), given to Qt or not: a sort key.
    Not the model's ``_row_of``, Qt's row of a node given to it."""
    return node.row


def every_group(_node: Node) -> bool:
    """Which groups a batch counts with no filter on: all of them."""
    return True
