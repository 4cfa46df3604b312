"""The search and language tools' actions: find, search the library, terms, KWIC, compare.

``actions.SPECS`` takes these in; lupdate finds the texts through QT_TRANSLATE_NOOP in the
"Actions" context, where the registry translates them. The main window binds them
(``window_search``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.gui.action_ids import ActionId, ActionSpec, StandardKey

SEARCH_SPECS: dict[ActionId, ActionSpec] = {
    ActionId.FIND: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Find in Speech…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Find"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Find words in the speech being read"),
        shortcuts=(StandardKey.Find,),
        svg="find",
    ),
    ActionId.FIND_NEXT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Find Ne&xt"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
        shortcuts=("F3",),
    ),
    ActionId.FIND_PREVIOUS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Go to the previous match"),
        shortcuts=("Shift+F3",),
    ),
    ActionId.SEARCH_LIBRARY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Search Library…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Search"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Search every speech and note in the library for exact words"
        ),
        shortcuts=("Ctrl+Shift+F",),
        svg="search-library",
    ),
    ActionId.SHOW_TERMS: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Terms"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Show or hide the keywords and formulations (提法) of the speech"
        ),
        shortcuts=("Ctrl+Shift+T",),
        svg="terms",
        checkable=True,
    ),
    ActionId.CONCORDANCE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "C&oncordance…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Show every occurrence of the selected words in the library, in context"
        ),
        shortcuts=("Ctrl+Shift+K",),
        svg="concordance",
    ),
    ActionId.COMPARE_WITH: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Co&mpare With…"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Compare this speech with another, side by side: what wording changed"
        ),
    ),
}
"""The search tools' actions (all work anywhere in the window)."""
