"""The terms panel: keywords and formulations (提法) of the speech being read, its collection, or
the whole library.

Computed in a worker once jieba is ready (until then the panel says the dictionary is loading);
keywords take their IDF from the library's word counts, which a second worker brings up to date
in the background (slow once on a large library) before the panel refreshes. The whole library's
terms are read from those counts (``core.storage.library_terms``), weighed against general
Chinese usage; while counting goes on they cover the speeches counted so far, and the panel says
so and refreshes when the counts are done (the workers, requests and progress are
``terms_finder.TermsFinder``'s; the dock keeps the widgets and what the user does). Choosing an
entry asks the window to mark its occurrences in the reader, and the arrows step through them
(``terms_stepper.TermStepper``; choosing is ``terms_dock_choosing.TermsChoosingMixin``'s); a
whole-library keyword's places are found as they are needed, speech by speech
(``terms_word_steps.WordSteps``), and the status line says how many speeches hold it. An entry's
context menu offers its concordance and a library search; the status line names the term marked,
and × beside the arrows (or the menu) clears its marks.

Counts are of whole jieba words (革命 inside 效能革命 is not one), where the find bar, the
library search and the concordance count substrings; the panel says so, and Enter or a
double-click on an entry asks for the substring search of the same speech or collection
(``substring_search_requested``) so the two numbers can be compared. The list shown copies as a
table (Ctrl+C, its context menu, the buttons under it) or exports to CSV (``TableExport``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text_templates import fill
from desktop.dialogs.table_export import TableExport
from desktop.gui.elided_label import ElidedLabel
from desktop.gui.icons import svg_icon
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.gui.terms_dock_choosing import TermsChoosingMixin
from desktop.gui.terms_finder import TermsFinder
from desktop.gui.terms_menu import entry_menu, show_entry_menu
from desktop.gui.terms_status import hint_text, holders_text, status_text, stepping_text
from desktop.gui.terms_stepper import TermStepper, step_button
from desktop.gui.terms_tables import TermsTables, follow_keys, terms_view
from desktop.models.fullwidth_text import ShownTexts
from desktop.models.terms_model import formulations_model, keywords_model

if TYPE_CHECKING:  # jieba's modules load with its first terms, not with the panel
    from desktop.core.chinese.segmenter import Segmenter
    from desktop.gui.terms_jobs import TermsOutcome

LAYER = "term"
"""The reader's mark layer for a chosen term's occurrences."""


class TermsDock(TermsChoosingMixin, QDockWidget):
    """Lists the keywords and formulations of a speech or collection and marks them."""

    marks_requested = Signal(list, int)
    """(ranges in the speech being read, index of the current one or -1)."""
    clear_marks_requested = Signal()
    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end): show this occurrence (in another speech of the collection)."""
    concordance_requested = Signal(str, object)
    """(term, SearchScope: the panel's own, this speech, its collection or the library)."""
    search_requested = Signal(str)
    trend_requested = Signal(str, object)  # (term, SearchScope): its counts by year or speaker
    substring_search_requested = Signal(str, str, object)
    """(term, ScopeKind value, speech or collection id): count every occurrence of its
    characters where the panel counted its words."""
    terms_shown = Signal()
    """New terms are listed."""

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terms_dock")
        self.finder = TermsFinder(library_path, self.scope_kind, self)
        self.keywords = keywords_model(self)
        self.formulations = formulations_model(self)
        self._words = ShownTexts(kept=1_000)  # terms as the status line names them
        self._build()
        self._connect()
        self.retranslate()

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.scope_box = QComboBox(body)
        self.scope_box.setObjectName("terms_scope")
        # Its texts change with the language: the default policy sizes it once, for the first.
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_box.addItem("", ScopeKind.SPEECH.value)
        self.scope_box.addItem("", ScopeKind.COLLECTION.value)
        self.scope_box.addItem("", ScopeKind.LIBRARY.value)
        self.previous_button = step_button(body, "terms_previous", "↑")
        self.next_button = step_button(body, "terms_next", "↓")
        # The marks stay while another term is read or the list scrolls: cleared on request.
        self.clear_action = QAction(self)
        self.clear_action.setObjectName("terms_clear_marks")
        self.clear_action.triggered.connect(self.clear_marks)
        self.clear_button = step_button(body, "terms_clear", "×")
        self.clear_button.clicked.connect(self.clear_action.trigger)
        self.step_label = QLabel(body)
        self.stepper = TermStepper(
            self.previous_button, self.next_button, self.step_label, self.finder.library_path
        )
        self.stepper.marks_requested.connect(self.marks_requested)
        self.stepper.open_hit_requested.connect(self.open_hit_requested)
        self.stepper.words.changed.connect(self._on_finder_status_changed)
        top.addWidget(self.scope_box, 1)
        top.addWidget(self.step_label)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        # One line, elided (the whole text in its tooltip): wrapped, it took the list's rows.
        self.status = ElidedLabel(body)
        self.status.setObjectName("terms_status")
        layout.addWidget(self.status)
        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)  # no frame around the list's own: more of its rows
        self.keyword_view = terms_view(self.keywords, "terms_keywords", self)
        self.formulation_view = terms_view(self.formulations, "terms_formulations", self)
        self.tabs.addTab(self.keyword_view, "")
        self.tabs.addTab(self.formulation_view, "")
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_foot(body))
        self.setWidget(body)

    def _build_foot(self, body: QWidget) -> QVBoxLayout:
        """What the counts count (folded behind its button), and Copy / Export… of the list.

        Open, the text has the panel's width to itself: beside the buttons, a narrow dock
        (300 px at 1366 wide) squeezed it into a tall column of a few characters a line. Folded
        by default: always open, its three lines left a 768 px screen three rows of the list
        (the header of the counts column and the button's tooltip say the same).
        """
        foot = QVBoxLayout()
        self.hint = QLabel(body)
        self.hint.setObjectName("terms_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.hint_button = QToolButton(body)
        self.hint_button.setObjectName("terms_hint_button")
        self.hint_button.setIcon(svg_icon("info"))
        self.hint_button.setCheckable(True)
        self.hint_button.setAutoRaise(True)
        self.hint_button.toggled.connect(self.hint.setVisible)
        self.tables = TermsTables(self.tabs, self.keyword_view, self.formulation_view, self.scope)
        self.table_export = TableExport(self.tables, self)
        foot.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_button)
        buttons.addStretch(1)
        for action in (self.table_export.copy_action, self.table_export.export_action):
            button = QToolButton(body)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        foot.addLayout(buttons)
        self.table_export.watch(self.keyword_view)
        self.table_export.watch(self.formulation_view)
        return foot

    def _connect(self) -> None:
        self.scope_box.currentIndexChanged.connect(self._on_scope_box_changed)
        self.tabs.currentChanged.connect(self._on_tabs_changed)
        for view in (self.keyword_view, self.formulation_view):
            view.clicked.connect(self._on_view_chosen)
            follow_keys(view, partial(self._choose_index, keyword=view is self.keyword_view))
            view.activated.connect(self._on_view_activated)
            view.customContextMenuRequested.connect(partial(show_entry_menu, self, view))
        self.finder.listed.connect(self._on_finder_listed)
        self.finder.failed.connect(self._on_finder_failed)
        self.finder.status_changed.connect(self._on_finder_status_changed)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Terms"))
        self.scope_box.setItemText(0, self.tr("This speech"))
        self.scope_box.setItemText(1, self.tr("Its collection"))
        self.scope_box.setItemText(2, self.tr("Whole library"))
        self.tabs.setTabText(0, self.tr("Keywords"))
        self.tabs.setTabText(1, self.tr("Formulations (提法)"))
        self.previous_button.setToolTip(self.tr("Previous occurrence"))
        self.next_button.setToolTip(self.tr("Next occurrence"))
        self.clear_button.setToolTip(self.tr("Clear the marks"))
        self.clear_button.setAccessibleName(self.clear_button.toolTip())
        self.previous_button.setAccessibleName(self.previous_button.toolTip())
        self.next_button.setAccessibleName(self.next_button.toolTip())
        self.scope_box.setAccessibleName(self.tr("Terms of"))
        self.keyword_view.setAccessibleName(self.tr("Keywords"))
        self.formulation_view.setAccessibleName(self.tr("Formulations (提法)"))
        self.hint_button.setAccessibleName(self.tr("What the counts mean"))
        self.keywords.retranslate()
        self.formulations.retranslate()
        self.table_export.retranslate()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Data from the window -------------------------------------------------------------------

    def set_segmenter(self, segmenter: Segmenter | None) -> None:
        """jieba is ready (or not, None): count the library's words, then find the terms."""
        self.finder.set_segmenter(segmenter)
        self.stepper.words.segmenter = segmenter
        self._update_status()

    def set_current_speech(self, speech_id: int | None, collection_id: int | None) -> None:
        """The speech being read changed."""
        if (speech_id, collection_id) == self.finder.speech:
            return
        self.finder.speech = (speech_id, collection_id)
        self.stepper.speech_id = speech_id
        if self.finder.wanted() == self.finder.shown:
            self.stepper.mark(keep_step=True)  # the collection's terms hold for this speech too
        else:
            self.finder.request()

    def set_titles(self, speech: str, collection: str) -> None:
        """The titles of the speech being read and of its collection: an export's name."""
        self.tables.titles = (speech, collection)

    def refresh(self) -> None:
        """The library changed: count new speeches' words and find the terms again."""
        self.stepper.library_changed()
        self.finder.refresh()

    def scope_kind(self) -> ScopeKind:
        """Speech, collection or library."""
        return ScopeKind(self.scope_box.currentData())

    def scope(self) -> SearchScope:
        """Where the panel's terms come from: this speech, its collection (the speech's when
        it has none) or the whole library."""
        speech_id, collection_id = self.finder.speech
        if self.scope_kind() == ScopeKind.LIBRARY:
            return SearchScope(ScopeKind.LIBRARY)
        if self.scope_kind() == ScopeKind.COLLECTION and collection_id is not None:
            return SearchScope(ScopeKind.COLLECTION, collection_id)
        return SearchScope(ScopeKind.SPEECH, speech_id)

    # Listing -------------------------------------------------------------------------------

    @Slot(object)
    def _on_finder_listed(self, outcome: TermsOutcome | None) -> None:
        chosen = self.stepper.term()
        self.keywords.set_entries(outcome.report.keywords if outcome else [])
        self.formulations.set_entries(outcome.report.formulations if outcome else [])
        self.stepper.forget()
        if chosen is not None and not self._choose_term(chosen):
            self.clear_marks_requested.emit()
        self._on_tabs_changed(self.tabs.currentIndex())
        self._update_status()
        self.terms_shown.emit()

    @Slot()
    def _on_finder_failed(self) -> None:
        self._show_status(self.tr("The terms could not be found."))

    @Slot()
    def _on_finder_status_changed(self) -> None:
        self._update_status()

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Name terms in the status line as the lists show them (full-width punctuation)."""
        if self._words.set_fullwidth(enabled):
            self._update_status()

    def _update_status(self) -> None:
        words = self.stepper.following_word()
        chosen = self.stepper.term() if words is None else None  # else its holders are said
        shown = None if chosen is None else self._words(chosen)
        text = status_text(replace(self.finder.state(), chosen=shown))
        self._update_clearing()
        if words is not None and words.word is not None:
            word = self._words(words.word)
            holders = holders_text(word, words.speeches(), words.position()[1])
            text = f"{text} {holders}"
            if words.stepping() and words.speeches() is not None:
                text = f"{text} {stepping_text(word)}"
        self._show_status(text.strip())
        self._update_hint()

    def _show_status(self, text: str) -> None:
        """Say ``text``; with nothing to say the line is hidden, not left as an empty row."""
        self.status.set_full_text(text)
        self.status.setVisible(bool(text))

    def _update_hint(self) -> None:
        keywords = self.tabs.currentWidget() is self.keyword_view
        counts = hint_text(self.finder.state(), keywords)
        self.hint.setText(counts)
        self.hint_button.setToolTip(counts)

    def _update_clearing(self) -> None:
        term = self.stepper.term()
        self.clear_button.setEnabled(term is not None)
        self.clear_action.setEnabled(term is not None)
        self.clear_action.setText(fill(self.tr("C&lear the Marks of “%1”"), term or ""))

    # Menus ----------------------------------------------------------------------------------

    def entry_menu(self, term: str | None) -> QMenu:
        """The context menu of an entry (its concordance, a library search) or of the list
        (None), with clearing the marks and copying or exporting the list."""
        return entry_menu(self, term)

    @Slot(int)
    def _on_tabs_changed(self, _index: int) -> None:
        self.table_export.set_enabled(self.tables.row_count() > 0)
        self._update_hint()

    @Slot(int)
    def _on_scope_box_changed(self, _row: int) -> None:
        self.finder.request()

    # Lifetime -------------------------------------------------------------------------------

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return self.finder.running_work() + self.stepper.words.running_work()

    def shutdown(self) -> None:
        """Stop the workers and release their connections (the window is closing)."""
        self.finder.shutdown()
        self.stepper.words.shutdown()
