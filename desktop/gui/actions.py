"""The one registry of the app's actions, keyed by ``ActionId``.

Menus, toolbars, the reader's floating toolbar and context menus all look actions up here, so
each command has one text, one shortcut and one enabled state wherever it shows. The registry
only creates actions; whoever owns the behaviour connects ``triggered`` to exactly one method or
signal (the reader binds the ones that act on it, the main window the rest).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.annotation import Color
from desktop.core.text_templates import fill
from desktop.gui.action_ids import ActionId, ActionSpec, Scope, StandardKey
from desktop.gui.icons import svg_icon, swatch_icon
from desktop.gui.search_action_specs import SEARCH_SPECS
from desktop.gui.window_action_specs import WINDOW_SPECS

__all__ = [
    "ActionId",
    "ActionRegistry",
    "ActionSpec",
    "Scope",
    "StandardKey",
    "SPECS",
    "svg_icon",
    "swatch_icon",
]

_CONTEXT = "Actions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _status_tip(spec: ActionSpec) -> str:
    """The spec's status tip in the UI language, its %1… filled in."""
    tip = _tr(spec.status_tip)
    return fill(tip, *spec.tip_arguments) if spec.tip_arguments else tip


HIGHLIGHT_COLORS: dict[ActionId, Color] = {
    ActionId.HIGHLIGHT_1: Color.YELLOW,
    ActionId.HIGHLIGHT_2: Color.GREEN,
    ActionId.HIGHLIGHT_3: Color.BLUE,
    ActionId.HIGHLIGHT_4: Color.PINK,
    ActionId.HIGHLIGHT_5: Color.PURPLE,
}
"""Which colour each highlight action applies, in the order of keys 1 to 5."""

SWATCHES: dict[Color, str] = {
    Color.YELLOW: "#f5c400",
    Color.GREEN: "#40c057",
    Color.BLUE: "#339af0",
    Color.PINK: "#f06595",
    Color.PURPLE: "#845ef7",
}
"""Opaque colours for icons and buttons; the reader paints translucent versions (theme.py)."""

THEME_ACTIONS: dict[ActionId, str] = {
    ActionId.THEME_LIGHT: "light",
    ActionId.THEME_SEPIA: "sepia",
    ActionId.THEME_DARK: "dark",
}

LIBRARY_SORT_ACTIONS: dict[ActionId, str] = {
    ActionId.SORT_LIBRARY_BY_DATE: "date",
    ActionId.SORT_LIBRARY_BY_TITLE: "title",
    ActionId.SORT_LIBRARY_AS_IMPORTED: "imported",
}
"""Each View ▸ Sort Library action and the order it chooses (``library_sort``)."""

# lupdate finds the texts through QT_TRANSLATE_NOOP; _tr() translates them when an action is made.
SPECS: dict[ActionId, ActionSpec] = {
    ActionId.HIGHLIGHT_1: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight &Yellow"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Yellow"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in yellow"),
        shortcuts=("1",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.YELLOW],
    ),
    ActionId.HIGHLIGHT_2: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight &Green"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Green"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in green"),
        shortcuts=("2",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.GREEN],
    ),
    ActionId.HIGHLIGHT_3: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight &Blue"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Blue"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in blue"),
        shortcuts=("3",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.BLUE],
    ),
    ActionId.HIGHLIGHT_4: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight Pin&k"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Pink"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in pink"),
        shortcuts=("4",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.PINK],
    ),
    ActionId.HIGHLIGHT_5: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight Purp&le"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Purple"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in purple"),
        shortcuts=("5",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.PURPLE],
    ),
    ActionId.ADD_NOTE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Add &Note…"),
        other_text=QT_TRANSLATE_NOOP("Actions", "Edit &Note…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Note"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Write a note on the selection or on the clicked highlight"
        ),
        shortcuts=("N",),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.MailMessageNew,
        svg="note",
    ),
    ActionId.COPY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Copy"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Copy"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Copy the selected text"),
        shortcuts=(StandardKey.Copy,),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.EditCopy,
        svg="copy",
    ),
    ActionId.COPY_WITH_CITATION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Copy with C&itation"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Cite"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Copy the selected text with the speech's title, speaker and date"
        ),
        shortcuts=("Ctrl+Shift+C",),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.EditPaste,
        svg="cite",
    ),
    ActionId.DELETE_ANNOTATION: ActionSpec(
        # The dock's words for the same command ("Move to &Trash"); M, as Manage &Tags has T.
        text=QT_TRANSLATE_NOOP("Actions", "&Move to Trash"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Delete"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Move the highlight or note under the cursor to the trash"
        ),
        shortcuts=(StandardKey.Delete,),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.EditDelete,
        svg="delete",
    ),
    ActionId.ACCEPT_PLACE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Accept This Place"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Accept Place"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Keep the highlight or note where it was found after its text changed, "
            "as if it had been made there",
        ),
        shortcuts=("A",),  # a letter, as N and 1–5: only on a highlight found elsewhere
        scope=Scope.WIDGET,
    ),
}


SPECS.update(WINDOW_SPECS)
SPECS.update(SEARCH_SPECS)


def _apply_icon(action: QAction, spec: ActionSpec) -> None:
    if spec.swatch is not None:
        action.setIcon(swatch_icon(spec.swatch))
    elif spec.svg is not None:
        action.setIcon(svg_icon(spec.svg))
    elif spec.icon is not None:
        action.setIcon(QIcon.fromTheme(spec.icon))


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The spec's shortcuts, standard keys expanded for this platform, without repeats."""
    found: list[QKeySequence] = []
    for key in spec.shortcuts:
        expanded = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [key]
        for sequence in map(QKeySequence, expanded):
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


