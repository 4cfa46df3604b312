"""The main window's Manage Tags: the dialog, the renames and deletions it asks for, and the
panes that follow a tag changed across the library.

A mixin of ``MainWindow``. Each rename or deletion is one transaction and one undo step in the
session (``rename_tag``, ``delete_tag``); when it is done, undone or redone, the session says
``tags_changed`` and the annotations dock (its list and tag filter), the reader (its tooltips)
and the dialog read the library again. The dialog is window-modal and kept; the window's Undo
and Redo work inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.core.errors import PizhuError
from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId

if TYPE_CHECKING:
    from desktop.dialogs.tags_dialog import TagsDialog
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class TagsMixin(_Base):
    """Edit ▸ Manage Tags… and the tags' changes across the library."""

    _tags_dialog: TagsDialog | None = None

    def _connect_tags(self) -> None:
        self.session.tag_renamed.connect(self._on_session_tag_renamed)
        self.session.tags_changed.connect(self._on_session_tags_changed)
        self.session.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    @property
    def tags_dialog(self) -> TagsDialog | None:
        """The Manage Tags dialog, once it has been opened."""
        return self._tags_dialog

    @Slot()
    def show_tags_dialog(self) -> TagsDialog:
        """Edit ▸ Manage Tags…: every tag with its count, to rename, merge or delete."""
        from desktop.dialogs.tags_dialog import TagsDialog
        from desktop.gui.focus_return import focus_now, return_focus_after

        if self._tags_dialog is None:
            dialog = TagsDialog(self)
            dialog.rename_requested.connect(self._on_tags_rename_requested)
            dialog.delete_requested.connect(self._on_tags_delete_requested)
            # Ctrl+Z and Ctrl+Shift+Z take back a rename without leaving the dialog.
            dialog.addActions(self.registry.actions([ActionId.UNDO, ActionId.REDO]))
            self._tags_dialog = dialog
        dialog = self._tags_dialog
        self._fill_tags_dialog()
        if not dialog.isVisible():
            return_focus_after(dialog, focus_now(self.reader))
            dialog.show_message("")
            dialog.filter_edit.clear()
        dialog.open()
        dialog.view.setFocus()
        return dialog

    def _fill_tags_dialog(self) -> None:
        if self._tags_dialog is None:
            return
        try:
            self._tags_dialog.set_counts(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)

    @Slot(str, str)
    def _on_tags_rename_requested(self, tag: str, name: str) -> None:
        from desktop.dialogs.tags_dialog import TagTexts

        dialog = self._tags_dialog
        assert dialog is not None
        merged = dialog.has_tag(name) and name.casefold() != tag.casefold()
        # The dock's tag filter follows the rename (``_on_session_tag_renamed``).
        count = self._attempt(lambda: self.session.rename_tag(tag, name))
        if count is False:
            return
        dialog.select_tag(name)
        dialog.show_message(self._with_undo_keys(TagTexts().renamed(tag, name, count, merged)))

    @Slot(str)
    def _on_tags_delete_requested(self, tag: str) -> None:
        from desktop.dialogs.tags_dialog import TagTexts

        dialog = self._tags_dialog
        assert dialog is not None
        count = self._attempt(lambda: self.session.delete_tag(tag))
        if count is not False:
            dialog.show_message(self._with_undo_keys(TagTexts().deleted(tag, count)))

    def _with_undo_keys(self, text: str) -> str:
        undo = self.tr("Undo with %1.").replace("%1", self.registry.shortcut_text(ActionId.UNDO))
        # Chinese runs sentences together; English puts a space between them.
        return fill(self.tr("%1 %2"), text, undo)

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # The dialog's last message ("Merged … Undo with Ctrl+Z.") describes a state an undo or
        # redo leaves; a change made in the dialog sets its own message after this.
        if self._tags_dialog is not None:
            self._tags_dialog.show_message("")

    @Slot(str, str)
    def _on_session_tag_renamed(self, old: str, new: str) -> None:
        # Filtered by the tag, the dock keeps showing its annotations under the new name, and
        # under the old one again when the rename is undone (the tags are read next).
        if self._annotations_dock is not None:
            self._annotations_dock.filter_bar.follow_rename(old, new)

    @Slot()
    def _on_session_tags_changed(self) -> None:
        """Annotations' tags changed in bulk: the dock, the reader and the dialog read again."""
        self.refresh_annotations_dock()
        speech_id = self.current_speech_id()
        try:
            if speech_id is not None:
                self.reader.set_annotations(self.session.annotations(speech_id))
        except PizhuError as error:
            self.show_error(error)
        self._fill_tags_dialog()
