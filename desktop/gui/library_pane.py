"""The library pane: a filter box over the tree of collections, speeches and sections.

Clicking a speech asks the window to open it where it was left, a section at its start; the
window, in turn, marks the section being read (``mark_position``, done by
``library_follow.ReaderFollower``).
Ctrl+click and Shift+click choose several speeches (for an export) without opening them.
Typing the start of a title selects it, in folded collections too (``TreeTypeAhead``).
Typing, Enter and Down in the filter box are ``library_filter_box.FilterBox``'s work.
The context menu's actions (rename, delete to trash, re-import, import report) come from the
registry and act on the row under the mouse (``library_tree_actions.TreeActionsMixin``); the pane
emits requests and the window routes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from desktop.gui.actions import ActionId, ActionRegistry, svg_icon
from desktop.gui.library_delegate import LibraryDelegate
from desktop.gui.library_follow import ReaderFollower
from desktop.gui.library_tree_actions import TREE_ACTIONS, TreeActionsMixin, ask_title
from desktop.gui.library_tree_batches import LibraryTreeBatches
from desktop.gui.library_tree_view import LibraryTreeView
from desktop.models.library_filter import TitleFilterModel
from desktop.models.library_tree import LibraryTreeModel, Role, TreeKind

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.gui.library_empty_hint import EmptyLibraryHint
    from desktop.gui.library_filter_box import FilterBox
    from desktop.gui.library_tree_filter import TreeFilter
    from desktop.gui.tree_type_ahead import TreeTypeAhead

SAVED_PLACE = -1
"""The offset ``open_requested`` carries for a speech's row: where the user left it."""


