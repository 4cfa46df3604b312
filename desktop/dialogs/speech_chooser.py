"""Choose a speech of the library (Compare With…): type to filter by title, newest first.

The list is the library's speeches (``SpeechChoice``, newest first) but the one being compared;
typing filters it by any part of the title (or the speaker's name, or the collection's title),
case and width folded. Enter in the filter box takes the row chosen (the first one unless
Up/Down moved), a double-click takes its row. ``speech_chosen`` says which; the dialog opens
with ``open()`` and never blocks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
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
from desktop.gui.button_texts import name_standard_buttons

SPEECH_ID = Qt.ItemDataRole.UserRole + 1
FOLDED = Qt.ItemDataRole.UserRole + 2  # what the filter matches: title, speaker, collection
_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


def folded(text: str) -> str:
    """``text`` as the filter compares it: widths (NFKC) and case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


class _Filter(QSortFilterProxyModel):
    """Rows whose title, speaker or collection holds every word typed (in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        """Filter by the words of ``text`` (split at spaces)."""
        # Qt 6.9+ wants begin/endFilterChange around a change; older ones only invalidateFilter.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
        self._words = folded(text).split()
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: object) -> bool:  # noqa: N802 - Qt's name
        """Whether the row holds every word."""
        haystack = self.sourceModel().index(row, 0).data(FOLDED)
        return all(word in haystack for word in self._words)


class SpeechChooser(QDialog):
    """The library's speeches to choose one from; ``speech_chosen(id)`` once one is taken."""

    speech_chosen = Signal(int)

    def __init__(
        self, choices: Sequence[SpeechChoice], prompt: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speech_chooser")
        self.setWindowTitle(self.tr("Compare With"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("speech_chooser_filter")
        self.filter_edit.setPlaceholderText(self.tr("Type to filter by title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter speeches by title"))
        label.setBuddy(self.filter_edit)
        layout.addWidget(self.filter_edit)
        self.model = QStandardItemModel(self)
        for choice in choices:
            self.model.appendRow(self._item(choice))
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setObjectName("speech_chooser_list")
        self.list.setAccessibleName(self.tr("Speeches"))
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)  # a big library's 10,000 rows, laid out at once
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_standard_buttons(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.installEventFilter(self)
        self.list.doubleClicked.connect(self.accept)
        self.list.selectionModel().currentChanged.connect(self._update_ok)
        self._choose_row(0)
        self.resize(560, 460)

    def _item(self, choice: SpeechChoice) -> QStandardItem:
        number = None
        if choice.collection_size > 1:  # a compilation's speeches often share one title
            number = self.tr("No. %1").replace("%1", str(choice.index))
        # A file of one speech is a collection of the same title: named once, not twice.
        collection = choice.collection_title
        if folded(collection) == folded(choice.title):
            collection = ""
        parts = (number, choice.date, choice.speaker, collection)
        details = " · ".join(part for part in parts if part)
        item = QStandardItem(f"{choice.title}\n{details}" if details else choice.title)
        item.setData(choice.speech_id, SPEECH_ID)
        words = f"{choice.title} {choice.speaker or ''} {choice.collection_title}"
        item.setData(folded(words), FOLDED)
        item.setToolTip(choice.title)
        return item

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
        self.proxy.set_words(text)
        self._choose_row(0)

    def _choose_row(self, row: int) -> None:
        count = self.proxy.rowCount()
        if count:
            index = self.proxy.index(min(max(row, 0), count - 1), 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen_speech() is not None)
