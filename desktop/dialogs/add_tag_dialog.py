"""Add Tag: which tag to give the annotations chosen in the list (Ctrl+T on several rows).

It opens empty: a tag filled in for the user would be given to every chosen row by an Enter
pressed at once. The library's tags are offered in the list and as completions of what is
typed (any part of a tag, either case); any other may be typed. OK waits for a tag.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.button_texts import name_standard_buttons


class AddTagDialog(QDialog):
    """Asks for one tag for ``count`` annotations, offering ``tags``; ``tag()`` once accepted."""

    def __init__(self, count: int, tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_tag_dialog")
        self.setWindowTitle(self.tr("Add Tag"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Tag for the annotations chosen (%1):").replace("%1", str(count)))
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setObjectName("add_tag_combo")
        self.combo.setEditable(True)
        # What is typed is the answer, not a new item of the list.
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(list(tags))
        self.combo.setCurrentIndex(-1)  # nothing chosen for the user: the line starts empty
        self.combo.lineEdit().setPlaceholderText(self.tr("Type a tag or choose one"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 金句 found from 句 too
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        label.setBuddy(self.combo)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_standard_buttons(buttons)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combo.editTextChanged.connect(self._on_text_changed)
        self._on_text_changed(self.combo.currentText())
        self.combo.setFocus()

    def tag(self) -> str:
        """The tag typed or chosen, trimmed (empty while there is none)."""
        return self.combo.currentText().strip()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(bool(self.tag()))
