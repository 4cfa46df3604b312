"""The one registry of the app's actions, keyed by ``ActionId``.

Menus, toolbars, the reader's floating toolbar and context menus all look actions up here, so
each command has one text, one shortcut and one enabled state wherever it shows. The registry
only creates actions; whoever owns the behaviour connects ``triggered`` to exactly one method or
signal (the reader binds the ones that act on it, the main window the rest).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap

from desktop.core.annotation import Color
from desktop.resources import resource_path

_CONTEXT = "Actions"
StandardKey = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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
    DELETE_ANNOTATION = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    THEME_LIGHT = auto()
    THEME_SEPIA = auto()
    THEME_DARK = auto()
    FULLWIDTH_PUNCTUATION = auto()
    # The main window's own.
    IMPORT = auto()
    TRASH = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    PREFERENCES = auto()
    TOGGLE_LIBRARY = auto()
    TOGGLE_ANNOTATIONS = auto()
    NEXT_SECTION = auto()
    PREVIOUS_SECTION = auto()
    NEXT_SPEECH = auto()
    PREVIOUS_SPEECH = auto()
    GO_BACK = auto()
    FILTER_LIBRARY = auto()
    SHORTCUTS = auto()
    ABOUT = auto()
    # The library tree's context menu.
    RENAME = auto()
    DELETE_COLLECTION = auto()
    REIMPORT = auto()
    SHOW_IMPORT_REPORT = auto()


class Scope(Enum):
    """Where an action's shortcut works.

    Single keys (1–5, N, Delete) must not fire while the user types a note in another pane, so
    they only work while the reader (the widget the action is added to) has focus.
    """

    WIDGET = Qt.ShortcutContext.WidgetWithChildrenShortcut
    WINDOW = Qt.ShortcutContext.WindowShortcut


@dataclass(frozen=True, slots=True)
class ActionSpec:
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
        text=QT_TRANSLATE_NOOP("Actions", "Highlight &Pink"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Pink"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in pink"),
        shortcuts=("4",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.PINK],
    ),
    ActionId.HIGHLIGHT_5: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Highlight P&urple"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Purple"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selection in purple"),
        shortcuts=("5",),
        scope=Scope.WIDGET,
        swatch=SWATCHES[Color.PURPLE],
    ),
    ActionId.ADD_NOTE: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Add &Note…"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Note"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Write a note on the selection"),
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
        text=QT_TRANSLATE_NOOP("Actions", "&Delete Highlight"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Delete"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Move the highlight or note under the cursor to the trash"
        ),
        shortcuts=(StandardKey.Delete,),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.EditDelete,
        svg="delete",
    ),
    ActionId.ZOOM_IN: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Larger"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
        shortcuts=(StandardKey.ZoomIn, "Ctrl+="),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomIn,
        svg="zoom-in",
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Smaller"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        shortcuts=(StandardKey.ZoomOut, "Ctrl+-"),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomOut,
        svg="zoom-out",
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Actual size"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show the text at its default size"),
        shortcuts=("Ctrl+0",),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomFitBest,
        svg="zoom-reset",
    ),
    ActionId.THEME_LIGHT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Light"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Light"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Dark text on a white page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.THEME_SEPIA: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Sepia"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Sepia"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Brown text on a warm paper page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.THEME_DARK: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Dark"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Dark"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Light text on a dark page"),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
        group="theme",
    ),
    ActionId.FULLWIDTH_PUNCTUATION: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Full-width Punctuation"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Full-width"),
        status_tip=QT_TRANSLATE_NOOP(
            "Actions", "Show Latin punctuation in Chinese text as full-width (，：；？！（）)"
        ),
        shortcuts=(),
        scope=Scope.WINDOW,
        checkable=True,
    ),
}


SPECS.update(
    {
        ActionId.IMPORT: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Import…"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Import"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "Import speeches from text, Word, Markdown or web page files"
            ),
            shortcuts=(StandardKey.Open,),
            svg="import",
        ),
        ActionId.TRASH: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Trash…"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Trash"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "See deleted highlights and collections, and restore them"
            ),
            svg="trash-restore",
        ),
        ActionId.QUIT: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Quit"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Close Pizhu (everything is already saved)"),
            shortcuts=("Ctrl+Q",),
        ),
        ActionId.UNDO: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Undo"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Undo"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Take back the last change"),
            shortcuts=(StandardKey.Undo,),
            svg="undo",
        ),
        ActionId.REDO: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Redo"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Redo"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Make the change taken back again"),
            shortcuts=("Ctrl+Shift+Z", StandardKey.Redo),
            svg="redo",
        ),
        ActionId.PREFERENCES: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "Language, theme, text size and the word dictionary"
            ),
            shortcuts=(StandardKey.Preferences, "Ctrl+,"),
            svg="settings",
        ),
        ActionId.TOGGLE_LIBRARY: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Library"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the library pane"),
            shortcuts=("Ctrl+Shift+L",),
            svg="library",
            checkable=True,
        ),
        ActionId.TOGGLE_ANNOTATIONS: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Annotations"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the annotations pane"),
            shortcuts=("Ctrl+Shift+N",),
            svg="annotations",
            checkable=True,
        ),
        ActionId.NEXT_SECTION: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Next Section"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Next section"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Go to the next heading of the speech"),
            shortcuts=("Alt+Down",),
            svg="section-next",
        ),
        ActionId.PREVIOUS_SECTION: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Previous Section"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Previous section"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "Go to the start of this section, or the one before"
            ),
            shortcuts=("Alt+Up",),
            svg="section-previous",
        ),
        ActionId.NEXT_SPEECH: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "Next &Speech"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Open the next speech of the library"),
            shortcuts=("Ctrl+PgDown",),
            svg="speech-next",
        ),
        ActionId.PREVIOUS_SPEECH: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "Previous S&peech"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Open the previous speech of the library"),
            shortcuts=("Ctrl+PgUp",),
            svg="speech-previous",
        ),
        ActionId.GO_BACK: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Back"),
            icon_text=QT_TRANSLATE_NOOP("Actions", "Back"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Return to where you were before the jump"),
            shortcuts=(StandardKey.Back,),
            svg="back",
        ),
        ActionId.FILTER_LIBRARY: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Filter Library"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Type to show only matching titles"),
            shortcuts=("Ctrl+L",),
            svg="filter",
        ),
        ActionId.SHORTCUTS: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "List every command and its keys"),
            shortcuts=("Ctrl+/",),
            svg="keyboard",
        ),
        ActionId.ABOUT: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&About Pizhu"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Version and licence"),
            svg="info",
        ),
        ActionId.RENAME: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Rename…"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "Give the collection or speech your own title"),
            shortcuts=("F2",),
            scope=Scope.WIDGET,
        ),
        ActionId.DELETE_COLLECTION: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "&Delete Collection"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "Move the collection, with its highlights and notes, to the trash"
            ),
            shortcuts=(StandardKey.Delete,),
            scope=Scope.WIDGET,
            svg="delete",
        ),
        ActionId.REIMPORT: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "Re-&import"),
            status_tip=QT_TRANSLATE_NOOP(
                "Actions", "Import the collection's file again; highlights follow their words"
            ),
            svg="import",
        ),
        ActionId.SHOW_IMPORT_REPORT: ActionSpec(
            text=QT_TRANSLATE_NOOP("Actions", "Import &Report"),
            status_tip=QT_TRANSLATE_NOOP("Actions", "What the last import of this collection did"),
            svg="info",
        ),
    }
)


def swatch_icon(color: str, size: int = 32) -> QIcon:
    """A round colour swatch, the icon of a highlight action (paler, not grey, when disabled)."""
    icon = QIcon(_swatch_pixmap(QColor(color), size))
    faded = QColor(color)
    faded.setAlphaF(0.38)
    icon.addPixmap(_swatch_pixmap(faded, size), QIcon.Mode.Disabled)
    return icon


def _swatch_pixmap(color: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60 if color.alphaF() == 1 else 25))
    painter.setBrush(color)
    inset = size * 0.12
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return pixmap


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


def svg_icon(name: str) -> QIcon:
    """One of the app's icons (``resources/icons/NAME.svg``), drawn at any size."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class ActionRegistry(QObject):
    """Creates each action on first use and hands the same QAction out ever after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._own_text: set[ActionId] = set()

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
        action.setStatusTip(_tr(spec.status_tip))
        action.setShortcuts(key_sequences(spec))
        action.setShortcutContext(spec.scope.value)
        _apply_icon(action, spec)
        self._actions[action_id] = action
        self._own_text.add(action_id)
        return action

    def keep_text(self, action_id: ActionId) -> None:
        """Leave the action's text to its owner (the undo action names what it undoes)."""
        self._own_text.add(action_id)

    def created(self) -> dict[ActionId, QAction]:
        """Every action made or adopted so far, by id (for the shortcuts list)."""
        return dict(self._actions)

    def bind(self, action_id: ActionId, slot: Callable[[], object]) -> QAction:
        """Connect the action's ``triggered`` to ``slot`` (called without the checked flag)."""
        action = self.action(action_id)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Re-read every created action's texts, after the UI language changes.

        Adopted actions and those whose owner keeps their text get their tips only.
        """
        for action_id, action in self._actions.items():
            spec = SPECS[action_id]
            if action_id in self._own_text:
                action.setStatusTip(_tr(spec.status_tip))
            else:
                self._apply_texts(action, spec)

    def event(self, event: QEvent) -> bool:
        """A new translator makes Qt send LanguageChange down the widget tree: re-read texts."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _create(self, action_id: ActionId, spec: ActionSpec) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{action_id.name.lower()}")
        self._apply_texts(action, spec)
        action.setShortcuts(key_sequences(spec))
        action.setShortcutContext(spec.scope.value)
        action.setCheckable(spec.checkable)
        _apply_icon(action, spec)
        if spec.group is not None:
            group = self._groups.setdefault(spec.group, QActionGroup(self))
            group.setExclusive(True)
            group.addAction(action)
        return action

    @staticmethod
    def _apply_texts(action: QAction, spec: ActionSpec) -> None:
        action.setText(_tr(spec.text))
        action.setIconText(_tr(spec.icon_text or spec.text.replace("&", "")))
        action.setStatusTip(_tr(spec.status_tip))
        action.setToolTip(_tr(spec.status_tip or spec.text.replace("&", "")))
