"""A ring around the list, tool button or note box that has the keyboard, in every theme.

Fusion marks the focus of a line edit or a combo box with its frame, but not of a list, a
tree, a table, an auto-raised tool button or a box of several lines: a keyboard user who
pressed Tab into the library tree or onto a colour chip could not see where they were, nor,
after N, that the keyboard was in the note (a thin caret in a large box, at 150 % too).
``install_focus_ring()`` makes one ``FocusRing`` for the application; it follows
``QApplication.focusChanged`` and lays a two-pixel ring over such a control, in windows and
dialogs alike, in a colour that reads on the light, sepia and dark surfaces
(``app_theme.focus_colour``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop.gui.app_theme import focus_colour

RING_WIDTH = 2
"""Pixels: seen at a glance, and narrow enough to leave a list's rows and a chip's swatch alone."""

RINGED = (QAbstractItemView, QToolButton, QPlainTextEdit, QTabBar, QComboBox)
"""The controls whose focus the style does not show, or shows too faintly: a tab bar's focus,
and a drop-down list's one-pixel frame in the highlight's colour, were not seen on the dark
surface. (The page, a QTextEdit, shows its caret once the keyboard comes to it: it is the
reading surface, not a box to outline; an editable combo box's edit shows its own frame.)"""


def ringed(widget: QWidget | None) -> bool:
    """Whether ``widget`` gets the ring when it has the keyboard."""
    if isinstance(widget, QComboBox):
        return not widget.isEditable()
    return isinstance(widget, RINGED)


def ring_rect(control: QWidget) -> QRect:
    """Where the ring goes on ``control``: round it, or round a tab bar's current tab."""
    if isinstance(control, QTabBar) and control.currentIndex() >= 0:
        return control.tabRect(control.currentIndex())
    return control.rect()


class RingOverlay(QWidget):
    """The ring itself: a child laid over its control, deaf to the mouse."""

    def __init__(self, control: QWidget) -> None:
        super().__init__(control)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(ring_rect(control))
        control.installEventFilter(self)  # a child keeps its size: follow the control's
        if isinstance(control, QTabBar):  # Left and Right move the focus along the tabs
            control.currentChanged.connect(self._follow_control)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the control's size whenever it changes."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._follow_control()
        return False

    @Slot()
    def _follow_control(self) -> None:
        self.setGeometry(ring_rect(self.parentWidget()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The ring, just inside the control's edge."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_colour(self.palette()), RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


class FocusRing(QObject):
    """Keeps a ring over whichever ringed control has the keyboard, and none elsewhere."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRing")
        self._overlay: RingOverlay | None = None
        app.focusChanged.connect(self._on_app_focus_changed)
        self.follow(app.focusWidget())

    def target(self) -> QWidget | None:
        """The control the ring is shown around, or None."""
        overlay = self._live_overlay()
        return overlay.parentWidget() if overlay is not None and overlay.isVisible() else None

    def follow(self, widget: QWidget | None) -> None:
        """Show the ring around ``widget`` if its style would not show its focus."""
        overlay = self._live_overlay()
        if not ringed(widget) or _in_popup(widget):
            if overlay is not None:
                overlay.hide()
            return
        if overlay is None or overlay.parentWidget() is not widget:
            if overlay is not None:
                overlay.deleteLater()
            overlay = self._overlay = RingOverlay(widget)
        overlay.show()
        overlay.raise_()

    def _live_overlay(self) -> RingOverlay | None:
        """The overlay, unless Qt deleted it with its control (a closed dialog's list)."""
        if self._overlay is not None and not shiboken6.isValid(self._overlay):
            self._overlay = None
        return self._overlay

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            _carry_keyboard_cues(new)
        self.follow(new)


KEYBOARD_CUES = Qt.WidgetAttribute.WA_KeyboardFocusChange
"""Set on a window once the keyboard moved its focus: only then does Fusion draw the focus of
a combo box, a check box or a button."""


def _carry_keyboard_cues(widget: QWidget) -> None:
    """A dialog opened by someone who uses the keyboard shows where it is from the first control.

    Qt marks only the window whose focus Tab or a shortcut moved: a dialog opened there began
    with its first control's focus unseen until Tab was pressed.
    """
    window = widget.window()
    owner = window.parentWidget()
    if window.testAttribute(KEYBOARD_CUES) or owner is None:
        return
    if owner.window().testAttribute(KEYBOARD_CUES):
        window.setAttribute(KEYBOARD_CUES)
        widget.update()


def _in_popup(widget: QWidget) -> bool:
    """Whether ``widget`` is in a popup: a combo box's or a completer's open list, whose
    current row already shows where the keyboard is."""
    return widget.window().windowType() == Qt.WindowType.Popup


def install_focus_ring() -> FocusRing | None:
    """The application's focus ring, made on the first call."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
    return existing if existing is not None else FocusRing(app)
