"""What an action is: its id, where its shortcut works, and how it looks (``ActionSpec``).

Kept apart from the registry so that the tables of specs (``actions.SPECS`` for the reader's
commands, ``window_action_specs`` for the window's) can live in modules of their own.
"""

from __future__ import annotations

from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence

StandardKey = QKeySequence.StandardKey


class ActionId(Enum):
    """Every command the user can give. The main window adds its own ids here."""

    HIGHLIGHT_1 = auto()
    HIGHLIGHT_2 = auto()
    HIGHLIGHT_3 = auto()
    HIGHLIGHT_4 = auto()
    HIGHLIGHT_5 = auto()
    ADD_NOTE = auto()
    COPY = auto()
    COPY_WITH_CITATION = auto()
    SELECT_SENTENCE = auto()
    DELETE_ANNOTATION = auto()
    ACCEPT_PLACE = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    THEME_LIGHT = auto()
    THEME_SEPIA = auto()
    THEME_DARK = auto()
    FULLWIDTH_PUNCTUATION = auto()
    SORT_LIBRARY_BY_DATE = auto()
    SORT_LIBRARY_BY_TITLE = auto()
    SORT_LIBRARY_AS_IMPORTED = auto()
    # The main window's own.
    IMPORT = auto()
    IMPORT_ANNOTATIONS = auto()
    ADD_SAMPLE = auto()
    EXPORT = auto()
    PRINT = auto()
    PRINT_PREVIEW = auto()
    TRASH = auto()
    BACK_UP_NOW = auto()
    RESTORE_BACKUP = auto()
    CHECK_LIBRARY = auto()
    SHOW_LIBRARY_FOLDER = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    PREFERENCES = auto()
    MANAGE_TAGS = auto()
    TOGGLE_LIBRARY = auto()
    TOGGLE_ANNOTATIONS = auto()
    TOGGLE_TOOLBAR = auto()
    NEXT_PANE = auto()
    PREVIOUS_PANE = auto()
    NEXT_SECTION = auto()
    PREVIOUS_SECTION = auto()
    NEXT_SPEECH = auto()
    PREVIOUS_SPEECH = auto()
    GO_BACK = auto()
    FILTER_LIBRARY = auto()
    GETTING_STARTED = auto()
    SHORTCUTS = auto()
    ABOUT = auto()
    # The library tree's context menu.
    RENAME = auto()
    DELETE_COLLECTION = auto()
    REIMPORT = auto()
    SHOW_IMPORT_REPORT = auto()
    # Search and language tools.
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    SEARCH_LIBRARY = auto()
    SHOW_TERMS = auto()
    CONCORDANCE = auto()
    COMPARE_WITH = auto()


class Scope(Enum):
    """Where an action's shortcut works.

    Single keys (1–5, N, Delete) must not fire while the user types a note in another pane, so
    they only work while the reader (the widget the action is added to) has focus.
    """

    WIDGET = Qt.ShortcutContext.WidgetWithChildrenShortcut
    WINDOW = Qt.ShortcutContext.WindowShortcut


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class ActionSpec(NamedTuple):
    """What an action looks like: texts (untranslated), shortcuts, icon, behaviour flags."""

    text: str
    icon_text: str = ""
    status_tip: str = ""
    shortcuts: tuple[str | StandardKey, ...] = ()
    scope: Scope = Scope.WINDOW
    icon: QIcon.ThemeIcon | None = None
    svg: str | None = None
    swatch: str | None = None
    checkable: bool = False
    group: str | None = None
    tip_arguments: tuple[str, ...] = ()
    """What fills the status tip's %1, %2… (text that is not translated, kept in one place)."""
    other_text: str = ""
    """A second name the owner switches to with the state (Add Note… / Edit Note…)."""
