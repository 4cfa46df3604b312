"""The compare window: two speeches side by side, old left, new right, what changed marked.

Non-modal, a window of its own over the main one. The pages are set as the reader sets them
(``ComparePane``); their drafts and the diff (``core.speech_compare``) are made in the window's
worker pool, then each page is made in its own turn of the event loop and the changes marked a
slice a turn (``compare_pages``), so none of that holds the GUI for two long reports at once
(what is left is Qt's own layout of a long page, in steps after its first screen, as in the
reader); closing the window (or swapping sides) cancels it. Scrolling one pane brings the
other to the aligned place; F7 and Shift+F7 step through the changes, selecting each in both
panes; Swap puts the other speech on the left; Export Changes… (Ctrl+E) and Copy Changes
(Ctrl+Shift+C) take the changes out (``compare_export_actions``). The pages follow the main
window's theme, zoom (its zoom keys work here too) and full-width punctuation
(``set_style``), and the window's words a language changed while it is open.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QEvent, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PizhuError
from desktop.core.text_templates import fill
from desktop.gui.button_texts import without_access_key
from desktop.gui.compare_export_actions import CompareExport
from desktop.gui.compare_jobs import compare_job
from desktop.gui.compare_pages import PagesMixin
from desktop.gui.compare_pane import ComparePane
from desktop.gui.messages import failure_words
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.slices import SliceRunner
from desktop.gui.workers import WorkerPool, WorkerTask
from desktop.models.fullwidth_text import shown_text

if TYPE_CHECKING:
    from desktop.core.compare_export import ComparedSpeeches
    from desktop.core.records import SpeechContent
    from desktop.core.speech_compare import Comparison
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.reader.document import ReaderStyle

NEXT_CHANGE_KEYS = ("F7",)
PREVIOUS_CHANGE_KEYS = ("Shift+F7",)
SWAP_KEYS = ("Alt+S",)
"""The window has no menu and a tool button no access key: without a key of its own, Swap
Sides was out of reach of the keyboard (Alt+S, as its text's &S promises)."""


class CompareWindow(PagesMixin, QMainWindow):
    """Two speeches side by side; ``comparison`` once the worker has made it and the pages
    are shown (their changes then marked a slice a turn: ``pages_pending``)."""

    def __init__(
        self,
        session: LibrarySession,
        workers: WorkerPool,
        style: ReaderStyle,
        speeches: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._session, self._workers, self._style = session, workers, style
        self.speeches = speeches
        self.comparison: Comparison | None = None
        self.current = -1  # the change stepped to, by index; -1 before the first step
        self._task: WorkerTask | None = None
        self._pages_task: WorkerTask | None = None
        self._found: Comparison | None = None  # the worker's, until both pages are shown
        self._pages_shown = False  # pages of these sides are shown (in some style)
        self._pages_current = False  # and are those of the last drafts, none still coming
        self._slices = SliceRunner(self)
        self._contents: tuple[SpeechContent, SpeechContent] | None = None
        self._sources = ("", "")  # the sides' files, named when they bear one title
        self._syncing = False
        self._build()
        self.load(*speeches)

    # Building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("compare_summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.old_pane = ComparePane("compare_old", self)
        self.new_pane = ComparePane("compare_new", self)
        self.old_title, self.new_title = QLabel(self), QLabel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("compare_splitter")
        splitter.setChildrenCollapsible(False)
        for title, pane in ((self.old_title, self.old_pane), (self.new_title, self.new_pane)):
            title.setWordWrap(True)
            title.setBuddy(pane)
            splitter.addWidget(self._column(title, pane))
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(centre)
        self._build_actions()
        for pane in (self.old_pane, self.new_pane):
            pane.verticalScrollBar().valueChanged.connect(partial(self._on_pane_scrolled, pane))
        resize_within_screen(self, QSize(1200, 800))  # two columns of a page each

    def _column(self, title: QLabel, pane: ComparePane) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(pane, 1)
        return column

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Compare"), self)
        toolbar.setObjectName("compare_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action(PREVIOUS_CHANGE_KEYS, self.previous_change)
        self.next_action = self._action(NEXT_CHANGE_KEYS, self.next_change)
        self.swap_action = self._action(SWAP_KEYS, self.swap)
        self.close_action = self._action((), self.close)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.changes_export = CompareExport(
            self.compared_speeches, self, self.summary_text, self._workers
        )
        # Said in the status bar: nothing else shows that a copy or a file was made.
        self.changes_export.copied.connect(self._on_changes_export_copied)
        self.changes_export.exported.connect(self._on_changes_export_exported)
        toolbar.addActions([self.previous_action, self.next_action, self.swap_action])
        toolbar.addSeparator()
        toolbar.addActions([self.changes_export.export_action, self.changes_export.copy_action])
        self.addToolBar(toolbar)
        self._toolbar = toolbar
        self.retranslate()

    def _action(self, keys: tuple[str, ...], slot: object) -> QAction:
        action = QAction(self)  # its words: retranslate
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # Words ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the window's words in the UI's language (again when it changes while open)."""
        self._toolbar.setWindowTitle(self.tr("Compare"))
        self.changes_export.retranslate()
        for action, text, keys in (
            (self.previous_action, self.tr("&Previous Change"), PREVIOUS_CHANGE_KEYS),
            (self.next_action, self.tr("&Next Change"), NEXT_CHANGE_KEYS),
            (self.swap_action, self.tr("&Swap Sides"), SWAP_KEYS),
            (self.close_action, self.tr("&Close"), ()),
        ):
            action.setText(text)
            # A tool button has no access key: "上一处改动", not Qt's "上一处改动(P)".
            action.setIconText(without_access_key(text))
            if keys:
                named = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{without_access_key(text)} ({named})")
        if self._contents is not None:
            self._name_sides(*self._contents)
        if self.comparison is not None:
            self.summary.setText(self.summary_text(self.comparison))
            if self.current >= 0:
                self._show_place()
        elif self._task is not None:
            self.summary.setText(self.tr("Comparing…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """The UI's language changed (Preferences) while the window was open."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_sides(self, old: SpeechContent, new: SpeechContent) -> None:
        # Titles as the pages show their first lines (the full-width option); exports of the
        # changes name the stored ones.
        fullwidth = self._style.fullwidth_punctuation
        old_title, new_title = (shown_text(c.record.title, fullwidth) for c in (old, new))
        for label, pane, words, title, source in (
            (self.old_title, self.old_pane, self.tr("Old: %1"), old_title, self._sources[0]),
            (self.new_title, self.new_pane, self.tr("New: %1"), new_title, self._sources[1]),
        ):
            if source:  # two versions of one report: their files tell them apart
                named = self.tr("Source: %1", "a speech's file, named when both bear one title")
                title = f"{title} · {named.replace('%1', source)}"
            label.setText(words.replace("%1", title))
            pane.setAccessibleName(label.text())
        window_title = self.tr("Compare: %1 → %2")
        self.setWindowTitle(fill(window_title, old_title, new_title))  # a title may hold "%2"
        # Named, as "the new speech on the left" was untrue once the sides had been swapped.
        tip = self.tr("Put “%1” on the left and “%2” on the right, and compare again")
        self.swap_action.setStatusTip(fill(tip, new_title, old_title))

    # Loading and comparing ------------------------------------------------------------------

    def load(self, old_id: int, new_id: int) -> bool:
        """Show ``old_id`` left and ``new_id`` right, and compare them in the worker; False,
        the window left as it was and the reason said, when either cannot be read."""
        try:
            old = self._session.speech_content(old_id)
            new = self._session.speech_content(new_id)
            sources = self._sources_of(old, new)
        except PizhuError as error:
            words = failure_words(error)
            if self._contents is None:
                self.summary.setText(words)  # nothing shown yet: the summary's place says why
            else:
                message = self.tr("The sides were not swapped: %1").replace("%1", words)
                self.statusBar().showMessage(message)
            return False
        # Only now: a speech that could not be read left the pages shown (and their marking,
        # perhaps still under way) as they were, not half-marked by a cancelled swap.
        self._cancel_task()
        self.speeches = (old_id, new_id)
        self._contents, self._sources = (old, new), sources
        self.comparison, self._found, self.current = None, None, -1
        self._pages_shown = False
        self._name_sides(old, new)
        self.summary.setText(self.tr("Comparing…"))
        self._update_actions()
        self._draft_pages(self._style)
        task = self._workers.submit(compare_job(old.text, new.text), name="compare")
        task.succeeded.connect(partial(self._on_task_succeeded, task))
        task.failed.connect(partial(self._on_task_failed, task))
        self._task = task
        return True

    def _cancel_task(self) -> None:
        for task in (self._task, self._pages_task):
            if task is not None and task.is_running():
                task.cancel()
        self._task = self._pages_task = None
        self._slices.clear()

    def _on_task_succeeded(self, task: WorkerTask, comparison: Comparison) -> None:
        if task is not self._task:
            return  # a comparison of the sides before a swap
        self._task = None
        self._found = comparison
        if self._pages_shown:
            self._show_comparison(comparison)

    def _show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._mark(comparison)
        self.summary.setText(self.summary_text(comparison))
        self._update_actions()

    def summary_text(self, comparison: Comparison) -> str:
        """ "改动 12 处：增 340 字，删 85 字", or that the texts are the same."""
        if comparison.identical:
            return self.tr("The two texts are identical.")
        # Plurals as English writes them ("1 change: 1 character added"), not "1 changes".
        text = self.tr("%Ln change(s): %1 added, %2 removed", "", len(comparison.hunks))
        added = self.tr("%Ln character(s)", "", comparison.added)
        removed = self.tr("%Ln character(s)", "", comparison.removed)
        return text.replace("%1", added).replace("%2", removed)

    def _on_task_failed(self, task: WorkerTask, error: Exception) -> None:
        if task is self._task:
            self._task = None  # the pages are shown all the same
        elif task is self._pages_task:
            self._pages_task = None
        else:
            return  # a task of the sides before a swap
        words = failure_words(error)  # core's English line is for developers
        self.summary.setText(self.tr("The comparison failed: %1").replace("%1", words))

    def running_work(self) -> list[str]:
        """The comparison, the pages' drafts and an export still running, if any."""
        tasks = ((self._task, "compare"), (self._pages_task, "compare pages"))
        running = [name for task, name in tasks if task is not None and task.is_running()]
        return running + self.changes_export.running_work()

    # Stepping through changes ---------------------------------------------------------------

    @Slot()
    def next_change(self) -> None:
        """Select the next change in both panes (F7)."""
        self.go_to_change(self.current + 1)

    @Slot()
    def previous_change(self) -> None:
        """Select the previous change in both panes (Shift+F7)."""
        self.go_to_change(self.current - 1)

    def go_to_change(self, index: int) -> None:
        """Select change ``index`` in both panes and bring it in sight (nothing past the ends)."""
        if self.comparison is None or not 0 <= index < len(self.comparison.hunks):
            return
        self.current = index
        self._syncing = True  # both panes are placed here: neither follows the other
        try:
            self._select_change(index, scroll=True)
        finally:
            self._syncing = False
        self._show_place()
        self._update_actions()

    def _show_place(self) -> None:
        assert self.comparison is not None
        count = len(self.comparison.hunks)
        place = self.tr("Change %1 of %2")
        place = place.replace("%1", str(self.current + 1)).replace("%2", str(count))
        self.statusBar().showMessage(place)

    @Slot(int)
    def _on_changes_export_copied(self, changes: int) -> None:
        message = self.tr(
            "%Ln change(s) copied: paste them into Word, WPS or a Markdown editor", "", changes
        )
        self.statusBar().showMessage(message)

    @Slot(Path)
    def _on_changes_export_exported(self, path: Path) -> None:
        where = QDir.toNativeSeparators(str(path))
        self.statusBar().showMessage(self.tr("Changes exported to %1").replace("%1", where))

    def _select_change(self, index: int, *, scroll: bool) -> None:
        assert self.comparison is not None
        hunk = self.comparison.hunks[index]
        self.old_pane.select_range(hunk.old_start, hunk.old_end, scroll=scroll)
        self.new_pane.select_range(hunk.new_start, hunk.new_end, scroll=scroll)

    def _update_actions(self) -> None:
        count = len(self.comparison.hunks) if self.comparison is not None else 0
        self.next_action.setEnabled(self.current + 1 < count)
        self.previous_action.setEnabled(self.current > 0 and count > 0)
        self.changes_export.set_enabled(count > 0)

    def compared_speeches(self) -> ComparedSpeeches | None:
        """The speeches shown and their changes, to export (None until compared)."""
        from desktop.core.compare_export import ComparedSpeeches, section_paths

        if self.comparison is None or self._contents is None:
            return None
        old, new = self._contents
        sections = section_paths(lambda _id: new.outline, new.record.id, self.comparison)
        return ComparedSpeeches(
            old.record, new.record, old.text, new.text, self.comparison, sections, self._sources
        )

    def _sources_of(self, old: SpeechContent, new: SpeechContent) -> tuple[str, str]:
        """The sides' files named when they bear one title (``source_names.side_names``)."""
        from desktop.core.source_names import same_title, side_names

        titles = (old.record.title, new.record.title)
        if not same_title(*titles):
            return "", ""  # no collection read
        collection = self._session.collection
        old_source = collection(old.record.collection_id).source
        return side_names(titles, (old_source, collection(new.record.collection_id).source))

    @Slot()
    def swap(self) -> None:
        """Put the new speech on the left and the old on the right, and compare again."""
        old_id, new_id = self.speeches
        self.load(new_id, old_id)

    # Following ------------------------------------------------------------------------------

    def _on_pane_scrolled(self, pane: ComparePane, _value: int) -> None:
        if self._syncing or self.comparison is None:
            return
        offset, above = pane.top_offset()
        if pane is self.old_pane:
            other, aligned = self.new_pane, self.comparison.new_offset(offset)
        else:
            other, aligned = self.old_pane, self.comparison.old_offset(offset)
        self._syncing = True
        try:
            other.scroll_to(aligned, above=above)
        finally:
            self._syncing = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closing cancels a comparison still running."""
        self._cancel_task()
        super().closeEvent(event)
