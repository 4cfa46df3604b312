"""Filtering the annotations model by colour, tag and text, keeping the groups that still match.

A group row is never accepted for itself: it shows exactly when one of its annotations
matches, so a filter that leaves a speech with nothing hides the speech too. The proxy decides
that itself from the group's annotations (``AnnotationsModel.node_at``) rather than by
Qt's recursive filtering, which asked each of 20,000 annotations of "all speeches" through a
model index on every pass; the rows of a group are filtered only when the view opens it.

Each annotation is judged once per filter (a verdict kept per version of it), and the source
gives Qt a batch of matching groups at a time and no others (``FetchMixin.set_group_filter``):
a filter of "all speeches" then looks at the groups down to its 200th match, not at all 8,666,
Qt asks this proxy only about the groups given, and matches are counted only as far as deciding
on folding needs (``shows_more_than``). With a matcher's ids the groups holding a match are
known at once (``passing_groups``): the source looks at none of the others either.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from PySide6.QtCore import (
    QAbstractItemModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.annotation import Annotation
from desktop.core.annotation_match import AnnotationCriteria, SearchTexts, search_text
from desktop.models import AnyIndex
from desktop.models.annotation_nodes import Node
from desktop.models.annotations_fetch import GroupsKnown
from desktop.models.annotations_model import GROUP_FLAGS, AnnotationsModel, Role

GROUPS_FROM_IDS_MAX = 1_000
"""Matches up to which the groups holding them are found from the matcher's ids. With more,
the first batch's 200 matching groups come soon looking group by group (each verdict from
the ids), sooner than finding every match's group."""


