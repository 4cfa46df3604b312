"""What the main window keeps between sessions, and how it saves it on closing.

A mixin of ``MainWindow``. The theme, the font size and full-width punctuation are set through
the window (and remembered in ``Settings`` as they change); the window's geometry, its docks
and the named splitters are restored on opening and saved on closing, with the reading
position and any note still being typed, before the running work is stopped and waited for.
The annotations dock, built after the first paint, gets its splitter and its scope (this speech
or all, saved as the user changes it) when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, QSize, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QMainWindow, QMenu, QSplitter, QWidget

from desktop.gui.actions import LIBRARY_SORT_ACTIONS, THEME_ACTIONS, ActionId, svg_icon
from desktop.gui.app_theme import apply_application_theme, apply_start_theme, is_dark
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.theme import theme
from desktop.models.library_tree import TreeKind

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.main_window import MainWindow
    from desktop.gui.reader_room import ReaderRoom
    from desktop.models.fullwidth_text import ShownTexts

    _Base = MainWindow
else:
    _Base = object

FIRST_SIZE = QSize(1280, 820)
"""A window opened for the first time, on a screen with room for it."""


def show_fullwidth_punctuation(root: QObject, enabled: bool) -> None:
    """Set the full-width punctuation option on every model, delegate and widget under
    ``root`` that takes it (``set_fullwidth_punctuation``: the search results, the
    concordance, the annotations list and its editor, the terms panel): given to all when the
    option changes, and to each pane as it is built (the panes are made on demand and hold no
    reference to the window)."""
    parts: list[QObject] = [*root.findChildren(QAbstractItemModel)]
    parts += root.findChildren(QAbstractItemDelegate)
    parts += root.findChildren(QWidget)
    for part in parts:
        setter = getattr(part, "set_fullwidth_punctuation", None)
        if setter is not None:
            setter(enabled)


class WindowStateMixin(_Base):
    """Preferences set through the window, and the window's saved layout."""

    _closing_once_saved = False
    """The window closes when the changes kept during an import are written."""
    _close_refused = False
    """A change kept during an import failed while the window waited to close: it stays."""
    reader_room: ReaderRoom | None = None
    """Keeps the page readable as the window narrows (made after the first paint)."""
    _titles_shown: ShownTexts | None = None
    """Titles as the full-width option shows them in labels, once each (``_shown_titles``)."""
    has_closed = False
    """The window has closed (Quit): what a worker brings after that is not shown."""

    # Preferences ----------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name`` and remember it (dark: the whole window; sepia: the page)."""
        was_dark = is_dark()
        # Before the first frame (restoring the saved theme) light's style waits for it.
        (apply_application_theme if self.start_theme_done else apply_start_theme)(name)
        self.reader.set_theme(name)
        self.breadcrumb.apply_theme(theme(self.reader.theme_name))
        self._restyle_compare_windows()
        if is_dark() != was_dark:
            self._redraw_icons()
        self.settings.theme = self.reader.theme_name
        for action_id, action_theme in THEME_ACTIONS.items():
            if action_theme == self.reader.theme_name:
                self.registry.action(action_id).setChecked(True)

    def set_library_sort(self, sort: str) -> None:
        """Order the library's collections (View ▸ Sort Library) and remember it; the current
        row, the chosen ones and the unfolded ones stay so, and the current stays in view."""
        from desktop.gui.library_sort import collection_order

        self.tree_model.set_collection_order(collection_order(sort, self.session.first_dates))
        self.settings.library_sort = sort
        self._check_library_sort(sort)
        tree = self.library_pane.tree
        if tree.currentIndex().isValid():
            tree.scrollTo(tree.currentIndex())

    def _check_library_sort(self, sort: str) -> None:
        for action_id, action_sort in LIBRARY_SORT_ACTIONS.items():
            if action_sort == sort:
                self.registry.action(action_id).setChecked(True)

    def restore_library_sort(self) -> None:
        """The order last chosen, after the first frame (which shows them as imported)."""
        if self.settings.library_sort != "imported":
            self.set_library_sort(self.settings.library_sort)

    def _redraw_icons(self) -> None:
        """Icons in an ink that shows on the window's new palette."""
        self.registry.refresh_icons()
        self.tree_model.set_icons({kind: svg_icon(kind.value) for kind in TreeKind})
        self.library_pane.redraw_icons()

    def _shown_titles(self) -> Callable[[str], str] | None:
        """How a label made now shows titles (the annotations' groups, the trash): with the
        page's full-width punctuation if chosen, each title converted once while it is."""
        if not self.reader.fullwidth_punctuation:
            return None
        if self._titles_shown is None:
            from desktop.models.fullwidth_text import ShownTexts  # with the option only

            self._titles_shown = ShownTexts(kept=50_000, fullwidth=True)  # 10,000 speeches
        return self._titles_shown

    @Slot(bool)
    def _on_fullwidth_toggled(self, enabled: bool) -> None:
        self.reader.set_fullwidth_punctuation(enabled)
        self.tree_model.set_fullwidth_labels(enabled)
        show_fullwidth_punctuation(self, enabled)  # the search, concordance, annotations lists
        self.follow_fullwidth_in_annotations()  # the groups' labels are made of shown titles
        self._follow_position()  # the breadcrumb's titles and sections, too
        self._update_title()
        self._restyle_compare_windows()
        self.settings.fullwidth_punctuation = enabled

    @Slot(float)
    def _on_reader_font_size_changed(self, size: float) -> None:
        self._restyle_compare_windows()
        self.settings.font_size = size

    def _restyle_compare_windows(self) -> None:
        """Open compare windows set as the reader is now: its theme, zoom and punctuation."""
        # Found by name: their module loads only when one is first opened.
        for compare in self.findChildren(QMainWindow, "compare_window"):
            compare.set_style(self.reader.page_style)

    # Saved layout -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.settings
        if not settings.restore_window(self):
            resize_within_screen(self, FIRST_SIZE)
        # Hidden before the first show, the toolbar sent no Hide: View ▸ Toolbar learns it here.
        self.registry.action(ActionId.TOGGLE_TOOLBAR).setChecked(not self.toolbar.isHidden())
        # No splitter exists yet: the annotations dock restores its own when it is built.
        self.reader.set_font_size(settings.font_size)
        self.set_theme(settings.theme)
        self.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(
            settings.fullwidth_punctuation
        )
        self._check_library_sort(settings.library_sort)  # applied after the first frame

    def restore_annotations_dock(self, dock: AnnotationsDock) -> None:
        """The annotations dock, built after the first paint: its splitter's sizes and the scope
        last chosen (set before it is filled, so "all speeches" is read by the worker then)."""
        for splitter in self._splitters(dock):
            self.settings.restore_splitter(splitter)
        dock.set_all_speeches(self.settings.annotations_all_speeches)

    def _splitters(self, within: QWidget | None = None) -> list[QSplitter]:
        """The splitters whose sizes are kept (found by their objectName)."""
        return [s for s in (within or self).findChildren(QSplitter) if s.objectName()]

    def createPopupMenu(self) -> QMenu | None:  # noqa: N802 - Qt's name
        """Qt's list of panes and toolbars (a right-click on the toolbar, the menu bar or a
        pane's title), with the Terms pane in it before its dock is first built too."""
        menu = super().createPopupMenu()
        if menu is not None and self._terms_dock is None:
            separators = [action for action in menu.actions() if action.isSeparator()]
            terms = self.registry.action(ActionId.SHOW_TERMS)
            if separators:
                menu.insertAction(separators[0], terms)  # with the panes, before the toolbar
            else:
                menu.addAction(terms)
        return menu

    def close_unattended(self) -> None:
        """Close for the system (SIGTERM), with nobody to answer a question."""
        if self._note_saving is not None:
            self._note_saving.nobody_to_answer()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the position and the window's state, and let running work finish.

        Changes kept while an import holds the library are never dropped: the import is
        cancelled, the window says it saves them and closes once they are written.
        """
        self.save_typed_note()
        if self.session.pending_count():
            event.ignore()
            self._close_once_saved()
            return
        # Notes or tags the library refused again (just flushed) would be lost: asked first.
        if self._note_saving is not None and self._note_saving.refuses_close():
            event.ignore()
            return
        if self._annotations_dock is not None:
            # Closing leaves the note being written: one opened and left empty is taken back.
            self._annotations_dock.editor.leave_with_window()
        # First: what closing them sets off (a report's focus going back) finds the readers.
        self._close_own_windows()
        self.stop_printing_on_printer()  # its pages would go on painting after the close
        self.save_position()
        if self.reader_room is not None:
            self.reader_room.give_back()  # the docks the narrow window hid are saved as shown
            self.settings.dock_widths = self.reader_room.preferred_widths()
        if self.library_watch is not None:
            self.library_watch.stop()
        self.settings.save_window(self)
        for splitter in self._splitters():
            self.settings.save_splitter(splitter)
        self._shutdown_tools()
        self.shutdown_annotation_reads()
        self.library_pane.shutdown()
        self.settings.sync()
        self.save_typed_note()
        self.workers.cancel_all()
        self.workers.wait()
        self.catch_up_reading_state()  # what an import running until now kept from being written
        if self.segmenter is not None:
            self.segmenter.wait()
        if not self.has_closed:
            # The position at close is written as the library closes, after this window: a
            # refusal then is nobody's to read (told at the first one while the window was open).
            self.session.reading_state_failed.disconnect(self._on_reading_state_refused)
            self.session.reading_state_written.disconnect(self._on_reading_state_written)
        self.has_closed = True
        super().closeEvent(event)

    def _close_own_windows(self) -> None:
        """The window's own windows left open (the concordance, the trash) close with it: each
        would show on alone, and its worker's outcome would arrive in it after the close."""
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and self._owns(widget):
                widget.close()

    def _owns(self, widget: QWidget) -> bool:
        """Whether ``widget`` is a window of this one (``isAncestorOf`` stops at windows)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        return parent is self

    def _close_once_saved(self) -> None:
        """Stop the import (it ends at its next check, or when its file is stored), then close."""
        self.status.showMessage(
            self.tr("Saving your changes; the window will close when the import stops…")
        )
        self.workers.cancel_all()
        if not self._closing_once_saved:
            self._closing_once_saved = True
            self._close_refused = False
            self.session.error_occurred.connect(self._on_session_error_while_closing)
            self.session.kept_changes_failed.connect(self._on_session_error_while_closing)
            self.session.pending_count_changed.connect(self._on_pending_count_changed)

    @Slot(object)
    def _on_session_error_while_closing(self, _error: object) -> None:
        # A kept change failed: its message must stay on screen, so the window stays open.
        self._close_refused = True

    @Slot(int)
    def _on_pending_count_changed(self, count: int) -> None:
        if count:
            return
        self._closing_once_saved = False
        self.session.error_occurred.disconnect(self._on_session_error_while_closing)
        self.session.kept_changes_failed.disconnect(self._on_session_error_while_closing)
        self.session.pending_count_changed.disconnect(self._on_pending_count_changed)
        if self._close_refused:
            self.status.showMessage(
                self.tr("The window was not closed: a change could not be saved.")
            )
        else:
            self.close()
