"""The main window's search and language tools: library search, terms, concordance, counts by
year (and, through ``window_find.FindBarMixin``, the find bar). A mixin of ``MainWindow`` kept
apart so the window's file stays about wiring. The docks and dialogs are built when first asked
for (a dock left open is built again at the next start, after the first paint). Their requests
are routed here. Views never see storage: the docks' workers open their own connection on the
library's path, and ``SessionTexts`` reads texts through the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget

from desktop.gui.actions import ActionId
from desktop.gui.window_find import FindBarMixin
from desktop.gui.window_state import show_fullwidth_punctuation

# The docks and the dialog load with their first use (the search engine, jieba's helpers):
# none is start-up work (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from desktop.core.storage.speech_filter import SpeechFilter
    from desktop.dialogs.concordance_dialog import ConcordanceDialog
    from desktop.dialogs.trend_dialog import TrendDialog
    from desktop.gui.search_dock import SearchDock
    from desktop.gui.search_jobs import SearchScope
    from desktop.gui.session_texts import SessionTexts
    from desktop.gui.terms_dock import TermsDock

# A dock property: whether the tool dock has its place (restored from the saved layout, or
# given when first shown).
_PLACED = "pizhuPlaced"


class SearchToolsMixin(FindBarMixin):
    """Find in the speech, search the library, list terms, show concordances."""

    TOOL_DOCKS = ("search_dock", "terms_dock")

    def _build_search_tools(self) -> None:
        self._texts: SessionTexts | None = None  # the search dock's, built with it
        self._search_dock: SearchDock | None = None
        self._terms_dock: TermsDock | None = None
        self._concordance: ConcordanceDialog | None = None
        self._trend: TrendDialog | None = None
        self._build_find_bar()
        self.speech_opened.connect(self._on_speech_opened_for_tools)
        registry = self.registry
        registry.bind(ActionId.SEARCH_LIBRARY, self.show_library_search)
        registry.bind(ActionId.CONCORDANCE, self.show_concordance)
        registry.bind(ActionId.COMPARE_WITH, self.compare_with)
        terms = registry.action(ActionId.SHOW_TERMS)
        terms.toggled.connect(self._on_show_terms_toggled)
        terms.triggered.connect(self._on_show_terms_triggered)
        self.update_speech_actions()  # an empty library opens no speech: nothing to find

    def reopen_tool_docks(self, names: list[str]) -> None:
        """Build again the docks the user left open (called right after the first paint)."""
        if "search_dock" in names:
            self.search_dock().show()
        if "terms_dock" in names:
            self.registry.action(ActionId.SHOW_TERMS).setChecked(True)

    def open_tool_docks(self) -> list[str]:
        """The tool docks shown now (the window saves them)."""
        docks = (self._search_dock, self._terms_dock)
        return [dock.objectName() for dock in docks if dock is not None and not dock.isHidden()]

    # Building on demand ---------------------------------------------------------------------

    def search_dock(self) -> SearchDock:
        """The library search dock, built on first use."""
        if self._search_dock is None:
            from desktop.gui.search_dock import SearchDock
            from desktop.gui.session_texts import SessionTexts

            self._texts = SessionTexts(self.session)
            dock = SearchDock(self.session.library_path, self._texts, self)
            dock.set_collections(self._collections())
            dock.set_history(self.settings.search_history)
            row = dock.filter_row  # asks when first opened (maybe now, restored open)
            row.choices_wanted.connect(lambda: row.set_choices(self.session.filter_choices()))
            dock.filter_row.restore(self.settings.search_filter)
            dock.open_hit_requested.connect(self._on_tool_open_hit_requested)
            dock.open_note_requested.connect(self._on_search_open_note_requested)
            dock.open_title_requested.connect(self._on_search_open_title_requested)
            from desktop.gui.search_trend import SearchTrendAction  # with the dock, not at start

            SearchTrendAction(dock, self.show_trend_of)  # the dock's child: lives as long
            # The box's line edit gets its keys from the box itself (its focus proxy).
            self.escape.watch(dock, dock.query_box, dock.query_box.lineEdit())
            self._place_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
            show_fullwidth_punctuation(dock, self.reader.fullwidth_punctuation)
            self._search_dock = dock
            self._follow_speech(dock)
            self.take_tab_place(dock)
        return self._search_dock

    def terms_dock(self) -> TermsDock:
        """The terms dock, built on first use."""
        if self._terms_dock is None:
            from desktop.gui.terms_dock import LAYER as TERM_LAYER
            from desktop.gui.terms_dock import TermsDock

            dock = TermsDock(self.session.library_path, self)
            # The word counts write to the library: the window's writes must not wait on them.
            self.session.follow_writer_runs(dock.finder.word_counts)
            dock.marks_requested.connect(self._on_terms_marks_requested)
            dock.clear_marks_requested.connect(lambda: self.reader.clear_marks(TERM_LAYER))
            dock.open_hit_requested.connect(self._on_terms_open_hit_requested)
            dock.concordance_requested.connect(self.show_concordance_of)
            dock.search_requested.connect(self.show_library_search)
            dock.trend_requested.connect(self.show_trend_of)
            dock.substring_search_requested.connect(self._on_terms_substring_search_requested)
            toggle = self.registry.action(ActionId.SHOW_TERMS)
            # Open or closed, not shown: behind another pane's tab it is still open (following
            # its visibility unchecked the item, and so closed the dock a user had tabbed).
            dock.toggleViewAction().toggled.connect(toggle.setChecked)
            self.escape.watch(dock)
            self._place_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
            show_fullwidth_punctuation(dock, self.reader.fullwidth_punctuation)
            self._terms_dock = dock
            self._follow_speech(dock)
            self.take_tab_place(dock)
            if self.segmenter is not None and self.segmenter.segmenter.ready:
                dock.set_segmenter(self.segmenter.segmenter)
        return self._terms_dock

    def concordance_dialog(self) -> ConcordanceDialog:
        """The concordance dialog, built on first use and kept."""
        if self._concordance is None:
            from desktop.dialogs.concordance_dialog import ConcordanceDialog

            dialog = ConcordanceDialog(self.session.library_path, self)
            dialog.set_collections(self._collections())
            dialog.open_hit_requested.connect(self._on_tool_open_hit_requested)
            dialog.open_hit_requested.connect(self._on_concordance_hit_opened)  # after it
            show_fullwidth_punctuation(dialog, self.reader.fullwidth_punctuation)
            self._concordance = dialog
            self._follow_speech(dialog)
        return self._concordance

    def _place_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        # Where the user had it, if the saved layout knows (restoring it adds it there);
        # else in ``area``, and sized when first shown.
        restored = self.restoreDockWidget(dock)
        if not restored:
            self.addDockWidget(area, dock)
        dock.setProperty(_PLACED, restored)
        self.take_file_drops(dock)

    def _share_right_column(self, dock: QDockWidget) -> None:
        """A tool dock first shown under the annotations pane gets half the column's room
        beyond what each needs, not the sliver the pane leaves (a list needs room for more
        than its header); an even half left the pane's list, under its filters and the note,
        one row on a 720-px screen."""
        annotations = self.ensure_annotations_dock()
        if self.dockWidgetArea(annotations) != self.dockWidgetArea(dock):
            return
        if annotations.isFloating() or not annotations.isVisible():
            return
        docks = [annotations, dock]
        floors = [each.minimumSizeHint().height() for each in docks]
        extra = max(0, annotations.height() + dock.height() - sum(floors)) // 2
        self.resizeDocks(docks, [floor + extra for floor in floors], Qt.Orientation.Vertical)

    def _follow_speech(self, tool: SearchDock | TermsDock | ConcordanceDialog) -> None:
        speech = self.current_speech()
        record = speech.record if speech is not None else None
        if tool is self._concordance:  # it names the speech in its scope box
            self._concordance.set_current_speech(record and record.id, record and record.title)
            return
        tool.set_current_speech(record.id if record else None, record and record.collection_id)
        if tool is self._terms_dock and record is not None:  # they name its exports
            tool.set_titles(record.title, self.session.collection(record.collection_id).title)

    def _collections(self) -> list[tuple[int, str]]:
        return [(record.id, record.title) for record in self.session.collections()]

    # Commands -------------------------------------------------------------------------------

    def show_library_search(self, text: str | None = None) -> None:
        """Ctrl+Shift+F: the search dock with the keyboard in its box, searching ``text``, else
        the words selected in the reader if a few are (as Find does)."""
        dock = self.search_dock()
        text = text or self._selected_words()
        if text:
            dock.set_query(text)
        dock.focus_query()  # after: its text selected, so what is typed replaces it

    def compare_with(self) -> None:
        """Compare With… (View menu, the tree's menu on a speech or a collection of one): the
        speech right-clicked in the tree, else the one being read, compared with another the
        user chooses."""
        from desktop.gui.compare_launch import choose_and_compare, only_speech  # when first used

        target = self.library_pane.menu_target_of_compare()
        if target is None:
            speech_id = self.current_speech_id()
        elif target[0] == "collection":
            speech_id = only_speech(self, target[1])
        else:
            speech_id = target[1]
        if speech_id is not None:
            choose_and_compare(self, speech_id)

    def show_concordance(self) -> None:
        """The concordance of the words of the pane with the keyboard (the Terms pane's chosen
        term, the search's query), else of the selected words, else of the chosen term, else of
        the library search's query while its dock is shown, else an empty one."""
        from PySide6.QtWidgets import QApplication

        selected, speech = self.reader.selected_range(), self.current_speech()
        terms, search, focus = self._terms_dock, self._search_dock, QApplication.focusWidget()
        in_terms = terms is not None and focus is not None and terms.isAncestorOf(focus)
        in_search = search is not None and focus is not None and search.isAncestorOf(focus)
        words = (  # a selection left in the page does not outrank the pane being worked in
            terms.chosen_term() if in_terms else None,
            search.query_text() if in_search else None,
            speech.text[selected[0] : selected[1]] if selected and speech else None,
            terms.chosen_term() if terms is not None else None,
            search.query_text() if search is not None and search.isVisible() else None,
        )
        self.show_concordance_of(next((w.strip() for w in words if w and w.strip()), ""), None)

    @Slot(str, object)
    def show_concordance_of(self, term: str, scope: SearchScope | None) -> None:
        """The concordance dialog for ``term`` in ``scope`` (None: the whole library)."""
        from desktop.gui.focus_return import focus_now, return_focus_after
        from desktop.gui.search_jobs import ScopeKind

        dialog = self.concordance_dialog()
        if not dialog.isVisible():
            return_focus_after(dialog, focus_now(self.reader))
        if term:
            speech = scope is not None and scope.kind == ScopeKind.SPEECH and scope.key
            title = self.session.speech(speech).title if speech else ""
            dialog.show_term(term, scope, title)
        else:
            dialog.show()
            dialog.term_edit.setFocus()

    @Slot(str, object)
    def show_trend_of(self, term: str, scope: SearchScope | None) -> None:
        """The counts of ``term`` by year (or speaker) in ``scope``'s collection or the library."""
        from desktop.gui.search_trend import place_beside_panel

        if self._trend is None:
            from desktop.dialogs.trend_dialog import TrendDialog

            self._trend = TrendDialog(self.session.library_path, self)
            self._trend.search_requested.connect(self._on_trend_search_requested)
        self._trend.set_collections(self._collections())
        if not self._trend.isVisible() and self._search_dock is not None:
            place_beside_panel(self._trend, self._search_dock, self)  # not over its results
        speech = self.current_speech()
        date = speech.record.date if speech is not None else None
        self._trend.show_term(term, scope, date[:4] if date else None)  # its year shown first

    @Slot(bool)
    def _on_show_terms_toggled(self, shown: bool) -> None:
        if shown:
            dock = self.terms_dock()
            dock.show()
            dock.raise_()
            if not dock.property(_PLACED):
                dock.setProperty(_PLACED, True)
                # Once the layout has taken the dock in: before, resizing it does nothing.
                QTimer.singleShot(0, lambda: self._share_right_column(dock))
        elif self._terms_dock is not None:
            self.panes.show_or_hide(self._terms_dock, False, self.reader)

    @Slot(bool)
    def _on_show_terms_triggered(self, shown: bool) -> None:
        # Its key (not the saved layout, nor the dock's own ×) brings the keyboard to it.
        if shown and self._terms_dock is not None:
            self.panes.enter(self._terms_dock)

    # Routing --------------------------------------------------------------------------------

    @Slot(int)
    def _on_speech_opened_for_tools(self, _speech_id: int) -> None:
        speech = self.current_speech()
        if self._find_bar is not None:
            self._find_bar.set_text(speech.text if speech is not None else "")
            if speech is None:
                self._find_bar.close_bar()
        for tool in (self._search_dock, self._terms_dock, self._concordance):
            if tool is not None:
                self._follow_speech(tool)

    @Slot(int, int, int)
    def _on_tool_open_hit_requested(self, speech_id: int, start: int, end: int) -> None:
        if self._find_bar is not None:
            self._find_bar.close_bar()
        if self.open_speech(speech_id, start, passage=True):
            # A hit opened from the library search or a concordance is marked like a find-bar hit.
            from desktop.gui.find_bar import LAYER as HIT_LAYER

            self.reader.set_marks(HIT_LAYER, [(start, end)], 0)

    @Slot(int, int, int)
    def _on_concordance_hit_opened(self, speech_id: int, start: int, _end: int) -> None:
        # The line a double-click opened came a third of the way down: not under the dialog.
        if self._concordance is not None and self.current_speech_id() == speech_id:
            self._concordance.keep_clear_of(self.reader.line_screen_rect(start))

    @Slot(int, str)
    def _on_search_open_note_requested(self, speech_id: int, annotation_id: str) -> None:
        annotation = self.session.annotation(annotation_id)
        self.open_speech(speech_id, annotation.start, passage=True)

    @Slot(int)
    def _on_search_open_title_requested(self, speech_id: int) -> None:
        if self._find_bar is not None:
            self._find_bar.close_bar()
        self.open_speech(speech_id, 0)  # its top: the title is painted above offset 0

    @Slot(str, str, object)
    def _on_terms_substring_search_requested(self, term: str, kind: str, key: object) -> None:
        from desktop.gui.search_jobs import ScopeKind  # with the docks, after the first frame

        collection_id = key if kind == ScopeKind.COLLECTION.value else None
        self.search_dock().search_in(term, ScopeKind(kind), collection_id)

    @Slot(str, str, object, object)
    def _on_trend_search_requested(
        self, term: str, kind: str, key: object, speech_filter: SpeechFilter
    ) -> None:
        from desktop.gui.search_jobs import ScopeKind

        collection_id = key if kind == ScopeKind.COLLECTION.value else None
        self.search_dock().search_in(term, ScopeKind(kind), collection_id, speech_filter)

    @Slot(list, int)
    def _on_terms_marks_requested(self, ranges: list[tuple[int, int]], current: int) -> None:
        from desktop.gui.terms_dock import LAYER as TERM_LAYER

        self.reader.set_marks(TERM_LAYER, ranges, current if current >= 0 else None)
        if current >= 0:
            self.reader.reveal_offset(ranges[current][0])

    @Slot(int, int, int)
    def _on_terms_open_hit_requested(self, speech_id: int, start: int, _end: int) -> None:
        self.open_speech(speech_id, start, passage=True)

    # Events from the window -----------------------------------------------------------------

    def _tools_segmenter_ready(self) -> None:
        """jieba is loaded: the terms panel can work."""
        if self._terms_dock is not None and self.segmenter is not None:
            self._terms_dock.set_segmenter(self.segmenter.segmenter)

    def _tools_library_changed(self, collection_ids: list[int] | None = None) -> None:
        """Speeches of ``collection_ids`` (None: any) changed: texts, lists and results follow."""
        if self._texts is not None:
            self._texts.forget()
        collections = self._collections()
        if self._search_dock is not None:
            self._search_dock.set_collections(collections)
            if self._search_dock.filter_row.wants_choices():  # new speakers, or gone
                self._search_dock.filter_row.set_choices(self.session.filter_choices())
            self._search_dock.refresh(collection_ids)
        if self._terms_dock is not None:
            self._terms_dock.refresh()
        for dialog in filter(None, (self._concordance, self._trend)):  # scopes and results
            dialog.follow_library(collections)

    def release_library_readers(self) -> None:
        """Before the library's file is replaced (a restore): results that read it as they are
        drawn are cleared, and every worker's connection closed (the next job opens the new
        file; a connection kept open would go on reading the file put aside)."""
        from desktop.gui.library_worker import LibraryWorker

        if self._search_dock is not None:
            self._search_dock.forget_results()
        for reader in self.findChildren(LibraryWorker):
            reader.release()

    def _tools_running_work(self) -> list[str]:
        tools = (self._search_dock, self._terms_dock, self._concordance, self._trend)
        return [name for tool in tools if tool is not None for name in tool.running_work()]

    def _shutdown_tools(self) -> None:
        """The window is closing: remember what to, stop the workers."""
        if self._search_dock is not None:
            self.settings.search_history = self._search_dock.history()
            self.settings.search_filter = self._search_dock.filter_row.state()
        if self.first_paint_done:  # else those left open last time may not be built again yet
            self.settings.open_tool_docks = self.open_tool_docks()
        for tool in (self._search_dock, self._terms_dock, self._concordance, self._trend):
            if tool is not None:
                tool.shutdown()