class AnnotationFilter(QSortFilterProxyModel):
    """Shows the annotations of the given colours, carrying a tag, containing a text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self._criteria = AnnotationCriteria()
        self._adopted: SearchTexts = {}
        """Folded by the worker reading "all speeches"; read by the matcher's thread too."""
        self._haystacks: SearchTexts = {}  # folded here: versions the worker did not see
        # The ids a matcher found passing the criteria among the versions in ``_adopted``, and
        # the groups holding them (found again after the source changes, when next asked).
        self._matched: frozenset[str] | None = None
        self._passing_groups: set[Node] | None = None
        self._groups_stale = False  # ``_passing_groups`` to be found again from ``_matched``
        # Each annotation's id: the version judged, and whether it passes the criteria.
        self._verdicts: dict[str, tuple[Annotation, bool]] = {}
        # The source, typed, kept here: it is asked for every row filtered, and sourceModel() is a
        # call into Qt and an isinstance check each time.
        self._annotations_model: AnnotationsModel | None = None
        self._passing_count: int | None = None  # how many pass, when known with the groups
        self._kept_id: str | None = None  # the row being edited: listed though it stops matching
        # Whether every top-level row is a group ("all speeches"): asked ~35,000 times as Qt lays
        # out the headings above a row chosen far down, so kept here, read again at each reset of
        # the source (the only time its ``all_speeches`` changes).
        self._tops_are_groups = False
        self._source_connections: list[QMetaObject.Connection] = []  # to the current source

    @property
    def criteria(self) -> AnnotationCriteria:
        """Every filter set, as one value."""
        return self._criteria

    @property
    def adopted_search_texts(self) -> SearchTexts:
        """The texts folded by the worker (``adopt_search_texts``); never changed here."""
        return self._adopted

    @property
    def colors(self) -> frozenset[str]:
        """The colours shown; empty means every colour."""
        return self._criteria.colors

    @property
    def tag(self) -> str | None:
        """The tag every shown annotation carries, or None for any."""
        return self._criteria.tag

    @property
    def text(self) -> str:
        """The words every shown annotation contains (in its quote, note or tags)."""
        return " ".join(self._criteria.words)

    def is_active(self) -> bool:
        """Whether any filter is set."""
        return self._criteria.is_active()

    @property
    def kept_listed(self) -> str | None:
        """The annotation listed whether or not it matches (``keep_listed``)."""
        return self._kept_id

    def keep_listed(self, annotation_id: str | None) -> None:
        """Keep listing ``annotation_id`` (the one being edited) though a change of it stops it
        matching, until the filters change or another is kept (None: none)."""
        self._kept_id = annotation_id

    def set_criteria(
        self, criteria: AnnotationCriteria, matched: frozenset[str] | None = None
    ) -> None:
        """Show what ``criteria`` accepts; ``matched``: the ids of ``adopted_search_texts``
        found passing them elsewhere (``matching_ids``), so the groups need no look here."""
        if criteria != self._criteria or matched is not None:
            self._refilter(criteria, matched)

    def clear(self) -> None:
        """Remove every filter."""
        self._refilter(AnnotationCriteria(), None)

    def adopt_search_texts(self, texts: SearchTexts) -> None:
        """Searched texts folded elsewhere (the worker reading "all speeches"), to keep.

        Folding 20,000 quotes and notes took ~55 ms of the first text filter on the GUI thread.
        """
        self._adopted = texts
        self._haystacks = {}
        self._matched = None  # found among the texts before: ask again (the dock does)
        self._passing_groups = None
        self._groups_stale = False

    def adopt_list(
        self,
        texts: SearchTexts,
        criteria: AnnotationCriteria,
        matched: frozenset[str],
        adopt: Callable[[], None],
    ) -> None:
        """A new list from the worker and its folded ``texts``, with the ids of them passing
        ``criteria`` (``matching_ids``): ``adopt`` gives the source the new rows in one reset,
        and the rows are filtered once, by those ids.

        Adopting the list first and the matcher's answer after filtered it twice, the first
        time on the GUI thread by looking at every group (~60 ms for words few hold).
        """
        self.adopt_search_texts(texts)
        self._judge_by(criteria, matched)
        source = self._annotations_model
        if source is not None:
            source.choose_group_filter(*self._group_filter())
        adopt()

    def _refilter(self, criteria: AnnotationCriteria, matched: frozenset[str] | None) -> None:
        # A reset, not Qt's row-by-row filter change: that removes and inserts rows group by
        # group, and QTreeView lays out all its rows for each (8 s for 2,000 groups; "all
        # speeches" of a big library has thousands). A reset clears the proxy's mapping once.
        source = self._annotations_model
        if source is None:
            self.beginResetModel()
            self._judge_by(criteria, None)
            self.endResetModel()
            return
        # The source gives the first batch of matching groups in a reset of its own, which
        # resets the proxy too: one reset, its rows filtered once.
        self._judge_by(criteria, matched)
        source.set_group_filter(*self._group_filter())

    def _group_filter(self) -> tuple[Callable[[Node], bool] | None, GroupsKnown | None]:
        """What the source gives Qt: the groups that pass, known from the ids when they can be."""
        if not self._criteria.is_active():
            return None, None
        return self.node_passes, self.passing_groups

    def _judge_by(self, criteria: AnnotationCriteria, matched: frozenset[str] | None) -> None:
        self._criteria = criteria
        self._kept_id = None  # filters set anew apply to the edited row too
        self._verdicts = {}
        self._matched = matched
        self._passing_groups = None
        self._passing_count = None
        self._groups_stale = matched is not None

    def _groups_holding(
        self, source: AnnotationsModel, matched: frozenset[str] | None
    ) -> set[Node] | None:
        """The groups holding an annotation that passes, from ``matched`` and the versions the
        matcher did not see (judged here); None when not known that way."""
        if matched is None or len(matched) > GROUPS_FROM_IDS_MAX or not source.all_speeches:
            return None
        changed = source.changed_ids
        if changed is None:  # rows not from the worker: any row may be a version it did not see
            changed = {node.annotation.id for node in source.annotation_nodes() if node.annotation}
        node_of = source.node_of
        passing = [node_of(key) for key in changed if key not in matched]
        passing = [n for n in passing if n is not None and self.accepts(n.annotation)]
        for key in matched:
            node = node_of(key)
            if node is not None and (key not in changed or self.accepts(node.annotation)):
                passing.append(node)  # not changed: the version the matcher saw
        self._passing_count = len(passing)
        return {node.parent for node in passing if node.parent is not None}

    def _find_groups(self) -> None:
        """The groups holding a match, found again from the matcher's ids (rows changed)."""
        self._groups_stale = False
        source = self._annotations_model
        if source is None or self._matched is None:
            return
        self._passing_groups = self._groups_holding(source, self._matched)

    def passing_groups(self) -> set[Node] | None:
        """Every group holding an annotation that passes, when known from a matcher's ids."""
        if self._groups_stale:
            self._find_groups()
        return self._passing_groups

    def _on_source_changed(self) -> None:
        # Which groups hold a match is known for the rows as they were when found; each verdict
        # stays right for its version, so the groups are found again when next asked about.
        self._passing_groups = None
        self._passing_count = None
        self._groups_stale = self._matched is not None

    def setSourceModel(self, source: QAbstractItemModel | None) -> None:
        """Filter ``source`` (an ``AnnotationsModel``); the previous source is no longer heard."""
        if source is self.sourceModel():
            return  # Qt keeps its own connections then: connecting ours again would double them
        # Each source's signals are heard while it is the source: a dropped one's would redo the
        # work for nothing (or reach a slot about a model no longer filtered).
        for connection in self._source_connections:
            QObject.disconnect(connection)
        self._source_connections = []
        self._annotations_model = source if isinstance(source, AnnotationsModel) else None
        connect = self._source_connections.append
        # Connected before Qt's own handlers: the answer is right when the proxy's reset ends
        # and the view lays the new rows out.
        if source is not None:
            connect(source.modelReset.connect(self._read_tops_are_groups))
        self._read_tops_are_groups()
        super().setSourceModel(source)
        if source is None:
            return
        # Any change: a row given to Qt or not yet (rows_changed), or new rows (a reset).
        # Connected after Qt's own handlers, so each "about to" signal is heard before the rows
        # change, and the change's own filtering asks about the groups as they are then.
        for signal in (
            source.modelAboutToBeReset,
            source.rowsAboutToBeInserted,
            source.rowsAboutToBeRemoved,
            source.layoutAboutToBeChanged,
            source.dataChanged,
        ):
            connect(signal.connect(self._on_source_changed))
        if self._annotations_model is not None:
            connect(self._annotations_model.rows_changed.connect(self._on_source_changed))

    def _read_tops_are_groups(self) -> None:
        """Whether every top-level row is a group (all speeches, thousands of them)."""
        source = self._annotations_model
        self._tops_are_groups = source is not None and source.all_speeches

    def is_group(self, index: AnyIndex) -> bool:
        """Whether ``index`` is a group's heading; asked of every row a view measures."""
        # Scrolling far down "all speeches" measures each of thousands of headings above:
        # their answer comes from the proxy's own mapping, not through the Python source.
        if self._tops_are_groups and index.isValid() and not index.parent().isValid():
            return True
        return bool(index.data(Role.IS_GROUP))

    def shown_count(self) -> int:
        """How many annotations of the source model pass the filters."""
        source = self._annotations_model
        if source is None:
            return 0
        if not self.is_active():
            return source.annotation_count()
        return sum(1 for annotation in source.iter_annotations() if self.accepts(annotation))

    def shows_more_than(self, limit: int) -> bool:
        """Whether more than ``limit`` annotations pass the filters (counting stops there)."""
        source = self._annotations_model
        if source is None:
            return False
        if not self.is_active():
            return source.annotation_count() > limit
        if self._groups_stale:
            self._find_groups()
        if self._passing_count is not None:
            return self._passing_count > limit
        passing = (a for a in source.iter_annotations() if self.accepts(a))
        return next(islice(passing, limit, None), None) is not None

    def accepts(self, annotation: Annotation) -> bool:
        """Whether ``annotation`` matches every filter (judged once per version of it), or is
        the one kept listed while it is edited."""
        if annotation.id == self._kept_id:
            return True
        judged = self._verdicts.get(annotation.id)
        if judged is not None and judged[0] is annotation:
            return judged[1]
        matched = self._matched
        seen = self._adopted.get(annotation.id) if matched is not None else None
        if seen is not None and seen[0] is annotation:
            verdict = annotation.id in matched  # type: ignore[operator]
        elif self._criteria.words:
            verdict = self._criteria.accepts(annotation, self._haystack(annotation))
        else:
            verdict = self._criteria.accepts(annotation)
        self._verdicts[annotation.id] = (annotation, verdict)
        return verdict

    def node_passes(self, node: Node) -> bool:
        """Whether a source row shows: an annotation that matches, a group holding one."""
        if node.annotation is not None:
            return self.accepts(node.annotation)
        groups = self.passing_groups()
        if groups is not None:
            return node in groups
        accepts = self.accepts
        return any(
            child.annotation is not None and accepts(child.annotation) for child in node.children
        )

    def group_count(self, index: AnyIndex) -> int | None:
        """How many annotations the group heading at ``index`` shows under the filters; None
        when no filter is on (the heading's own count, which holds rows not yet fetched)."""
        # Its source counts every annotation of the speech: "2" over the one row a colour
        # leaves would read as a wrong count. Only headings painted are asked, each verdict kept.
        node = self.mapToSource(index).internalPointer() if index.isValid() else None
        if not self.is_active() or not isinstance(node, Node) or node.annotation is not None:
            return None
        accepts = self.accepts
        return sum(1 for child in node.children if child.annotation and accepts(child.annotation))

    def _haystack(self, annotation: Annotation) -> str:
        # Folded once per version of an annotation: a big library's 20,000 quotes and notes are
        # searched on every pass, and counted once more to decide on folding.
        cached = self._adopted.get(annotation.id)
        if cached is not None and cached[0] is annotation:
            return cached[1]
        cached = self._haystacks.get(annotation.id)
        if cached is not None and cached[0] is annotation:
            return cached[1]
        haystack = search_text(annotation)
        self._haystacks[annotation.id] = (annotation, haystack)
        return haystack

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """A group always has rows (it shows only while one passes); an annotation has none."""
        # Asked of every group as the view lays the groups out; Qt's answer filters the group's
        # rows, which is every annotation of "all speeches" even while the groups are folded.
        # The proxy answers parent() itself: no question goes to the Python source model.
        if not parent.isValid():
            return self.rowCount() > 0
        if parent.column() != 0 or parent.parent().isValid():
            return False  # an annotation of a group
        return self._tops_are_groups or bool(parent.data(Role.IS_GROUP))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """A group's heading is only enabled (``GROUP_FLAGS``); an annotation as its model says."""
        # The view asks it twice of each heading it lays out; through the source that is a
        # model index and its flags, both in Python, for each of thousands of headings.
        if self._tops_are_groups and index.isValid() and not index.parent().isValid():
            return GROUP_FLAGS
        return super().flags(index)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """An annotation matching every filter; a group holding one (never for itself)."""
        # Under a filter of "all speeches" the source gives Qt only the groups that matched
        # (``FetchMixin``), so this is asked of them, not of every group down to the last.
        if not self.is_active():
            return True  # a group is there only while it holds annotations
        source = self._annotations_model
        if source is None:
            return False
        node = source.node_at(source_row, source_parent)
        return node is not None and self.node_passes(node)
