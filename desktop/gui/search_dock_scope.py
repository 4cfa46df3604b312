"""Where the search dock searches: the whole library, a collection or the speech being read,
and whether in speech texts or in the annotations.

A mixin of ``SearchDock``. The window gives it the collections and the speech being read; the
scope row (a scope, a collection, "Annotations only") says which of them the next search runs
over, and a change of it searches again. ``search_in`` sets a scope and a query as another panel
asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from desktop.gui.search_jobs import ScopeKind, SearchScope

if TYPE_CHECKING:
    from desktop.core.storage.speech_filter import SpeechFilter
    from desktop.gui.search_dock import SearchDock

    _Base = SearchDock
else:
    _Base = object


class ScopeMixin(_Base):
    """The scope row, the collections and speech it names, and the scope it makes."""

    def _build_scope_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.scope_box = QComboBox(parent)
        self.scope_box.setObjectName("search_scope")
        # Its texts change with the language: the default policy sizes it once, for the first.
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in ScopeKind:
            self.scope_box.addItem("", kind.value)
        self.collection_box = QComboBox(parent)
        self.collection_box.setObjectName("search_collection")
        self.collection_box.setVisible(False)
        self.notes_box = QCheckBox(parent)
        self.notes_box.setObjectName("search_notes_only")
        row.addWidget(self.scope_box)
        row.addWidget(self.collection_box, 1)
        row.addStretch()
        row.addWidget(self.filter_row.toggle)
        row.addWidget(self.notes_box)
        return row

    def set_collections(self, collections: list[tuple[int, str]]) -> None:
        """The collections the scope can name: (id, title) in library order."""
        current = self.collection_box.currentData()
        self.collection_box.blockSignals(True)
        self.collection_box.clear()
        for collection_id, title in collections:
            self.collection_box.addItem(title, collection_id)
        found = self.collection_box.findData(current)
        self.collection_box.setCurrentIndex(max(found, 0))
        self.collection_box.blockSignals(False)

    def set_current_speech(self, speech_id: int | None, collection_id: int | None) -> None:
        """The speech being read (the "This speech" scope) and its collection."""
        if (speech_id, collection_id) == self._speech:
            return
        self._speech = (speech_id, collection_id)
        if collection_id is not None and self.scope_kind() != ScopeKind.COLLECTION:
            found = self.collection_box.findData(collection_id)
            if found >= 0:
                self.collection_box.blockSignals(True)
                self.collection_box.setCurrentIndex(found)
                self.collection_box.blockSignals(False)
        if self.scope_kind() == ScopeKind.SPEECH:
            self._schedule(0)

    def search_in(
        self,
        text: str,
        kind: ScopeKind,
        collection_id: int | None = None,
        speech_filter: SpeechFilter | None = None,
    ) -> None:
        """Show the dock searching speech texts for ``text`` in the speech being read, a
        collection or the library, kept to ``speech_filter`` (None: cleared) as another panel
        asks (its substring count, a year's or a speaker's counts)."""
        self.filter_row.set_filter(speech_filter)
        for box in (self.notes_box, self.scope_box, self.collection_box):
            box.blockSignals(True)
        self.notes_box.setChecked(False)
        self.scope_box.setCurrentIndex(self.scope_box.findData(kind.value))
        if collection_id is not None:
            self.collection_box.setCurrentIndex(max(self.collection_box.findData(collection_id), 0))
        for box in (self.notes_box, self.scope_box, self.collection_box):
            box.blockSignals(False)
        self.collection_box.setVisible(kind == ScopeKind.COLLECTION)
        self.show()
        self.raise_()
        self.set_query(text)

    def scope(self) -> SearchScope:
        """The scope chosen in the dock."""
        kind = self.scope_kind()
        key = None
        if kind == ScopeKind.COLLECTION:
            key = self.collection_box.currentData()
        elif kind == ScopeKind.SPEECH:
            key = self._speech[0]
        return SearchScope(kind, key, self.notes_box.isChecked(), self.filter_row.speech_filter())

    def scope_kind(self) -> ScopeKind:
        """Library, collection or speech."""
        return ScopeKind(self.scope_box.currentData())

    @Slot()
    def _on_notes_link_clicked(self) -> None:
        """Show the hits in annotations the summary counted: the query searched in the notes
        (their box ticked, which a user unticks to come back)."""
        had_focus = self.notes_link.hasFocus()  # by Tab, or by the click itself
        self.notes_box.setChecked(True)  # searches again (``_on_scope_changed``)
        if had_focus:  # the link hides: the keyboard goes to the way back, not anywhere
            self.notes_box.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_scope_changed(self) -> None:
        self.collection_box.setVisible(self.scope_kind() == ScopeKind.COLLECTION)
        if self.query_text().strip():
            self._schedule(0)
