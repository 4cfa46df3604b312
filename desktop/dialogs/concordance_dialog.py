"""The concordance of a word or term across the library (or a collection): a KWIC table.

Lines come from the search index in a worker (``search_jobs.concordance_job``). Clicking a column
header sorts: by the left context read backwards from the term, by the right context, or back
to library order. Double-clicking a line asks the window to open the speech there. Copy Table
(its button, Ctrl+C, the table's context menu) and Export CSV… give the lines in the order
shown through the panels' shared ``TableExport``: as a table to paste into Word, Excel or WPS,
or as CSV in UTF-8 with a BOM, written atomically. A non-modal dialog the window keeps and
reuses (``show_term``), on the term dialogs' base (``term_dialog.TermDialog``): closing it
stops the search under way, as the counts by year's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QRect, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QTableView, QWidget

from desktop.core.chinese.concordance import DEFAULT_WIDTH
from desktop.core.storage.library_concordance import LibraryConcordance
from desktop.core.text_templates import fill
from desktop.dialogs.concordance_elision import ColumnElision
from desktop.dialogs.concordance_tables import ConcordanceTables
from desktop.dialogs.table_export import TableExport
from desktop.dialogs.term_dialog import TermDialog
from desktop.gui.beside_or_under import keep_counts_whole
from desktop.gui.search_jobs import SearchScope, concordance_job
from desktop.gui.text_size import text_px
from desktop.models.concordance_model import Column, ConcordanceModel, Role
from desktop.models.speech_labels import SpeechName

LIMIT = 20_000
"""Lines shown at most (a common character has millions of occurrences)."""


SPEECH_WITH_COLLECTION_PX = 280
"""The speech column's width (at the default font) when it names collections too."""

HIT_PX = 90
"""The term column's first width (at the default font): four characters in bold."""


class ConcordanceDialog(TermDialog):
    """Every occurrence of a term in its context, sortable, exportable."""

    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end) of a double-clicked line."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(library_path, "concordance", (860, 560), parent)
        self.model = ConcordanceModel(self)
        self.tables = ConcordanceTables(self.model)
        self.table_export = TableExport(self.tables, self)
        self._found: LibraryConcordance | None = None
        self._speech_widened = False
        self.assemble()

    def _own_fields(self) -> list[tuple[QLabel, QWidget]]:
        self.width_box = QSpinBox(self)
        self.width_box.setRange(4, 80)
        self.width_box.setValue(DEFAULT_WIDTH)
        self.width_label = self.label_for(self.width_box)
        return [(self.width_label, self.width_box)]

    def _set_up_table(self, table: QTableView) -> None:
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(Column.SPEECH, Qt.SortOrder.AscendingOrder)
        table.setItemDelegate(ColumnElision(table))  # each column elided its own way
        for column, width in ((Column.SPEECH, 160), (Column.LEFT, 260), (Column.HIT, HIT_PX)):
            table.setColumnWidth(column, text_px(table, width))

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        super().retranslate()
        self._update_title()
        self.term_edit.setPlaceholderText(self.tr("Word or term"))
        self.width_box.setToolTip(self.tr("Characters of context on each side"))
        self.table.setAccessibleName(self.tr("Occurrences"))
        self.term_label.setText(self.tr("&Word:"))
        self.width_label.setText(self.tr("Con&text:"))
        self.run_button.setText(self.tr("&Find"))
        if self._found is not None:
            self.summary.setText(self._summary(self._found))

    # API ------------------------------------------------------------------------------------

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
        self.present()

    def _clear(self) -> None:
        self._show(None, "")
        self._update_title()

    def _search(self, term: str) -> None:
        self.tables.term = term
        self.tables.where = self.scope.name()
        job = concordance_job(term, self.scope.scope(), self.width_box.value(), LIMIT)
        self.submit(term, job)
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

    def _show_outcome(self, outcome: object) -> None:
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
        self.enable_export(bool(found and found.lines))
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
        return keep_counts_whole(text)  # a narrow dialog wraps between counts only

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

    # Export ---------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where, then write the lines as shown to a CSV file; returns the path written."""
        return self.table_export.export()
