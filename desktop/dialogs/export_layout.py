"""The export dialog's widgets and how they show state; ``ExportDialog`` holds the behaviour."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export import FORMATS, ExportFormat
from desktop.core.export.runner import Preview
from desktop.dialogs import export_texts
from desktop.dialogs.export_filters import ExportFilterPanel
from desktop.dialogs.export_settings import ScopeKind
from desktop.gui.app_theme import accent_colour
from desktop.gui.plain_copy_edit import PlainCopyEdit
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import fixed_font

if TYPE_CHECKING:
    from desktop.dialogs.export_dialog import ExportContext

_SCOPES = list(ScopeKind)


class ExportDialogLayout(QObject):
    """Builds the dialog's widgets and updates what they show."""

    def __init__(self, dialog: QDialog, tags: Iterable[str]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._focus_before_run: QWidget | None = None
        layout = QVBoxLayout(dialog)
        top = QHBoxLayout()
        top.addWidget(self._build_scope(), 1)
        top.addWidget(self._build_format(), 2)
        layout.addLayout(top)
        self.filters_box = QGroupBox(dialog)
        self.filters = ExportFilterPanel(tags, self.filters_box)
        filters_layout = QVBoxLayout(self.filters_box)
        # Said when the export starts from what the Annotations list shows (``follow_list``).
        self.list_note = QLabel(self.filters_box)
        self.list_note.setObjectName("exportListNote")
        self.list_note.setWordWrap(True)
        self.list_note.hide()
        filters_layout.addWidget(self.list_note)
        filters_layout.addWidget(self.filters)
        layout.addWidget(self.filters_box)
        layout.addLayout(self._build_destination())
        layout.addWidget(self._build_preview(), 1)
        layout.addLayout(self._build_result())
        layout.addWidget(self._build_buttons())
        resize_within_screen(dialog, QSize(760, 720))

    def _build_scope(self) -> QGroupBox:
        self.scope_box = QGroupBox(self.dialog)
        column = QVBoxLayout(self.scope_box)
        self.scope_group = QButtonGroup(self.dialog)
        self.scope_buttons: dict[ScopeKind, QRadioButton] = {}
        for index, kind in enumerate(_SCOPES):
            button = QRadioButton(self.scope_box)
            button.setObjectName(f"exportScope_{kind.value}")
            self.scope_group.addButton(button, index)
            self.scope_buttons[kind] = button
            column.addWidget(button)
        column.addStretch(1)
        return self.scope_box

    def _build_format(self) -> QGroupBox:
        self.format_box = QGroupBox(self.dialog)
        column = QVBoxLayout(self.format_box)
        self.format = QComboBox(self.format_box)
        self.format.setObjectName("exportFormat")
        for spec in FORMATS.values():
            self.format.addItem("", spec.name)
        self.description = QLabel(self.format_box)
        self.description.setObjectName("exportFormatDescription")
        self.description.setWordWrap(True)
        self.points = QCheckBox(self.format_box)
        self.points.setObjectName("exportPoints")
        for widget in (self.format, self.description, self.points):
            column.addWidget(widget)
        column.addStretch(1)
        return self.format_box

    def _build_destination(self) -> QFormLayout:
        form = QFormLayout()
        row = QHBoxLayout()
        self.destination = QLineEdit(self.dialog)
        self.destination.setObjectName("exportDestination")
        self.browse = QPushButton(self.dialog)
        self.browse.setObjectName("exportBrowse")
        row.addWidget(self.destination, 1)
        row.addWidget(self.browse)
        self.destination_label = QLabel(self.dialog)
        self.destination_label.setBuddy(self.destination)
        form.addRow(self.destination_label, row)
        return form

    def _build_preview(self) -> QGroupBox:
        self.preview_box = QGroupBox(self.dialog)
        column = QVBoxLayout(self.preview_box)
        self.summary = QLabel(self.preview_box)
        self.summary.setObjectName("exportSummary")
        self.preview = PlainCopyEdit(self.preview_box)
        self.preview.setObjectName("exportPreview")
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(fixed_font(self.preview))
        # Filters are remembered between exports: when they leave nothing, one click undoes them.
        self.clear_filters = QPushButton(self.preview_box)
        self.clear_filters.setObjectName("exportClearFilters")
        self.clear_filters.hide()
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_filters)
        column.addLayout(row)
        column.addWidget(self.preview, 1)
        return self.preview_box

    def _build_result(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(self.dialog)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.result = QLabel(self.dialog)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(self.dialog)
        self.open_file.setObjectName("exportOpenFile")
        self.show_folder = QPushButton(self.dialog)
        self.show_folder.setObjectName("exportShowFolder")
        for widget in (self.progress, self.result):
            row.addWidget(widget, 1)
        row.addWidget(self.open_file)
        row.addWidget(self.show_folder)
        self.show_result(None)
        return row

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self.dialog)
        self.export_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.hide()
        self.close_button = box.addButton(QDialogButtonBox.StandardButton.Close)
        return box

    def retranslate(self, context: ExportContext) -> None:
        """Set the texts in the current language."""
        self.scope_box.setTitle(self.tr("Export"))
        self.clear_filters.setText(self.tr("Clear Filter&s"))
        self._name_scopes(context)
        self.format_box.setTitle(self.tr("For&mat"))
        for index in range(self.format.count()):
            spec = FORMATS[self.format.itemData(index)]
            self.format.setItemText(index, export_texts.format_name(spec))
        self.describe_format(FORMATS[self.format.currentData()])
        self.points.setText(self.tr("Incl&ude the points (一是, 第一…) under the headings"))
        self.filters_box.setTitle(self.tr("Only these annotations"))
        # With several speeches chosen in the library, those are exported (``follow_list``).
        self.list_note.setText(
            self.tr("Set as the Annotations list shows them: the same colours, tag and words.")
            if context.several_selected
            else self.tr(
                "Set as the Annotations list shows them: the same speeches, colours, tag and words."
            )
        )
        self.destination_label.setText(self.tr("Sa&ve as:"))
        self.browse.setText(self.tr("Ch&oose…"))
        self.preview_box.setTitle(self.tr("Preview"))
        # A group box's title does not name what it holds for a screen reader.
        self.format.setAccessibleName(self.tr("Format"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.open_file.setText(self.tr("Open &File"))
        self.show_folder.setText(self.tr("Sho&w in Folder"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("&Close"))
        self.cancel_button.setText(self.tr("C&ancel"))

    def _name_scopes(self, context: ExportContext) -> None:
        buttons = self.scope_buttons
        speech, collection = context.current_speech, context.collection
        buttons[ScopeKind.CURRENT_SPEECH].setText(
            self.tr("&This speech: %1").replace("%1", speech.shown)
            if speech
            else self.tr("&This speech")
        )
        # J: S is Clear Filters', and every other letter of this label is taken in the dialog.
        buttons[ScopeKind.SELECTED_SPEECHES].setText(
            self.tr("&Just the %Ln selected speech(es)", "", len(context.selected_speeches))
        )
        buttons[ScopeKind.COLLECTION].setText(
            self.tr("This co&llection: %1").replace("%1", collection.shown)
            if collection
            else self.tr("This co&llection")
        )
        buttons[ScopeKind.LIBRARY].setText(self.tr("The whole li&brary"))
        buttons[ScopeKind.CURRENT_SPEECH].setEnabled(speech is not None)
        # A section of the open speech selected in the tree selects that same speech: the choice
        # would repeat "This speech" under another name.
        buttons[ScopeKind.SELECTED_SPEECHES].setEnabled(context.offers_selection)
        buttons[ScopeKind.SELECTED_SPEECHES].setHidden(
            bool(context.selected_speeches) and not context.offers_selection
        )
        buttons[ScopeKind.COLLECTION].setEnabled(collection is not None)

    # State ------------------------------------------------------------------------------------

    def scope_kind(self) -> ScopeKind:
        """The scope chosen."""
        return _SCOPES[max(0, self.scope_group.checkedId())]

    def select_scope(self, kind: ScopeKind) -> None:
        """Choose ``kind``, or the narrowest scope on offer if it is not."""
        button = self.scope_buttons[kind]
        if not button.isEnabled():
            button = next(b for b in self.scope_buttons.values() if b.isEnabled())
        button.setChecked(True)

    def describe_format(self, spec: ExportFormat) -> None:
        """Say what the chosen format is for."""
        self.description.setText(export_texts.format_description(spec))

    def show_preview(self, preview: Preview) -> None:
        """Show a preview's counts and its first lines; Clear Filters when filters leave none."""
        summary = self._summary(preview)
        # Nothing to export comes first: it is why Export is off, in a Word or PDF format too.
        empty = not preview.speeches or preview.lines == []
        self.clear_filters.setVisible(empty and self.filters.narrows())
        if empty:
            text = self.tr("Nothing to export: no annotation matches these choices.")
        elif preview.lines is None:
            text = self.tr("No preview for this format: it is not plain text.")
        else:
            text = "\n".join(preview.lines)
        self.summary.setText(summary)
        self.preview.setPlainText(text)

    def _summary(self, preview: Preview) -> str:
        """What the export holds: notes and their speeches, or whole speeches."""
        if preview.annotations:
            summary = self.tr("%Ln annotation(s)", "", preview.annotations)
            return summary + self.tr(" in %Ln speech(es)", "", preview.speeches)
        if FORMATS[preview.format].needs_text:
            return self.tr("%Ln speech(es)", "", preview.speeches)
        # A format of notes counts the speeches that have some: "0 speeches" alone read as
        # if the scope held none.
        return self.tr("%Ln speech(es) with annotations", "", preview.speeches)

    def show_preview_error(self, text: str) -> None:
        """Say why there is no preview."""
        self.summary.setText("")
        self.preview.setPlainText(text)

    @Slot(float, str)
    def show_progress(self, fraction: float, _stage: str) -> None:
        """Show how far the export got."""
        self.progress.setValue(round(fraction * 100))

    def show_result(self, text: str | None, *, success: bool = False, error: bool = False) -> None:
        """Show what the last export did (None clears it)."""
        self.result.setText(text or "")
        colour = accent_colour(self.result.palette()).name()
        self.result.setStyleSheet(f"color: {colour};" if error else "")
        self.result.setProperty("error", error)
        self.open_file.setVisible(success)
        self.show_folder.setVisible(success)

    def set_running(self, running: bool) -> None:
        """Switch between choosing and exporting; the keyboard waits on Cancel meanwhile."""
        # Disabling the widget with the keyboard left none with it, during and after.
        waiting = self.dialog.focusWidget() in (None, self.cancel_button)
        if running:
            self._focus_before_run = self.dialog.focusWidget()
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.result.setVisible(not running)
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        for widget in (self.scope_box, self.format_box, self.filters_box, self.destination):
            widget.setEnabled(not running)
        self.browse.setEnabled(not running)
        if running:
            self.show_result(None)
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif waiting or self.dialog.focusWidget() is None:
            self._give_back_focus()

    def _give_back_focus(self) -> None:
        """The keyboard back where it was when the export started (else on Export)."""
        before, self._focus_before_run = self._focus_before_run, None
        for widget in (before, self.export_button, self.close_button):
            if widget is not None and widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
