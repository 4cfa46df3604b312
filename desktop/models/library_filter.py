"""``TitleFilterModel``: the library tree filtered by the words in its filter box.

A row shows when its title holds the words, when a row above it does (a matching collection
shows all its speeches), or when the library says a row below it does (``TitleMatches``, one
SQL query). Nothing is read into the tree to be filtered: rows load as they are unfolded, as
without a filter, so filtering a library of 10,000 speeches costs what is shown, not the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt

from desktop.models import AnyIndex
from desktop.models.library_batches import BatchMixin
from desktop.models.library_nodes import Role, TreeKind, TreeNode

if TYPE_CHECKING:
    from desktop.core.storage.title_matches import TitleMatches

_BADGE_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
"""The roles in which a row says in words what its badge counts."""


class TitleFilterModel(QSortFilterProxyModel):
    """Rows whose title holds the filter text, with their ancestors and all their children."""

    def __init__(
        self,
        matches: Callable[[str], TitleMatches | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._find = matches or (lambda _text: None)
        self._needle = ""
        self._matches: TitleMatches | None = None

    @property
    def needle(self) -> str:
        """The words filtered by, folded ("" when there is no filter)."""
        return self._needle

    @property
    def matches(self) -> TitleMatches | None:
        """What the library holds for the current words (None without a filter)."""
        return self._matches

    def shows(self, text: str) -> bool:
        """Whether the rows are filtered by ``text`` already, with what the library holds."""
        needle = text.strip().casefold()
        return needle == self._needle and (self._matches is not None or not needle)

    def set_text(self, text: str) -> None:
        """Filter by ``text`` (no filter when blank)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.set_matches(text, self._find(text.strip()) if needle else None)

    def set_matches(self, text: str, matches: TitleMatches | None) -> None:
        """Filter by ``text`` with what the library holds for it, found elsewhere (a worker)."""
        self._needle = text.strip().casefold()
        self._matches = matches if self._needle else None
        # Qt 6.9+ wants begin/endFilterChange around a change; older ones only invalidateFilter.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()
        source = self.sourceModel()
        if isinstance(source, BatchMixin):  # its batches count the speeches shown
            source.set_speech_filter(self.shows_speech if self._needle else None)

    def shows_speech(self, collection: TreeNode, speech_id: int, title: str) -> bool:
        """Whether the filter shows a speech of ``collection`` (as ``filterAcceptsRow``)."""
        needle = self._needle
        if not needle or needle in title.casefold() or needle in collection.title.casefold():
            return True
        return self._matches is not None and speech_id in self._matches.sections

    def is_match(self, index: AnyIndex) -> bool:
        """Whether a row's own title holds the words."""
        # The title as stored, as ``shows_speech`` reads it (not as the full-width option shows it).
        title = index.data(Qt.ItemDataRole.EditRole)
        return bool(self._needle) and self._needle in str(title or "").casefold()

    def match_count(self, index: AnyIndex) -> int:
        """How many speeches below a collection's row match (0 for other rows, or no filter)."""
        if self._matches is None or index.data(Role.KIND) != TreeKind.COLLECTION:
            return 0
        return self._matches.speech_counts.get(index.data(Role.KEY), 0)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The source's data; a row's tooltip also says in words what its badge counts."""
        value = super().data(index, role)
        if role not in _BADGE_ROLES:
            return value
        badge = self.badge_text(index)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return badge or value
        return "\n".join(part for part in (value, badge) if part)

    def badge_text(self, index: AnyIndex) -> str:
        """What a row's badge counts: a collection's matching speeches ("3 篇匹配") while the
        filter is on, a speech's annotations ("3 条批注"); empty without a badge."""
        if index.data(Role.KIND) == TreeKind.SPEECH:
            notes = index.data(Role.NOTE_COUNT) or 0
            return self.tr("%Ln annotation(s)", "", notes) if notes else ""
        matches = self.match_count(index)
        return self.tr("%Ln matching speech(es)", "", matches) if matches else ""

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """A row named by the words, under such a row, or holding one below it."""
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        probe = QModelIndex(index)
        while probe.isValid():
            if self.is_match(probe):
                return True
            probe = probe.parent()
        return self.holds_match(index)

    def holds_match(self, index: AnyIndex) -> bool:
        """Whether the library says a row below ``index`` matches."""
        if self._matches is None:
            return False
        key = index.data(Role.KEY)
        kind = index.data(Role.KIND)
        if kind == TreeKind.COLLECTION:
            return key in self._matches.collections
        if kind == TreeKind.SPEECH:
            return key in self._matches.sections
        return key in self._matches.nodes
