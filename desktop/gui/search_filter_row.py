"""The search panel's filter: years from–to, the undated, and speakers, in a row of its own.

Hidden until its button (``toggle``, beside the scope) opens it, so the panel stays one line of
options for who never filters; opened, it is reached by Tab like the rest. The years are two
spin boxes whose lowest value reads "any" (an open end), taken in order however typed; the
speakers are picked one after another (``speaker_picker``: a box completing the library's names,
each name picked a removable chip under it, a name no speech gives told of), and a search keeps
to any of them. One click on Clear keeps every speech again. A filter is set whole by the window
(``set_filter``: a row of the counts by year double-clicked), and saved with the panel's state
(``state`` / ``restore``). The panel's summary names it (``describe_filter``).

The speakers and the span of years come from the window (``set_choices``) when the row first
opens (``choices_wanted``): the panel never reads the library itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.core.errors import QueryError
from desktop.core.storage.speech_filter import FilterChoices, SpeechFilter, years_in_order
from desktop.core.text_templates import fill
from desktop.gui.row_or_column import RowOrColumn
from desktop.gui.speaker_picker import SpeakerPicker, joined_names

ANY_YEAR = 0
"""The spin boxes' value for an open end ("any")."""
translate = QCoreApplication.translate
_SPEAKER_ROOM = 8
"""Characters of a name the speaker box keeps beside the years before going under them."""


def describe_filter(speech_filter: SpeechFilter | None) -> str:
    """The filter in a few words for the results' summary ("2019–2021 · 王某某"); "" for none."""
    if speech_filter is None or speech_filter.is_empty():
        return ""
    years: list[str] = []
    first, last = speech_filter.from_year, speech_filter.to_year
    if first is not None and first == last:
        years.append(str(first))
    elif first is not None and last is not None:
        years.append(f"{first}–{last}")
    elif first is not None:
        years.append(fill(translate("SearchFilterRow", "from %1"), str(first)))
    elif last is not None:
        years.append(fill(translate("SearchFilterRow", "until %1"), str(last)))
    if speech_filter.undated:
        years.append(translate("SearchFilterRow", "undated"))
    speakers = list(speech_filter.speakers)
    if speech_filter.no_speaker:
        speakers.append(translate("SearchFilterRow", "no speaker named"))
    names = joined_names(speakers)
    parts = [" / ".join(years), names]
    return " · ".join(part for part in parts if part)


class YearBox(QSpinBox):
    """A year, or "any" (its lowest value); stepping up from "any" goes to ``start``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(ANY_YEAR, 9999)
        self.start = 2000
        self.setAccelerated(True)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        """From "any", the first step goes to the library's year, not to year 1."""
        if self.value() == ANY_YEAR and steps > 0:
            self.setValue(self.start)
        else:
            super().stepBy(steps)

    def year(self) -> int | None:
        """The year chosen; None for "any"."""
        return None if self.value() == ANY_YEAR else self.value()


