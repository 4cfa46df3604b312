"""The base of the term dialogs: a term run over a scope in a worker, the outcome in a table.

The concordance (``concordance_dialog``) and the counts by year (``trend_dialog``) share it:
the row of term box, scope box (``ConcordanceScope``) and run button; the library worker
(latest job wins, its outcome shown only while its ticket is the one wanted, cancelled when
the dialog closes); the summary line; the table with Copy Table and Export CSV… through
``TableExport``, and Enter on a row doing what a double-click does; the standard Close named
with its access key through a language switch (``name_standard_buttons``). Each dialog adds
its own fields, table set-up and job, and shows the outcome its own way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PizhuError, QueryError
from desktop.dialogs.concordance_scope import ConcordanceScope
from desktop.dialogs.table_export import TableExport
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.library_worker import Job, LibraryWorker
from desktop.gui.line_rows import LineRowsTableView
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.search_messages import query_error_message, search_failure_message
from desktop.gui.text_size import term_box_width, text_size

_log = logging.getLogger(__name__)


class TermDialog(QDialog):
    """A non-modal dialog that runs a term over a scope in a worker and shows a table.

    A subclass makes ``model`` and ``table_export`` after this ``__init__``, then calls
    ``assemble``; it gives ``_search`` (submit the job), ``_show`` (an outcome or a message),
    ``_clear`` (nothing typed) and ``_on_table_double_clicked``.
    """

    shown = Signal()
    """New rows (or a message) are shown."""

    model: Any  # the table's model, made by the subclass
    table_export: TableExport

    def __init__(
        self, library_path: Path, name: str, size: tuple[int, int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._name = name  # the prefix of the widgets' object names, the worker's name
        self.setObjectName(f"{name}_dialog")
        resize_within_screen(self, text_size(self, *size))
        self.worker = LibraryWorker(library_path, name, self)
        self._searched = ""  # the term the rows are of (the box may have been edited since)
        self._ticket: int | None = None  # the job whose outcome is wanted (None: closed)

    def assemble(self) -> None:
        """Build the widgets, connect them and name them (the subclass's parts made)."""
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_term_row())
        self._build_above(layout)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{self._name}_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        self._build_below(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.enable_export(False)
        layout.addWidget(self.buttons)

    def _build_term_row(self) -> QHBoxLayout:
        self.term_edit = QLineEdit(self)
        self.term_edit.setObjectName(f"{self._name}_term")
        self.term_edit.setMinimumWidth(term_box_width(self.term_edit))
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName(f"{self._name}_scope")
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope = ConcordanceScope(self.scope_box)
        self.term_label = self.label_for(self.term_edit)
        self.scope_label = self.label_for(self.scope_box)
        fields = [(self.term_label, self.term_edit, 1), (self.scope_label, self.scope_box, 0)]
        fields += [(label, field, 0) for label, field in self._own_fields()]
        self.run_button = QPushButton(self)  # made after the fields: Tab reaches it last
        row = QHBoxLayout()
        for label, field, stretch in fields:
            row.addWidget(label)
            row.addWidget(field, stretch)
        row.addWidget(self.run_button)
        return row

    def label_for(self, field: QWidget) -> QLabel:
        """A label whose access key (set in ``retranslate``) takes the keyboard to ``field``."""
        label = QLabel(self)
        label.setBuddy(field)
        return label

    def _own_fields(self) -> list[tuple[QLabel, QWidget]]:
        """The subclass's fields after the scope box, each with its label."""
        return []

    def _build_above(self, layout: QVBoxLayout) -> None:
        """The subclass's widgets between the term row and the summary."""

    def _build_below(self, layout: QVBoxLayout) -> None:
        """The subclass's widgets between the table and the buttons."""

    def _build_table(self) -> QTableView:
        table = LineRowsTableView(self)  # a line a row: twice the lines in sight
        table.setObjectName(f"{self._name}_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # rows by the arrows; Tab goes on to the buttons
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        self.table_export.watch(table)  # Ctrl+C
        table.addAction(self.table_export.export_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table = table
        self._set_up_table(table)
        return table

    def _set_up_table(self, table: QTableView) -> None:
        """The subclass's delegate, sorting and column widths."""

    def _connect(self) -> None:
        self.term_edit.returnPressed.connect(self.run)
        self.run_button.clicked.connect(self.run)
        self.scope_box.currentIndexChanged.connect(self.run_if_typed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)  # Enter on a row does what a double-click does
        self.copy_button.clicked.connect(self.table_export.copy_action.trigger)
        self.export_button.clicked.connect(self.table_export.export_action.trigger)
        self.buttons.rejected.connect(self.reject)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)

    def retranslate(self) -> None:
        """Set the shared texts in the current language (a subclass adds its own)."""
        self.scope.retranslate()
        self.scope_label.setText(self.tr("&In:"))
        self.table_export.retranslate()
        name_standard_buttons(self.buttons)  # &Close, kept through a language switch
        # The button's own access key: C is Close's.
        self.copy_button.setText(self.tr("Cop&y Table"))
        self.copy_button.setToolTip(self.table_export.copy_action.toolTip())
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.table_export.export_action.toolTip())
        last = self.model.columnCount() - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # API ------------------------------------------------------------------------------------

    @property
    def searched(self) -> str:
        """The term the rows are of, or are being made for ("": none yet)."""
        return self._searched

    def set_collections(self, collections: list[tuple[int, str]]) -> None:
        """The collections the scope can name: (id, title), after "Whole library"."""
        self.scope.set_collections(collections)

    def rename_speech(self, speech_id: int, title: str) -> None:
        """A speech was renamed: the "In:" box and the window's title name it by ``title``
        (lines that name it are made again by ``follow_library``)."""
        self.scope.rename_speech(speech_id, title)
        self._update_title()

    def _update_title(self) -> None:
        """Name the term and the scope in the window's title (each dialog its own way)."""

    def follow_library(self, collections: list[tuple[int, str]]) -> None:
        """The library changed (an import, a trash, a restore): the scope box names its
        collections anew, and the rows shown, or being made, are made again for the term
        they are of (a restore drops the job under way: "Searching…" would stay for good)."""
        self.set_collections(collections)
        if self.isVisible() and self._searched.strip():
            self._search(self._searched)

    @Slot()
    def run(self) -> None:
        """Run what is typed."""
        term = self.term_edit.text()
        if not term.strip():
            self.worker.cancel()
            self._clear()
            return
        self._search(term)

    def fit_term(self) -> None:
        """Widen the dialog, within the screen, so its term box shows the whole term."""
        edit = self.term_edit
        metrics = edit.fontMetrics()
        # What the box takes besides its text: its frame and margins (Qt sizes it for 17 x's).
        frame = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the box's width in the dialog's size now, shown or not
        short = metrics.horizontalAdvance(edit.text()) + frame - edit.width()
        if short > 0:
            resize_within_screen(self, QSize(self.width() + short, self.height()))

    def present(self) -> None:
        """Show the dialog over the others and run the term in its box."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.run()

    def _search(self, term: str) -> None:
        """Submit ``term``'s job (through ``submit``) and say that it runs."""
        raise NotImplementedError

    def submit(self, term: str, job: Job) -> None:
        """Run ``job``, for ``term``, in the worker: its outcome is the one to show."""
        self._searched = term
        self._ticket = self.worker.submit(job)

    def _clear(self) -> None:
        """Nothing is typed: no rows."""
        raise NotImplementedError

    @Slot()
    def run_if_typed(self) -> None:
        """Run again what is typed, if anything: a choice (the scope…) changed."""
        if self.term_edit.text().strip():
            self.run()

    # Results --------------------------------------------------------------------------------

    @Slot(int, object)
    def _on_worker_finished(self, ticket: int, outcome: object) -> None:
        if ticket == self._ticket:  # not one posted before the dialog was closed
            self._show_outcome(outcome)

    @Slot(int, object)
    def _on_worker_failed(self, ticket: int, error: Exception) -> None:
        if ticket != self._ticket:
            return
        if isinstance(error, QueryError):
            self._show(None, query_error_message(error))
            return
        _log.warning("%s failed: %s", self._name, error)
        self._show(None, search_failure_message(error if isinstance(error, PizhuError) else None))

    def _show_outcome(self, outcome: Any) -> None:
        """Show what the job returned."""
        raise NotImplementedError

    def _show(self, found: Any, summary: str) -> None:
        """Show ``found`` (None: no rows) and ``summary``; emit ``shown``."""
        raise NotImplementedError

    def enable_export(self, enabled: bool) -> None:
        """Let Copy Table and Export CSV… (buttons, menu, Ctrl+C) work, or not."""
        self.table_export.set_enabled(enabled)
        self.copy_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row does what a double-click does: the keyboard had no other way to a row
        (the table let Enter go on to the dialog, which pressed the run button). Not
        ``activated``: a single click activates under some styles."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self._on_table_double_clicked(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # Lifetime -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops the work (its outcome would be shown to nobody)."""
        self._ticket = None  # an outcome already on its way is not shown either
        if self.worker.is_busy():
            self.worker.cancel()
            self._stopped()
        super().done(result)

    def _stopped(self) -> None:
        """The work was stopped by closing: no "Searching…" left for the next showing."""
        self.summary.setText("")

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return [self._name] if self.worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the worker and release its connection (the window is closing)."""
        self.worker.shutdown()
