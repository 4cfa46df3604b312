"""The menu bar and the toolbar, laid out from action ids (the registry makes the actions).

``MENUS`` is also what Help ▸ Keyboard Shortcuts groups its list by.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desktop.gui.actions import HIGHLIGHT_COLORS, ActionId, ActionRegistry

SEPARATOR = None

MENUS: dict[str, list[ActionId | None]] = {
    QT_TRANSLATE_NOOP("Menus", "&File"): [
        ActionId.IMPORT,
        ActionId.EXPORT,
        SEPARATOR,
        ActionId.PRINT,
        ActionId.PRINT_PREVIEW,
        SEPARATOR,
        ActionId.IMPORT_ANNOTATIONS,
        SEPARATOR,
        ActionId.TRASH,
        SEPARATOR,
        ActionId.QUIT,
    ],
    QT_TRANSLATE_NOOP("Menus", "&Edit"): [
        ActionId.UNDO,
        ActionId.REDO,
        SEPARATOR,
        ActionId.COPY,
        ActionId.COPY_WITH_CITATION,
        SEPARATOR,
        *HIGHLIGHT_COLORS,
        ActionId.ADD_NOTE,
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
        ActionId.TOGGLE_LIBRARY,
        ActionId.TOGGLE_ANNOTATIONS,
        ActionId.SHOW_TERMS,
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
        ActionId.SHORTCUTS,
        SEPARATOR,
        ActionId.ABOUT,
    ],
}
"""Each menu's title (untranslated) and its actions in order; None is a separator."""

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
    """Fill the window's menu bar; returns the menus by their untranslated title."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    bar.clear()
    for title, ids in MENUS.items():
        menu = bar.addMenu(menu_title(title))
        menu.setObjectName(f"menu_{title.strip('&').lower()}")
        _fill(menu, ids, registry)
        menus[title] = menu
    return menus


def _fill(menu: QMenu, ids: list[ActionId | None], registry: ActionRegistry) -> None:
    for action_id in ids:
        if action_id is None:
            menu.addSeparator()
        else:
            menu.addAction(registry.action(action_id))


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
    return toolbar


def retranslate_menus(menus: dict[str, QMenu], toolbar: QToolBar) -> None:
    """Menu titles and the toolbar's name in the current UI language."""
    for title, menu in menus.items():
        menu.setTitle(menu_title(title))
    toolbar.setWindowTitle(QCoreApplication.translate("Menus", "Toolbar"))
