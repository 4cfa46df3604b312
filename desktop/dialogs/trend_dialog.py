"""A term's counts by year or by speaker, over the library or a collection: a table with bars.

Asked for from the terms panel's menu (a formulation or keyword) or the search panel's (its
query). The counts are the library search's (``core.storage.term_trend``), made in the dialog's
worker while a busy bar runs; closing the dialog cancels them. Each row shows the year (the
undated speeches last) or speaker, the occurrences with a bar drawn in the table, the speeches
holding the term and all the speeches of that year or speaker. Double-clicking a row asks the
window to search the library for the term in the same scope: the search panel has no year or
speaker filter, so the dialog says that the search lists every place. Copy Table and Export
CSV… work as in the other tables (``TableExport``). Non-modal, kept and reused by the window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PizhuError, QueryError
from desktop.core.export.table import Table
from desktop.core.storage.term_trend import TermTrend, TrendBy, trend_table
from desktop.core.text_templates import fill
from desktop.dialogs.concordance_scope import ConcordanceScope
from desktop.dialogs.table_export import TableExport
from desktop.gui.focus_return import focus_now, return_focus_after
from desktop.gui.library_worker import LibraryWorker
from desktop.gui.line_rows import LineRowsTableView
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.search_messages import query_error_message, search_failure_message
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.gui.text_size import term_box_width, text_px, text_size
from desktop.gui.trend_delegate import BAR_PX, TrendBarDelegate
from desktop.gui.trend_jobs import trend_job
from desktop.models.trend_model import Column, TrendModel

_log = logging.getLogger(__name__)


class TrendDialog(QDialog):
    """How often a term occurs, and in how many speeches, per year or per speaker."""

    search_requested = Signal(str, str, object)
    """(term, scope kind, collection id or None): search the library for it there."""
    shown = Signal()
    """New counts (or a message) are shown."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_dialog")
        resize_within_screen(self, text_size(self, 560, 520))
        self.worker = LibraryWorker(library_path, "trend", self)
        self.model = TrendModel(self)
        self.table_export = TableExport(self, self)
        self._found: TermTrend | None = None
        self._searched = ""  # the term the rows count (the box may have been edited since)
        self._ticket: int | None = None  # the job whose outcome is wanted (None: closed)
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.term_edit = QLineEdit(self)
        self.term_edit.setObjectName("trend_term")
        self.term_edit.setMinimumWidth(term_box_width(self.term_edit))
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("trend_scope")
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope = ConcordanceScope(self.scope_box)
        self.term_label, self.scope_label = QLabel(self), QLabel(self)
        self.term_label.setBuddy(self.term_edit)
        self.scope_label.setBuddy(self.scope_box)
        self.run_button = QPushButton(self)
        for widget, stretch in (
            (self.term_label, 0),
            (self.term_edit, 1),
            (self.scope_label, 0),
            (self.scope_box, 0),
            (self.run_button, 0),
        ):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        layout.addLayout(self._build_switch())
        self.busy = QProgressBar(self)
        self.busy.setObjectName("trend_busy")
        self.busy.setRange(0, 0)  # no figures: the counting says nothing until it is done
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(text_px(self, 8))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.summary = self._wrapped_label("trend_summary")
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        self.note = self._wrapped_label("trend_note")
        self.note.hide()
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(self)
        # Not the standard Close: the box gives that Qt's own text again on a language change,
        # after ours, and Qt's Chinese "关闭" has no access key.
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._enable_export(False)
        layout.addWidget(self.buttons)

    def _build_switch(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.by_year = QRadioButton(self)
        self.by_year.setObjectName("trend_by_year")
        self.by_speaker = QRadioButton(self)
        self.by_speaker.setObjectName("trend_by_speaker")
        self.by_group = QButtonGroup(self)
        self.by_group.addButton(self.by_year)
        self.by_group.addButton(self.by_speaker)
        self.by_year.setChecked(True)
        row.addWidget(self.by_year)
        row.addWidget(self.by_speaker)
        row.addStretch()
        return row

    def _wrapped_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_table(self) -> QTableView:
        table = LineRowsTableView(self)  # a line a row
        table.setObjectName("trend_table")
        table.setModel(self.model)
        table.setItemDelegate(TrendBarDelegate(table))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(Column.KEY, text_px(table, 140))
        table.setColumnWidth(Column.OCCURRENCES, text_px(table, BAR_PX + 60))
        self.table_export.watch(table)  # Ctrl+C
        table.addAction(self.table_export.export_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table = table
        return table

    def _connect(self) -> None:
        self.term_edit.returnPressed.connect(self.run)
        self.run_button.clicked.connect(self.run)
        self.scope_box.currentIndexChanged.connect(self._on_choice_changed)
        self.by_group.buttonToggled.connect(self._on_by_toggled)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)  # Enter searches too, as a double-click
        self.copy_button.clicked.connect(self.table_export.copy_action.trigger)
        self.export_button.clicked.connect(self.table_export.export_action.trigger)
        self.buttons.rejected.connect(self.reject)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.scope.retranslate()
        self.term_label.setText(self.tr("&Term:"))
        self.term_edit.setPlaceholderText(self.tr("Words to count, as the search takes them"))
        self.scope_label.setText(self.tr("&In:"))
        self.run_button.setText(self.tr("Co&unt"))
        self.by_year.setText(self.tr("By ye&ar"))
        self.by_speaker.setText(self.tr("By &speaker"))
        self.busy.setAccessibleName(self.tr("Counting"))
        self.table.setAccessibleName(self.tr("Counts"))
        self.table_export.retranslate()
        self.close_button.setText(self.tr("&Close"))
        self.copy_button.setText(self.tr("Cop&y Table"))
        self.copy_button.setToolTip(self.table_export.copy_action.toolTip())
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.table_export.export_action.toolTip())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._update_title()
        if self.busy.isVisible():  # the counts shown are the last term's until these come
            self.summary.setText(self.tr("Counting…"))
        elif self._found is not None:
            self.summary.setText(self._summary(self._found))

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # API ------------------------------------------------------------------------------------

    def set_collections(self, collections: list[tuple[int, str]]) -> None:
        """The collections the scope can name: (id, title), after "Whole library"."""
        self.scope.set_collections(collections)

    def by(self) -> TrendBy:
        """What the counts are grouped by (the switch)."""
        return TrendBy.SPEAKER if self.by_speaker.isChecked() else TrendBy.YEAR

    def show_term(self, term: str, scope: SearchScope | None = None) -> None:
        """Show the dialog counting ``term`` in ``scope``'s collection, else the library (a
        speech's counts would be one year's)."""
        self.term_edit.setText(term)
        if scope is not None and scope.kind != ScopeKind.COLLECTION:
            scope = None
        self.scope.choose(scope)
        if not self.isVisible():  # closed, the keyboard goes back to the panel it came from
            return_focus_after(self, focus_now())
        self.show()
        self.raise_()
        self.activateWindow()
        self.run()

    def follow_library(self, collections: list[tuple[int, str]]) -> None:
        """The library changed (an import, a trash, a restore): the scope box names its
        collections anew, and the counts shown, or being made, are made again for the term
        counted (a restore drops the job under way: "Counting…" would stay for good)."""
        self.set_collections(collections)
        if self.isVisible() and self._searched:
            self._count(self._searched)

    @Slot()
    def run(self) -> None:
        """Count what is typed."""
        term = self.term_edit.text().strip()
        if not term:
            self.note.hide()
            self.worker.cancel()
            self._show(None, self.tr("Type the words to count."))
            return
        self._count(term)

    def _count(self, term: str) -> None:
        self.note.hide()
        self._searched = term
        self._ticket = self.worker.submit(trend_job(term, self.by(), self.scope.scope()))
        # The rows stay the last count's until the new one comes: not copied, exported or
        # searched for meanwhile (they would go under the new term's name, or its scope).
        self._enable_export(False)
        self.busy.show()
        self.summary.setText(self.tr("Counting…"))
        self._update_title()

    def _update_title(self) -> None:
        if not self._searched:
            self.setWindowTitle(self.tr("Counts by Year"))
            return
        template = (
            self.tr("“%1” by year in %2")
            if self.by() == TrendBy.YEAR
            else self.tr("“%1” by speaker in %2")
        )
        self.setWindowTitle(fill(template, self._searched, self.scope.described()))

    # Results --------------------------------------------------------------------------------

    @Slot(int, object)
    def _on_worker_finished(self, ticket: int, found: TermTrend) -> None:
        if ticket == self._ticket:  # not one posted before the dialog was closed
            self._show(found, self._summary(found))

    @Slot(int, object)
    def _on_worker_failed(self, ticket: int, error: Exception) -> None:
        if ticket != self._ticket:
            return
        if isinstance(error, QueryError):
            self._show(None, query_error_message(error))
            return
        _log.warning("counting a term failed: %s", error)
        self._show(None, search_failure_message(error if isinstance(error, PizhuError) else None))

    def _show(self, found: TermTrend | None, summary: str) -> None:
        self.busy.hide()
        self._found = found
        self.model.set_trend(found)
        self.summary.setText(summary)
        self._enable_export(bool(found and found.rows))
        self.shown.emit()

    def _enable_export(self, enabled: bool) -> None:
        self.table_export.set_enabled(enabled)
        self.copy_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def _summary(self, found: TermTrend) -> str:
        if not found.occurrences:
            return self.tr("Not found in the texts of these speeches.")
        figure = QLocale().toString
        return fill(
            self.tr("Occurrences: %1 · Speeches: %2 · double-click a row to search for it"),
            figure(found.occurrences),
            figure(found.speeches),
        )

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self._found is None or self.worker.is_busy():
            return
        scope = self.scope.scope()
        key = scope.key if scope.kind == ScopeKind.COLLECTION else None
        self.search_requested.emit(self._found.query, scope.kind.value, key)
        row = self.model.index(index.row(), Column.KEY).data()
        self.note.setText(
            fill(
                self.tr(
                    "The search panel cannot keep to one year or speaker: it lists every place"
                    " of “%1” in %2, with the speeches of %3 among them."
                ),
                self._found.query,
                self.scope.described(),
                str(row),
            )
        )
        self.note.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row searches for it, as a double-click does (not ``activated``: a
        single click activates under some styles)."""
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

    @Slot()
    def _on_choice_changed(self) -> None:
        if self.term_edit.text().strip():
            self.run()

    @Slot(object, bool)
    def _on_by_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._on_choice_changed()

    # Table export (TableSource) -------------------------------------------------------------

    def export_table(self) -> Table:
        """The rows shown, with the field names ``trend --csv`` writes."""
        assert self._found is not None  # the actions are enabled only with rows
        return trend_table(self._found, self.model.none_label())

    def export_titles(self) -> Sequence[str]:
        """The columns' titles in the UI language."""
        return self.model.titles()

    def export_name(self) -> str:
        """The term, where it was counted and by what."""
        by = self.by_year.text() if self.by() == TrendBy.YEAR else self.by_speaker.text()
        return f"{self._searched} {self.scope.name()} {by.replace('&', '')}".strip()

    # Lifetime -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops the counting (its outcome would be shown to nobody)."""
        self._ticket = None  # an outcome already on its way is not shown either
        if self.worker.is_busy():
            self.worker.cancel()
            self.busy.hide()
            self.summary.setText("")
        super().done(result)

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return ["trend"] if self.worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the worker and release its connection (the window is closing)."""
        self.worker.shutdown()
