"""The compare window's two pages: drafted in its workers, made and marked a slice a turn.

Each page is the reader's own, in the reader's two halves (``reader.document``): the draft,
plain Python, made in the window's worker pool; then the document, made on the GUI thread one
page a turn of the event loop; then the changes marked ``MARKS_PER_SLICE`` a turn
(``SliceRunner``). Two 220,000-character reports with thousands of changes never hold the GUI
for all of it, nor does a restyle, which sets the same pages in the new style as the reader
does (``ComparePane.restyle``) and marks them again.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from desktop.gui.compare_jobs import pages_job
from desktop.gui.compare_pane import DELETED, INSERTED, ComparePane
from desktop.gui.slices import chunks

if TYPE_CHECKING:
    from desktop.core.speech_compare import Comparison
    from desktop.gui.compare_window import CompareWindow
    from desktop.gui.reader.document import PageDraft, ReaderStyle
    from desktop.gui.workers import WorkerTask

    _Base = CompareWindow
else:
    _Base = object

MARKS_PER_SLICE = 64
"""Changes marked in one turn of the event loop: each slice Qt lays its stretch out again."""


class PagesMixin(_Base):
    """Making, restyling and marking the compare window's two pages."""

    def _draft_pages(self, style: ReaderStyle) -> None:
        assert self._contents is not None
        self._pages_current = False
        task = self._workers.submit(pages_job(self._contents, style), name="compare pages")
        task.succeeded.connect(partial(self._on_drafts_made, task, style))
        task.failed.connect(partial(self._on_task_failed, task))
        self._pages_task = task

    def _on_drafts_made(
        self, task: WorkerTask, style: ReaderStyle, drafts: tuple[PageDraft, ...]
    ) -> None:
        if task is not self._pages_task or self._contents is None:
            return  # the pages of the sides before a swap, or of a style since changed
        self._pages_task = None
        places = self._places() if self._pages_shown else (None, None)
        # One page a turn: two long reports' documents are never made in one go.
        self._slices.add(
            partial(self._show_page, pane, draft, content.text, style, place)
            for pane, draft, content, place in zip(
                (self.old_pane, self.new_pane), drafts, self._contents, places, strict=True
            )
        )
        self._slices.add([self._on_pages_shown])

    def _places(self) -> tuple[tuple[int, int] | None, ...]:
        return tuple(pane.place() for pane in (self.old_pane, self.new_pane))

    def _show_page(
        self,
        pane: ComparePane,
        draft: PageDraft,
        text: str,
        style: ReaderStyle,
        place: tuple[int, int] | None,
    ) -> None:
        self._syncing = True  # each pane goes back to its own place: neither follows the other
        try:
            pane.show_page(draft, text, style)
            pane.go_to_place(place)
        finally:
            self._syncing = False

    def _on_pages_shown(self) -> None:
        self._pages_shown = self._pages_current = True
        if self.comparison is None and self._found is not None:
            self._show_comparison(self._found)
        elif self.comparison is not None:
            self._mark(self.comparison)

    def _mark(self, comparison: Comparison) -> None:
        """Mark the changes on both pages a slice at a time (then the change stepped to)."""
        hunks = comparison.hunks
        self.old_pane.mark_points(
            (h.old_start for h in hunks if h.old_start == h.old_end), INSERTED
        )
        self.new_pane.mark_points((h.new_start for h in hunks if h.new_start == h.new_end), DELETED)
        for pane, ranges, kind in (
            (self.old_pane, [(h.old_start, h.old_end) for h in hunks], DELETED),
            (self.new_pane, [(h.new_start, h.new_end) for h in hunks], INSERTED),
        ):
            self._slices.add(
                partial(pane.mark_changes, chunk, kind)
                for chunk in chunks([pair for pair in ranges if pair[0] < pair[1]], MARKS_PER_SLICE)
            )
        if self.current >= 0:
            self._slices.add([partial(self._select_change, self.current, scroll=False)])

    def pages_pending(self) -> bool:
        """Whether the pages are still drafted (the worker), made or marked (a slice a turn)."""
        return self._pages_task is not None or self._slices.busy()

    @property
    def page_style(self) -> ReaderStyle:
        """How the pages are set: the main window's reader style when opened or last changed."""
        return self._style

    def set_style(self, style: ReaderStyle) -> None:
        """Set both pages in ``style`` (the main window's theme, zoom or full-width punctuation
        changed), keeping the comparison, the change stepped to and the place read."""
        if style == self._style:
            return
        same_text = style.fullwidth_punctuation == self._style.fullwidth_punctuation
        self._style = style
        if self._contents is None:
            return
        if not same_text:  # the titles over the pages follow their punctuation
            self._name_sides(*self._contents)
        self._slices.clear()
        # Pages still drafted or made (of a style now superseded) are drafted again: a restyle
        # of the pages shown would leave them to come after it, set in the style before.
        if not self._pages_current or not same_text:
            if self._pages_task is not None:
                self._pages_task.cancel()
            self._draft_pages(style)  # new text: new drafts, as a new reader page would be
            return
        places = self._places()
        # As the reader: the same pages restyled, one a turn, then marked again in slices.
        self._slices.add(
            partial(self._restyle_page, pane, place)
            for pane, place in zip((self.old_pane, self.new_pane), places, strict=True)
        )
        self._slices.add([self._on_pages_shown])

    def _restyle_page(self, pane: ComparePane, place: tuple[int, int] | None) -> None:
        self._syncing = True
        try:
            pane.restyle(self._style)
            pane.go_to_place(place)
        finally:
            self._syncing = False
