"""The library as one tree: collections → speeches → outline nodes, fetched as they are opened.

Collections are read at once (one query); a collection's speeches when it is first expanded;
a speech's outline one level at a time (``LibraryStore.outline_children``), so a library of
thousands of speeches opens as fast as one of seven. ``reload`` (``library_sync``) reconciles
the tree with the library after imports, renames and deletions with ``begin…Rows``/
``end…Rows``, keeping every node that is still there (and so the view's expansion and
selection).

Indexes carry a serial number, not a Python object: a stale index can never point at freed
memory, it just finds nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QIcon

from desktop.core.errors import PizhuError
from desktop.core.records import CollectionRecord, OutlineNodeRecord, SpeechRecord
from desktop.models import AnyIndex
from desktop.models.library_batches import BatchMixin
from desktop.models.library_nodes import (  # the tree's vocabulary, re-exported
    ROLE_VALUES,
    LibrarySource,
    Role,
    TreeKind,
    TreeNode,
    distinguish_collections,
    fill_collection,
    fill_outline,
    fill_speech,
    outline_kind,
    outline_tree,
    speech_detail,
)
from desktop.models.library_sync import SyncMixin
from desktop.resources import is_sample_source

if TYPE_CHECKING:
    from desktop.core.storage.title_matches import TitleMatches
    from desktop.models.fullwidth_text import ShownTexts
    from desktop.models.tree_titles import TitleEntry

__all__ = ["LibrarySource", "LibraryTreeModel", "Role", "TreeKind", "TreeNode", "speech_detail"]

CollectionOrder = Callable[[list[CollectionRecord]], list[CollectionRecord]]
"""Puts the collections, read in import order, in another order (stable: ties as imported)."""

_NO_INDEX = QModelIndex()
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Every row's flags: made once (an enum ``|`` in Python costs ~3 µs, asked 4 times a row)."""
_SHOWN_KEPT = 100_000
"""Titles and labels kept as shown full-width: a big library's rows (``ShownTexts``)."""


