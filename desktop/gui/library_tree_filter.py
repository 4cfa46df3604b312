"""The library tree's filter box: what typing in it does to the tree, and when.

Typing waits for a short pause (``TypingPause``) so a burst of keys filters once; Enter
filters at once, and so does emptying the box. The filter then unfolds the collections that
hold a match, but only a screenful of them: each unfolded collection lists its speeches, and on
a library of 10,000 speeches unfolding every one of them took most of a second per keystroke.
The rest stay folded, saying how many of their speeches match (``TitleFilterModel.match_count``).
The pane makes it when the box is first used: the first frame does without it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QTreeView

from desktop.gui.typing_pause import TypingPause
from desktop.models.library_filter import TitleFilterModel

UNFOLD_SECTIONS_MAX = 50
"""Speeches whose matching sections the filter unfolds; beyond, the user unfolds them."""

ROWS_ON_SCREEN_MIN = 12
"""The fewest rows the filter unfolds collections for, however short the tree is."""


class TreeFilter(QObject):
    """Filters ``proxy`` by the text of ``edit`` and unfolds ``tree`` down to the matches."""

    applied = Signal(str)  # the text filtered by, once the tree shows it

    def __init__(
        self, edit: QLineEdit, proxy: TitleFilterModel, tree: QTreeView, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._edit, self._proxy, self._tree = edit, proxy, tree
        self._pause = TypingPause(self._filter, self)

    @property
    def pending(self) -> bool:
        """Whether typed text waits for the pause before it filters."""
        return self._pause.pending

    @Slot()
    def apply(self) -> None:
        """Filter by the box's text now, and unfold a screenful of the collections matching."""
        self._pause.flush()

    def _filter(self) -> None:
        text = self._edit.text()
        self._proxy.set_text(text)
        if self._proxy.needle:
            self._unfold_collections()
        self.applied.emit(text)

    def text_changed(self, text: str) -> None:
        """The box's text changed: filter after the pause (at once when it was emptied)."""
        self._pause.text_changed(text)

    def _rows_on_screen(self) -> int:
        line = max(self._tree.fontMetrics().height(), 1)
        return max(self._tree.viewport().height() // line, ROWS_ON_SCREEN_MIN)

    def _unfold_collections(self) -> None:
        """Unfold the collections holding a match, in order, while the rows fill a screen."""
        budget = self._rows_on_screen()
        for row in range(self._proxy.rowCount()):
            if budget <= 0:
                break
            index = self._proxy.index(row, 0)
            budget -= 1
            if self._proxy.is_match(index) or not self._proxy.holds_match(index):
                continue
            self._unfold(index)
            budget -= self._proxy.rowCount(index)

    def _unfold(self, index: QModelIndex) -> None:
        self._tree.expand(index)
        if self._proxy.canFetchMore(index):
            self._proxy.fetchMore(index)
        self._expand_matches(index)

    def _expand_matches(self, parent: QModelIndex) -> None:
        """Unfold down to each match below a speech; a matching row itself stays as it was.

        Speeches unfold to matching sections only while few hold one (a word in every outline
        would read every outline).
        """
        matches = self._proxy.matches
        if matches is None or len(matches.sections) > UNFOLD_SECTIONS_MAX:
            return
        for row in range(self._proxy.rowCount(parent)):
            index = self._proxy.index(row, 0, parent)
            if self._proxy.is_match(index) or not self._proxy.holds_match(index):
                continue
            self._unfold(index)
