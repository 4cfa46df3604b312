"""Help ▸ Keyboard Shortcuts: every action with its shortcuts, grouped by menu, searchable.

The groups come from the window's menu bar (so they read as the menus do) and any action of the
registry that no menu shows is listed under "Other": every command the registry knows appears.
The keys that belong to no command (Escape back to the page, the Menu key, F2 in the
annotations list, the search box's Down and Alt+Down) have a last group of their own: without
it a keyboard user learnt them only from the README. A click with a key held (Ctrl+click
selects the sentence under the pointer) is listed there too, as other apps list gestures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.actions import LIST_TITLE, ActionId, ActionRegistry
from desktop.gui.button_texts import name_standard_buttons, without_access_key
from desktop.gui.compare_export_actions import COPY_KEYS, EXPORT_KEYS
from desktop.gui.compare_window import NEXT_CHANGE_KEYS, PREVIOUS_CHANGE_KEYS
from desktop.gui.key_names import alternative_keys_text, alternatives_text
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size

translate = QCoreApplication.translate

_MORE_KEYS_TITLE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Keys in Panes and Lists")
_MORE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the page from a pane"), ("Esc",)),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Context menu of the passage or row"),
        ("Menu", "Shift+F10"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Select word by word in the page"),
        ("Ctrl+Shift+Right", "Ctrl+Shift+Left"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Select the sentence under the pointer"),
        ("Ctrl+Click",),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Start or end of the line in the page"), ("Home", "End")),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous paragraph in the page"),
        ("Ctrl+Down", "Ctrl+Up"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Top or bottom of the speech"),
        ("Ctrl+Home", "Ctrl+End"),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the selected annotation's note"), ("F2",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Select every annotation listed"), ("Ctrl+A",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tag the chosen annotations"), ("Ctrl+T",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "From the search box to the results"), ("Down",)),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Recent searches"), ("Alt+Down",)),
)
"""Keys no action carries: (what they do, their keys in portable text; ``…+Click`` is a click
with those keys held, as other apps list mouse gestures beside keys)."""

_CLICK = "Click"
"""The portable name of a mouse click in the keys above (found by "click" in any language)."""

_COMPARE_KEYS_TITLE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Compare Window")
_COMPARE_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous change"),
        (*NEXT_CHANGE_KEYS, *PREVIOUS_CHANGE_KEYS),
    ),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Export the changes"), EXPORT_KEYS),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Copy the changes, to paste into Word"), COPY_KEYS),
)
"""The compare window's keys (View ▸ Compare With…): its actions live in that window, which
the menu bar this list is read from does not hold."""


@dataclass(slots=True)
class ShortcutGroup:
    """A menu's title and its actions, in menu order."""

    title: str
    actions: list[QAction] = field(default_factory=list)
    keys: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    """Rows without an action: (what the keys do, the keys in portable text)."""


def more_keys_group() -> ShortcutGroup:
    """The keys that belong to no command, in the UI's language."""
    rows = [(translate("ShortcutsDialog", text), keys) for text, keys in _MORE_KEYS]
    return ShortcutGroup(translate("ShortcutsDialog", _MORE_KEYS_TITLE), keys=rows)


def compare_keys_group() -> ShortcutGroup:
    """The compare window's keys, in the UI's language."""
    rows = [(translate("ShortcutsDialog", text), keys) for text, keys in _COMPARE_KEYS]
    return ShortcutGroup(translate("ShortcutsDialog", _COMPARE_KEYS_TITLE), keys=rows)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic (``&Copy``, ``复制(&C)``) and trailing ellipsis."""
    return without_access_key(text).rstrip("…").rstrip(".").strip()


def shortcut_text(action: QAction, native: bool = True) -> str:
    """The action's shortcuts as the platform writes them: every one, since this list is where
    a user looks for another key (Ctrl+Ins, Shift+F10 without a Menu key), joined as a sentence
    joins them ("Ctrl+C or Ctrl+Ins", "Ctrl+C 或 Ctrl+Ins"); in portable text, for the search,
    as Qt joins them ("Ctrl+C; Ctrl+Ins")."""
    style = (
        QKeySequence.SequenceFormat.NativeText
        if native
        else QKeySequence.SequenceFormat.PortableText
    )
    unique: dict[str, QKeySequence] = {}
    for key in action.shortcuts():
        if typeable(key):
            unique.setdefault(key.toString(style), key)  # a standard key may repeat ours
    if native:
        return alternative_keys_text(unique.values(), style)
    return QKeySequence.listToString(list(unique.values()), style)


def typeable(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard.

    Qt's standard keys bring along keys of Sun and multimedia keyboards on X11 (F14 for Undo,
    the "Open", "Copy" and "Find" keys): they still work, but listing them only puzzles.
    """
    if sequence.isEmpty():
        return False
    return all(sequence[i].key() < Qt.Key.Key_F13 for i in range(sequence.count()))


