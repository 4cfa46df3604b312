"""The concordance of a word or term across the library (or a collection): a KWIC table.

Lines come from the search index in a worker (``search_jobs.concordance_job``). Clicking a column
header sorts: by the left context read backwards from the term, by the right context, or back
to library order. Double-clicking a line asks the window to open the speech there. Copy Table
(its button, Ctrl+C, the table's context menu) and Export CSV… give the lines in the order
shown through the panels' shared ``TableExport``: as a table to paste into Word, Excel or WPS,
or as CSV in UTF-8 with a BOM, written atomically. A non-modal dialog the window keeps and
reuses (``show_term``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.chinese.concordance import DEFAULT_WIDTH
from desktop.core.errors import PizhuError, QueryError
from desktop.core.storage.library_concordance import LibraryConcordance
from desktop.core.text_templates import fill
from desktop.dialogs.concordance_elision import ColumnElision
from desktop.dialogs.concordance_scope import ConcordanceScope
from desktop.dialogs.concordance_tables import ConcordanceTables
from desktop.dialogs.table_export import TableExport
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.library_worker import LibraryWorker
from desktop.gui.line_rows import LineRowsTableView
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.search_jobs import SearchScope, concordance_job
from desktop.gui.search_messages import query_error_message, search_failure_message
from desktop.gui.text_size import term_box_width, text_px, text_size
from desktop.models.concordance_model import Column, ConcordanceModel, Role
from desktop.models.speech_labels import SpeechName

_log = logging.getLogger(__name__)

LIMIT = 20_000
"""Lines shown at most (a common character has millions of occurrences)."""


SPEECH_WITH_COLLECTION_PX = 280
"""The speech column's width (at the default font) when it names collections too."""

HIT_PX = 90
"""The term column's first width (at the default font): four characters in bold."""


