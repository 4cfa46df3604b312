"""A term's counts by year or by speaker, over the library or a collection: a table with bars.

Asked for from the terms panel's menu (a formulation or keyword) or the search panel's (its
query, counted within the panel's filter of years and speaker: a line above the rows and the
title name it). The counts are the library search's (``core.storage.term_trend``), made in
the dialog's worker while a busy bar runs; closing the dialog cancels them. Each row shows the
year (the undated speeches last) or speaker, the occurrences with a bar drawn in the table, the
speeches holding the term and all the speeches of that year or speaker. Double-clicking a row
asks the window to search the library for the term in the same scope, kept to that row's year
(or the undated speeches) or speaker (or those naming nobody) by the search panel's filter,
within the filter it was counted in (its years narrowed to the row's, its speaker kept), and
the dialog says so. By year, a year between the first and last dated ones that has no speeches
in the scope is listed too, greyed and reading "No speeches" (a gap in the record, not a year
without the term); double-clicking it searches nothing and says why. Copy Table and Export
CSV… work as in the other tables (``TableExport``). By year, the rows open at the year of the
speech being read, else at the latest years; the term box widens to show the whole term.
Non-modal, kept and reused by the window; the term row, worker, table and buttons are the term
dialogs' (``term_dialog.TermDialog``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export.table import Table
from desktop.core.storage.speech_filter import SpeechFilter
from desktop.core.storage.term_trend import TermTrend, TrendBy, trend_table
from desktop.core.text_templates import fill
from desktop.dialogs.table_export import TableExport
from desktop.dialogs.term_dialog import TermDialog
from desktop.gui.beside_or_under import keep_counts_whole
from desktop.gui.focus_return import focus_now, return_focus_after
from desktop.gui.search_filter_row import describe_filter
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.gui.text_size import text_px
from desktop.gui.trend_delegate import BAR_PX, TrendBarDelegate
from desktop.gui.trend_jobs import trend_job
from desktop.models.trend_model import Column, Role, TrendModel


def row_filter(by: TrendBy, key: str | None, within: SpeechFilter | None = None) -> SpeechFilter:
    """The search filter of a row: its year (None: the undated) or speaker (None: nobody),
    within the filter the counts were made in (the row's year lies in its years, its speaker
    among its speakers: the counts kept to them)."""
    base = within or SpeechFilter()
    if by == TrendBy.YEAR:
        year = None if key is None else int(key)
        return SpeechFilter(year, year, key is None, base.speakers, base.no_speaker)
    speakers = () if key is None else (key,)
    return SpeechFilter(base.from_year, base.to_year, base.undated, speakers, key is None)


class TrendDialog(TermDialog):
    """How often a term occurs, and in how many speeches, per year or per speaker."""

    search_requested = Signal(str, str, object, object)
    """(term, scope kind, collection id or None, SpeechFilter): search for it there, then."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(library_path, "trend", (560, 520), parent)
        self.model = TrendModel(self)
        self.table_export = TableExport(self, self)
        self._found: TermTrend | None = None
        self._filter: SpeechFilter | None = None  # the search panel's, when asked from it
        self._year: str | None = None  # the year of the speech read when asked, shown first
        # Whether the next counts scroll to that year: a term's first do, not those made again
        # when the library changes (a user who scrolled away stays where they are).
        self._scroll_pending = False
        self._refreshing = False
        self.assemble()

    def _build(self) -> None:
        super()._build()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_above(self, layout: QVBoxLayout) -> None:
        self.within = QLabel(self)
        self.within.setObjectName("trend_within")
        self.within.setWordWrap(True)
        self.within.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.within.hide()
        layout.addWidget(self.within)
        layout.addLayout(self._build_switch())
        self.busy = QProgressBar(self)
        self.busy.setObjectName("trend_busy")
        self.busy.setRange(0, 0)  # no figures: the counting says nothing until it is done
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(text_px(self, 8))
        self.busy.hide()
        layout.addWidget(self.busy)

    def _build_below(self, layout: QVBoxLayout) -> None:
        self.note = QLabel(self)
        self.note.setObjectName("trend_note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout.addWidget(self.note)

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

    def _set_up_table(self, table: QTableView) -> None:
        table.setItemDelegate(TrendBarDelegate(table))
        table.setColumnWidth(Column.KEY, text_px(table, 140))
        table.setColumnWidth(Column.OCCURRENCES, text_px(table, BAR_PX + 60))

    def _connect(self) -> None:
        super()._connect()
        self.by_group.buttonToggled.connect(self._on_by_toggled)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        super().retranslate()
        self.term_label.setText(self.tr("&Term:"))
        self.term_edit.setPlaceholderText(self.tr("Words to count, as the search takes them"))
        self.run_button.setText(self.tr("Co&unt"))
        self.by_year.setText(self.tr("By ye&ar"))
        self.by_speaker.setText(self.tr("By &speaker"))
        self.busy.setAccessibleName(self.tr("Counting"))
        self.table.setAccessibleName(self.tr("Counts"))
        self._update_within()
        self._update_title()
        if self.busy.isVisible():  # the counts shown are the last term's until these come
            self.summary.setText(self.tr("Counting…"))
        elif self._found is not None:
            self.summary.setText(self._summary(self._found))

    # API ------------------------------------------------------------------------------------

    def by(self) -> TrendBy:
        """What the counts are grouped by (the switch)."""
        return TrendBy.SPEAKER if self.by_speaker.isChecked() else TrendBy.YEAR

    def speech_filter(self) -> SpeechFilter | None:
        """The search panel's filter the counts are kept to (None: every speech of the scope)."""
        return self._filter

    def show_term(
        self, term: str, scope: SearchScope | None = None, year: str | None = None
    ) -> None:
        """Show the dialog counting ``term`` in ``scope``'s collection, else the library (a
        speech's counts would be one year's), within ``scope``'s filter (the search panel's),
        its rows scrolled to ``year`` (the speech read's), else to the latest years."""
        found = scope.speech_filter if scope is not None else None
        self._filter = None if found is None or found.is_empty() else found
        self._year = year
        self._update_within()
        self.term_edit.setText(term)
        self.fit_term()
        if scope is not None and scope.kind != ScopeKind.COLLECTION:
            scope = None
        self.scope.choose(scope)
        if not self.isVisible():  # closed, the keyboard goes back to the panel it came from
            return_focus_after(self, focus_now())
        self.present()

    def _clear(self) -> None:
        self.note.hide()
        self._show(None, self.tr("Type the words to count."))

    def follow_library(self, collections: list[tuple[int, str]]) -> None:
        """The counts made again for the library as it is now, the rows left where they are."""
        self._refreshing = True
        try:
            super().follow_library(collections)
        finally:
            self._refreshing = False

    def _search(self, term: str) -> None:
        term = term.strip()
        if not self._refreshing:  # a refresh under way leaves a first count's scroll pending
            self._scroll_pending = True
        self.note.hide()
        self.submit(term, trend_job(term, self.by(), self.scope.scope(), self._filter))
        # The rows stay the last count's until the new one comes: not copied, exported or
        # searched for meanwhile (they would go under the new term's name, or its scope).
        self.enable_export(False)
        self.busy.show()
        self.summary.setText(self.tr("Counting…"))
        self._update_title()

    def _update_title(self) -> None:
        if not self.searched:
            self.setWindowTitle(self.tr("Counts by Year"))
            return
        template = (
            self.tr("“%1” by year in %2")
            if self.by() == TrendBy.YEAR
            else self.tr("“%1” by speaker in %2")
        )
        title = fill(template, self.searched, self.scope.described())
        if self._filter is not None:
            title = fill(self.tr("%1 · %2"), title, describe_filter(self._filter))
        self.setWindowTitle(title)

    def _update_within(self) -> None:
        """The line above the rows naming the search panel's filter, shown while there is one."""
        self.within.setVisible(self._filter is not None)
        if self._filter is not None:
            self.within.setText(
                fill(
                    self.tr("Counted within the search panel's filter: %1"),
                    describe_filter(self._filter),
                )
            )

    # Results --------------------------------------------------------------------------------

    def _show_outcome(self, outcome: TermTrend) -> None:
        self._show(outcome, self._summary(outcome))

    def _show(self, found: TermTrend | None, summary: str) -> None:
        self.busy.hide()
        self._found = found
        self.model.set_trend(found)
        if self._scroll_pending:
            self._scroll_to_year()
        self._scroll_pending = False
        self.summary.setText(summary)
        self.enable_export(bool(found and found.rows))
        self.shown.emit()

    def _scroll_to_year(self) -> None:
        """Show the year asked for, else the latest years: sixty years from 1955 would open
        at 1955, the researcher scrolling to what is read now."""
        if self.model.by() != TrendBy.YEAR:
            return
        keys = [self.model.index(row, 0).data(Role.KEY) for row in range(self.model.rowCount())]
        dated = [row for row, key in enumerate(keys) if key is not None]  # the undated last
        if not dated:
            return
        hint = QTableView.ScrollHint.PositionAtCenter
        if self._year is not None and self._year in keys:
            row = keys.index(self._year)
        else:
            row, hint = dated[-1], QTableView.ScrollHint.PositionAtBottom
        self.table.doItemsLayout()  # the rows just reset have no places yet to scroll to
        self.table.scrollTo(self.model.index(row, Column.KEY), hint)

    def _summary(self, found: TermTrend) -> str:
        if not found.occurrences:
            return self.tr("Not found in the texts of these speeches.")
        figure = QLocale().toString
        text = fill(
            self.tr("Occurrences: %1 · Speeches: %2 · double-click a row or press Enter to search"),
            figure(found.occurrences),
            figure(found.speeches),
        )
        return keep_counts_whole(text)  # a narrow dialog wraps between counts only

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        """Search the library for the term (Enter on a row too)."""
        if not index.isValid() or self._found is None or self.worker.is_busy():
            return
        scope = self.scope.scope()
        key = scope.key if scope.kind == ScopeKind.COLLECTION else None
        key_index = self.model.index(index.row(), Column.KEY)
        row_key = key_index.data(Role.KEY)
        if key_index.data(Role.NO_SPEECHES):
            self.note.setText(
                fill(
                    self.tr("No speeches of %1 in %2: there is nothing to search."),
                    row_key,
                    self.scope.described(),
                )
            )
            self.note.show()
            return
        speech_filter = row_filter(self._found.by, row_key, self._filter)
        self.search_requested.emit(self._found.query, scope.kind.value, key, speech_filter)
        self.note.setText(
            fill(
                # The filter in brackets, as the panel names it: "kept to undated" read
                # as broken English, and so did "kept to no speaker named".
                self.tr(
                    "The search panel shows “%1” in %2, filtered (%3); its Clear shows every "
                    "speech again."
                ),
                self._found.query,
                self.scope.described(),
                describe_filter(speech_filter),
            )
        )
        self.note.show()

    @Slot(object, bool)
    def _on_by_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.run_if_typed()

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
        kept = describe_filter(self._filter)  # counts kept to some years are not all of them
        parts = (self.searched, self.scope.name(), kept, by.replace("&", ""))
        return " ".join(part for part in parts if part).strip()

    # Lifetime -------------------------------------------------------------------------------

    def _stopped(self) -> None:
        self.busy.hide()
        super()._stopped()
