"""The annotations dock's filters: the scope switch, colour chips, tag and text, and the proxy.

A mixin of ``AnnotationsDock``. The filter bar says what the user chose; this passes it to the
proxy without letting rows that are filtered away ask for a jump, and offers the same choices
to the window (``set_color_filter``, ``set_text_filter``, ``clear_filters``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.core.annotation import Color
from desktop.core.annotation_match import AnnotationCriteria

if TYPE_CHECKING:
    from desktop.core.annotation_match import SearchTexts
    from desktop.gui.annotation_matcher import AnnotationMatcher
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.annotations_dock_updates import WaitingList

    _Base = AnnotationsDock
else:
    _Base = object


class FiltersMixin(_Base):
    """Choose what the list shows: one speech or all, and which colours, tag and words.

    Words over "all speeches" are matched in a thread (``AnnotationMatcher``) against the texts
    the worker folded, and the list changes when it answers, if nothing was chosen meanwhile.
    """

    _matcher: AnnotationMatcher | None = None
    _waiting_list: WaitingList | None = None
    """A new list waiting for the matcher's answer for its texts (``adopt_annotations``)."""

    def _connect_filters(self) -> None:
        self._filters.scope_changed.connect(self._on_filters_scope_changed)
        self._filters.colors_changed.connect(self._on_filters_colors_changed)
        self._filters.tag_changed.connect(self._on_filters_tag_changed)
        self._filters.text_changed.connect(self._on_filters_text_changed)

    @property
    def all_speeches(self) -> bool:
        """Whether the dock shows (and asks for) the annotations of every speech."""
        return self._filters.all_speeches

    def set_all_speeches(self, enabled: bool) -> None:
        """Choose the scope as the user would (``scope_changed`` is emitted when it changes)."""
        self._filters.set_all_speeches(enabled)

    def set_color_filter(self, colors: Iterable[str]) -> None:
        """Press the chips of ``colors`` (and release the others)."""
        wanted = set(colors)
        for color in Color:
            self._filters.chip(color.value).setChecked(color.value in wanted)

    def set_text_filter(self, text: str) -> None:
        """Type ``text`` into the search line and filter by it with no pause to wait for (over
        the worker's "all speeches" the list changes when the matcher answers)."""
        self._filters.search_edit.setText(text)
        self._filters.apply_text()

    @Slot()
    def clear_filters(self) -> None:
        """Show every annotation in scope again."""
        self._filters.clear()

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change, keeping the selected row if it still shows, with no jump."""
        selected = self.selected_annotation_id()
        with self._quietly():
            change()
            if selected is not None:
                self._select(selected)
        self._update_state()

    @Slot(bool)
    def _on_filters_scope_changed(self, all_speeches: bool) -> None:
        # Show what is already known in the new scope at once; the window then supplies the rest.
        self.set_annotations(self._model.annotations(), speech_id=self._model.speech_id)
        self.scope_changed.emit(all_speeches)

    def _latest_criteria(self) -> AnnotationCriteria:
        """The filters last chosen: those asked of the matcher, else those shown."""
        pending = self._matcher.pending if self._matcher is not None else None
        return pending if pending is not None else self._proxy.criteria

    def _change_criteria(self, criteria: AnnotationCriteria) -> None:
        """Show what ``criteria`` accepts: at once, or when the matcher answers."""
        if not self._matches_elsewhere(criteria):
            if self._matcher is not None:
                self._matcher.cancel()  # an answer for what was chosen before is stale now
            self._refilter(lambda: self._proxy.set_criteria(criteria))
            self._adopt_waiting_list()  # filtered by what was just chosen, with no words
            return
        self._ask_matcher(criteria)

    def _ask_matcher(self, criteria: AnnotationCriteria) -> None:
        if self._matcher is None:
            from desktop.gui.annotation_matcher import AnnotationMatcher

            self._matcher = AnnotationMatcher(self)
            self._matcher.matched.connect(self._on_matcher_matched)
        self._matcher.match(criteria, self._texts_to_match())

    def _texts_to_match(self) -> SearchTexts:
        """The worker's folded texts of the list waiting for an answer, else of the list shown."""
        waiting = self._waiting_list
        if waiting is not None and waiting.search_texts is not None:
            return waiting.search_texts
        return self._proxy.adopted_search_texts

    def _matches_elsewhere(self, criteria: AnnotationCriteria) -> bool:
        """Whether words are matched in the thread: over the worker's texts of all speeches.

        Colours and a tag alone look at a field of each annotation, within a frame here.
        """
        return bool(
            criteria.words
            and (criteria != self._proxy.criteria or self._waiting_list is not None)
            and self.all_speeches
            and self._texts_to_match()
        )

    @Slot(object, object)
    def _on_matcher_matched(self, criteria: AnnotationCriteria, ids: frozenset[str]) -> None:
        given, self._waiting_list = self._waiting_list, None
        if given is None or given.search_texts is None:
            self._refilter(lambda: self._proxy.set_criteria(criteria, ids))
            return
        texts = given.search_texts
        with self._keeping_selection(given.speech_id):
            self._proxy.adopt_list(texts, criteria, ids, lambda: self._adopt_rows(given))

    @Slot(frozenset)
    def _on_filters_colors_changed(self, colors: frozenset) -> None:
        self._change_criteria(replace(self._latest_criteria(), colors=frozenset(colors)))

    @Slot(object)
    def _on_filters_tag_changed(self, tag: str | None) -> None:
        self._change_criteria(replace(self._latest_criteria(), tag=tag or None))

    @Slot(str)
    def _on_filters_text_changed(self, text: str) -> None:
        words = AnnotationCriteria.words_of(text)
        self._change_criteria(replace(self._latest_criteria(), words=words))
