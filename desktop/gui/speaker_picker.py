"""The search filter's speakers: a box to pick them one after another, and each one picked
shown under it as a chip that removes it.

A researcher comparing 温家宝 and 李克强 picks one from the box's list (or its completion of any
part of a name), then the other; or types both on one line parted by 、，,; and presses Enter.
Each name taken leaves the box empty for the next and becomes a chip ("温家宝 ×"): a click on
it, Space on it, or Backspace in the empty box (the last) removes it, as in a mail program's
field of recipients. Chips rather than one line of names parted by commas: each name is seen
whole and removed whole, and a name half-typed can never be mistaken for one chosen.

A name is taken once it is chosen from the list, Enter is pressed or the box is left holding
whole names; half a name waits for the rest. A name no speech gives is not taken: it stays in
the box and a line under it says so, with the library's names like it, as the command line
does (``--speaker 温: … the library has 温家宝``). The list ends with "No speaker named".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation_match import fold
from desktop.core.storage.speech_filter import speakers_like, split_speakers
from desktop.core.text_templates import fill
from desktop.gui.flow_layout import FlowLayout

translate = QCoreApplication.translate


def joined_names(names: list[str]) -> str:
    """Names as the UI's language lists them ("、" in Chinese, ", " in English)."""
    return translate("SearchFilterRow", ", ").join(names)


