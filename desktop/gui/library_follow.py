"""The library tree following the reader: the speech opened and the section being read.

Opening a speech unfolds it down to its headings and scrolls it into view; reading on marks
the innermost visible row holding the reading position, without taking focus or unfolding
what the user folded. Only rows with headings under them unfold by themselves: the points
(一是…二是…) wait for the user. A row the user chose in the tree stays chosen until the
reading moves into another section: the window re-reads its position for many reasons (a
rename, a re-import, the reader's throttled scroll signal arriving late) that are not reading on.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView

from desktop.gui.library_tree_view import LibraryTreeView
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_tree import LibraryTreeModel, Role, TreeKind

RowIdentity = tuple[int | None, str | None, int | None]
"""A row as the user knows it (speech, kind, key): the same after the tree re-reads it."""


class ReaderFollower:
    """Unfolds and marks the library tree's rows as the reader opens speeches and reads on."""

    __slots__ = ("_marked", "_model", "_proxy", "_tree")

    def __init__(
        self, model: LibraryTreeModel, proxy: TitleFilterModel, tree: LibraryTreeView
    ) -> None:
        """Follow in ``tree``, which shows ``model`` through the filter ``proxy``."""
        self._model, self._proxy, self._tree = model, proxy, tree
        self._marked: RowIdentity | None = None

    def reveal_speech(self, speech_id: int) -> None:
        """Unfold a speech down to its headings (points stay folded) and scroll it into view."""
        source = self._model.speech_index(speech_id)
        index = self._proxy.mapFromSource(source)
        if not index.isValid():
            return
        self._tree.expand(index.parent())
        self._unfold_headings(source)
        self._tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def forget_mark(self) -> None:
        """Mark the reading position's row again at the next ``mark_position``."""
        self._marked = None

    def _unfold_headings(self, source: QModelIndex) -> None:
        """Unfold ``source`` only if headings are under it, and so on down.

        A heading whose children are only points (一是…二是…) stays folded: the outline reads
        as an outline, and the points are one click away.
        """
        if self._model.canFetchMore(source):
            self._model.fetchMore(source)
        node = self._model.node(source)
        children = node.children if node is not None else []
        # The model's nodes, not its indexes: a long report has hundreds of headings, and
        # each index and its data is a Python call through Qt.
        headings = [row for row, child in enumerate(children) if child.kind == TreeKind.HEADING]
        if not headings:
            return
        self._tree.expand(self._proxy.mapFromSource(source))
        for row in headings:
            if children[row].children:
                self._unfold_headings(self._model.index(row, 0, source))

    def mark_position(self, speech_id: int, offset: int) -> None:
        """Make the innermost visible row holding ``offset`` current, without taking focus.

        A heading folded by the user stays folded: the heading is marked, not its point. While
        the user has chosen several rows (Ctrl/Shift+click), their choice is left alone, and so
        is a row the user chose since: the reading must move into another row to take it back.
        """
        if len(self._tree.selectionModel().selectedRows()) > 1:
            return
        visible = QModelIndex()
        for source in self._model.outline_path(speech_id, offset):
            index = self._proxy.mapFromSource(source)
            if not index.isValid():
                break
            parent = index.parent()
            if parent.isValid() and not self._tree.isExpanded(parent):
                break
            visible = index
        if not visible.isValid():
            return
        identity = (visible.data(Role.SPEECH_ID), visible.data(Role.KIND), visible.data(Role.KEY))
        # A tree with no current row has no choice of the user's to keep (the marked row left
        # and came back: a collection deleted and undone).
        current = self._tree.currentIndex()
        moved = identity != self._marked or not current.isValid()
        self._marked = identity
        if moved and visible != current:
            self._tree.select_row(visible)
