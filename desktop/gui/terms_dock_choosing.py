"""The terms panel's choosing of an entry: marking its occurrences, stepping, clearing the marks.

A mixin of ``TermsDock``, kept apart so the dock's file stays about its widgets, the lists and
their status (it was at the 400-line limit). A click, the keys or Enter choose an entry: its
occurrences are marked in the reader and the arrows step through them (``terms_stepper``); a
whole-library keyword's places are found as they are needed. Enter or a double-click also asks
for the substring search of the same speech or collection. Loaded with the dock, after the first
frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Slot

from desktop.gui.search_scope import ScopeKind
from desktop.models.terms_model import Role

if TYPE_CHECKING:
    from desktop.gui.terms_dock import TermsDock

    _Base = TermsDock
else:
    _Base = object


class TermsChoosingMixin(_Base):
    """Choose an entry, step through its occurrences, clear its marks."""

    @Slot(QModelIndex)
    def _on_view_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self._choose_index(index, keyword=self.sender() is self.keyword_view)

    def _choose_index(self, index: QModelIndex, keyword: bool) -> None:
        """Mark the entry's occurrences; a whole-library keyword's or standing formulation's
        are found as needed."""
        term = index.data(Role.TERM)
        shown = self.finder.shown
        followed = keyword or index.data(Role.FOLLOWED_AS_WORD)
        if followed and shown is not None and shown.kind == ScopeKind.LIBRARY:
            self.stepper.choose_word(term)
        else:
            self.stepper.choose(term, index.data(Role.OCCURRENCES))
        self._update_status()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._on_view_chosen(index)
        scope = self.scope()
        self.substring_search_requested.emit(index.data(Role.TERM), scope.kind.value, scope.key)

    def _choose_term(self, term: str) -> bool:
        """Choose ``term`` again after the lists were refreshed (True if it is still there)."""
        for model in (self.keywords, self.formulations):
            row = model.row_of(term)
            if row >= 0:
                self._choose_index(model.index(row, 0), keyword=model is self.keywords)
                return True
        return False

    def chosen_term(self) -> str | None:
        """The entry whose occurrences are marked."""
        return self.stepper.term()

    @Slot()
    def next_occurrence(self) -> None:
        """Show the chosen term's next occurrence (wrapping; maybe in another speech)."""
        self.stepper.next_occurrence()

    @Slot()
    def previous_occurrence(self) -> None:
        """Show the chosen term's previous occurrence."""
        self.stepper.previous_occurrence()

    @Slot()
    def clear_marks(self) -> None:
        """Unmark the chosen term: no term is chosen, none is marked in the text."""
        if self.stepper.term() is not None:
            self.stepper.forget()
            self.keyword_view.clearSelection()
            self.formulation_view.clearSelection()
            self.clear_marks_requested.emit()
            self._update_status()