class LibraryPane(TreeActionsMixin, QWidget):
    """The tree of the library with its filter and context menu."""

    open_requested = Signal(int, int)
    rename_requested = Signal(str, int, str)
    delete_collection_requested = Signal(int)
    reimport_requested = Signal(int)
    import_report_requested = Signal(int)
    filter_cleared = Signal()  # the rows a filter hid are back, folded: the reader may re-show

    def __init__(
        self, model: LibraryTreeModel, actions: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library_pane")
        self.model = model
        self._registry = actions
        self._menu_target: QModelIndex | None = None
        self.ask_title: Callable[[QWidget, str, str], str | None] = ask_title
        self.filter_edit = self._build_filter()
        self.filter_edit.installEventFilter(self)  # Down goes into the tree
        self.proxy = TitleFilterModel(model.title_matches, self)
        self.proxy.setSourceModel(model)
        self.tree = self._build_tree()
        self.empty_hint: EmptyLibraryHint | None = None
        """What the tree shows while the library is empty (made when it first is)."""
        self._trashed = 0
        self._follower = ReaderFollower(model, self.proxy, self.tree)
        self._batches = LibraryTreeBatches(model, self.proxy, self.tree)
        self._filter_box: FilterBox | None = None
        self.library_path: Path | None = None
        """The library's file: the filter then asks a worker which rows match (set before the
        box is first used; without it the filter asks the tree's own connection)."""
        self._type_ahead: TreeTypeAhead | None = None
        self.tree.type_ahead = self._on_tree_type_ahead
        self._lay_out()
        self._bind_actions()
        self._retranslate()
        for signal in (model.modelReset, model.rowsRemoved):
            signal.connect(self._on_model_rows_changed)
        self._on_model_rows_changed()

    def changeEvent(self, event: QEvent) -> None:
        """After the UI language changes: the filter's hint and the rows' "No. 5" lines."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.reload()  # a speech's detail line is composed when its row is read
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter titles"))
        self.filter_edit.setAccessibleName(self.tr("Filter titles"))
        self.tree.setAccessibleName(self.tr("Library"))

    # An empty library -------------------------------------------------------------------

    def set_trashed_count(self, count: int) -> None:
        """How many collections are in the trash, for the empty library's hint to say."""
        self._trashed = count
        if self.empty_hint is not None:
            self.empty_hint.set_trashed(count)

    @Slot()
    def _on_model_rows_changed(self, *_args: object) -> None:
        if self.empty_hint is None and self.model.rowCount() == 0:
            from desktop.gui.library_empty_hint import EmptyLibraryHint

            self.empty_hint = EmptyLibraryHint(self._registry, self.tree, self.model)
            self.empty_hint.set_trashed(self._trashed)

    # Set-up ---------------------------------------------------------------------------------

    def _build_filter(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName("library_filter")
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._on_filter_edit_text_changed)
        edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self._filter_icon = edit.addAction(
            svg_icon("filter"), QLineEdit.ActionPosition.LeadingPosition
        )
        return edit

    def _build_tree(self) -> LibraryTreeView:
        tree = LibraryTreeView(self)
        tree.setObjectName("library_tree")
        tree.setModel(self.proxy)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(False)
        tree.setItemDelegate(LibraryDelegate(tree))
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.setExpandsOnDoubleClick(True)
        tree.setAnimated(False)
        tree.setIndentation(14)
        tree.clicked.connect(self._on_tree_clicked)
        tree.activated.connect(self._on_tree_activated)
        tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        return tree

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)

    def _bind_actions(self) -> None:
        bind = self._registry.bind
        bind(ActionId.RENAME, self.rename_target)
        bind(ActionId.DELETE_COLLECTION, self.delete_target)
        bind(ActionId.REIMPORT, self.reimport_target)
        bind(ActionId.SHOW_IMPORT_REPORT, self.show_report_target)
        bind(ActionId.FILTER_LIBRARY, self.focus_filter)
        # Widget-scoped: F2 and Delete here must not act while the reader has focus.
        self.tree.addActions(self._registry.actions(TREE_ACTIONS))
        self._update_actions(QModelIndex())

    @Slot(QModelIndex)
    def _on_tree_clicked(self, index: QModelIndex) -> None:
        if not self.tree.selecting_click:
            self._open(index)

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        if not self.tree.selecting_click:  # some platforms activate on a single click
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        kind = index.data(Role.KIND)
        if kind is None or kind == TreeKind.COLLECTION:
            return
        # A speech's own row asks for its saved place (SAVED_PLACE); a section's, its start.
        start = SAVED_PLACE if kind == TreeKind.SPEECH else index.data(Role.START)
        self.open_requested.emit(index.data(Role.SPEECH_ID), start)

    def redraw_icons(self) -> None:
        """The palette changed darkness: the filter's and the rows' icons in the new ink."""
        self._filter_icon.setIcon(svg_icon("filter"))
        self.tree.viewport().update()

    # Filter ---------------------------------------------------------------------------------

    @Slot()
    def focus_filter(self) -> None:
        """Put the keyboard in the filter box, its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @property
    def filter_box(self) -> FilterBox:
        """What typing, Enter and Down in the filter box do (made when the box is first used)."""
        if self._filter_box is None:
            from desktop.gui.library_filter_box import FilterBox
            from desktop.gui.library_no_match_hint import NoMatchHint

            self._filter_box = FilterBox(
                self.filter_edit, self.proxy, self.tree, self.library_path, self
            )
            NoMatchHint(self._registry, self.filter_edit, self.tree, self.proxy)
            self._filter_box.tree_filter.applied.connect(self._on_tree_filter_applied)
        return self._filter_box

    @property
    def tree_filter(self) -> TreeFilter:
        """What typing in the filter box does to the tree (made when first used)."""
        return self.filter_box.tree_filter

    def running_work(self) -> list[str]:
        """The filter's question to its worker, while it runs."""
        return self._filter_box.running_work() if self._filter_box is not None else []

    def shutdown(self) -> None:
        """The window is closing: end the filter's worker."""
        if self._filter_box is not None:
            self._filter_box.shutdown()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.tree_filter.text_changed(text)

    @Slot(str)
    def _on_tree_filter_applied(self, text: str) -> None:
        if not text.strip():
            self._follower.forget_mark()  # the marked row came back as a new, unselected row
            self.filter_cleared.emit()

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        self.tree_filter.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter box goes down into the tree, as in a list under a search box."""
        if (
            event.type() == QEvent.Type.KeyPress
            and watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.filter_box.enter_tree()
            return True
        return super().eventFilter(watched, event)

    # Type-ahead -----------------------------------------------------------------------------

    @property
    def type_ahead(self) -> TreeTypeAhead:
        """What typing letters in the tree selects (made when first used)."""
        if self._type_ahead is None:
            from desktop.gui.tree_type_ahead import TreeTypeAhead

            self._type_ahead = TreeTypeAhead(self.model, self.proxy, self.tree)
        return self._type_ahead

    def _on_tree_type_ahead(self, text: str) -> None:
        self.type_ahead.search(text)

    # Following the reader -------------------------------------------------------------------

    def reveal_speech(self, speech_id: int) -> None:
        """Unfold a speech down to its headings (points stay folded) and scroll it into view."""
        self._follower.reveal_speech(speech_id)

    def mark_position(self, speech_id: int, offset: int) -> None:
        """Make the innermost visible row holding ``offset`` current, without taking focus."""
        self._follower.mark_position(speech_id, offset)

    def selected_speech_ids(self) -> list[int]:
        """The speeches of the selected rows (a heading's or point's speech too), in order."""
        ids: list[int] = []
        for index in self.tree.selectionModel().selectedRows():
            speech_id = index.data(Role.SPEECH_ID)
            if speech_id is not None and speech_id not in ids:
                ids.append(speech_id)
        return ids

    def selected_collection_id(self) -> int | None:
        """The collection of the current row, if there is one."""
        index = self.tree.currentIndex()
        return index.data(Role.COLLECTION_ID) if index.isValid() else None

    def current_source_index(self) -> QModelIndex:
        """The current row, in the library model's terms."""
        return self.proxy.mapToSource(self.tree.currentIndex())
