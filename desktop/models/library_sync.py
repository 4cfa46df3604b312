"""Keeping the library tree in step with the library, its rows kept where still there.

A mixin of ``LibraryTreeModel``: ``reload`` reconciles the tree with the library after imports,
renames and deletions with ``begin…Rows``/``end…Rows`` (a new order in one layout change),
keeping every node that is still there (and so the view's expansion and selection);
``update_speech``/``update_collection`` re-read one row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex

from desktop.core.errors import PizhuError
from desktop.models.library_nodes import (
    TreeKind,
    TreeNode,
    distinguish_collections,
    fill_collection,
    fill_speech,
)

if TYPE_CHECKING:
    from desktop.models.library_tree import LibraryTreeModel

    _Base = LibraryTreeModel
else:
    _Base = object

_NO_INDEX = QModelIndex()


class SyncMixin(_Base):
    """Reload the tree from the library, or re-read one row, keeping the nodes still there."""

    def reload(self) -> None:
        """Bring the tree up to date with the library, keeping the rows that are still there."""
        collections = self._ordered_collections()
        self._sync(self._root, collections, self._collection_node, fill_collection)
        self._distinguish()
        for collection in list(self._root.children):
            if collection.fetched:
                speeches = self._given_part(collection, self._source.speeches(collection.key))
                self._sync(collection, speeches, self._speech_node, fill_speech)

    def reload_collections(self) -> None:
        """Bring the collections up to date, not their speeches: new ones came, nothing else.

        Each loaded collection's speeches are read again by ``reload`` (~12 ms each on a big
        library, their texts' lengths counted); a new collection's row is inserted unloaded.
        """
        collections = self._ordered_collections()
        self._sync(self._root, collections, self._collection_node, fill_collection)
        self._distinguish()

    def update_speech(self, speech_id: int) -> None:
        """Re-read one speech's title and note count (after a rename or an annotation)."""
        try:
            record = self._source.speech(speech_id)
        except PizhuError:
            return
        for node in self._loaded(TreeKind.SPEECH, speech_id):
            self._refresh(node, record, fill_speech)
        self._refresh_waiting(record)

    def update_collection(self, collection_id: int) -> None:
        """Re-read one collection's title and size (that collection alone)."""
        node = self._collection_with_id(collection_id)
        if node is None:
            return
        try:
            record = self._source.collection(collection_id)
        except PizhuError:
            return
        if record.deleted is None:  # one gone to the trash is for ``reload`` to take away
            self._refresh(node, record, fill_collection)
            self._distinguish()  # a new title may clash with another's, or no longer
            if self._order is not None:
                self.reload_collections()  # a new title may move it in the order chosen

    def _distinguish(self) -> None:
        """Tell same-titled collections apart on their second lines, and repaint those that
        changed (a row that gains or loses its second line changes height)."""
        for node in distinguish_collections(self._root.children):
            index = self.index_of(node)
            self.dataChanged.emit(index, index)

    def _loaded(self, kind: TreeKind, key: int) -> Iterator[TreeNode]:
        for collection in self._root.children:
            for speech in collection.children:
                if speech.identity == (kind, key):
                    yield speech

    def _refresh(self, node: TreeNode, record: Any, fill: Callable[[TreeNode, Any], None]) -> None:
        before = (node.title, node.detail, node.note_count, node.text_hash)
        fill(node, record)
        if node.kind == TreeKind.SPEECH and node.fetched and before[3] != node.text_hash:
            self._drop_children(node)  # a re-imported text has a new outline
        if before != (node.title, node.detail, node.note_count, node.text_hash):
            index = self.index_of(node)
            self.dataChanged.emit(index, index)

    def _drop_children(self, node: TreeNode) -> None:
        if node.children:
            with self._removing(self.index_of(node), 0, len(node.children) - 1):
                for child in node.children:
                    self._forget(child)
                node.children = []
        node.fetched = False
        node.has_children = True

    def _reorder(self, parent: TreeNode, wanted: list[Any]) -> None:
        """Put ``parent``'s children in the order of ``wanted`` (those not wanted last) in one
        layout change, their nodes kept: a collection unfolded or chosen stays so.

        Removing the rows and making them again folded every collection the library read in a
        new order; the view's persistent indexes now follow their nodes to their new rows.
        """
        rank = {key: row for row, key in enumerate(wanted)}
        self.layoutAboutToBeChanged.emit()
        self._changing = True
        try:
            before = self.persistentIndexList()
            nodes = [self.node(index) for index in before]
            parent.children.sort(key=lambda child: rank.get(child.key, len(rank)))
            after = [_NO_INDEX if n is None else self.index_of(n) for n in nodes]
            self.changePersistentIndexList(before, after)
        finally:
            self._changing = False
            self.layoutChanged.emit()

    def _sync(
        self,
        parent: TreeNode,
        records: list[Any],
        make: Callable[[Any, TreeNode], TreeNode],
        fill: Callable[[TreeNode, Any], None],
    ) -> None:
        """Make ``parent``'s children match ``records`` (same ids, same order) row by row."""
        wanted = [record.id for record in records]
        parent_index = self.index_of(parent)
        # Sets, not lists, for membership: a collection of 10,000 speeches was quadratic here.
        wanted_keys = set(wanted)
        kept = [child.key for child in parent.children if child.key in wanted_keys]
        kept_keys = set(kept)
        if kept != [key for key in wanted if key in kept_keys]:
            self._reorder(parent, wanted)
        for row in range(len(parent.children) - 1, -1, -1):
            if parent.children[row].key not in kept_keys:
                with self._removing(parent_index, row, row):
                    self._forget(parent.children.pop(row))
        for row, record in enumerate(records):
            present = row < len(parent.children) and parent.children[row].key == record.id
            if present:
                self._refresh(parent.children[row], record, fill)
                continue
            with self._inserting(parent_index, row, row):
                parent.children.insert(row, make(record, parent))
        parent.has_children = bool(parent.children) or parent.has_children