class LibraryTreeModel(SyncMixin, BatchMixin, QAbstractItemModel):
    """Collections, their speeches and the speeches' outlines, children fetched lazily."""

    def __init__(self, source: LibrarySource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._serials = itertools.count(1)
        self._nodes: dict[int, TreeNode] = {}
        # The collections' rows by id, kept where their nodes are made and forgotten.
        self._collections: dict[int, TreeNode] = {}
        self._icons: dict[TreeKind, QIcon] = {}
        self._changing = False
        # Titles and labels as shown with full-width punctuation, converted once per setting;
        # made when the option is first on (the first frame shows the stored titles).
        self._shown: ShownTexts | None = None
        # How the collections are ordered (View ▸ Sort Library); None: as imported, as stored.
        self._order: CollectionOrder | None = None
        self._root = TreeNode(None, 0, None)
        self._root.children = [self._collection_node(c, self._root) for c in source.collections()]
        self._root.fetched = True
        distinguish_collections(self._root.children)

    def set_fullwidth_labels(self, enabled: bool) -> None:
        """Show the titles and the outline's labels with full-width punctuation, as the page
        shows the text (a speech's title is its first line there); what is stored, renamed,
        filtered and exported stays as it is (``EditRole`` gives it)."""
        if self._shown is None:
            if not enabled:
                return
            from desktop.models.fullwidth_text import ShownTexts

            self._shown = ShownTexts(kept=_SHOWN_KEPT)
        if not self._shown.set_fullwidth(enabled):
            return
        for node in (self._root, *self.walk()):
            if node.children:
                first, last = self.index_of(node.children[0]), self.index_of(node.children[-1])
                roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
                self.dataChanged.emit(first, last, roles)

    def set_collection_order(self, order: CollectionOrder | None) -> None:
        """Order the collections by ``order`` (None: as imported), from now on and after each
        import; their rows are moved in one layout change, so what is unfolded, chosen and
        current stays so. A collection's speeches keep its file's order whatever this is."""
        self._order = order
        self.reload_collections()

    def _ordered_collections(self) -> list[CollectionRecord]:
        """The library's collections in the order chosen (``set_collection_order``)."""
        records = self._source.collections()
        return records if self._order is None else self._order(records)

    def _shown_title(self, node: TreeNode) -> str:
        """``node``'s title as the tree shows it (full-width punctuation when that is on)."""
        return node.title if self._shown is None else self._shown(node.title)

    def set_icons(self, icons: dict[TreeKind, QIcon]) -> None:
        """The decoration of each kind of row."""
        self._icons = dict(icons)

    # Nodes ---------------------------------------------------------------------------------

    def _register(self, node: TreeNode) -> TreeNode:
        node.serial = next(self._serials)
        self._nodes[node.serial] = node
        return node

    def _forget(self, node: TreeNode) -> None:
        for child in node.children:
            self._forget(child)
        self._nodes.pop(node.serial, None)
        if node.kind == TreeKind.COLLECTION and self._collections.get(node.key) is node:
            del self._collections[node.key]
        # No cycle left: reference counting frees it, also when frozen (core/collector).
        node.parent = None

    def _collection_node(self, record: CollectionRecord, parent: TreeNode) -> TreeNode:
        node = self._register(TreeNode(TreeKind.COLLECTION, record.id, parent))
        fill_collection(node, record)
        self._collections[record.id] = node
        return node

    def _speech_node(self, record: SpeechRecord, parent: TreeNode) -> TreeNode:
        node = self._register(TreeNode(TreeKind.SPEECH, record.id, parent))
        fill_speech(node, record)
        return node

    def _outline_node(self, record: OutlineNodeRecord, parent: TreeNode) -> TreeNode:
        node = self._register(TreeNode(outline_kind(record), record.id, parent))
        fill_outline(node, record, parent)
        return node

    def node(self, index: AnyIndex) -> TreeNode | None:
        """The node behind ``index``; None for the root or a stale index."""
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def _node_or_root(self, index: AnyIndex) -> TreeNode | None:
        return self._root if not index.isValid() else self.node(index)

    def index_of(self, node: TreeNode) -> QModelIndex:
        """The index of ``node`` (invalid for the root)."""
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node.serial)

    # QAbstractItemModel ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _NO_INDEX) -> QModelIndex:
        """The index of a row under ``parent``."""
        # Asked ~10 times for each row a collection unfolds (the filter maps every row it is
        # asked about through it): the lookups inlined.
        node = self._nodes.get(parent.internalId()) if parent.isValid() else self._root
        if node is None or column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].serial)

    def parent(self, index: AnyIndex = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        """The parent of ``index``."""
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        """How many children are loaded under ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node_or_root(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        """One column: the title."""
        return 1

    def hasChildren(self, parent: AnyIndex = _NO_INDEX) -> bool:
        """Whether a row has (or may have, until fetched) children."""
        node = self._node_or_root(parent)
        if node is None or (parent.isValid() and parent.column() != 0):
            return False
        return bool(node.children) if node.fetched else node.has_children

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True until a row's children have been read."""
        node = self._node_or_root(parent)
        return node is not None and not node.fetched and node.has_children

    def fetchMore(self, parent: AnyIndex) -> None:
        """Read a row's children from the library (not while rows are being announced)."""
        node = self._node_or_root(parent)
        if node is None or node.fetched or self._changing:
            # A listener asking for more while this model announces a change would nest one
            # change in another; it can ask again (canFetchMore stays true) once this is done.
            return
        node.fetched = True
        children = self._read_children(node)
        if not children:
            node.has_children = bool(node.waiting)
            return
        with self._inserting(parent, 0, len(children) - 1):
            node.children = children

    @contextmanager
    def _inserting(self, parent: AnyIndex, first: int, last: int) -> Iterator[None]:
        self.beginInsertRows(parent, first, last)
        self._changing = True
        try:
            yield
        finally:
            self.endInsertRows()
            self._changing = False

    @contextmanager
    def _removing(self, parent: AnyIndex, first: int, last: int) -> Iterator[None]:
        self.beginRemoveRows(parent, first, last)
        self._changing = True
        try:
            yield
        finally:
            self.endRemoveRows()
            self._changing = False

    def _read_children(self, node: TreeNode) -> list[TreeNode]:
        if node.kind == TreeKind.COLLECTION:
            return self._first_batch(node)
        if node.kind == TreeKind.SPEECH:
            return self._outline_tree(node)
        parent_id = None if node.kind == TreeKind.SPEECH else node.key
        records = self._source.outline_children(node.speech_id, parent_id)
        return [self._outline_node(record, node) for record in records]

    def _outline_tree(self, speech: TreeNode) -> list[TreeNode]:
        """A speech's whole outline, read at once and come with its rows: unfolding a long
        report's headings was a query and an insertion for each of them (~0.05 s for 550)."""
        records = self._source.outline_records(speech.speech_id)
        return outline_tree(records, speech, self._outline_node)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selectable and enabled, never editable in place (rename asks)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a row shows and what it is."""
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_title(node)
        if role == Qt.ItemDataRole.EditRole:
            return node.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(node.kind) if node.kind is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The sample's file is in the installation's folder: what it is for says more.
            parts = (self._shown_title(node), node.distinction, _sample_note(node) or node.detail)
            return "\n".join(dict.fromkeys(part for part in parts if part))
        return ROLE_VALUES[role](node) if role in ROLE_VALUES else None

    # Finding rows --------------------------------------------------------------------------

    def speech_index(self, speech_id: int) -> QModelIndex:
        """The row of a speech, reading its collection's speeches if needed."""
        owner: int | None = None
        for collection in self._root.children:
            if not collection.fetched:
                owner = owner if owner is not None else self._collection_of(speech_id)
                if collection.key == owner:
                    self.fetchMore(self.index_of(collection))
            for speech in collection.children:
                if speech.key == speech_id:
                    return self.index_of(speech)
            given = self._give_through(collection, speech_id)
            if given is not None:
                return self.index_of(given)
        return QModelIndex()

    def collection_index(self, collection_id: int) -> QModelIndex:
        """The row of a collection."""
        collection = self._collection_with_id(collection_id)
        return self.index_of(collection) if collection is not None else QModelIndex()

    def _collection_with_id(self, collection_id: int) -> TreeNode | None:
        """The node of the collection ``collection_id`` (None if the tree has none)."""
        return self._collections.get(collection_id)

    def _collection_of(self, speech_id: int) -> int | None:
        try:
            return self._source.speech(speech_id).collection_id
        except PizhuError:
            return None

    def outline_path(self, speech_id: int, offset: int) -> list[QModelIndex]:
        """The rows from the speech down to the innermost outline node holding ``offset``."""
        index = self.speech_index(speech_id)
        path = [index] if index.isValid() else []
        while index.isValid():
            node = self.node(index)
            if node is None:
                break
            if self.canFetchMore(index):
                self.fetchMore(index)
            inner = next((c for c in node.children if c.start <= offset < c.end), None)
            index = self.index_of(inner) if inner is not None else QModelIndex()
            if index.isValid():
                path.append(index)
        return path

    def title_matches(self, text: str) -> TitleMatches | None:
        """Which rows hold ``text`` below them, as the library says (None if it cannot)."""
        try:
            return self._source.title_matches(text)
        except PizhuError:
            return None

    def title_order(self) -> list[TitleEntry]:
        """Every collection and speech with its title, in tree order (for type-ahead): the
        collections as the tree holds them, the speeches from one query, none read in."""
        from desktop.models.tree_titles import tree_order  # typing in the tree, not start-up

        collections = ((node.key, node.title) for node in self._root.children)
        return tree_order(collections, self._source.speech_titles())

    def walk(self, node: TreeNode | None = None) -> Iterator[TreeNode]:
        """Every loaded node below ``node`` (the root when None), parents first."""
        for child in (node or self._root).children:
            yield child
            yield from self.walk(child)


def _sample_note(node: TreeNode) -> str:
    """What the bundled sample collection is for: a new user finds it without having asked."""
    if node.kind != TreeKind.COLLECTION or not is_sample_source(node.detail):
        return ""
    return QCoreApplication.translate(
        "LibraryTreeModel",
        "The sample collection that comes with Pizhu, to try highlights, notes and search on. "
        "Delete it when you like: File ▸ Add Sample Collection brings it back.",
    )
