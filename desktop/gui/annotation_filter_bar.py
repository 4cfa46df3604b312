"""The top of the annotations dock: scope (this speech or all), colour chips, tag and text.

The text filter waits for a pause in typing (``TypingPause``), as the library tree's does: one
filter of "all speeches" on a big library tests every annotation (~0.3 s on 20,000), which a
filter per key would pay for each character. Enter filters at once, and so does emptying the box.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import QEvent, QLocale, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import Color
from desktop.core.text_templates import fill
from desktop.gui.collation import sorted_names
from desktop.gui.color_chip import ChipRow, color_chip
from desktop.gui.icons import svg_icon
from desktop.gui.typing_pause import TypingPause
from desktop.models.annotation_text import color_name, color_word


class _Renaming(NamedTuple):
    """A rename of the tag chosen, for the filter to follow when the tags are next offered."""

    old: str
    new: str
    back: bool
    """It undoes the rename the filter last followed: back to ``new`` though ``old`` stays."""


class AnnotationFilterBar(QWidget):
    """Scope switch and filters; it only reports what the user chose."""

    scope_changed = Signal(bool)  # True: all speeches
    colors_changed = Signal(frozenset)
    tag_changed = Signal(object)  # a tag, or None for any
    text_changed = Signal(str)  # after a pause in typing, on Enter, or at once when emptied
    manage_tags_requested = Signal()  # the button beside the tag filter: Manage Tags…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self._renaming: _Renaming | None = None  # the chosen tag's rename, until refilled
        self._followed: tuple[str, str] | None = None  # the last rename the choice followed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._build_scope_row())
        layout.addLayout(self._build_filter_row())
        self._search = QLineEdit(self)
        self._search.setObjectName("annotationSearch")
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.returnPressed.connect(self.apply_text)
        self._applied_text = ""
        self._text_pause = TypingPause(self._filter_by_text, self)
        layout.addWidget(self._search)
        self.retranslate()

    def _build_scope_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(0)
        self._scope = QButtonGroup(self)
        self._this_speech = self._scope_button("scopeThisSpeech")
        self._all_speeches = self._scope_button("scopeAllSpeeches")
        self._this_speech.setChecked(True)
        self._scope.idToggled.connect(self._on_scope_id_toggled)
        self._mark_scope()
        row.addWidget(self._this_speech)
        row.addWidget(self._all_speeches)
        return row

    def _scope_button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._scope.addButton(button, len(self._scope.buttons()))
        return button

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(2)
        self._chips: dict[str, QToolButton] = {}
        for color in Color:
            chip = color_chip(color, f"colorChip_{color.value}", 16, self)
            chip.toggled.connect(self._on_chip_toggled)
            self._chips[color.value] = chip
            row.addWidget(chip)
        ChipRow(list(self._chips.values()), self)
        row.addSpacing(6)
        self._tags = QComboBox(self)
        self._tags.setObjectName("tagFilter")
        self._tags.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._tags.setMinimumContentsLength(6)
        self._tags.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tags.currentIndexChanged.connect(self._on_tags_current_index_changed)
        row.addWidget(self._tags, 1)
        self._manage_tags = QToolButton(self)
        self._manage_tags.setObjectName("manageTagsButton")
        self._manage_tags.setAutoRaise(True)
        self._manage_tags.setIcon(svg_icon("tags"))
        self._manage_tags.clicked.connect(self.manage_tags_requested)
        row.addWidget(self._manage_tags)
        return row

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._this_speech.setText(self.tr("This Speech"))
        self._this_speech.setToolTip(self.tr("Show the annotations of the speech being read"))
        self._all_speeches.setText(self.tr("All Speeches"))
        self._all_speeches.setToolTip(self.tr("Show the annotations of every speech"))
        for value, chip in self._chips.items():
            name = color_word(value)
            chip.setToolTip(self.tr("Show only %1 highlights").replace("%1", name))
            # The icon is only a colour: say which, as a label (read as one), not mid-sentence.
            chip.setAccessibleName(color_name(value))  # a label's name, as the lists say it
            chip.setAccessibleDescription(chip.toolTip())
        self._search.setPlaceholderText(self.tr("Search passages, notes and tags"))
        self._search.setAccessibleName(self._search.placeholderText())
        self._tags.setToolTip(self.tr("Show only annotations with this tag"))
        self._tags.setAccessibleName(self.tr("Tag"))
        self._tags.setAccessibleDescription(self._tags.toolTip())
        self._manage_tags.setToolTip(self.tr("Manage Tags… (rename, merge or delete them)"))
        self._manage_tags.setAccessibleName(self.tr("Manage Tags…"))
        self._fill_tags()

    # State ---------------------------------------------------------------------------------

    @property
    def all_speeches(self) -> bool:
        """Whether "all speeches" is chosen."""
        return self._all_speeches.isChecked()

    def set_all_speeches(self, enabled: bool) -> None:
        """Choose the scope (emits ``scope_changed`` when it changes)."""
        (self._all_speeches if enabled else self._this_speech).setChecked(True)

    def colors(self) -> frozenset[str]:
        """The colours whose chips are pressed."""
        return frozenset(value for value, chip in self._chips.items() if chip.isChecked())

    def chip(self, color: str) -> QToolButton:
        """The chip of a colour (for tests and tours)."""
        return self._chips[color]

    @property
    def tag_combo(self) -> QComboBox:
        """The tag filter."""
        return self._tags

    @property
    def search_edit(self) -> QLineEdit:
        """The text filter."""
        return self._search

    def current_tag(self) -> str | None:
        """The tag chosen, or None for any."""
        return self._tags.currentData()

    @property
    def text_pending(self) -> bool:
        """Whether typed text waits for the pause before it filters."""
        return self._text_pause.pending

    @Slot()
    def apply_text(self) -> None:
        """Filter by the search line's text now (``text_changed`` if it differs from the last)."""
        self._text_pause.flush()

    def _filter_by_text(self) -> None:
        text = self._search.text()
        if text != self._applied_text:
            self._applied_text = text
            self.text_changed.emit(text)

    def set_tag_counts(self, counts: Mapping[str, int]) -> None:
        """Offer these tags (with their counts), keeping the chosen one while it still exists."""
        if dict(counts) != self._counts:
            self._counts = dict(counts)
            self._fill_tags()

    def follow_rename(self, old: str, new: str) -> None:
        """The tag ``old`` became ``new`` (a rename, a merge, or one undone or redone): if it
        is the one chosen, the filter chooses ``new`` once the tags offered no longer hold
        ``old``, or at once when this undoes the rename the filter last followed (a merge
        undone leaves ``old``, the tag merged into, offered)."""
        if self._tags.currentData() != old:
            self._renaming = None
            return
        self._renaming = _Renaming(old, new, back=self._followed == (new, old))

    def clear(self) -> None:
        """Release every filter (colours, tag, text); the scope stays."""
        for chip in self._chips.values():
            chip.setChecked(False)
        self._tags.setCurrentIndex(0)
        self._search.clear()

    def _fill_tags(self) -> None:
        chosen = self._tags.currentData()
        self._tags.blockSignals(True)
        self._tags.clear()
        self._tags.addItem(self.tr("All Tags"), None)
        locale = QLocale()  # 1,234 uses in English, as the UI's other counts
        for tag in sorted_names(self._counts):
            count = self._counts[tag]
            label = fill(self.tr("%1 (%2)"), tag, locale.toString(count))
            self._tags.addItem(label, tag)
        found = self._tags.findData(chosen) if chosen is not None else 0
        renaming = self._renaming
        if renaming is not None and renaming.old == chosen and (found < 0 or renaming.back):
            # Renamed under the filter: the same annotations, shown under their new tag.
            self._renaming = None
            renamed = self._tags.findData(renaming.new)
            if renamed >= 0:
                found = renamed
                self._followed = (renaming.old, renaming.new)
        self._tags.setCurrentIndex(max(found, 0))
        self._tags.setEnabled(bool(self._counts))
        self._tags.blockSignals(False)
        if self._tags.currentData() != chosen:
            self.tag_changed.emit(self._tags.currentData())  # renamed, or gone: any tag

    # Slots ---------------------------------------------------------------------------------

    def _mark_scope(self) -> None:
        """The chosen scope in the selection's colours, as a segmented control shows it.

        Fusion marks a checked button by a shade of its face alone, which the dark palette
        leaves all but invisible: a reader could not tell which annotations the list shows.
        """
        chosen = QPalette()  # no role set: the rest follows the bar's palette and the theme
        for face, role in (
            (QPalette.ColorRole.Button, QPalette.ColorRole.Highlight),
            (QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText),
        ):
            chosen.setColor(face, self.palette().color(role))
        for button in self._scope.buttons():
            button.setPalette(chosen if button.isChecked() else QPalette())

    @Slot(int, bool)
    def _on_scope_id_toggled(self, button_id: int, checked: bool) -> None:
        self._mark_scope()
        if checked:
            self.scope_changed.emit(button_id == 1)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._text_pause.text_changed(text)

    @Slot(bool)
    def _on_chip_toggled(self, _checked: bool) -> None:
        self.colors_changed.emit(self.colors())

    @Slot(int)
    def _on_tags_current_index_changed(self, _index: int) -> None:
        self._followed = None  # the user's choice: an undone rename no longer takes it back
        self.tag_changed.emit(self._tags.currentData())

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes, the colours when the theme does."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._mark_scope()
            self._manage_tags.setIcon(svg_icon("tags"))  # light strokes on a dark window
        super().changeEvent(event)
