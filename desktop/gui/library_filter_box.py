"""The library pane's filter box at work: its tree filter, its worker, and Down into the tree.

The pane makes a ``FilterBox`` when the box is first used (typing, Enter or Down): the first
frame does without it, the tree's filter (``TreeFilter``) and the worker that finds matching
titles (``TitleMatchesFinder``). Down in the box filters by what was typed and chooses the first
title matching, also when the worker answers only later, if the box still holds those words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot

from desktop.gui.library_tree_filter import TreeFilter

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QLineEdit, QWidget

    from desktop.gui.library_tree_view import LibraryTreeView
    from desktop.gui.title_matches_finder import TitleMatchesFinder
    from desktop.models.library_filter import TitleFilterModel


class FilterBox(QObject):
    """What typing, Enter and Down in the library's filter box do to its tree."""

    def __init__(
        self,
        edit: QLineEdit,
        proxy: TitleFilterModel,
        tree: LibraryTreeView,
        library_path: Path | None,
        pane: QWidget,
    ) -> None:
        """Filter ``tree`` through ``proxy`` by ``edit``; a worker on ``library_path`` if any."""
        super().__init__(pane)
        self._edit, self._proxy, self._tree = edit, proxy, tree
        self._finder: TitleMatchesFinder | None = None
        if library_path is not None:
            from desktop.gui.title_matches_finder import TitleMatchesFinder

            self._finder = TitleMatchesFinder(library_path, pane)
        self.tree_filter = TreeFilter(edit, proxy, tree, pane, self._finder)
        """What typing in the filter box does to the tree."""
        self.tree_filter.applied.connect(self._on_tree_filter_applied)
        self._select_when_applied: str | None = None  # Down pressed before the worker answered

    def running_work(self) -> list[str]:
        """The filter's question to its worker, while it runs."""
        return self._finder.running_work() if self._finder is not None else []

    def shutdown(self) -> None:
        """The window is closing: end the filter's worker."""
        if self._finder is not None:
            self._finder.shutdown()

    def enter_tree(self) -> None:
        """Filter by what was typed now, choose the first title matching and give the tree the
        keyboard (a line box has no use for Down, and Tab stopped short of the matches).

        While the filter's worker has not answered for the text, the first match is chosen
        when it does, if the box still holds that text (the GUI thread never waits for it).
        """
        text = self._edit.text()
        self._select_when_applied = None
        if text:
            self.tree_filter.apply()
        self._tree.setFocus(Qt.FocusReason.TabFocusReason)
        if text and self.tree_filter.pending:
            self._select_when_applied = text
            return
        self._select_first_match()

    @Slot(str)
    def _on_tree_filter_applied(self, text: str) -> None:
        wanted, self._select_when_applied = self._select_when_applied, None
        if wanted is not None and wanted == text == self._edit.text():
            self._select_first_match()

    def _select_first_match(self) -> None:
        first = self._first_match()
        if first.isValid():
            self._tree.select_row(first)

    def _first_match(self) -> QModelIndex:
        """The first row shown whose own title matches; else the current row, else the first."""
        index = self._proxy.index(0, 0) if self._proxy.needle else QModelIndex()
        while index.isValid():
            if self._proxy.is_match(index):
                return index
            index = self._tree.indexBelow(index)
        current = self._tree.currentIndex()
        return current if current.isValid() else self._proxy.index(0, 0)
