"""The annotations dock's filters: the scope switch, colour chips, tag and text, and the proxy.

A mixin of ``AnnotationsDock``. The filter bar says what the user chose; this passes it to the
proxy without letting rows that are filtered away ask for a jump, and offers the same choices
to the window (``set_color_filter``, ``set_text_filter``, ``clear_filters``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.core.annotation import Color

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock

    _Base = AnnotationsDock
else:
    _Base = object


class FiltersMixin(_Base):
    """Choose what the list shows: one speech or all, and which colours, tag and words."""

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
        """Type ``text`` into the search line and filter by it at once (no pause to wait for)."""
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

    @Slot(frozenset)
    def _on_filters_colors_changed(self, colors: frozenset) -> None:
        self._refilter(lambda: self._proxy.set_colors(colors))

    @Slot(object)
    def _on_filters_tag_changed(self, tag: str | None) -> None:
        self._refilter(lambda: self._proxy.set_tag(tag))

    @Slot(str)
    def _on_filters_text_changed(self, text: str) -> None:
        self._refilter(lambda: self._proxy.set_text(text))
