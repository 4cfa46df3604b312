"""The library tree's actions and context menu: rename, delete to trash, re-import, import report,
compare with (bound by the window).

A mixin of ``LibraryPane``, kept apart so the pane's file stays about building the tree, opening
rows, the filter and following the reader (it was at the 400-line limit). The actions come from
the registry and act on the row right-clicked, else the current one (``target``); each emits one
of the pane's requests, which the window routes. The mixin loads with the pane at the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from desktop.gui.actions import ActionId
from desktop.models.library_tree import Role, TreeKind

if TYPE_CHECKING:
    from desktop.gui.library_pane import LibraryPane

    _Base = LibraryPane
else:
    _Base = object

TREE_ACTIONS = [
    ActionId.RENAME,
    ActionId.DELETE_COLLECTION,
    ActionId.REIMPORT,
    ActionId.SHOW_IMPORT_REPORT,
]
"""The registry actions of the tree's context menu, in menu order."""


def ask_title(parent: QWidget, label: str, current: str) -> str | None:
    """Ask for a new title in a small dialog; None if the user cancels."""
    from desktop.gui.focus_return import focus_kept

    title = QCoreApplication.translate("LibraryPane", "Rename")
    with focus_kept():
        text, accepted = QInputDialog.getText(
            parent, title, label, QLineEdit.EchoMode.Normal, current
        )
    return text if accepted else None


class TreeActionsMixin(_Base):
    """What the tree's actions and context menu act on, and the requests they emit."""

    # What the actions act on ------------------------------------------------------------------

    def target(self) -> QModelIndex:
        """The row the tree's actions act on: the one right-clicked, else the current one."""
        if self._menu_target is not None and self._menu_target.isValid():
            return self._menu_target
        return self.tree.currentIndex()

    def _update_actions(self, index: QModelIndex) -> None:
        kind = index.data(Role.KIND) if index.isValid() else None
        collection = kind == TreeKind.COLLECTION
        self._registry.action(ActionId.RENAME).setEnabled(kind in (TreeKind.COLLECTION, "speech"))
        for action_id in (ActionId.DELETE_COLLECTION, ActionId.SHOW_IMPORT_REPORT):
            self._registry.action(action_id).setEnabled(collection)
        has_source = collection and bool(index.data(Role.DETAIL))
        self._registry.action(ActionId.REIMPORT).setEnabled(has_source)

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._menu_target is None:
            self._update_actions(current)

    @Slot(QPoint)
    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        menu = self.build_context_menu(point)
        compare = self._registry.action(ActionId.COMPARE_WITH)
        # The row's Compare With… acts on the row: offered with no speech open too, when the
        # View menu's (acting on the open speech) is greyed, and greyed again after.
        forced = menu is not None and compare in menu.actions() and not compare.isEnabled()
        compare.setEnabled(compare.isEnabled() or forced)
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()
        if forced:
            compare.setEnabled(False)
        self._menu_target = None
        self._update_actions(self.tree.currentIndex())

    def build_context_menu(self, point: QPoint) -> QMenu | None:
        """The menu for the row at viewport ``point``: None off the rows and on a section's (a
        menu of greyed items says nothing); a speech's holds Rename and Compare With…, and so
        does a collection's of one speech (a file of one report: the row a user sees)."""
        index = self.tree.indexAt(point)
        if index.data(Role.KIND) not in (TreeKind.COLLECTION, TreeKind.SPEECH):
            return None
        self._menu_target = index
        self._update_actions(index)
        menu = QMenu(self)
        compare = self._registry.action(ActionId.COMPARE_WITH)
        if index.data(Role.KIND) == TreeKind.SPEECH:
            menu.addAction(self._registry.action(ActionId.RENAME))
            menu.addAction(compare)
            return menu
        menu.addActions(self._registry.actions(TREE_ACTIONS[:2]))
        if index.data(Role.SPEECH_COUNT) == 1:
            menu.addSeparator()
            menu.addAction(compare)
        menu.addSeparator()
        menu.addActions(self._registry.actions(TREE_ACTIONS[2:]))
        return menu

    def menu_target_of_compare(self) -> tuple[str, int] | None:
        """What Compare With… acts on while the row's menu is open: ("speech", id) or, on a
        collection of one speech, ("collection", id); None without a menu."""
        index = self._menu_target
        if index is None or not index.isValid():
            return None
        kind = index.data(Role.KIND)
        if kind == TreeKind.SPEECH:
            return ("speech", index.data(Role.KEY))
        if kind == TreeKind.COLLECTION and index.data(Role.SPEECH_COUNT) == 1:
            return ("collection", index.data(Role.KEY))
        return None

    # Requests ---------------------------------------------------------------------------------

    def rename_target(self) -> None:
        """Ask for a new title of the target collection or speech."""
        index = self.target()
        kind = index.data(Role.KIND)
        if kind not in (TreeKind.COLLECTION, TreeKind.SPEECH):
            return
        label = (
            self.tr("New title for the collection:")
            if kind == TreeKind.COLLECTION
            else self.tr("New title for the speech:")
        )
        # The title as stored, not as shown (full-width punctuation is a display option).
        title = self.ask_title(self, label, index.data(Qt.ItemDataRole.EditRole))
        if title is not None:
            self.rename_requested.emit(kind, index.data(Role.KEY), title.strip())

    def delete_target(self) -> None:
        """Ask for the target collection to go to the trash."""
        index = self.target()
        if index.data(Role.KIND) == TreeKind.COLLECTION:
            self.delete_collection_requested.emit(index.data(Role.KEY))

    def reimport_target(self) -> None:
        """Ask for the target collection's file to be imported again."""
        index = self.target()
        if index.data(Role.KIND) == TreeKind.COLLECTION:
            self.reimport_requested.emit(index.data(Role.KEY))

    def show_report_target(self) -> None:
        """Ask for the target collection's last import report."""
        index = self.target()
        if index.data(Role.KIND) == TreeKind.COLLECTION:
            self.import_report_requested.emit(index.data(Role.KEY))
