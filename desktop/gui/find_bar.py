"""Find in the speech (Ctrl+F): a bar under the reader with next, previous and a count "3/17".

The bar searches the canonical text it is given (``set_text``) for exactly what is typed, with
the library search's normalisation (``core.find``): width and case folded, so ``,`` finds
``，``. Every occurrence and the current one go out as ``matches_changed`` (the window marks
them in the reader and on its scroll bar); Enter and F3 step forward, Shift+Enter and Shift+F3
back, wrapping around; Escape closes the bar, and ``closed`` tells the window to clear the marks
(``left_on`` which hit to leave selected).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.gui.app_theme import accent_colour

if TYPE_CHECKING:
    from desktop.core.find import TextFinder

Range = tuple[int, int]

LAYER = "search"
"""The reader's mark layer the find bar's hits are drawn in."""


class FindBar(QWidget):
    """Finds what is typed in one text and steps through the occurrences."""

    matches_changed = Signal(list, int)
    """(every (start, end), index of the current one or -1)."""
    closed = Signal()
    left_on = Signal(int, int)
    """(start, end) of the current hit when the user closes the bar (Escape, its close button):
    the window selects it, as an editor leaves the found words selected for 1–5 or N."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self._text = ""
        self._finder: TextFinder | None = None  # made on the first search (core.find loads then)
        self._ranges: list[Range] = []
        self._current = -1
        self._origin = 0
        self._build()
        self.retranslate()
        self.hide()

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_text")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000/0000"))
        self.previous_button = self._button("find_previous", "↑")
        self.next_button = self._button("find_next", "↓")
        self.close_button = close = self._button("find_close", "✕")
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        close.clicked.connect(self._leave)

    def _button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.edit.setPlaceholderText(self.tr("Find in this speech"))
        self.edit.setAccessibleName(self.edit.placeholderText())
        self.previous_button.setToolTip(self.tr("Previous (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next (F3)"))
        self.close_button.setToolTip(self.tr("Close (Escape)"))
        # The buttons show arrows and a cross: a screen reader needs words.
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAccessibleDescription(button.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts after a language change, the colours after a palette change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._style_count()
        super().changeEvent(event)

    def _style_count(self) -> None:
        """Nothing found: the count "0/0" in vermilion, as a browser reddens its find bar."""
        missing = bool(self.edit.text()) and not self._ranges
        colour = accent_colour(self.palette()).name()
        self.count_label.setStyleSheet(f"color: {colour};" if missing else "")

    # Data from the window -------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Search this text from now on (the speech being read); its marks are sent again."""
        self._text = text
        self._finder = None
        self._origin = 0
        if self.isVisible():
            self._search()

    def open_bar(self, origin: int = 0, text: str | None = None) -> None:
        """Show the bar with the keyboard in it; the first hit shown is the first from
        ``origin`` (where the reader is). ``text`` replaces what is typed (the selection)."""
        self._origin = origin
        self.show()
        if text:
            self.edit.setText(text)
        self._search()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and let the window clear its marks."""
        if self.isVisible() or self._ranges:
            self._ranges, self._current = [], -1
            # Before hiding: the window gives the page the keyboard on ``closed``, so Qt does not
            # first hand it to the next widget of the chain (which a screen reader would say).
            self.closed.emit()
            self.hide()

    @Slot()
    def _leave(self) -> None:
        """Close the bar as the user does, handing on the hit it was on."""
        hit = self._ranges[self._current] if self._current >= 0 else None
        self.close_bar()
        if hit is not None:
            self.left_on.emit(*hit)

    # Stepping -------------------------------------------------------------------------------

    @Slot()
    def find_next(self) -> None:
        """The next occurrence (the first after the last); opens the bar if it is closed."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """The previous occurrence (the last before the first)."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar(self._origin)
            return
        if not self._ranges:
            return
        self._current = (self._current + direction) % len(self._ranges)
        self._announce()

    def ranges(self) -> list[Range]:
        """Every occurrence found."""
        return list(self._ranges)

    def current(self) -> int:
        """The index of the current occurrence (-1: none)."""
        return self._current

    def count_text(self) -> str:
        """What the count shows ("3/17")."""
        return self.count_label.text()

    # Searching ------------------------------------------------------------------------------

    @Slot(str)
    def _on_edit_text_changed(self, _text: str) -> None:
        if self.isVisible():
            self._search()

    def _search(self) -> None:
        if self._finder is None:
            from desktop.core.find import TextFinder

            self._finder = TextFinder(self._text)
        self._ranges = self._finder.find_all(self.edit.text())
        after = (i for i, (start, _end) in enumerate(self._ranges) if start >= self._origin)
        self._current = next(after, 0) if self._ranges else -1
        self._announce()

    def _announce(self) -> None:
        typed = bool(self.edit.text())
        total = len(self._ranges)
        self.count_label.setText(f"{self._current + 1}/{total}" if typed else "")
        self._style_count()
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
        if self._current >= 0:
            self._origin = self._ranges[self._current][0]
        self.matches_changed.emit(self.ranges(), self._current)

    # Keys -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter / Shift+Enter step, Escape closes, in the line edit."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Escape on the bar's buttons (Tab goes on to them) closes it too: their keys come
        here, not through the line edit's filter."""
        if event.key() == Qt.Key.Key_Escape:
            self._leave()
            return
        super().keyPressEvent(event)

    def _on_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._step(-1 if shift else 1)
            return True
        if key == Qt.Key.Key_Escape:
            self._leave()
            return True
        return False
