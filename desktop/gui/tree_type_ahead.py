"""Type-ahead in the library tree that finds speeches in folded collections too.

Qt's ``keyboardSearch`` looks only at the rows showing. Here typing finds the next collection or
speech whose title starts with what was typed, else one whose title holds it, in tree order
and round again (case and width folded: （ finds the stored ( the tree may show as （), unfolding
its collection, selecting and scrolling to it. Titles come from
``LibraryTreeModel.title_order`` (one query), read again when a new string starts: a library of
10,000 speeches is searched without reading any collection into the tree. Qt's rules are kept:
the typed string starts over after ``QApplication.keyboardInputInterval()``; a new string looks
from the row after the current one, a longer one from the current row; the same letter typed
again goes to the next title starting with it. Rows the filter hides are passed over.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QApplication

from desktop.core.annotation_match import fold
from desktop.gui.library_tree_view import LibraryTreeView
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_tree import LibraryTreeModel, TreeKind
from desktop.models.tree_titles import TitleEntry, title_matches_from


class TreeTypeAhead(QObject):
    """What typing letters in the library tree selects."""

    def __init__(
        self,
        model: LibraryTreeModel,
        proxy: TitleFilterModel,
        tree: LibraryTreeView,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(tree)
        self._model, self._proxy, self._tree = model, proxy, tree
        self._clock = clock
        self._typed = ""
        self._last_key: float | None = None
        self._entries: list[TitleEntry] = []
        self._folded: list[str] = []
        self._positions: dict[tuple[TreeKind, int], int] = {}

    @property
    def typed(self) -> str:
        """The string typed so far (until the next pause)."""
        return self._typed

    def search(self, text: str) -> bool:
        """Take typed ``text`` (a key's or the input method's) and select the next row the
        string so far names; False (the selection left alone) when none does."""
        if not text:
            self._typed, self._last_key = "", None
            return False
        new = self._take(text)
        typed = self._typed
        repeated = len(typed) > 1 and typed == typed[0] * len(typed)
        if repeated:
            typed = typed[0]  # "aaa" goes through the titles starting with "a"
        start = self._start(skip_current=new or repeated)
        return any(
            self._select(self._entries[position])
            for position in title_matches_from(self._folded, fold(typed), start)
        )

    def _take(self, text: str) -> bool:
        """Add ``text`` to the typed string, or start a new one after a pause; True if new."""
        now = self._clock()
        interval = QApplication.keyboardInputInterval() / 1000
        new = self._last_key is None or now - self._last_key > interval
        self._last_key = now
        if new:
            self._typed = text
            self._read_titles()  # titles renamed or imported since the last string count
        else:
            self._typed += text
        return new

    def _read_titles(self) -> None:
        self._entries = self._model.title_order()
        # Width folded too (NFKC): the tree may show a title's ( as （ (the full-width
        # option), and either typed finds it, as the tree's filter and the search do.
        self._folded = [fold(entry.title) for entry in self._entries]
        self._positions = {(e.kind, e.key): i for i, e in enumerate(self._entries)}

    def _start(self, *, skip_current: bool) -> int:
        """Where in the titles to look from: the current row (or the one after it)."""
        node = self._model.node(self._proxy.mapToSource(self._tree.currentIndex()))
        if node is None or node.kind is None:
            return 0
        if node.kind in (TreeKind.COLLECTION, TreeKind.SPEECH):
            position = self._positions.get((node.kind, node.key))
        else:  # a section: what follows it is after its speech
            position = self._positions.get((TreeKind.SPEECH, node.speech_id))
            skip_current = True
        if position is None:
            return 0
        return position + 1 if skip_current else position

    def _select(self, entry: TitleEntry) -> bool:
        """Unfold to ``entry``'s row, select it and show it; False if the filter hides it."""
        index = self._proxy_index(entry)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self._tree.expand(index.parent())
        self._tree.select_row(index)
        return True

    def _proxy_index(self, entry: TitleEntry) -> QModelIndex:
        collection = self._proxy.mapFromSource(self._model.collection_index(entry.collection_id))
        if entry.kind == TreeKind.COLLECTION or not collection.isValid():
            # A collection the filter hides hides its speeches: they are not read to be sure.
            return collection
        return self._proxy.mapFromSource(self._model.speech_index(entry.key))
