"""Filtering the annotations model by colour, tag and text, keeping the groups that still match.

A group row is never accepted for itself: recursive filtering shows it exactly when one of its
annotations matches, so a filter that leaves a speech with nothing hides the speech too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop.core.annotation import Annotation
from desktop.models.annotations_model import AnnotationsModel, Role

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Text as searched: width-normalised (NFKC) and case-folded, so ＡＢＣ finds abc."""
    return unicodedata.normalize("NFKC", text).casefold()


class AnnotationFilter(QSortFilterProxyModel):
    """Shows the annotations of the given colours, carrying a tag, containing a text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self._colors: frozenset[str] = frozenset()
        self._tag: str | None = None
        self._words: tuple[str, ...] = ()
        self._haystacks: dict[str, tuple[Annotation, str]] = {}

    @property
    def colors(self) -> frozenset[str]:
        """The colours shown; empty means every colour."""
        return self._colors

    @property
    def tag(self) -> str | None:
        """The tag every shown annotation carries, or None for any."""
        return self._tag

    @property
    def text(self) -> str:
        """The words every shown annotation contains (in its quote, note or tags)."""
        return " ".join(self._words)

    def is_active(self) -> bool:
        """Whether any filter is set."""
        return bool(self._colors or self._tag or self._words)

    def set_colors(self, colors: Iterable[str]) -> None:
        """Show only these colours (none: every colour)."""
        colors = frozenset(colors)
        if colors != self._colors:
            self._colors = colors
            self._refilter()

    def set_tag(self, tag: str | None) -> None:
        """Show only annotations carrying ``tag`` (compared without case); None for any."""
        tag = tag or None
        if tag != self._tag:
            self._tag = tag
            self._refilter()

    def set_text(self, text: str) -> None:
        """Show only annotations containing every word of ``text``."""
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self._refilter()

    def clear(self) -> None:
        """Remove every filter."""
        self._colors, self._tag, self._words = frozenset(), None, ()
        self._refilter()

    def _refilter(self) -> None:
        # A reset, not Qt's row-by-row filter change: that removes and inserts rows group by
        # group, and QTreeView lays out all its rows for each (8 s for 2,000 groups; "all
        # speeches" of a big library has thousands). A reset clears the proxy's mapping once.
        self.beginResetModel()
        self.endResetModel()

    def shown_count(self) -> int:
        """How many annotations of the source model pass the filters."""
        source = self.sourceModel()
        if not isinstance(source, AnnotationsModel):
            return 0
        if not self.is_active():
            return source.annotation_count()
        return sum(1 for annotation in source.annotations() if self.accepts(annotation))

    def accepts(self, annotation: Annotation) -> bool:
        """Whether ``annotation`` matches every filter."""
        if self._colors and annotation.color not in self._colors:
            return False
        if self._tag is not None and fold(self._tag) not in {fold(t) for t in annotation.tags}:
            return False
        if self._words:
            haystack = self._haystack(annotation)
            return all(word in haystack for word in self._words)
        return True

    def _haystack(self, annotation: Annotation) -> str:
        # Folded once per version of an annotation: a big library's 20,000 quotes and notes are
        # searched on every keystroke, and counted once more to decide on folding.
        cached = self._haystacks.get(annotation.id)
        if cached is not None and cached[0] is annotation:
            return cached[1]
        haystack = fold(" ".join((annotation.quote.exact, annotation.note, *annotation.tags)))
        self._haystacks[annotation.id] = (annotation, haystack)
        return haystack

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """A group always has rows (it shows only while one passes); an annotation has none."""
        # Asked of every group as the view lays the groups out; Qt's answer filters the group's
        # rows, which is every annotation of "all speeches" even while the groups are folded.
        if not parent.isValid():
            return self.rowCount() > 0
        return parent.column() == 0 and bool(parent.data(Role.IS_GROUP))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """An annotation matching every filter; never a group for itself."""
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        annotation = index.data(Role.ANNOTATION)
        if annotation is None:  # a group
            return not self.is_active() and source.rowCount(index) > 0
        return self.accepts(annotation)
