"""The library tree's filter box: what typing in it does to the tree, and when.

Typing waits for a short pause (``TypingPause``) so a burst of keys filters once; Enter
filters at once, and so does emptying the box. The filter then unfolds the collections that
hold a match, but only a screenful of them: each unfolded collection lists its speeches, and on
a library of 10,000 speeches unfolding every one of them took most of a second per keystroke.
The rest stay folded, saying how many of their speeches match (``TitleFilterModel.match_count``).
The pane makes it when the box is first used: the first frame does without it.

Given a ``TitleMatchesFinder``, the pause asks a worker which rows hold the words (~90 ms of
SQL on a library of 10,000 speeches) and the tree is filtered when it answers, if the box
still holds those words. Enter (``apply``) uses that answer when the tree already shows it,
else asks the worker at once and filters when it answers (``applied``); emptying the box
filters at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QTreeView

from desktop.gui.typing_pause import TypingPause
from desktop.models.library_filter import TitleFilterModel

if TYPE_CHECKING:
    from desktop.core.storage.title_matches import TitleMatches
    from desktop.gui.title_matches_finder import TitleMatchesFinder

UNFOLD_SECTIONS_MAX = 50
"""Speeches whose matching sections the filter unfolds; beyond, the user unfolds them."""

ROWS_ON_SCREEN_MIN = 12
"""The fewest rows the filter unfolds collections for, however short the tree is."""


class TreeFilter(QObject):
    """Filters ``proxy`` by the text of ``edit`` and unfolds ``tree`` down to the matches."""

    applied = Signal(str)  # the text filtered by, once the tree shows it

    def __init__(
        self,
        edit: QLineEdit,
        proxy: TitleFilterModel,
        tree: QTreeView,
        parent: QObject,
        finder: TitleMatchesFinder | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit, self._proxy, self._tree = edit, proxy, tree
        self._finder = finder
        self._asked: str | None = None  # the text the finder was asked about, until it answers
        self._pause = TypingPause(self._filter, self, paused=self._on_pause)
        if finder is not None:
            finder.found.connect(self._on_finder_found)
            finder.failed.connect(self._on_finder_failed)

    @property
    def pending(self) -> bool:
        """Whether typed text waits for the pause, or for the worker, before it filters."""
        return self._pause.pending or self._asked is not None

    @Slot()
    def apply(self) -> None:
        """Filter by the box's text now, and unfold a screenful of the collections matching.

        With a worker, "now" is as soon as it answers: at once when the tree already shows
        these words, else when the question (asked now, if not already) is answered.
        """
        text = self._edit.text()
        if self._finder is None or not text.strip():
            self._pause.flush()
            return
        self._pause.stop()
        if self._asked == text:
            return  # its answer filters
        if self._proxy.shows(text):
            self._show(text, lambda: None)  # the worker's answer is already there
            return
        self._ask(text)

    def _on_pause(self) -> None:
        text = self._edit.text()
        if self._finder is None or not text.strip():
            self._filter()
            return
        self._ask(text)

    def _ask(self, text: str) -> None:
        assert self._finder is not None
        self._asked = text
        self._finder.find(text.strip())

    @Slot(str, object)
    def _on_finder_found(self, _stripped: str, matches: TitleMatches) -> None:
        text, self._asked = self._asked, None
        if text is not None and text == self._edit.text():
            self._show(text, lambda: self._proxy.set_matches(text, matches))
        elif text is not None and not self._pause.pending:
            self._on_pause()  # changed meanwhile with no pause left to ask again: ask now

    @Slot(str)
    def _on_finder_failed(self, _stripped: str) -> None:
        if self._asked is not None:
            self._filter()  # the GUI's own connection: it says what went wrong, if anything

    def _filter(self) -> None:
        if self._asked is not None and self._finder is not None:
            self._finder.cancel()
        self._asked = None
        text = self._edit.text()
        self._show(text, lambda: self._proxy.set_text(text))

    def _show(self, text: str, change: Callable[[], None]) -> None:
        change()
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
