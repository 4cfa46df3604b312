"""Preferences: UI language, reader theme and font size, full-width punctuation, own dictionary.

``PreferencesDialog.edit(parent, prefs)`` returns the new ``Preferences`` (or None when the user
cancels); the window stores them (QSettings) and applies them. Editing the custom dictionary is
saved at once by its own dialog, whatever happens to the preferences, and reported through
``dictionary_saved`` so the window can reload the word segmenter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.punctuation import FULLWIDTH_MARKS
from desktop.dialogs.dictionary_editor import DictionaryEditorDialog
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.i18n import Language
from desktop.gui.theme import DEFAULT_FONT_SIZE, FONT_SIZES, ThemeName


@dataclass(frozen=True, slots=True)
class Preferences:
    """The user's choices the window keeps in its settings."""

    language: str = Language.SYSTEM
    theme: str = ThemeName.LIGHT
    font_size: float = DEFAULT_FONT_SIZE
    fullwidth_punctuation: bool = False


class PreferencesDialog(QDialog):
    """The Preferences window; ``preferences()`` reads the choices shown."""

    dictionary_saved = Signal()

    def __init__(
        self,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        user_dictionary: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._user_dictionary = user_dictionary
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_appearance())
        layout.addWidget(self._build_segmentation())
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_standard_buttons(buttons)
        self._buttons = buttons
        layout.addWidget(buttons)
        self.set_preferences(prefs)
        self._language.setFocus()  # the first choice, whichever window was active before

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        prefs: Preferences,
        *,
        user_dictionary: Path | None = None,
        on_dictionary_saved: Callable[[], None] | None = None,
    ) -> Preferences | None:
        """Show the dialog; the chosen preferences, or None when cancelled."""
        dialog = cls(prefs, parent, user_dictionary=user_dictionary)
        if on_dictionary_saved is not None:
            dialog.dictionary_saved.connect(on_dictionary_saved)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.preferences() if accepted else None
        finally:
            dialog.deleteLater()

    # Construction --------------------------------------------------------------------------

    def _build_appearance(self) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), self)
        form = QFormLayout(group)
        self._language = self._combo(
            "languageCombo",
            [
                (self.tr("System Language"), Language.SYSTEM),
                ("中文（简体）", Language.CHINESE),  # each language named in itself
                ("English", Language.ENGLISH),
            ],
        )
        self._theme = self._combo(
            "themeCombo",
            [
                (self.tr("Light"), ThemeName.LIGHT),
                (self.tr("Sepia (easy on the eyes)"), ThemeName.SEPIA),
                (self.tr("Dark"), ThemeName.DARK),
            ],
        )
        self._font_size = QSpinBox(self)
        self._font_size.setObjectName("fontSizeSpin")
        self._font_size.setRange(FONT_SIZES[0], FONT_SIZES[-1])
        self._font_size.setSuffix(self.tr(" pt"))
        self._fullwidth = QCheckBox(
            self.tr("Show Latin punctuation in Chinese text as full-&width (%1)").replace(
                "%1", FULLWIDTH_MARKS
            ),
            self,
        )
        self._fullwidth.setObjectName("fullwidthCheck")
        form.addRow(self.tr("&Language:"), self._language)
        form.addRow(self.tr("&Theme:"), self._theme)
        form.addRow(self.tr("Reader &font size:"), self._font_size)
        form.addRow(self._fullwidth)
        return group

    def _build_segmentation(self) -> QGroupBox:
        group = QGroupBox(self.tr("Word Segmentation"), self)
        layout = QVBoxLayout(group)
        # The reader steps by jieba's words on the platform's own keys (Ctrl+Shift+→ on most).
        keys = QKeySequence(QKeySequence.StandardKey.SelectNextWord).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        explanation = QLabel(
            self.tr(
                "Add the terms you read often (such as 效能革命) to your own dictionary, so "
                "double-clicking selects them as one word, and %1 extends a selection by them."
            ).replace("%1", keys),
            group,
        )
        explanation.setWordWrap(True)
        self._dictionary_button = QPushButton(self.tr("Edit Custom &Dictionary…"), group)
        self._dictionary_button.setObjectName("editDictionaryButton")
        self._dictionary_button.setEnabled(self._user_dictionary is not None)
        self._dictionary_button.clicked.connect(self._on_dictionary_button_clicked)
        layout.addWidget(explanation)
        layout.addWidget(self._dictionary_button)
        return group

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, str(value))
        return combo

    # Values --------------------------------------------------------------------------------

    def set_preferences(self, prefs: Preferences) -> None:
        """Show ``prefs`` in the controls (unknown values fall back to the defaults)."""
        _choose(self._language, str(prefs.language), Language.SYSTEM)
        _choose(self._theme, str(prefs.theme), ThemeName.LIGHT)
        self._font_size.setValue(round(prefs.font_size))
        self._fullwidth.setChecked(prefs.fullwidth_punctuation)

    def preferences(self) -> Preferences:
        """The choices shown in the controls."""
        return Preferences(
            language=self._language.currentData(),
            theme=self._theme.currentData(),
            font_size=float(self._font_size.value()),
            fullwidth_punctuation=self._fullwidth.isChecked(),
        )

    @property
    def ok_button(self) -> QPushButton:
        """Accepts the choices."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def dictionary_button(self) -> QPushButton:
        """Opens the custom dictionary editor."""
        return self._dictionary_button

    def open_dictionary_editor(self) -> DictionaryEditorDialog | None:
        """Open the custom dictionary in the editor (window-modal, without blocking)."""
        if self._user_dictionary is None:
            return None
        editor = DictionaryEditorDialog(self._user_dictionary, self)
        editor.saved.connect(self.dictionary_saved)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    @Slot()
    def _on_dictionary_button_clicked(self) -> None:
        self.open_dictionary_editor()


def _choose(combo: QComboBox, value: str, default: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else combo.findData(str(default)))