class ConcordanceDialog(QDialog):
    """Every occurrence of a term in its context, sortable, exportable."""

    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end) of a double-clicked line."""
    shown = Signal()
    """New lines (or a message) are shown."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concordance_dialog")
        resize_within_screen(self, text_size(self, 860, 560))
        self.worker = LibraryWorker(library_path, "concordance", self)
        self.model = ConcordanceModel(self)
        self.tables = ConcordanceTables(self.model)
        self.table_export = TableExport(self.tables, self)
        self._found: LibraryConcordance | None = None
        self._speech_widened = False
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.term_edit = QLineEdit(self)
        self.term_edit.setObjectName("concordance_term")
        self.term_edit.setMinimumWidth(term_box_width(self.term_edit))
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("concordance_scope")
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope = ConcordanceScope(self.scope_box)
        self.width_box = QSpinBox(self)
        self.width_box.setRange(4, 80)
        self.width_box.setValue(DEFAULT_WIDTH)
        self.run_button = QPushButton(self)
        self.term_label = self._label_for(self.term_edit)
        self.scope_label = self._label_for(self.scope_box)
        self.width_label = self._label_for(self.width_box)
        for label, field, stretch in (
            (self.term_label, self.term_edit, 1),
            (self.scope_label, self.scope_box, 0),
            (self.width_label, self.width_box, 0),
        ):
            row.addWidget(label)
            row.addWidget(field, stretch)
        row.addWidget(self.run_button)
        layout.addLayout(row)
        self.summary = QLabel(self)
        self.summary.setObjectName("concordance_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setEnabled(False)
        self.export_button.setEnabled(False)
        layout.addWidget(self.buttons)

    def _label_for(self, field: QWidget) -> QLabel:
        """A label whose access key (set in ``retranslate``) takes the keyboard to ``field``."""
        label = QLabel(self)
        label.setBuddy(field)
        return label

    def _build_table(self) -> QTableView:
        table = LineRowsTableView(self)  # a line a row: twice the lines in sight
        table.setObjectName("concordance_table")
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(Column.SPEECH, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # rows by the arrows; Tab goes on to the buttons
        table.setItemDelegate(ColumnElision(table))  # each column elided its own way
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.SPEECH, 160), (Column.LEFT, 260), (Column.HIT, HIT_PX)):
            table.setColumnWidth(column, text_px(table, width))
        self.table_export.watch(table)  # Ctrl+C
        table.addAction(self.table_export.export_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table = table
        return table

    def _connect(self) -> None:
        self.term_edit.returnPressed.connect(self.run)
        self.run_button.clicked.connect(self.run)
        self.scope_box.currentIndexChanged.connect(self._on_scope_box_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)  # Enter opens the line too
        self.copy_button.clicked.connect(self.table_export.copy_action.trigger)
        self.export_button.clicked.connect(self.table_export.export_action.trigger)
        self.buttons.rejected.connect(self.reject)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.scope.retranslate()
        self._update_title()
        self.term_edit.setPlaceholderText(self.tr("Word or term"))
        self.width_box.setToolTip(self.tr("Characters of context on each side"))
        self.table.setAccessibleName(self.tr("Occurrences"))
        self.table_export.retranslate()
        self.term_label.setText(self.tr("&Word:"))
        self.scope_label.setText(self.tr("&In:"))
        self.width_label.setText(self.tr("Con&text:"))
        self.run_button.setText(self.tr("&Find"))
        name_standard_buttons(self.buttons)  # &Close, kept through a language switch
        # The button's own access key: C is Close's.
        self.copy_button.setText(self.tr("Cop&y Table"))
        self.copy_button.setToolTip(self.table_export.copy_action.toolTip())
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.table_export.export_action.toolTip())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._found is not None:
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

    def set_current_speech(self, speech_id: int | None, title: str | None = "") -> None:
        """The speech being read, which the scope can name ("This speech")."""
        self.scope.set_current_speech(speech_id, title or "")

    def show_term(
        self, term: str, scope: SearchScope | None = None, speech_title: str = ""
    ) -> None:
        """Show the dialog with the concordance of ``term`` in ``scope`` (None: the library);
        a speech's scope names it by ``speech_title``."""
        self.term_edit.setText(term)
        self.term_edit.selectAll()  # as a find box's: a word typed next replaces it
        self.scope.choose(scope, speech_title)
        self.show()
        self.raise_()
        self.activateWindow()
        self.run()

    def follow_library(self, collections: list[tuple[int, str]]) -> None:
        """The library changed (an import, a trash, a restore): the scope box names its
        collections anew, and the lines shown, or being found, are found again for the term
        shown (a restore drops the job under way: "Searching…" would stay for good)."""
        self.set_collections(collections)
        if self.isVisible() and self.tables.term.strip():
            self._find(self.tables.term)

    @Slot()
    def run(self) -> None:
        """Find the concordance of what is typed."""
        term = self.term_edit.text()
        if not term.strip():
            self.worker.cancel()
            self._show(None, "")
            self._update_title()
            return
        self._find(term)

    def _find(self, term: str) -> None:
        self.tables.term = term
        self.tables.where = self.scope.name()
        self.worker.submit(concordance_job(term, self.scope.scope(), self.width_box.value(), LIMIT))
        self.summary.setText(self.tr("Searching…"))
        self._update_title()

    def _update_title(self) -> None:
        """The window's title names the term shown and where its lines come from."""
        term = self.tables.term if self.term_edit.text().strip() else ""
        if not term:
            self.setWindowTitle(self.tr("Concordance"))
            return
        where = self.scope.described()
        self.setWindowTitle(fill(self.tr("Concordance of “%1” in %2"), term, where))

    # Results --------------------------------------------------------------------------------

    @Slot(int, object)
    def _on_worker_finished(self, _ticket: int, outcome: object) -> None:
        found, infos = outcome  # type: ignore[misc]
        # Speeches often share a title: the table names them by number, and by collection when
        # the lines come from several (as the search dock and `concordance --csv` do).
        labels = {speech_id: info.label() for speech_id, info in infos.items()}
        names = {speech_id: info.name() for speech_id, info in infos.items()}
        if any(name.collection for name in names.values()):
            self._widen_speech_column()
        self._show(found, self._summary(found), labels, names)

    def _widen_speech_column(self) -> None:
        """Room for a collection's name too, the first time lines name one (later, the width
        the user gave the column is theirs)."""
        if self._speech_widened:
            return
        self._speech_widened = True
        wide = text_px(self.table, SPEECH_WITH_COLLECTION_PX)
        if self.table.columnWidth(Column.SPEECH) < wide:
            self.table.setColumnWidth(Column.SPEECH, wide)

    def _fit_hit_column(self) -> None:
        """Room for the term itself: a formulation of seven characters (两集中、两到位) read
        "两集…到位" on every line. The column only grows, up to a third of the table, so the
        contexts keep their room and a width the user gave it stays for shorter terms."""
        if not self.model.rowCount():
            return
        needed = self.table.sizeHintForColumn(Column.HIT)
        most = max(self.table.viewport().width() // 3, text_px(self.table, HIT_PX))
        if needed > self.table.columnWidth(Column.HIT):
            self.table.setColumnWidth(Column.HIT, min(needed, most))

    @Slot(int, object)
    def _on_worker_failed(self, _ticket: int, error: Exception) -> None:
        if isinstance(error, QueryError):
            self._show(None, query_error_message(error))
            return
        _log.warning("concordance failed: %s", error)
        self._show(None, search_failure_message(error if isinstance(error, PizhuError) else None))

    def _show(
        self,
        found: LibraryConcordance | None,
        summary: str,
        titles: dict[int, str] | None = None,
        names: dict[int, SpeechName] | None = None,
    ) -> None:
        self._found = found
        self.model.set_lines(found.lines if found else [], titles or {}, names)
        self._fit_hit_column()
        self.summary.setText(summary)
        has_lines = bool(found and found.lines)
        self.table_export.set_enabled(has_lines)
        self.copy_button.setEnabled(has_lines)
        self.export_button.setEnabled(has_lines)
        self.shown.emit()

    def _summary(self, found: LibraryConcordance) -> str:
        if not found.total:
            return self.tr("Not found.")
        # Every speech holding it, as the search dock counts them: with the lines cut at the
        # limit, the lines' own speeches read as if the occurrences were all in those.
        figure = QLocale().toString  # as the UI's locale writes numbers, as the status bar
        text = fill(
            self.tr("Occurrences: %1 · Speeches: %2"), figure(found.total), figure(found.speeches)
        )
        if not found.complete:
            text += fill(self.tr(" · showing the first %1"), figure(len(found.lines)))
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a line opens it, as a double-click does: the keyboard had no way to a line
        (the table let Enter go on to the dialog, which pressed Find)."""
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

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            roles = (Role.SPEECH_ID, Role.START, Role.END)
            self.open_hit_requested.emit(*(int(index.data(role)) for role in roles))

    def keep_clear_of(self, band: QRect) -> None:
        """Move above or below ``band`` (screen coordinates) if over it: the line a double-click
        just opened came a third of the way down the page, under the dialog (a find dialog
        moves so, in Notepad and LibreOffice); to the side with more room on the screen."""
        frame = self.frameGeometry()
        if not self.isVisible() or not frame.intersects(band):
            return
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if band.top() - screen.top() >= screen.bottom() - band.bottom():
            y = max(screen.top(), band.top() - frame.height())
        else:
            y = min(band.bottom() + 1, screen.bottom() + 1 - frame.height())
        self.move(frame.x(), y)

    @Slot(int)
    def _on_scope_box_changed(self, _row: int) -> None:
        if self.term_edit.text().strip():
            self.run()

    # Export ---------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where, then write the lines as shown to a CSV file; returns the path written."""
        return self.table_export.export()

    # Lifetime -------------------------------------------------------------------------------

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return ["concordance"] if self.worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the worker and release its connection (the window is closing)."""
        self.worker.shutdown()
