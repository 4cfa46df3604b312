"""Choose a speech of the library (Compare With…): type to filter by title, newest first.

The list is the library's speeches (``SpeechChoice``, newest first) but the one being compared;
typing filters it by any part of the title (or the speaker's name, or the collection's title),
case and width folded. Enter in the filter box takes the row chosen (the first one unless
Up/Down moved), a double-click takes its row. ``speech_chosen`` says which; the dialog opens
with ``open()`` and never blocks. It opens at once, saying it reads the speeches, and lists
them when the window's worker has read them (``show_choices``): a big library's 10,000 are
some 50 ms to read and more on a cold disk. What is typed meanwhile filters them as they come.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.storage.speech_choices import SpeechChoice
from desktop.core.text_templates import fill
from desktop.gui.button_texts import name_standard_buttons
from desktop.models.fullwidth_text import shown_text
from desktop.models.speech_choices_model import SPEECH_ID, SpeechChoicesModel

if TYPE_CHECKING:
    from desktop.models.speech_choices_model import SourceNames

__all__ = ["SPEECH_ID", "SpeechChooser"]

_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class SpeechChooser(QDialog):
    """The library's speeches to choose one from; ``speech_chosen(id)`` once one is taken."""

    speech_chosen = Signal(int)

    def __init__(self, prompt: str, parent: QWidget | None = None, title: str = "") -> None:
        """``prompt``: the question above the list, its ``%1`` the speech compared (``title``,
        shown as the page shows it: ``set_fullwidth_punctuation``)."""
        super().__init__(parent)
        self.setObjectName("speech_chooser")
        self.setWindowTitle(self.tr("Compare With"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._prompt, self._title = prompt, title
        layout = QVBoxLayout(self)
        label = self.prompt_label = QLabel(self)
        label.setObjectName("speech_chooser_prompt")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("speech_chooser_filter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter by title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter speeches by title"))
        label.setBuddy(self.filter_edit)
        layout.addWidget(self.filter_edit)
        self.status = QLabel(self.tr("Reading the library's speeches…"), self)
        self.status.setObjectName("speech_chooser_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = SpeechChoicesModel(self)  # the speeches kept by the filter
        self.list = QListView(self)
        self.list.setObjectName("speech_chooser_list")
        self.list.setAccessibleName(self.tr("Speeches"))
        self.list.setModel(self.model)
        # A big library's 10,000 rows: laid out all at once, they held the window ~40 ms
        # each time the list changed (Qt asks Python for the row count twice a row).
        self.list.setUniformItemSizes(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_standard_buttons(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Co&mpare")
        )  # &C is Cancel's; &M as in View ▸ Co&mpare With…
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.installEventFilter(self)
        self.list.doubleClicked.connect(self.accept)
        self.list.selectionModel().currentChanged.connect(self._update_ok)
        self._choose_row(0)
        self.set_fullwidth_punctuation(False)
        self.resize(560, 460)

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Name the speech compared, and list the titles, as the page shows them (the
        window's toggle reaches the open chooser: its rows and its question follow)."""
        # The label has a buddy: a title's own "&" would be read as an access key.
        title = shown_text(self._title, enabled).replace("&", "&&")
        self.prompt_label.setText(fill(self._prompt, title))
        self.model.set_fullwidth_punctuation(enabled)

    def show_choices(
        self,
        choices: Sequence[SpeechChoice],
        words: Sequence[str] | None = None,
        sources: SourceNames | None = None,
    ) -> None:
        """List ``choices`` (``words``: their ``choice_words``, ``sources``: the files their
        rows name, made in the worker), kept to what is typed already; the first row chosen."""
        self.status.hide()
        self.model.set_choices(choices, words, sources)
        self._choose_row(0)

    @Slot(object)
    def show_choices_read(
        self, read: tuple[Sequence[SpeechChoice], Sequence[str], SourceNames]
    ) -> None:
        """``show_choices`` of what the worker read: ``(choices, words, sources)``."""
        self.show_choices(*read)

    @Slot(object)
    def show_read_failure(self, error: Exception) -> None:
        """Say the speeches could not be read, and why (the list stays empty)."""
        from desktop.gui.messages import failure_words

        said = failure_words(error)  # another error's own text is for developers
        self.status.setText(self.tr("The speeches could not be read: %1").replace("%1", said))
        self.status.show()

    def chosen_speech(self) -> int | None:
        """The speech of the current row; None when the filter left no row."""
        index = self.list.currentIndex()
        return index.data(SPEECH_ID) if index.isValid() else None

    def accept(self) -> None:
        """Take the current row (nothing happens while no row is left)."""
        speech_id = self.chosen_speech()
        if speech_id is None:
            return
        super().accept()
        self.speech_chosen.emit(speech_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up, Down, Page Up and Page Down in the filter box move through the list."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _STEPS.get(Qt.Key(event.key()))
            if step is not None:
                self._choose_row(self.list.currentIndex().row() + step)
                return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._choose_row(0)

    def _choose_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            index = self.model.index(min(max(row, 0), count - 1), 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen_speech() is not None)