LIST_TITLE = "pizhuListTitle"
"""An action property: the plain name the shortcuts list shows for an action whose text changes
with the state (Undo names what it would undo: "Undo Edit Note")."""


class ActionRegistry(QObject):
    """Creates each action on first use and hands the same QAction out ever after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._own_text: set[ActionId] = set()
        self._other_text: set[ActionId] = set()

    def action(self, action_id: ActionId) -> QAction:
        """The QAction for ``action_id``, created with its text, shortcut and icon if needed."""
        existing = self._actions.get(action_id)
        if existing is not None:
            return existing
        created = self._create(action_id, SPECS[action_id])
        self._actions[action_id] = created
        return created

    def actions(self, ids: list[ActionId]) -> list[QAction]:
        """Several actions, in the order given."""
        return [self.action(action_id) for action_id in ids]

    def adopt(self, action_id: ActionId, action: QAction) -> QAction:
        """Register an action made elsewhere (the undo stack's, a dock's toggle) under an id.

        It gets the id's shortcuts, icon, tips and object name; it keeps its own text when it
        has one (the undo action's names what will be undone).
        """
        spec = SPECS[action_id]
        action.setParent(self)
        action.setObjectName(f"action_{action_id.name.lower()}")
        if not action.text():
            action.setText(_tr(spec.text))
        action.setStatusTip(_status_tip(spec))
        action.setShortcuts(key_sequences(spec))
        action.setShortcutContext(spec.scope.value)
        _apply_icon(action, spec)
        self._actions[action_id] = action
        self._own_text.add(action_id)
        return action

    def refresh_icons(self) -> None:
        """Draw every SVG icon again in the current palette's ink (swatches need nothing)."""
        for action_id, action in self._actions.items():
            if SPECS[action_id].svg is not None:
                _apply_icon(action, SPECS[action_id])

    def show_other_text(self, action_id: ActionId, shown: bool) -> None:
        """Name the action by its spec's ``other_text`` (Edit Note…) or by its own text again.

        The shortcuts list keeps naming it by its own text; a language change keeps the choice.
        """
        if shown == (action_id in self._other_text):
            return
        if shown:
            self._other_text.add(action_id)
        else:
            self._other_text.discard(action_id)
        action = self.action(action_id)
        self._apply_texts(action, SPECS[action_id], shown)
        if not shown:
            action.setProperty(LIST_TITLE, None)

    def keep_text(self, action_id: ActionId) -> None:
        """Leave the action's text to its owner (the undo action names what it undoes)."""
        self._own_text.add(action_id)

    def shortcut_text(self, action_id: ActionId) -> str:
        """The action's shortcut as this platform writes it (Ctrl+Z, ⌘Z), for UI texts."""
        keys = self.action(action_id).shortcut()
        return keys.toString(QKeySequence.SequenceFormat.NativeText)

    def created(self) -> dict[ActionId, QAction]:
        """Every action made or adopted so far, by id (for the shortcuts list)."""
        return dict(self._actions)

    def bind(self, action_id: ActionId, slot: Callable[[], object]) -> QAction:
        """Connect the action's ``triggered`` to ``slot`` (called without the checked flag)."""
        action = self.action(action_id)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Re-read every created action's texts (only the tips of those whose owner keeps
        their text, as adopted ones), after the UI language changes."""
        for action_id, action in self._actions.items():
            spec = SPECS[action_id]
            if action_id in self._own_text:
                action.setStatusTip(_status_tip(spec))
                action.setToolTip(tool_tip(action, spec))  # the toolbar shows it
            else:
                self._apply_texts(action, spec, action_id in self._other_text)

    def event(self, event: QEvent) -> bool:
        """LanguageChange (a new translator): re-read texts. A status tip goes to the window: a
        context menu sends its hovered item's tip to the action's parent, this registry."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.StatusTip and isinstance(self.parent(), QWidget):
            return QCoreApplication.sendEvent(self.parent(), event)
        return super().event(event)

    def _create(self, action_id: ActionId, spec: ActionSpec) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{action_id.name.lower()}")
        action.setShortcuts(key_sequences(spec))
        self._apply_texts(action, spec)
        action.setShortcutContext(spec.scope.value)
        action.setCheckable(spec.checkable)
        _apply_icon(action, spec)
        if spec.group is not None:
            group = self._groups.setdefault(spec.group, QActionGroup(self))
            group.setExclusive(True)
            group.addAction(action)
        return action

    @staticmethod
    def _apply_texts(action: QAction, spec: ActionSpec, other: bool = False) -> None:
        action.setText(_tr(spec.other_text if other else spec.text))
        if other:
            action.setProperty(LIST_TITLE, _tr(spec.text))
        action.setIconText(_tr(spec.icon_text or spec.text.replace("&", "")))
        action.setStatusTip(_status_tip(spec))
        action.setToolTip(tool_tip(action, spec))


def tool_tip(action: QAction, spec: ActionSpec) -> str:
    """The status tip (else the name) and the first shortcut: the toolbar shows icons only, and
    a keyboard user learns the key from the tooltip a mouse user sees. Only the first: a tooltip
    is read at a glance (the shortcuts list gives every key, "Ctrl+C or Ctrl+Ins")."""
    tip = _status_tip(spec) if spec.status_tip else _tr(spec.text.replace("&", ""))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return fill(QCoreApplication.translate("Actions", "%1 (%2)"), tip, keys) if keys else tip
