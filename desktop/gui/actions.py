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
    ),
    ActionId.COPY: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Copy"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Copy"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Copy the selected text"),
        shortcuts=(StandardKey.Copy,),
        scope=Scope.WIDGET,
        icon=QIcon.ThemeIcon.EditCopy,
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
    ),
    ActionId.ZOOM_IN: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Larger"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
        shortcuts=(StandardKey.ZoomIn, "Ctrl+="),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomIn,
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Smaller"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
        shortcuts=(StandardKey.ZoomOut, "Ctrl+-"),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomOut,
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        text=QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        icon_text=QT_TRANSLATE_NOOP("Actions", "Actual size"),
        status_tip=QT_TRANSLATE_NOOP("Actions", "Show the text at its default size"),
        shortcuts=("Ctrl+0",),
        scope=Scope.WINDOW,
        icon=QIcon.ThemeIcon.ZoomFitBest,
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


def swatch_icon(color: str, size: int = 32) -> QIcon:
    """A round colour swatch, the icon of a highlight action."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(color))
    inset = size * 0.12
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return QIcon(pixmap)


class ActionRegistry(QObject):
    """Creates each action on first use and hands the same QAction out ever after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}

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

    def bind(self, action_id: ActionId, slot: Callable[[], object]) -> QAction:
        """Connect the action's ``triggered`` to ``slot`` (called without the checked flag)."""
        action = self.action(action_id)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        """Re-read every created action's texts, after the UI language changes."""
        for action_id, action in self._actions.items():
            self._apply_texts(action, SPECS[action_id])

    def event(self, event: QEvent) -> bool:
        """A new translator makes Qt send LanguageChange down the widget tree: re-read texts."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _create(self, action_id: ActionId, spec: ActionSpec) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{action_id.name.lower()}")
        self._apply_texts(action, spec)
        action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
        action.setShortcutContext(spec.scope.value)
        action.setCheckable(spec.checkable)
        if spec.swatch is not None:
            action.setIcon(swatch_icon(spec.swatch))
        elif spec.icon is not None:
            action.setIcon(QIcon.fromTheme(spec.icon))
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
