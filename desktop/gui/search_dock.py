"""The library search dock (Ctrl+Shift+F): a query, a scope, counts, and keyword-in-context hits.

Typing searches as the user pauses (debounced); Enter searches at once and remembers the query
(``SearchQueryBox``). Down in the box moves to the first result, as a browser's find or a
locator does, and Up on the first result comes back; the history stays one key away: Alt+Down
(or F4) opens its list, Up steps back through it, and Down steps through it when nothing is
found.
The search runs in the dock's worker on its own connection, a new one cancelling the one before,
so the window never waits on a common term in a large library. A query the index cannot take is
explained under the box in plain words. Choosing a hit asks the window to open the speech there
(``open_hit_requested``); a hit in a note asks for the note (``open_note_requested``). Every
hit copies as a table (Ctrl+C in the results, their context menu, the buttons by the counts) or
exports to CSV (``TableExport``).

The dock holds no reference to other panes or to storage: the window gives it the library's path
(for the worker), a ``TextSource`` for snippets and section paths on the GUI thread, the list
of collections and the speech being read. The searching is ``search_dock_runs``'s, the scope
``search_dock_scope``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.table_export import TableExport
from desktop.gui.app_theme import info_colour
from desktop.gui.batch_feeder import BatchFeeder, EarlierRows
from desktop.gui.beside_or_under import BesideOrUnder, LineLabel
from desktop.gui.kwic_view import KwicTreeView
from desktop.gui.library_worker import LibraryWorker
from desktop.gui.query_row import QueryRow
from desktop.gui.search_crossing import QueryResultsCrossing
from desktop.gui.search_dock_runs import DEBOUNCE_MS, QueryRunsMixin, TextSource
from desktop.gui.search_dock_scope import ScopeMixin
from desktop.gui.search_filter_row import SearchFilterRow
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.search_notes_link import NotesLink
from desktop.gui.search_query_box import SearchQueryBox
from desktop.gui.search_tables import SearchTables
from desktop.gui.whole_list_bar import WholeListBar
from desktop.models.search_results_model import (
    Column,
    Role,
    SearchResultsModel,
)

if TYPE_CHECKING:
    pass


class SearchDock(QueryRunsMixin, ScopeMixin, QDockWidget):
    """Searches the whole library, a collection, the speech being read, or the notes."""

    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end) of a hit in a speech's text."""
    open_note_requested = Signal(int, str)
    """(speech id, annotation id) of a hit in a note."""
    open_title_requested = Signal(int)
    """The speech id of a speech found by its title alone (its top, where the title shows)."""
    searched = Signal()
    """New results (or a message) are shown."""
    notes_counted = Signal()
    """The text search shown found its hits in annotations anew (``refresh_notes``)."""

    def __init__(self, library_path: Path, texts: TextSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search_dock")
        self._texts = texts
        self._message: Callable[[], str] | None = None  # says the message in today's language
        self._speech: tuple[int | None, int | None] = (None, None)
        self._last_opened: tuple[int, int, int] | None = None
        self.worker = LibraryWorker(library_path, "search", self)
        self.model = SearchResultsModel(self)
        self.tables = SearchTables(self.model, library_path, self)  # its table's own worker
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect()
        self.retranslate()

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.query_box = SearchQueryBox(body)
        self.filter_row = SearchFilterRow(body)  # years and speaker, under the query
        layout.addWidget(QueryRow(self.query_box, self._build_scope_row(body), body))
        layout.addWidget(self.filter_row)
        self.filter_row.take_tab_order(self.collection_box, self.notes_box)
        self.message = self._label(QLabel(body), "search_message")
        self.summary = self._label(LineLabel(body), "search_summary")
        layout.addWidget(self.message)
        view = self._build_view(body)
        layout.addWidget(self._build_counts(body))
        # The link to the hits in annotations is read before the results (and follows the box
        # that comes back from them), not after the table's buttons.
        QWidget.setTabOrder(self.notes_box, self.notes_link)
        self._style_message()
        layout.addWidget(view, 1)
        self.setWidget(body)
        self.message.hide()

    def _label(self, label: QLabel, name: str) -> QLabel:
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_view(self, parent: QWidget) -> KwicTreeView:
        self.view = KwicTreeView(self.model, parent)
        self.view.setObjectName("search_results")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        model = self.model
        # End gives only the last rows (laying out every speech found was ~65 ms).
        earlier = EarlierRows(
            model.has_earlier_rows, model.give_earlier_rows, model.give_first_rows
        )
        self.feeder = BatchFeeder(
            self.view, model.has_more_rows, model.give_more_rows, model.give_last_rows, earlier
        )
        # A row at a time: the bar counts a speech waiting as one unit (never expanded).
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.whole_bar = WholeListBar(self.view, model)  # over every speech found
        return self.view

    def _build_counts(self, parent: QWidget) -> BesideOrUnder:
        """The counts, and Copy / Export… of every hit (under the counts in a narrow dock)."""
        self.table_export = TableExport(self.tables, self)
        buttons = []
        for action in (self.table_export.copy_action, self.table_export.export_action):
            button = QToolButton(parent)
            button.setDefaultAction(action)
            buttons.append(button)
            self.view.addAction(action)  # its context menu, and Ctrl+C
        self.notes_link = NotesLink(parent)
        self.counts = BesideOrUnder(self.summary, buttons, parent, self.notes_link)
        return self.counts

    def _connect(self) -> None:
        edit = self.query_box.lineEdit()
        edit.textEdited.connect(self._on_query_edited)
        edit.returnPressed.connect(self._on_query_return_pressed)
        self.query_box.activated.connect(self._on_query_box_activated)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.scope_box.currentIndexChanged.connect(self._on_scope_changed)
        self.collection_box.currentIndexChanged.connect(self._on_scope_changed)
        self.notes_box.toggled.connect(self._on_scope_changed)
        self.notes_link.clicked.connect(self._on_notes_link_clicked)
        self.filter_row.changed.connect(self._on_filter_changed)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.searched.connect(self._on_searched)
        self.view.clicked.connect(self._on_view_chosen)
        self.view.activated.connect(self._on_view_chosen)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self._crossing = QueryResultsCrossing(self.query_box, self.view)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Search"))
        self.query_box.lineEdit().setPlaceholderText(
            self.tr('Words to find; "a phrase"; -leave out')
        )
        names = {
            ScopeKind.LIBRARY: self.tr("Whole library"),
            ScopeKind.COLLECTION: self.tr("Collection"),
            ScopeKind.SPEECH: self.tr("This speech"),
        }
        for row in range(self.scope_box.count()):
            self.scope_box.setItemText(row, names[ScopeKind(self.scope_box.itemData(row))])
        self.table_export.retranslate()
        self.notes_box.setText(self.tr("Annotations only"))
        self.notes_box.setToolTip(
            self.tr("Search the annotations: their notes and the words they mark")
        )
        for query in (self.query_box, self.query_box.lineEdit()):  # the edit has the focus
            query.setAccessibleName(self.tr("Search for"))
        self.scope_box.setAccessibleName(self.tr("Search in"))
        self.collection_box.setAccessibleName(self.tr("Collection to search"))
        self.view.setAccessibleName(self.tr("Search results"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        outcome = self.model.outcome()
        if outcome is not None:
            self._show_summary(outcome)
        if self._message is not None:
            self.message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts after a language change, the colours after a palette change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._style_message()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new press or key in the results starts a new choice (see ``_on_view_chosen``)."""
        # A double-click's second press comes as MouseButtonDblClick, so the click and the
        # activation of one double-click still open the hit once.
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self._last_opened = None
        return super().eventFilter(watched, event)

    def _style_message(self) -> None:
        self.message.setStyleSheet(f"color: {info_colour(self.palette()).name()};")
        self.notes_link.set_colour(self.palette().color(QPalette.ColorRole.Link))

    # Data from the window -------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search for it now."""
        self.query_box.setEditText(text)
        self.search_now()

    def query_text(self) -> str:
        """What is typed in the box."""
        return self.query_box.currentText()

    def focus_query(self) -> None:
        """Give the query box the keyboard, its text selected (Ctrl+Shift+F)."""
        self.show()
        self.raise_()
        self.query_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_box.lineEdit().selectAll()

    def history(self) -> list[str]:
        """The remembered queries, latest first (the window saves them)."""
        return self.query_box.history()

    def set_history(self, queries: list[str]) -> None:
        """Restore remembered queries, latest first."""
        self.query_box.set_history(queries)

    # User input -----------------------------------------------------------------------------

    @Slot(str)
    def _on_query_edited(self, _text: str) -> None:
        self.worker.cancel()  # what runs is stale now
        self._schedule(DEBOUNCE_MS)

    @Slot()
    def _on_query_return_pressed(self) -> None:
        self.query_box.remember(self.query_text())
        self.search_now()

    @Slot(int)
    def _on_query_box_activated(self, _row: int) -> None:
        self.search_now()

    def _schedule(self, delay: int) -> None:
        self._keep_place = False  # asked anew: its results start at their top
        self._timer.start(delay)

    @Slot()
    def _on_searched(self) -> None:
        self.tables.query = self.query_text().strip()
        self.table_export.set_enabled(self.tables.hit_count() > 0)

    @Slot(QModelIndex)
    def _on_view_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(Role.IS_SPEECH):
            # Found by its title alone: no line to go to, the speech's top shows the title.
            if index.data(Role.IN_TITLE) and not index.data(Role.HIT_COUNT):
                self.query_box.remember(self.query_text())
                self.open_title_requested.emit(index.data(Role.SPEECH_ID))
            return
        roles = (Role.SPEECH_ID, Role.START, Role.END)
        speech_id, start, end = (index.data(role) for role in roles)
        if self._last_opened == (speech_id, start, end):
            return  # the click of this double-click already opened it
        self._last_opened = (speech_id, start, end)
        self.query_box.remember(self.query_text())
        annotation_id = index.data(Role.ANNOTATION_ID)
        if annotation_id is not None:
            self.open_note_requested.emit(speech_id, annotation_id)
        else:
            self.open_hit_requested.emit(speech_id, start, end)

    # Lifetime -------------------------------------------------------------------------------

    def running_work(self) -> list[str]:
        """What runs in the background ("search" while a search runs)."""
        return (["search"] if self.worker.is_busy() else []) + self.tables.running_work()

    def forget_results(self) -> None:
        """Stop searching and clear the results, whose snippets read the library as they are
        drawn (its file is about to be replaced); ``refresh`` runs the query again."""
        self._timer.stop()
        self.worker.cancel()
        self.model.set_outcome(None)
        self._show_summary(None)  # the counts and the notes link were the results'

    def shutdown(self) -> None:
        """Stop searching and release the worker's connection (the window is closing)."""
        self._timer.stop()
        self.worker.shutdown()
        self.tables.shutdown()