def groups_from_menu_bar(
    menu_bar: QMenuBar, registry: ActionRegistry | None = None
) -> list[ShortcutGroup]:
    """One group per menu (submenus folded in), plus the registry's actions no menu shows."""
    groups: list[ShortcutGroup] = []
    seen: set[int] = set()
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            group = ShortcutGroup(plain_text(menu.title()), list(_menu_actions(menu, seen)))
            if group.actions:
                groups.append(group)
    if registry is not None:
        rest = [a for a in registry.actions(list(ActionId)) if id(a) not in seen]
        if rest:
            groups.append(ShortcutGroup(translate("ShortcutsDialog", "Other"), rest))
    return groups


def _menu_actions(menu: QMenu, seen: set[int]) -> Iterable[QAction]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu, seen)
        elif not action.isSeparator() and action.text() and id(action) not in seen:
            seen.add(id(action))
            yield action


def key_text(key: str) -> str:
    """A key in portable text as the platform writes it; a click with keys held (``Ctrl+Click``)
    as the platform writes the keys, then the language's word for the click ("Ctrl+单击")."""
    if not key.endswith(_CLICK):
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    held = key.removesuffix(_CLICK)
    # The keys held as they read in a shortcut (Ctrl+ here, ⌘ on a Mac): of one with a letter.
    keys = QKeySequence(f"{held}A").toString(QKeySequence.SequenceFormat.NativeText)[:-1]
    click = translate("ShortcutsDialog", "Click", "a mouse click with keys held: Ctrl+Click")
    return keys + click


def _key_row(heading: QTreeWidgetItem, text: str, keys: tuple[str, ...]) -> QTreeWidgetItem:
    """A row for keys no action carries, written as the platform writes keys."""
    shown = alternatives_text([key_text(key) for key in keys])
    row = QTreeWidgetItem(heading, [text, shown])
    row.setData(0, Qt.ItemDataRole.UserRole, "; ".join(keys))  # found by "esc" in any language
    return row


def _blank_icon(size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class ShortcutsDialog(QDialog):
    """A searchable list of commands and their keys."""

    def __init__(self, groups: list[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        resize_within_screen(self, text_size(self, 520, 560))
        layout = QVBoxLayout(self)
        self._search = QLineEdit(self)
        self._search.setObjectName("shortcutSearch")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(self.tr("Search commands or keys"))
        self._search.setAccessibleName(self._search.placeholderText())
        self._search.textChanged.connect(self._on_search_text_changed)
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("shortcutList")
        self._tree.setAccessibleName(self.tr("Keyboard Shortcuts"))
        self._tree.setColumnCount(2)
        self._tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(buttons)
        layout.addWidget(self._search)
        layout.addWidget(self._tree, 1)
        layout.addWidget(buttons)
        self._fill(groups)
        self._search.setFocus()  # typing filters at once

    @classmethod
    def for_window(
        cls, menu_bar: QMenuBar, registry: ActionRegistry | None, parent: QWidget | None = None
    ) -> ShortcutsDialog:
        """The dialog for a window's menus and action registry."""
        groups = groups_from_menu_bar(menu_bar, registry)
        return cls([*groups, compare_keys_group(), more_keys_group()], parent)

    @property
    def search_edit(self) -> QLineEdit:
        """The search line."""
        return self._search

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(group, command, shortcut) of every row shown."""
        rows = []
        for g in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(g)
            if group.isHidden():
                continue
            for r in range(group.childCount()):
                item = group.child(r)
                if not item.isHidden():
                    rows.append((group.text(0), item.text(0), item.text(1)))
        return rows

    def _fill(self, groups: list[ShortcutGroup]) -> None:
        bold = QFont(self._tree.font())
        bold.setBold(True)
        blank = _blank_icon()  # keeps the names of actions without an icon aligned
        for group in groups:
            heading = QTreeWidgetItem(self._tree, [group.title])
            heading.setFont(0, bold)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for action in group.actions:
                title = action.property(LIST_TITLE) or action.text()
                row = QTreeWidgetItem(heading, [plain_text(title), shortcut_text(action)])
                row.setIcon(0, action.icon() if not action.icon().isNull() else blank)
                row.setToolTip(0, action.statusTip())
                row.setData(0, Qt.ItemDataRole.UserRole, shortcut_text(action, native=False))
            for text, keys in group.keys:
                _key_row(heading, text, keys).setIcon(0, blank)
            heading.setExpanded(True)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for g in range(self._tree.topLevelItemCount()):
            group = self._tree.topLevelItem(g)
            whole_group = bool(needle) and needle in group.text(0).casefold()
            shown = 0
            for r in range(group.childCount()):
                item = group.child(r)
                haystack = " ".join(
                    (item.text(0), item.text(1), item.data(0, Qt.ItemDataRole.UserRole) or "")
                ).casefold()
                match = whole_group or not needle or needle in haystack
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
