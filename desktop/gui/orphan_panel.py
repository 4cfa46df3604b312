"""What the annotations dock shows above the editor for an annotation whose passage was lost.

After a speech's text changed, an annotation whose words were not found again is kept as an
orphan: its old position means nothing in the new text, so choosing it jumps nowhere. This
panel shows its words instead, says why, and offers the way out: select where the passage is
now in the reader and reattach the annotation there (or first open its speech).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.annotation import Annotation
from desktop.gui.app_theme import MutedLabel, warning_colour
from desktop.models.fullwidth_text import shown_text

QUOTE_CHARACTERS = 400
"""The longest quote shown in full; a longer one is cut with an ellipsis."""


class OrphanPanel(QFrame):
    """The lost passage's words, why it is lost, and Reattach (or Open Its Speech)."""

    reattach_clicked = Signal()
    open_speech_clicked = Signal(int)  # the orphan's speech id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphanPanel")
        self._annotation: Annotation | None = None
        self._in_open_speech = False
        self._fullwidth = False  # the lost words shown as the page shows words
        self._can_reattach = False
        self._build()
        self.retranslate()
        self.show_annotation(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        self._title = self._label("orphanTitle")
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._quote = self._label("orphanQuote")
        self._quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._quote.setFrameShape(QFrame.Shape.StyledPanel)
        self._quote.setMargin(6)
        self._hint = MutedLabel(self)
        self._hint.setObjectName("orphanHint")
        self._hint.setWordWrap(True)
        # Word-wrapped labels report a one-line minimum; in a short dock they must not be cut.
        line = self.fontMetrics().lineSpacing()
        self._quote.setMinimumHeight(line + 2 * self._quote.margin() + 4)
        self._hint.setMinimumHeight(2 * line)
        self.reattach_button = QPushButton(self)
        self.reattach_button.setObjectName("orphanReattach")
        self.reattach_button.clicked.connect(self.reattach_clicked)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("orphanOpenSpeech")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reattach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for widget in (self._title, self._quote, self._hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self._update_colours()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._title.setText(self.tr("Passage not found in the changed text"))
        self.reattach_button.setText(self.tr("Reattach to Selection"))
        self.reattach_button.setToolTip(
            self.tr("Attach this annotation to the words selected in the reader")
        )
        self.open_button.setText(self.tr("Open Its Speech"))
        self._update_hint()

    # Public API ----------------------------------------------------------------------------

    @property
    def quote_text(self) -> str:
        """The lost passage's words as shown."""
        return self._quote.text()

    @property
    def hint_text(self) -> str:
        """What the panel tells the user to do."""
        return self._hint.text()

    def show_annotation(self, annotation: Annotation | None, in_open_speech: bool = True) -> None:
        """Show ``annotation`` (an orphan) or nothing; ``in_open_speech``: its speech is open."""
        self._annotation = annotation
        self._in_open_speech = in_open_speech
        self.setVisible(annotation is not None)
        if annotation is None:
            return
        words = " ".join(shown_text(annotation.quote.exact, self._fullwidth).split())
        if len(words) > QUOTE_CHARACTERS:
            words = words[:QUOTE_CHARACTERS].rstrip() + "…"
        self._quote.setText(words)
        self._quote.setVisible(bool(words))
        self._update_buttons()

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show the lost words with full-width punctuation (or not), as the list shows them."""
        if enabled != self._fullwidth:
            self._fullwidth = enabled
            if self._annotation is not None:
                self.show_annotation(self._annotation, self._in_open_speech)

    def set_reattach_enabled(self, enabled: bool) -> None:
        """Whether the reader has a selection the annotation could be attached to."""
        self._can_reattach = enabled
        self._update_buttons()

    # Internals -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.reattach_button.setVisible(self._in_open_speech)
        self.reattach_button.setEnabled(self._in_open_speech and self._can_reattach)
        self.open_button.setVisible(not self._in_open_speech)
        self._update_hint()

    def _update_hint(self) -> None:
        if not self._in_open_speech:
            text = self.tr(
                "It belongs to another speech: open it, select where the passage is now, "
                "then reattach it."
            )
        elif self._can_reattach:
            text = self.tr("Reattach it to the words selected in the reader.")
        else:
            text = self.tr(
                "Select where the passage is now in the reader, then click Reattach to Selection."
            )
        self._hint.setText(text)

    def _on_open_button_clicked(self) -> None:
        if self._annotation is not None:
            self.open_speech_clicked.emit(self._annotation.speech_id)

    def _update_colours(self) -> None:
        """The title in the warning colour of "passage not found", readable on any palette."""
        palette = self._title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_colour(palette))
        self._title.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts after a language change; new colours after a palette change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_colours()
        super().changeEvent(event)
