"""The menu bar and the toolbar, laid out from action ids (the registry makes the actions).

``MENUS`` is also what Help ▸ Keyboard Shortcuts groups its list by.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desktop.gui.actions import HIGHLIGHT_COLORS, ActionId, ActionRegistry

SEPARATOR = None


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class Submenu(NamedTuple):
    """A menu inside a menu: its title (untranslated) and its actions; None is a separator."""

    title: str
    ids: tuple[ActionId | None, ...]


MenuItem = ActionId | Submenu | None

LIBRARY_SUBMENU = Submenu(
    QT_TRANSLATE_NOOP("Menus", "&Library"),
    (
        ActionId.BACK_UP_NOW,
        ActionId.RESTORE_BACKUP,
        SEPARATOR,
        ActionId.CHECK_LIBRARY,
        ActionId.SHOW_LIBRARY_FOLDER,
    ),
)
"""File ▸ Library: the library file's safety tools."""

SORT_LIBRARY_SUBMENU = Submenu(
    QT_TRANSLATE_NOOP("Menus", "Sort Librar&y"),
    (
        ActionId.SORT_LIBRARY_BY_DATE,
        ActionId.SORT_LIBRARY_BY_TITLE,
        ActionId.SORT_LIBRARY_AS_IMPORTED,
    ),
)
"""View ▸ Sort Library: the order of the library's collections (``library_sort``)."""

MENUS: dict[str, list[MenuItem]] = {
    QT_TRANSLATE_NOOP("Menus", "&File"): [
        ActionId.IMPORT,
        ActionId.ADD_SAMPLE,
        ActionId.EXPORT,
        SEPARATOR,
        ActionId.PRINT,
        ActionId.PRINT_PREVIEW,
        SEPARATOR,
        ActionId.IMPORT_ANNOTATIONS,
        SEPARATOR,
        ActionId.TRASH,
        LIBRARY_SUBMENU,
        SEPARATOR,
        ActionId.QUIT,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Edit"): [
        ActionId.UNDO,
        ActionId.REDO,
        SEPARATOR,
        ActionId.SELECT_SENTENCE,
        ActionId.COPY,
        ActionId.COPY_WITH_CITATION,
        SEPARATOR,
        *HIGHLIGHT_COLORS,
        ActionId.ADD_NOTE,
        ActionId.ACCEPT_PLACE,
        ActionId.DELETE_ANNOTATION,
        SEPARATOR,
        ActionId.FIND,
        ActionId.FIND_NEXT,
        ActionId.FIND_PREVIOUS,
        ActionId.SEARCH_LIBRARY,
        ActionId.CONCORDANCE,
        SEPARATOR,
        ActionId.MANAGE_TAGS,
        ActionId.PREFERENCES,
    ],
    QT_TRANSLATE_NOOP("Menus", "&View"): [
        ActionId.THEME_LIGHT,
        ActionId.THEME_SEPIA,
        ActionId.THEME_DARK,
        SEPARATOR,
        ActionId.ZOOM_IN,
        ActionId.ZOOM_OUT,
        ActionId.ZOOM_RESET,
        SEPARATOR,
        ActionId.FULLWIDTH_PUNCTUATION,
        SEPARATOR,
        ActionId.COMPARE_WITH,
        SEPARATOR,
        ActionId.TOGGLE_LIBRARY,
        SORT_LIBRARY_SUBMENU,
        ActionId.TOGGLE_ANNOTATIONS,
        ActionId.SHOW_TERMS,
        ActionId.TOGGLE_TOOLBAR,
        ActionId.FILTER_LIBRARY,
        SEPARATOR,
        ActionId.NEXT_PANE,
        ActionId.PREVIOUS_PANE,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Go"): [
        ActionId.NEXT_SECTION,
        ActionId.PREVIOUS_SECTION,
        SEPARATOR,
        ActionId.NEXT_SPEECH,
        ActionId.PREVIOUS_SPEECH,
        SEPARATOR,
        ActionId.GO_BACK,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Help"): [
        ActionId.GETTING_STARTED,
        ActionId.SHORTCUTS,
        SEPARATOR,
        ActionId.ABOUT,
    ],
}
"""Each menu's title (untranslated) and its items in order; None is a separator."""

TOOLBAR: list[ActionId | None] = [
    ActionId.IMPORT,
    ActionId.EXPORT,
    SEPARATOR,
    ActionId.UNDO,
    ActionId.REDO,
    SEPARATOR,
    *HIGHLIGHT_COLORS,
    ActionId.ADD_NOTE,
    ActionId.COPY_WITH_CITATION,
    SEPARATOR,
    ActionId.PREVIOUS_SECTION,
    ActionId.NEXT_SECTION,
    ActionId.GO_BACK,
    SEPARATOR,
    ActionId.SEARCH_LIBRARY,
    SEPARATOR,
    ActionId.ZOOM_OUT,
    ActionId.ZOOM_IN,
]
"""The toolbar: the commands used most."""


def menu_title(title: str) -> str:
    """A menu's title in the UI language."""
    return QCoreApplication.translate("Menus", title)


def build_menus(window: QMainWindow, registry: ActionRegistry) -> dict[str, QMenu]:
    """Fill the window's menu bar; returns the menus (submenus too) by untranslated title."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    bar.clear()
    for title, items in MENUS.items():
        menu = bar.addMenu(menu_title(title))
        _name(menu, title)
        _fill(menu, items, registry, menus)
        menus[title] = menu
    return menus


def _name(menu: QMenu, title: str) -> None:
    menu.setObjectName(f"menu_{title.replace('&', '').lower()}")


def _fill(
    menu: QMenu, items: Iterable[MenuItem], registry: ActionRegistry, menus: dict[str, QMenu]
) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, Submenu):
            submenu = menu.addMenu(menu_title(item.title))
            _name(submenu, item.title)
            _fill(submenu, item.ids, registry, menus)
            menus[item.title] = submenu
        else:
            menu.addAction(registry.action(item))


def build_toolbar(parent: QWidget, registry: ActionRegistry) -> QToolBar:
    """The main toolbar."""
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Toolbar"), parent)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for action_id in TOOLBAR:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(registry.action(action_id))
    # View ▸ Toolbar: once hidden from a right-click, the menus alone bring it back.
    toggle = registry.action(ActionId.TOGGLE_TOOLBAR)
    toggle.setChecked(True)
    toggle.toggled.connect(toolbar.setVisible)
    toolbar.toggleViewAction().toggled.connect(toggle.setChecked)
    return toolbar


def retranslate_menus(menus: dict[str, QMenu], toolbar: QToolBar) -> None:
    """Menu titles and the toolbar's name in the current UI language."""
    for title, menu in menus.items():
        menu.setTitle(menu_title(title))
    toolbar.setWindowTitle(QCoreApplication.translate("Menus", "Toolbar"))