class SpeakerBox(QComboBox):
    """An editable box of the library's speakers that tells a choice from its open list (take
    the name) from a step of the arrow keys through the names (only show it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.list_open = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 王 finds 王某某 and 李王
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        """Open the list: a name activated now is a choice."""
        self.list_open = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 - Qt's name
        """Close the list; the choice it closes for is activated just after."""
        super().hidePopup()
        QTimer.singleShot(0, self, self._on_list_gone)

    @Slot()
    def _on_list_gone(self) -> None:
        self.list_open = False


class SpeakerPicker(QWidget):
    """The speakers picked (any of them), and whether the speeches naming nobody are too."""

    changed = Signal()
    """The speakers picked changed (the user's pick or removal)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._speakers: tuple[str, ...] = ()
        self._no_speaker = False
        self._known: tuple[str, ...] | None = None  # the library's names, once given
        self._taken_unchecked: tuple[str, ...] = ()  # typed before the names came: checked then
        self._chips: list[QToolButton] = []
        self.tab_after: QWidget | None = None  # what Tab reaches after the last chip
        self.box = SpeakerBox(self)
        self.box.setObjectName("search_speaker")
        self.box.addItem("")  # "No speaker named", the list's one item until names come
        self.box.setCurrentIndex(-1)
        self.chips = QWidget(self)
        self.chips.setObjectName("search_speaker_chips")
        self._flow = FlowLayout(self.chips)
        self.note = QLabel(self)
        self.note.setObjectName("search_speaker_note")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for widget in (self.box, self.chips, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)  # given more height, the box stays level with the years
        self.chips.hide()
        edit = self.box.lineEdit()
        edit.textEdited.connect(self._on_edit_text_edited)
        edit.returnPressed.connect(self._on_edit_return_pressed)
        edit.editingFinished.connect(self._on_edit_editing_finished)
        edit.installEventFilter(self)
        self.box.activated.connect(self._on_box_activated)
        self.box.completer().activated[str].connect(self._on_completer_activated)

    # What is picked ---------------------------------------------------------------------------

    def speakers(self) -> tuple[str, ...]:
        """The names picked, in the order picked."""
        return self._speakers

    def no_speaker(self) -> bool:
        """Whether "No speaker named" is picked."""
        return self._no_speaker

    def set_picked(self, speakers: tuple[str, ...], no_speaker: bool) -> None:
        """Show these as picked, the box emptied (no ``changed``: the filter is set whole)."""
        self._speakers, self._no_speaker = tuple(speakers), no_speaker
        self._taken_unchecked = ()  # set whole (restored): a chip's tip tells of a name gone
        self.box.lineEdit().clear()
        self.note.hide()
        self._show_chips()

    def set_names(self, names: tuple[str, ...]) -> None:
        """The library's speakers, to list and complete (the list ends with "No speaker named")."""
        text = self.box.currentText()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItems(list(names))
        self.box.addItem(self.no_speaker_text())
        self.box.setCurrentIndex(-1)
        self.box.setEditText(text)
        self.box.blockSignals(False)
        self._known = tuple(names)
        unknown = [n for n in self._taken_unchecked if n in self._speakers and n not in names]
        self._taken_unchecked = ()
        if unknown:  # typed before the names came: told of now, as when typed after
            self._give_back(unknown)
        else:
            self._show_chips()  # a chip of a name gone from the library says so

    def no_speaker_text(self) -> str:
        """The words of the list's last item, "No speaker named"."""
        return translate("SearchFilterRow", "No speaker named")

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.box.setAccessibleName(translate("SearchFilterRow", "Speaker"))
        was, now = self.box.itemText(self.box.count() - 1), self.no_speaker_text()
        self.box.setItemText(self.box.count() - 1, now)
        if was and self.box.currentText() == was:  # shown by the arrow keys, not yet taken
            self.box.setEditText(now)
        self.box.setToolTip(
            translate(
                "SearchFilterRow",
                "Pick speakers one after another, or type several parted by 、 or a comma",
            )
        )
        self._show_chips()

    # Taking and removing ----------------------------------------------------------------------

    def take_typed(self, text: str, *, whole_only: bool = False) -> None:
        """Take the names typed (parted by 、，,;); a name no speech gives stays in the box,
        told of. ``whole_only``: take nothing unless every name is one the library gives (the
        box left with half a name typed waits for the rest)."""
        names = split_speakers(text)
        unknown = [name for name in names if not self._is_known(name)]
        if whole_only and (unknown or not names):
            return
        known = [name for name in names if name not in unknown]
        named = [name for name in known if not self._is_no_speaker(name)]
        no_speaker = self._no_speaker or len(named) < len(known)
        speakers = self._speakers + tuple(named)
        if self._known is None:  # taken unchecked until the library's names come
            self._taken_unchecked += tuple(named)
        self.box.lineEdit().setText(joined_names(unknown))
        self._tell_unknown(unknown)
        self._pick(tuple(dict.fromkeys(speakers)), no_speaker)

    def remove(self, name: str | None) -> None:
        """Remove a speaker picked (None: "No speaker named")."""
        if name is None:
            self._pick(self._speakers, False)
        else:
            self._pick(tuple(n for n in self._speakers if n != name), self._no_speaker)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)  # its chip is gone: back to the box

    def chip_buttons(self) -> list[QToolButton]:
        """The chips shown, in order (the names, then "No speaker named")."""
        return list(self._chips)

    def _pick(self, speakers: tuple[str, ...], no_speaker: bool) -> None:
        if (speakers, no_speaker) == (self._speakers, self._no_speaker):
            return
        self._speakers, self._no_speaker = speakers, no_speaker
        self._show_chips()
        self.changed.emit()

    def _give_back(self, unknown: list[str]) -> None:
        """Names no speech gives, taken before the library's names came: back in the box
        (before what it holds), told of, and out of the filter."""
        typed = self.box.currentText()
        self.box.setEditText(joined_names(unknown + ([typed] if typed else [])))
        self._tell_unknown(unknown)
        self._pick(tuple(n for n in self._speakers if n not in unknown), self._no_speaker)

    def _is_no_speaker(self, name: str) -> bool:
        # Folded as the names like one typed are found: "no speaker named" is the item too.
        return fold(name) == fold(self.no_speaker_text())

    def _is_known(self, name: str) -> bool:
        if self._is_no_speaker(name):
            return True
        return self._known is None or name in self._known

    def _tell_unknown(self, names: list[str]) -> None:
        lines = []
        for name in names:
            like = speakers_like(self._known or (), name)[:5]
            if like:
                line = translate("SearchFilterRow", "No speech names “%1”: the library has %2")
                lines.append(fill(line, name, joined_names(list(like))))
            else:
                lines.append(fill(translate("SearchFilterRow", "No speech names “%1”"), name))
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))

    def _show_chips(self) -> None:
        """One chip per speaker picked, then "No speaker named"; the box's words follow."""
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.hide()
            chip.deleteLater()  # maybe the one clicked, still in its clicked signal
        chips = [self._chip(name) for name in self._speakers]
        if self._no_speaker:
            chips.append(self._chip(None))
        self._chips = chips
        for chip in chips:
            self._flow.addWidget(chip)
        self.chips.setVisible(bool(chips))
        chain = [self.box, *chips] + ([self.tab_after] if self.tab_after is not None else [])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.box.lineEdit().setPlaceholderText(
            translate("SearchFilterRow", "another speaker")
            if chips
            else translate("SearchFilterRow", "anyone")
        )

    def _chip(self, name: str | None) -> QToolButton:
        chip = QToolButton(self.chips)
        words = name if name is not None else self.no_speaker_text()
        chip.setText(fill(translate("SearchFilterRow", "%1 ×"), words))
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip.setAccessibleName(fill(translate("SearchFilterRow", "Remove %1"), words))
        if name is not None and not self._is_known(name):
            tip = translate(
                "SearchFilterRow", "No speech names %1: click to remove it from the filter"
            )
        else:
            tip = translate("SearchFilterRow", "Remove %1 from the filter")
        chip.setToolTip(fill(tip, words))
        chip.clicked.connect(lambda _checked=False, name=name: self.remove(name))
        return chip

    # The box ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Backspace in the empty box removes the last speaker picked."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and not self.box.lineEdit().text()
            and (self._speakers or self._no_speaker)
        ):
            self.remove(None if self._no_speaker else self._speakers[-1])
            return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self.note.hide()  # being corrected

    @Slot()
    def _on_edit_return_pressed(self) -> None:
        self.take_typed(self.box.currentText())

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        self.take_typed(self.box.currentText(), whole_only=True)

    @Slot(int)
    def _on_box_activated(self, row: int) -> None:
        if self.box.list_open:  # chosen from the open list; an arrow key's step only shows it
            self.take_typed(self.box.itemText(row))

    @Slot(str)
    def _on_completer_activated(self, text: str) -> None:
        self.take_typed(text)
