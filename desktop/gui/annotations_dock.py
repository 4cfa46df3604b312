"""The annotations dock: the highlights and notes of the speech being read (or of all speeches).

It shows data it is given (``Annotation`` values, speech titles) and emits requests; it holds no
reference to the library, the reader or the window. Clicking or moving to a row asks to jump to
the passage; the editor below the list asks to save the note (as you type) and the tags; the
context menu and the Delete key ask to recolour, trash or reattach. ``select_annotation`` shows
the row of a highlight clicked in the reader, without asking for a jump back. An orphan (its
passage was not found after its text changed) jumps nowhere: choosing it shows its words and
how to reattach it (``OrphanPanel``). Groups the user folds stay folded through every update.
The filters live in ``annotations_dock_filters``, the rows' requests in ``annotations_dock_rows``,
the lists and changes it is given in ``annotations_dock_updates``, the chosen row (and choosing one
quietly) in ``annotations_dock_selection``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import AnchorState, Annotation
from desktop.gui.annotation_delegate import AnnotationDelegate
from desktop.gui.annotation_editor import AnnotationEditor
from desktop.gui.annotation_filter_bar import AnnotationFilterBar
from desktop.gui.annotation_groups_waiting import GroupsWaiting, group_row
from desktop.gui.annotation_list import AnnotationListView, EmptyState, GroupExpansion
from desktop.gui.annotations_dock_filters import FiltersMixin
from desktop.gui.annotations_dock_rows import RowRequestsMixin
from desktop.gui.annotations_dock_selection import SelectionMixin
from desktop.gui.annotations_dock_updates import ListUpdatesMixin
from desktop.gui.batch_feeder import BatchFeeder, EarlierRows
from desktop.gui.orphan_panel import OrphanPanel
from desktop.gui.whole_list_bar import WholeListBar
from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotations_model import AnnotationsModel, Column

TIME_REFRESH_MS = 60_000
"""How often relative times ("5 分钟前") are re-read."""


class AnnotationsDock(
    ListUpdatesMixin, FiltersMixin, RowRequestsMixin, SelectionMixin, QDockWidget
):
    """The dock listing annotations, with filters and an editor for the selected one."""

    jump_requested = Signal(int, int)  # speech id, start offset
    note_edit_requested = Signal(str, str)  # annotation id, the whole note
    tags_edit_requested = Signal(str, list)  # annotation id, tags
    color_change_requested = Signal(str, str)  # annotation id, colour value
    colors_change_requested = Signal(list, str)  # several annotation ids, colour value
    delete_requested = Signal(str)  # annotation id (to the trash)
    many_delete_requested = Signal(list)  # several annotation ids (to the trash, one step)
    add_tag_requested = Signal(list)  # annotation ids: give them one tag, asked for (one step)
    copy_requested = Signal(list, bool)  # annotations in the list's order; with citations
    reattach_requested = Signal(str)  # annotation id: attach it to the reader's selection
    accept_place_requested = Signal(list)  # ids of moved or fuzzy annotations: anchor them there
    open_speech_requested = Signal(int)  # speech id: open it where it was last read
    scope_changed = Signal(bool)  # True: the user wants the annotations of all speeches
    manage_tags_requested = Signal()  # the button beside the tag filter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotations_dock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._model = AnnotationsModel(self)
        self._proxy = AnnotationFilter(self)
        self._proxy.setSourceModel(self._model)
        self._quiet = 0  # >0 while the dock itself moves the selection: no jump requests
        self._has_speech = False
        self._known_tags: set[str] = set()
        self._build()
        self._build_actions()
        self._connect()
        self._times = QTimer(self)
        self._times.setInterval(TIME_REFRESH_MS)
        self._times.timeout.connect(self._model.refresh_times)
        self._times.start()
        self.retranslate()
        self._update_state()

    # Construction --------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self._filters = AnnotationFilterBar(body)
        layout.addWidget(self._filters)
        self._splitter = QSplitter(Qt.Orientation.Vertical, body)
        self._splitter.setObjectName("annotations_splitter")
        self._splitter.setChildrenCollapsible(False)
        self._stack = QStackedWidget(self._splitter)
        self._view = self._build_view()
        self._stack.addWidget(self._view)
        self._empty = EmptyState(self._stack)
        self._empty.clear_requested.connect(self.clear_filters)
        self._stack.addWidget(self._empty)
        self._details = QWidget(self._splitter)
        self._details.setObjectName("annotationDetails")
        details = QVBoxLayout(self._details)
        details.setContentsMargins(0, 0, 0, 0)
        self._orphan = OrphanPanel(self._details)
        self._editor = AnnotationEditor(self._details)
        details.addWidget(self._orphan)
        details.addWidget(self._editor, 1)
        self._splitter.addWidget(self._stack)
        self._splitter.addWidget(self._details)
        # The list takes most of the room and gives most back when the dock shrinks (the terms
        # panel shown under it); the note opens a few lines high and is dragged taller. No
        # minimum of the list's own beyond Qt's: nine lines of it made a window holding the
        # terms panel too 520 px high at least, more than a laptop's screen spares.
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 1)
        layout.addWidget(self._splitter, 1)
        self.setWidget(body)

    def _build_view(self) -> AnnotationListView:
        view = AnnotationListView(self._stack)
        view.setObjectName("annotations_view")
        view.setModel(self._proxy)
        view.setItemDelegate(AnnotationDelegate(view))
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setIndentation(10)
        view.setUniformRowHeights(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setExpandsOnDoubleClick(False)
        for column in Column:
            view.setColumnHidden(column, column != Column.QUOTE)
        # Not a closure over the dock: it would keep the dock's wrapper alive past its deletion.
        find = partial(group_row, self._proxy, self._model)
        self._expansion = GroupExpansion(view, self._proxy.shows_more_than, find)
        return view

    def _connect(self) -> None:
        view = self._view
        view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        view.clicked.connect(self._on_view_clicked)
        view.return_pressed.connect(self._on_view_return_pressed)
        view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self._connect_filters()
        self._filters.manage_tags_requested.connect(self.manage_tags_requested)
        self._editor.note_edited.connect(self.note_edit_requested)
        self._editor.tags_edited.connect(self.tags_edit_requested)
        self._orphan.reattach_clicked.connect(self._on_actions_reattach_triggered)
        self._orphan.open_speech_clicked.connect(self.open_speech_requested)
        self._proxy.modelReset.connect(self._on_proxy_model_reset)
        self._proxy.layoutChanged.connect(self._on_proxy_layout_changed)
        self._proxy.rowsInserted.connect(self._on_proxy_rows_inserted)
        # Within a page of the list's end the next groups of "all speeches" come
        # (``FetchMixin``); End gives all of them first: the view lays out only those given.
        model = self._model
        # Above a window of groups far down (``WindowMixin``) those before it come alike.
        earlier = EarlierRows(
            model.has_earlier_groups, model.give_earlier_groups, model.give_first_groups
        )
        self._feeder = BatchFeeder(
            view, model.has_more_groups, model.fetch_more_groups, model.expose_all, earlier
        )
        # Its scroll bar over every group, given or waiting (thousands: "all speeches").
        self.whole_bar = WholeListBar(view, GroupsWaiting(model, self._proxy))

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Annotations"))
        self._view.setAccessibleName(self.tr("Annotations"))
        self._update_state()

    # Public API: data ----------------------------------------------------------------------

    @property
    def model(self) -> AnnotationsModel:
        """The model of every annotation in scope (before filtering)."""
        return self._model

    @property
    def proxy(self) -> AnnotationFilter:
        """The filter between the model and the list."""
        return self._proxy

    @property
    def view(self) -> QTreeView:
        """The list."""
        return self._view

    @property
    def editor(self) -> AnnotationEditor:
        """The note and tags editor."""
        return self._editor

    @property
    def orphan_panel(self) -> OrphanPanel:
        """What an orphan shows instead of a jump: its words and how to reattach it."""
        return self._orphan

    @property
    def filter_bar(self) -> AnnotationFilterBar:
        """The scope switch and filters."""
        return self._filters

    def set_known_tags(self, tags: Iterable[str]) -> None:
        """Every tag of the library, offered while typing tags."""
        self._known_tags = set(tags)
        self._editor.set_known_tags(self._known_tags | set(self._model.tag_counts()))

    def set_reattach_enabled(self, enabled: bool) -> None:
        """Whether "reattach to selection" can be offered (the reader has a selection)."""
        self._actions.set_reattach_allowed(enabled)
        self._orphan.set_reattach_enabled(enabled)
        self._update_actions()

    # Internals -----------------------------------------------------------------------------

    def _update_state(self) -> None:
        """The list or the empty page, with words that fit why it is empty."""
        has_rows = self._proxy.rowCount() > 0
        self._stack.setCurrentIndex(0 if has_rows else 1)
        # Under "all speeches" the model holds only the groups that match: the worker's texts
        # of every annotation say whether there were any to filter.
        any_in_scope = self._model.rowCount() > 0 or bool(self._proxy.adopted_search_texts)
        filtered = self._proxy.is_active() and any_in_scope
        quiet_hint = filtered or not self._has_speech and not self.all_speeches
        self._empty.show_message(
            self._empty_title_text(filtered), "" if quiet_hint else self._hint(), filtered
        )
        self._reveal_details(self.selected_annotation_id() is not None)
        tag_counts = self._model.tag_counts()  # a pass over every annotation shown
        self._filters.set_tag_counts(tag_counts)
        self._editor.set_known_tags(self._known_tags | set(tag_counts))
        self._update_actions()

    def _empty_title_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No annotation matches the filters")
        if self.all_speeches:
            return self.tr("No highlights or notes in the library yet")
        if not self._has_speech:
            return self.tr("No speech is open")
        return self.tr("No highlights or notes in this speech yet")

    def _hint(self) -> str:
        return self.tr("Select text, then press 1–5 to highlight it or N to add a note")

    # Slots ---------------------------------------------------------------------------------

    def _reveal_details(self, visible: bool) -> None:
        """Show or hide the editor; shown, it has at least its smallest height."""
        self._details.setVisible(visible)
        sizes = self._splitter.sizes()
        least = self._details.minimumSizeHint().height()
        # A pane hidden when the splitter first laid out comes back at the 0 px it had then
        # (the list's stretch takes all): the note being typed would be out of sight. It opens
        # at the height it asks for, within a third of the dock (the list keeps the rest).
        if visible and sizes[1] < least and sum(sizes) > least:
            wanted = max(least, min(self._details.sizeHint().height(), sum(sizes) // 3))
            self._splitter.setSizes([sum(sizes) - wanted, wanted])

    def _show_details(self, annotation: Annotation | None) -> None:
        """The editor of the selected annotation, and for an orphan its words and way back."""
        self._reveal_details(annotation is not None)
        orphan = annotation is not None and annotation.state == AnchorState.ORPHANED
        in_open_speech = annotation is not None and annotation.speech_id == self._model.speech_id
        self._orphan.show_annotation(annotation if orphan else None, in_open_speech)

    @Slot()
    def _on_proxy_model_reset(self) -> None:
        self._expansion.restore(after_reset=True)  # the view, told first, forgot its unfolding

    @Slot()
    def _on_proxy_layout_changed(self) -> None:
        self._expansion.restore()

    @Slot(QModelIndex, int, int)
    def _on_proxy_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # Only new groups need unfolding: a filter change inserts groups range by range, and
        # restoring every group for each range was quadratic in the groups (minutes on 8,000).
        if not parent.isValid():
            self._expansion.restore_rows(first, last)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
