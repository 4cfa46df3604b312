"""Editing the user's own word-segmentation dictionary as plain text, in the app.

One word a line, optionally with a frequency and a part-of-speech tag (jieba's format); lines
starting with ``#`` are comments. Saving writes the file atomically; lines jieba cannot use are
pointed out (the file is still saved: the segmenter skips them), so the user can fix them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.chinese.dictionary import USER_DICTIONARY_HEADER, parse_line
from desktop.core.errors import PizhuError
from desktop.core.fileio import atomic_write
from desktop.core.text_templates import fill
from desktop.gui.app_theme import accent_colour
from desktop.gui.button_texts import name_message_buttons, name_standard_buttons
from desktop.gui.focus_return import focus_kept, focus_now, return_focus_after
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import fixed_font, text_size


def read_text(path: Path) -> str:
    """The dictionary's text: UTF-8 (with or without BOM) or GB18030; the header when missing."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return USER_DICTIONARY_HEADER
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def problem_lines(text: str) -> list[tuple[int, str]]:
    """The (1-based) lines that are neither blank, a comment, nor a usable entry."""
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and parse_line(line) is None:
            problems.append((number, stripped))
    return problems


class DictionaryEditorDialog(QDialog):
    """A plain-text editor of the user's dictionary file with Save and Cancel."""

    saved = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dictionary_editor")
        resize_within_screen(self, text_size(self, 560, 480))
        self._path = path
        self._build()
        self._editor.setPlainText(self._in_ui_language(read_text(path)))
        self._editor.document().setModified(False)
        self._editor.setFocus()  # the words, not the help above them
        self._unsaved_question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Custom Dictionary"))
        self._help.setText(
            self.tr(
                "One word per line, optionally followed by a frequency and a part-of-speech tag, "
                "for example “效能革命 2000 n”. Lines starting with # are comments. Once saved, "
                "the words are used when you double-click to select a word."
            )
        )

    def _in_ui_language(self, text: str) -> str:
        """``text`` with the header Pizhu wrote at the file's top (in English: the file is made
        without a UI) in the UI's language: a Chinese UI showed six lines of English."""
        if not text.startswith(USER_DICTIONARY_HEADER):
            return text
        header = self.tr(
            "# 批注 Pizhu: your own dictionary for word segmentation (jieba).\n"
            "# One word per line, optionally followed by a frequency and a part-of-speech tag:\n"
            "#     效能革命\n"
            "#     两集中两到位 2000 j\n"
            "# A higher frequency makes the word win over the shorter words it contains; "
            "frequency 0\n"
            "# keeps a word from ever being one. Lines starting with # are comments.\n"
        )
        return header + text[len(USER_DICTIONARY_HEADER) :]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self._help = QLabel(self)
        self._help.setWordWrap(True)
        self._editor = QPlainTextEdit(self)
        self._editor.setObjectName("dictionaryText")
        self._editor.setFont(fixed_font(self._editor))
        self._problems = QLabel(self)
        self._problems.setObjectName("dictionaryProblems")
        self._problems.setWordWrap(True)
        self._problems.setStyleSheet(f"color: {accent_colour(self.palette()).name()}")
        self._problems.hide()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        name_standard_buttons(self._buttons)
        for widget in (self._help, self._editor, self._problems, self._buttons):
            layout.addWidget(widget, 1 if widget is self._editor else 0)

    @property
    def editor(self) -> QPlainTextEdit:
        """The text being edited."""
        return self._editor

    @property
    def save_button(self) -> object:
        """The Save button."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def problems_text(self) -> str:
        """The message about unusable lines shown after saving (empty when there are none)."""
        return self._problems.text() if self._problems.isVisible() else ""

    @property
    def unsaved_question(self) -> QMessageBox | None:
        """The "save your changes?" question while it is open."""
        return self._unsaved_question

    def reject(self) -> None:
        """Cancel or Escape: with unsaved changes, ask first (Save, Discard or keep editing)."""
        if not self._editor.document().isModified():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Custom Dictionary"), "", parent=self)
        box.setObjectName("dictionaryUnsavedQuestion")
        box.setText(self.tr("Save the changes to your dictionary?"))
        box.setInformativeText(
            self.tr("Words you added or changed will be lost if you don't save them.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        name_message_buttons(box)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(lambda button: self._on_unsaved_answered(box, button))
        self._unsaved_question = box
        return_focus_after(box, focus_now(self._editor))  # Cancel: typing goes on there
        box.open()  # window-modal, without a nested event loop

    def _on_unsaved_answered(self, box: QMessageBox, button: object) -> None:
        self._unsaved_question = None
        answer = box.standardButton(button)
        if answer == QMessageBox.StandardButton.Save:
            self._on_buttons_accepted()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()
        # Cancel: back to editing, nothing lost

    def save(self) -> bool:
        """Write the text to the file; True when written."""
        text = self._editor.toPlainText()
        if text and not text.endswith("\n"):
            text += "\n"
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self._path, text)
        except (OSError, PizhuError) as error:
            with focus_kept(self._editor):  # closed, the keyboard goes back where it was
                QMessageBox.warning(
                    self,
                    self.tr("Custom Dictionary"),
                    self.tr("The dictionary could not be saved: %1").replace("%1", str(error)),
                )
            return False
        self._editor.document().setModified(False)
        self.saved.emit()
        return True

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.save():
            return
        problems = problem_lines(self._editor.toPlainText())
        if not problems:
            self.accept()
            return
        lines = self.tr("; ").join(
            fill(self.tr("line %1: “%2”"), str(number), line) for number, line in problems[:5]
        )
        self._problems.setText(
            self.tr("Saved. These lines cannot be used and will be skipped: %1").replace(
                "%1", lines
            )
        )
        self._problems.show()
