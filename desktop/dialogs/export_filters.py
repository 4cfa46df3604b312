"""The export dialog's filters: colours, tags, words, kinds, a date range and whether orphans
go in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.core.annotation import AnnotationKind, Color
from desktop.core.export.model import DateField, ExportFilter
from desktop.core.storage.annotation_values import split_tag_line
from desktop.dialogs.export_settings import ExportChoice
from desktop.gui.collation import sorted_names
from desktop.gui.color_chip import ChipRow, color_chip
from desktop.models.annotation_text import color_name, color_word

_ISO = Qt.DateFormat.ISODate


def date_edit_format(locale: QLocale) -> str:
    """How a date range's ends show in ``locale``: its short date with the whole year, as the
    system writes dates there (2009/3/5 in Chinese, 3/5/2009 in US English), not ISO's
    2009-03-05; a two-digit year (en_US's 3/5/09) is ambiguous in a range reaching far back."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field, separated by commas (either width), 、 or semicolons."""
    return tuple(split_tag_line(text))


class ExportFilterPanel(QWidget):
    """Chooses which annotations an export holds; says so through ``changed``."""

    changed = Signal()

    def __init__(self, tags: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._labels = [QLabel(self) for _ in range(5)]
        for row, label in enumerate(self._labels):
            layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        fields = (  # each row's buttons are built before the first of them is looked up
            self._buttons_row(self._build_colors(), next(iter(self.colors.values()))),
            self._build_tags(tags),
            self._build_words(),
            self._buttons_row(self._build_kinds(), next(iter(self.kinds.values()))),
            self._buttons_row(self._build_dates(), self.limit_dates),
        )
        for row, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            layout.addWidget(field, row, 1)
            label.setBuddy(field)
        self.orphans = QCheckBox(self)
        self.orphans.setObjectName("exportOrphans")
        self.orphans.setChecked(True)
        self.orphans.toggled.connect(self.changed)
        layout.addWidget(self.orphans, 5, 1)
        self.retranslate()

    def _buttons_row(self, row: QHBoxLayout, first: QWidget) -> QWidget:
        """A row of buttons as one field its label's access key reaches: the key moves the
        focus to ``first`` and changes no choice (a button as buddy is clicked by it)."""
        holder = QWidget(self)
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        holder.setFocusProxy(first)
        # A label gives the focus only to a buddy that takes it; ClickFocus keeps it off Tab.
        holder.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return holder

    def _build_colors(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.colors: dict[str, QToolButton] = {}
        for color in Color:
            chip = color_chip(color, f"exportColor_{color.value}", 18, self)
            chip.toggled.connect(self.changed)
            self.colors[color.value] = chip
            row.addWidget(chip)
        ChipRow(list(self.colors.values()), self)
        row.addStretch(1)
        return row

    def _build_tags(self, tags: Iterable[str]) -> QLineEdit:
        self.tags = QLineEdit(self)
        self.tags.setObjectName("exportTags")
        self.tags.setClearButtonEnabled(True)
        completer = QCompleter(sorted_names(set(tags)), self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.tags.textChanged.connect(self.changed)
        return self.tags

    def _build_words(self) -> QLineEdit:
        self.words = QLineEdit(self)
        self.words.setObjectName("exportWords")
        self.words.setClearButtonEnabled(True)
        self.words.textChanged.connect(self.changed)
        return self.words

    def _build_kinds(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kinds: dict[str, QCheckBox] = {}
        for kind in AnnotationKind:
            box = QCheckBox(self)
            box.setObjectName(f"exportKind_{kind.value}")
            box.toggled.connect(self.changed)
            self.kinds[kind.value] = box
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _build_dates(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.limit_dates = QCheckBox(self)
        self.limit_dates.setObjectName("exportLimitDates")
        self.date_field = QComboBox(self)
        self.date_field.setObjectName("exportDateField")
        for value in DateField:
            self.date_field.addItem("", value.value)
        today = QDate.currentDate()
        self.date_from = self._date_edit("exportDateFrom", today.addYears(-1))
        self.date_to = self._date_edit("exportDateTo", today)
        self._dash = QLabel("–", self)
        for widget in (self.limit_dates, self.date_field, self.date_from, self._dash, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)
        self.limit_dates.toggled.connect(self._on_limit_dates_toggled)
        self.date_field.currentIndexChanged.connect(self.changed)
        self._on_limit_dates_toggled(False)
        return row

    def _date_edit(self, name: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self.changed)
        return edit

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        for label, text in zip(
            self._labels,
            (
                self.tr("Colou&rs:"),
                self.tr("Ta&gs:"),
                self.tr("&Quote or note:"),
                self.tr("&Kinds:"),
                self.tr("&Dates:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for value, chip in self.colors.items():
            chip.setToolTip(self.tr("Only %1 highlights").replace("%1", color_word(value)))
            chip.setAccessibleName(color_name(value))  # the swatch is only a colour: say which
            chip.setAccessibleDescription(chip.toolTip())
        self.tags.setPlaceholderText(self.tr("Any tag (separate several with commas)"))
        self.words.setPlaceholderText(
            self.tr("Words in the passage, note or tags (as the Annotations list searches)")
        )
        kinds = {
            AnnotationKind.HIGHLIGHT: self.tr("&Highlights"),
            AnnotationKind.NOTE: self.tr("&Notes"),
            AnnotationKind.SECTION_NOTE: self.tr("Sect&ion notes"),
            AnnotationKind.SPEECH_NOTE: self.tr("S&peech notes"),
        }
        for value, box in self.kinds.items():
            box.setText(kinds[AnnotationKind(value)])
        self.limit_dates.setText(self.tr("Limit b&y"))
        fields = {
            DateField.CREATED: self.tr("date annotated"),
            DateField.MODIFIED: self.tr("date last changed"),
            DateField.SPEECH: self.tr("date of the speech"),
        }
        for index in range(self.date_field.count()):
            self.date_field.setItemText(index, fields[DateField(self.date_field.itemData(index))])
        self.date_field.setAccessibleName(self.tr("Which date"))
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_edit_format(QLocale()))  # the exports keep ISO dates
        self.orphans.setText(self.tr("Include annotations whose passage is no longer in the te&xt"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(bool)
    def _on_limit_dates_toggled(self, checked: bool) -> None:
        for widget in (self.date_field, self.date_from, self._dash, self.date_to):
            widget.setEnabled(checked)
        self.changed.emit()

    def export_filter(self) -> ExportFilter:
        """The filter the widgets describe."""
        limited = self.limit_dates.isChecked()
        return ExportFilter(
            colors=frozenset(v for v, chip in self.colors.items() if chip.isChecked()),
            tags=frozenset(split_tags(self.tags.text())),
            words=tuple(self.words.text().split()),  # as typed: the filter folds them to match
            kinds=frozenset(v for v, box in self.kinds.items() if box.isChecked()),
            date_from=self.date_from.date().toString(_ISO) if limited else None,
            date_to=self.date_to.date().toString(_ISO) if limited else None,
            date_field=DateField(self.date_field.currentData()),
            include_orphans=self.orphans.isChecked(),
        )

    def narrows(self) -> bool:
        """Whether a colour, tag, word, kind or date range leaves some annotations out."""
        chosen = self.export_filter()
        return bool(
            chosen.colors or chosen.tags or chosen.words or chosen.kinds or chosen.date_from
        )

    def clear_filters(self) -> None:
        """Export every annotation again: no colour, tag, word, kind or dates (one ``changed``)."""
        with QSignalBlocker(self):
            for chip in self.colors.values():
                chip.setChecked(False)
            self.tags.clear()
            self.words.clear()
            for box in self.kinds.values():
                box.setChecked(False)
            self.limit_dates.setChecked(False)
        self.changed.emit()

    def apply_list_filter(self, colors: frozenset[str], tag: str | None, words: str) -> None:
        """Show the Annotations list's filter: its colours, its tag and its words, any kind
        and any date (one ``changed``)."""
        with QSignalBlocker(self):
            for value, chip in self.colors.items():
                chip.setChecked(value in colors)
            self.tags.setText(tag or "")
            self.words.setText(words)
            for box in self.kinds.values():
                box.setChecked(False)
            self.limit_dates.setChecked(False)
        self.changed.emit()

    def apply_choice(self, choice: ExportChoice) -> None:
        """Show a remembered choice (the date range is not remembered: it is per export)."""
        for value, chip in self.colors.items():
            chip.setChecked(value in choice.colors)
        self.tags.setText("，".join(choice.tags))
        for value, box in self.kinds.items():
            box.setChecked(value in choice.kinds)
        self.date_field.setCurrentIndex(max(0, self.date_field.findData(choice.date_field.value)))
        self.orphans.setChecked(choice.include_orphans)

    def store_choice(self, choice: ExportChoice) -> None:
        """Put what the widgets show into ``choice``."""
        chosen = self.export_filter()
        choice.colors = chosen.colors
        choice.tags = split_tags(self.tags.text())
        choice.kinds = chosen.kinds
        choice.date_field = chosen.date_field
        choice.include_orphans = chosen.include_orphans
