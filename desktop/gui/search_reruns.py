"""When the library search runs its query again, beyond speeches coming, going or changing.

The window runs it again when speeches came, went or changed (``_tools_library_changed``).
This adds what else can alter its hits: a rename (a title is searched as well, and names its
rows and the collections in the scope's box), and an annotation's change (its note, its tags),
but only while the panel searches the annotations: a text search finds nothing in them. Made
with the panel (not start-up work); the panel keeps its place each time (``search_place``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.search_dock import SearchDock


class SearchReruns(QObject):
    """Runs ``dock``'s query again on the session's changes that can alter its hits."""

    def __init__(
        self,
        session: LibrarySession,
        dock: SearchDock,
        collections: Callable[[], list[tuple[int, str]]],
    ) -> None:
        super().__init__(dock)
        self._dock = dock
        self._collections = collections
        session.speech_renamed.connect(self._on_session_renamed)
        session.collection_renamed.connect(self._on_session_renamed)
        for signal in (
            session.annotation_added,
            session.annotation_changed,
            session.annotation_removed,
        ):
            signal.connect(self._on_session_annotation_changed)
        session.tags_changed.connect(self._on_session_tags_changed)

    @Slot(int)
    def _on_session_renamed(self, _key: int) -> None:
        self._dock.set_collections(self._collections())
        self._dock.refresh()

    @Slot(int, str)
    def _on_session_annotation_changed(self, _speech_id: int, _annotation_id: str) -> None:
        self._rerun_notes_search()

    @Slot()
    def _on_session_tags_changed(self) -> None:
        self._rerun_notes_search()

    def _rerun_notes_search(self) -> None:
        if self._dock.scope().notes_only:
            self._dock.refresh()