class SearchFilterRow(RowOrColumn):
    """Years from–to, "undated", speakers and Clear; ``changed`` when the filter changes."""

    changed = Signal()
    """The filter changed (the user's edit, or ``set_filter``)."""
    choices_wanted = Signal()
    """The row opened for the first time: the window gives it the library's speakers."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_filter")
        self._choices_asked = False
        self.toggle = QToolButton(parent)  # the dock puts it beside the scope
        self.toggle.setObjectName("search_filter_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._connect()
        self.setVisible(False)
        self.retranslate()

    def _build(self) -> None:
        self._years, self._who = QHBoxLayout(), QHBoxLayout()
        self._layout.addLayout(self._years)
        self._layout.setAlignment(self._years, Qt.AlignmentFlag.AlignTop)  # beside the chips too
        self._layout.addLayout(self._who, 1)
        self.years_label = QLabel(self)
        self.from_box = YearBox(self)
        self.from_box.setObjectName("search_from_year")
        self.to_box = YearBox(self)
        self.to_box.setObjectName("search_to_year")
        self.undated_box = QCheckBox(self)
        self.undated_box.setObjectName("search_undated")
        self.speaker_label = QLabel(self)
        self.speakers = SpeakerPicker(self)
        self.speaker_box = self.speakers.box  # where a speaker is typed or chosen
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("search_filter_clear")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.years_label.setBuddy(self.from_box)
        self.speaker_label.setBuddy(self.speaker_box)
        self._dash = QLabel("–", self)
        for widget in (self.years_label, self.from_box, self._dash, self.to_box):
            self._years.addWidget(widget)
        self._years.addWidget(self.undated_box)
        self._years.addStretch()  # under each other, the years keep together at the left
        # At the top, level with the box (the chips and a note may go under it).
        self.speaker_label.setMinimumHeight(self.speaker_box.sizeHint().height())
        self._who.addWidget(self.speaker_label, 0, Qt.AlignmentFlag.AlignTop)
        self._who.addWidget(self.speakers, 1)
        self._who.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.speakers.tab_after = self.clear_button

    def _connect(self) -> None:
        self.toggle.toggled.connect(self._on_toggle_toggled)
        for box in (self.from_box, self.to_box):
            box.valueChanged.connect(self._on_edited)
        self.undated_box.toggled.connect(self._on_edited)
        self.speakers.changed.connect(self._on_edited)
        self.clear_button.clicked.connect(self.clear)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.toggle.setText(translate("SearchFilterRow", "Filter"))  # its tip: _show_active
        self.years_label.setText(translate("SearchFilterRow", "Years:"))
        for box in (self.from_box, self.to_box):
            box.setSpecialValueText(translate("SearchFilterRow", "any"))
        self.from_box.setAccessibleName(translate("SearchFilterRow", "From year"))
        self.to_box.setAccessibleName(translate("SearchFilterRow", "To year"))
        self.undated_box.setText(translate("SearchFilterRow", "Undated"))
        self.undated_box.setToolTip(
            translate(
                "SearchFilterRow",
                "The speeches without a date (with years chosen: besides those years)",
            )
        )
        self.speaker_label.setText(translate("SearchFilterRow", "Speakers:"))
        self.speakers.retranslate()
        self.clear_button.setText(translate("SearchFilterRow", "Clear"))
        self.clear_button.setToolTip(translate("SearchFilterRow", "Search every speech again"))
        self._show_active()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-read the texts after a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Beside or under: the speaker goes under the years in a narrow dock -----------------------

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the wider half: the row puts the speaker under the years to fit."""
        hint = super().minimumSizeHint()
        widths = (self._years.minimumSize().width(), self._who.minimumSize().width())
        return QSize(max(widths), hint.height())

    def needed_width(self) -> int:
        """The years beside the speaker's label, box (room for a name) and Clear."""
        room = self.speaker_box.fontMetrics().averageCharWidth() * _SPEAKER_ROOM
        needed = self._years.sizeHint().width() + self._layout.spacing()
        return needed + self._who.minimumSize().width() + room

    # The filter -------------------------------------------------------------------------------

    def speech_filter(self) -> SpeechFilter | None:
        """The filter set; None when it keeps every speech."""
        found = self.speech_filter_or_empty()
        return None if found.is_empty() else found

    def speech_filter_or_empty(self) -> SpeechFilter:
        """The filter set, an empty one when none is (years in either order are taken in order)."""
        first, last = years_in_order(self.from_box.year(), self.to_box.year())
        undated = self.undated_box.isChecked()
        return SpeechFilter(
            first, last, undated, self.speakers.speakers(), self.speakers.no_speaker()
        )

    def set_filter(self, speech_filter: SpeechFilter | None) -> None:
        """Show ``speech_filter`` (None: clear), the row opened if it filters; ``changed``."""
        self._show_filter(speech_filter)
        if speech_filter is not None and not speech_filter.is_empty():
            self.toggle.setChecked(True)
        self._on_edited()

    @Slot()
    def clear(self) -> None:
        """Keep every speech again (Clear)."""
        if self.speech_filter() is None:
            return
        self.set_filter(None)

    def set_choices(self, choices: FilterChoices) -> None:
        """The library's speakers to complete, and its span of years (where steps start)."""
        self.speakers.set_names(choices.speakers)
        if choices.first_year is not None and choices.last_year is not None:
            self.from_box.start = choices.first_year
            self.to_box.start = choices.last_year

    def take_tab_order(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` to the button, through the row (when open), to ``after``."""
        chain = [before, self.toggle, self.from_box, self.to_box, self.undated_box]
        chain += [self.speaker_box, *self.speakers.chip_buttons(), self.clear_button, after]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def wants_choices(self) -> bool:
        """True once the row has asked for the speakers (they follow the library from then)."""
        return self._choices_asked

    # Saved state ----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Whether the row is open, and the filter, as plain values for the settings."""
        return {"shown": self.toggle.isChecked(), **self.speech_filter_or_empty().to_dict()}

    def restore(self, state: dict[str, Any]) -> None:
        """Open the row and set the filter as ``state`` says (a bad one is dropped, quietly)."""
        try:
            speech_filter = SpeechFilter.from_dict(state)
        except (QueryError, TypeError, ValueError, AttributeError):
            speech_filter = None  # settings edited by hand, or of a later version
        self._show_filter(speech_filter)
        self.toggle.setChecked(bool(state.get("shown")) if isinstance(state, dict) else False)
        self._show_active()

    # Inside ---------------------------------------------------------------------------------

    def _show_filter(self, speech_filter: SpeechFilter | None) -> None:
        """Show the filter in the widgets without a ``changed`` for each."""
        speech_filter = speech_filter or SpeechFilter()
        widgets = (self.from_box, self.to_box, self.undated_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.from_box.setValue(speech_filter.from_year or ANY_YEAR)
        self.to_box.setValue(speech_filter.to_year or ANY_YEAR)
        self.undated_box.setChecked(speech_filter.undated)
        self.speakers.set_picked(speech_filter.speakers, speech_filter.no_speaker)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_active(self) -> None:
        """The button says when a filter is set, also while the row is closed."""
        description = describe_filter(self.speech_filter())
        font = self.toggle.font()
        font.setBold(bool(description))
        self.toggle.setFont(font)
        tip = translate("SearchFilterRow", "Keep the search to some years or speakers")
        self.toggle.setToolTip(
            fill(translate("SearchFilterRow", "%1 (now: %2)"), tip, description)
            if description
            else tip
        )

    @Slot()
    def _on_edited(self) -> None:
        self._show_active()
        self.changed.emit()

    @Slot(bool)
    def _on_toggle_toggled(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown and not self._choices_asked:
            self._choices_asked = True
            self.choices_wanted.emit()
        if shown and self.toggle.hasFocus():
            self.from_box.setFocus(Qt.FocusReason.TabFocusReason)
