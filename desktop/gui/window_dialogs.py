"""The main window's commands that open dialogs.

A mixin of ``MainWindow``: the trash, preferences, the Help menu (Getting Started, keyboard
shortcuts, About), and the messages that tell the user a change could not be made. Each dialog is
built on demand. (Import, with its progress and report dialogs, is ``window_import.ImportMixin``'s.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot

from desktop import __version__
from desktop.app_paths import user_dictionary_path
from desktop.core.errors import PizhuError
from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId

# The dialogs load when first used: none is start-up work. (Even naming QMessageBox has PySide
# make its class, enums and all.)
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.getting_started import GettingStartedDialog
    from desktop.dialogs.preferences import Preferences
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop.dialogs.trash_dialog import TrashDialog
    from desktop.gui.main_window import MainWindow
    from desktop.gui.pending_writes import KeptChangesFailed

    _Base = MainWindow
else:
    _Base = object


class DialogsMixin(_Base):
    """Trash, preferences, shortcuts and messages."""

    # Trash --------------------------------------------------------------------------------------

    @property
    def trash_dialog(self) -> TrashDialog | None:
        """The trash window, once it has been opened."""
        return self._trash_dialog

    def show_trash(self) -> TrashDialog:
        """File ▸ Trash…: deleted highlights and collections, to restore or delete for good."""
        from desktop.dialogs.trash_dialog import TrashDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        if self._trash_dialog is None:
            dialog = TrashDialog(self)
            dialog.restore_requested.connect(self._on_trash_restore_requested)
            dialog.empty_requested.connect(self._on_trash_empty_requested)
            dialog.delete_requested.connect(self._on_trash_delete_requested)
            self._trash_dialog = dialog
        self._fill_trash()
        if not self._trash_dialog.isVisible():
            return_focus_after(self._trash_dialog, focus_now(self.reader))
        self._trash_dialog.open()
        return self._trash_dialog

    def _fill_trash(self) -> None:
        from desktop.dialogs.trash_dialog import annotation_rows, collection_row

        if self._trash_dialog is None:
            return
        # Titles and quotes as the page shows them (display only: a row restores by its key).
        shown = self._shown_titles()
        rows = [
            collection_row(
                c.id, shown(c.title) if shown else c.title, c.speech_count, c.deleted or ""
            )
            for c in self.session.trashed_collections()
        ]
        trashed = self.session.trash()
        labels = self.session.some_speech_labels({a.speech_id for a in trashed}, shown)
        rows += annotation_rows(trashed, labels, shown)
        rows.sort(key=lambda row: row.deleted, reverse=True)
        self._trash_dialog.set_rows(rows)

    @Slot(list)
    def _on_trash_restore_requested(self, chosen: list) -> None:
        from desktop.dialogs.trash_dialog import ANNOTATION

        for kind, key in chosen:
            if kind == ANNOTATION:
                self._attempt(lambda key=key: self.session.restore_annotation(key))
            else:
                self._attempt(lambda key=key: self.session.restore_collection(int(key)))
        self._fill_trash()

    @Slot(list)
    def _on_trash_delete_requested(self, chosen: list) -> None:
        from desktop.dialogs.trash_dialog import ANNOTATION

        annotations = [key for kind, key in chosen if kind == ANNOTATION]
        collections = [int(key) for kind, key in chosen if kind != ANNOTATION]
        self._attempt(lambda: self.session.delete_for_good(annotations, collections))
        self._fill_trash()

    @Slot()
    def _on_trash_empty_requested(self) -> None:
        self._attempt(self.session.empty_trash)
        self._fill_trash()

    # Preferences and help -----------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences as the window holds them now."""
        from desktop.dialogs.preferences import Preferences

        return Preferences(
            language=self.settings.language,
            theme=self.reader.theme_name,
            font_size=self.reader.font_size,
            fullwidth_punctuation=self.reader.fullwidth_punctuation,
        )

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…."""
        from desktop.dialogs.preferences import PreferencesDialog
        from desktop.gui.focus_return import focus_kept

        with focus_kept(self.reader):
            chosen = PreferencesDialog.edit(
                self,
                self.preferences(),
                user_dictionary=user_dictionary_path(),
                on_dictionary_saved=self._on_dictionary_saved,
            )
        if chosen is not None:
            self.apply_preferences(chosen)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Use and remember ``prefs``."""
        self.set_theme(prefs.theme)
        self.reader.set_font_size(prefs.font_size)
        self.settings.font_size = self.reader.font_size
        self.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(prefs.fullwidth_punctuation)
        if prefs.language != self.settings.language:
            self.settings.language = prefs.language
            if self.translations is not None:
                self.translations.apply(prefs.language)

    def _on_dictionary_saved(self) -> None:
        if self.segmenter is not None:
            self.segmenter.reload()

    def help_commands(self) -> dict[ActionId, Callable[[], object]]:
        """The Help menu's commands, for the window's table of actions."""
        return {
            ActionId.GETTING_STARTED: self.show_getting_started,
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.ABOUT: self.show_about,
        }

    def show_getting_started(self) -> GettingStartedDialog:
        """Help ▸ Getting Started: how to import, highlight, note, search and export."""
        from desktop.dialogs.getting_started import GettingStartedDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        dialog = GettingStartedDialog(self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, focus_now(self.reader))
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts."""
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        dialog = ShortcutsDialog.for_window(self.menuBar(), self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return_focus_after(dialog, focus_now(self.reader))
        dialog.open()
        return dialog

    # Messages ---------------------------------------------------------------------------------

    @Slot(object)
    def show_error(self, error: PizhuError, summary: str = "") -> None:
        """Tell the user a change could not be made, and why (``summary``: said otherwise)."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_now, return_focus_after
        from desktop.gui.late_dialogs import open_unless_closed
        from desktop.gui.messages import error_summary  # with the first error, not at start

        if not summary and error.code == "busy":
            from desktop.gui.lock_refusal import LockRefusals

            if LockRefusals.of(self).said(error):  # a change under way: said once, not a box
                return
        text = summary or error_summary(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pizhu"), text, parent=self)
        box.setDetailedText(str(error))
        return_focus_after(box, focus_now(self.reader))
        open_unless_closed(box)

    @Slot(object)
    def show_kept_changes_failed(self, failure: KeptChangesFailed) -> QMessageBox:
        """Tell the user, once, which changes made during an import were not saved and why."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_now, return_focus_after
        from desktop.gui.late_dialogs import open_unless_closed
        from desktop.gui.messages import error_summary
        from desktop.models.annotation_text import short_quote

        count = len(failure.annotations)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Pizhu"),
            self.tr(
                "%Ln change(s) made while the import was saving could not be saved.", "", count
            ),
            parent=self,
        )
        box.setObjectName("kept_changes_failed")
        box.setInformativeText(
            " ".join(
                (
                    error_summary(failure.error),
                    self.tr(
                        "The page and the Annotations pane now show the library as it is. The undo "
                        "history was cleared, as its steps were about changes that were not saved."
                    ),
                )
            )
        )
        quotes = [f"“{short_quote(a.exact, 40)}”" for a in failure.annotations if a.exact]
        box.setDetailedText("\n".join([str(failure.error), *quotes]))
        return_focus_after(box, focus_now(self.reader))
        open_unless_closed(box)
        return box

    def show_about(self) -> None:
        """Help ▸ About (the keyboard comes back to where it was)."""
        from html import escape

        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.focus_return import focus_kept

        text = self.tr(
            "<h3>批注 Pizhu %1</h3><p>Read, mark and search Chinese speeches and official"
            " documents.</p><p>Your highlights and notes are saved as you make them, in"
            " one library file:<br><code>%2</code></p>"
        )
        # The path is the user's: escaped, since the text is rich text (a folder "R&D").
        with focus_kept(self.reader):
            QMessageBox.about(
                self,
                self.tr("About Pizhu"),
                fill(text, __version__, escape(str(self.session.library_path))),
            )
