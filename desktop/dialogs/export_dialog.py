"""File ▸ Export…: choose scope, format, filters and destination, preview, and export in a worker.

The dialog never reads the library itself: a preview and the export are jobs (``export_jobs``)
run by the window's ``WorkerPool``, each on its own connection. Results come back by signal:
``preview_shown`` when the preview is up to date, ``export_finished`` (an ``ExportOutcome``)
or ``export_failed`` (the error). Tests drive it like a user, without a modal loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.core.errors import PizhuError
from desktop.core.export import FORMATS, export_format
from desktop.core.export.file_names import file_name_for as file_name_for  # re-exported
from desktop.core.export.runner import ExportOutcome, ExportRequest, Preview
from desktop.core.export.selection import ExportScope
from desktop.core.export.words import export_words
from desktop.dialogs import export_texts
from desktop.dialogs.export_context import ExportContext, ListFilter
from desktop.dialogs.export_context import Named as Named  # re-exported
from desktop.dialogs.export_jobs import export_job, preview_job
from desktop.dialogs.export_layout import ExportDialogLayout
from desktop.dialogs.export_names import names_another_format, proposed_name
from desktop.dialogs.export_settings import ExportChoice, ExportSettings, ScopeKind
from desktop.gui.focus_return import focus_kept
from desktop.gui.workers import WorkerPool, WorkerTask

PREVIEW_DELAY_MS = 150
"""How long the choices must rest before the preview is redone (typing a tag, say)."""


class ExportDialog(QDialog):
    """Choose what to export and where, see a preview, and export."""

    preview_shown = Signal()
    export_finished = Signal(object)
    export_failed = Signal(object)

    def __init__(
        self,
        context: ExportContext,
        pool: WorkerPool,
        settings: ExportSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self._context = context
        self._words = export_words(context.language)
        self._pool = pool
        self._settings = settings
        self._preview_task: WorkerTask | None = None
        self._export_task: WorkerTask | None = None
        self._auto_name = True
        self._title = ""  # what the proposed file is named by, before the format's ending
        self.outcome: ExportOutcome | None = None
        self.ui = ExportDialogLayout(self, context.tags)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self.retranslate()
        self._restore(settings.load())
        self._connect()
        self._start_preview()

    # Building ---------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.scope_group.idToggled.connect(self._on_scope_group_id_toggled)
        ui.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        ui.points.toggled.connect(self._schedule_preview)
        ui.filters.changed.connect(self._schedule_preview)
        # Chosen otherwise now: no longer what the Annotations list shows.
        ui.filters.changed.connect(ui.list_note.hide)
        ui.scope_group.idToggled.connect(ui.list_note.hide)
        ui.clear_filters.clicked.connect(ui.filters.clear_filters)
        ui.destination.textEdited.connect(self._on_destination_text_edited)
        ui.browse.clicked.connect(self.choose_destination)
        ui.export_button.clicked.connect(self.start_export)
        ui.cancel_button.clicked.connect(self.cancel_export)
        ui.close_button.clicked.connect(self.reject)
        ui.open_file.clicked.connect(self.open_file)
        ui.show_folder.clicked.connect(self.show_folder)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Export"))
        self.ui.retranslate(self._context)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore(self, choice: ExportChoice) -> None:
        ui = self.ui
        ui.format.setCurrentIndex(max(0, ui.format.findData(choice.format)))
        # Several speeches chosen in the library (Ctrl/Shift+click) are chosen for this export.
        several = self._context.several_selected
        ui.select_scope(ScopeKind.SELECTED_SPEECHES if several else choice.scope)
        ui.points.setChecked(choice.include_points)
        ui.filters.apply_choice(choice)
        if self._context.list_filter is not None:
            self._follow_list(self._context.list_filter, keep_scope=several)
        self._folder = self._settings.export_folder()
        self._update_format_widgets()
        self._title = self._guess_title()
        self._set_destination(self._folder / self._file_name(self._title))

    def _follow_list(self, listed: ListFilter, *, keep_scope: bool) -> None:
        """Start from what the Annotations list shows (the user filtered it to gather those),
        and say so above the filters."""
        if not keep_scope:
            all_speeches = listed.all_speeches or self._context.current_speech is None
            self.ui.select_scope(ScopeKind.LIBRARY if all_speeches else ScopeKind.CURRENT_SPEECH)
        self.ui.filters.apply_list_filter(listed.colors, listed.tag, listed.words)
        note = self.ui.list_note
        # Hidden when a filter changes, it keeps its room: the fields under the mouse stay put.
        policy = note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        note.setSizePolicy(policy)
        note.show()

    # What the user chose ----------------------------------------------------------------------

    def format_name(self) -> str:
        """The chosen format's name (``docx``, ``md``…)."""
        return str(self.ui.format.currentData())

    def scope(self) -> ExportScope:
        """The chosen scope as core takes it."""
        kind, context = self.ui.scope_kind(), self._context
        if kind == ScopeKind.CURRENT_SPEECH and context.current_speech is not None:
            return ExportScope(speech_ids=(context.current_speech.id,))
        if kind == ScopeKind.SELECTED_SPEECHES and context.selected_speeches:
            return ExportScope(speech_ids=context.selected_speeches)
        if kind == ScopeKind.COLLECTION and context.collection is not None:
            return ExportScope(collection_ids=(context.collection.id,))
        return ExportScope()

    def destination(self) -> Path:
        """The file to write, with the format's extension."""
        path = Path(self.ui.destination.text().strip()).expanduser()
        if path.name and names_another_format(path.suffix, self._extension()):
            # notes.html with Markdown chosen held Markdown: the name must not lie about it.
            path = path.with_suffix(self._extension())
        return path

    def request(self) -> ExportRequest:
        """The export the dialog describes."""
        return ExportRequest(
            format=self.format_name(),
            destination=self.destination(),
            scope=self.scope(),
            export_filter=self.ui.filters.export_filter(),
            include_points=self.ui.points.isChecked(),
            language=self._context.language,
        )

    def _extension(self) -> str:
        return export_format(self.format_name()).extension

    def _file_name(self, title: str) -> str:
        return proposed_name(title, self.format_name(), self._words)

    def _guess_title(self) -> str:
        context, kind = self._context, self.ui.scope_kind()
        if kind == ScopeKind.CURRENT_SPEECH and context.current_speech is not None:
            return context.current_speech.file_title or context.current_speech.title
        if kind == ScopeKind.COLLECTION and context.collection is not None:
            return context.collection.title
        return self._words.all_notes

    # Reacting to choices ----------------------------------------------------------------------

    @Slot(int, bool)
    def _on_scope_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._schedule_preview()

    @Slot(int)
    def _on_format_current_index_changed(self, _index: int) -> None:
        self._update_format_widgets()
        path = self.destination()
        if self._auto_name:  # the app's name follows the kind too: …提纲, …（批注本）
            self._set_destination(path.parent / self._file_name(self._title))
        else:
            self._set_destination(path.with_suffix(self._extension()))
        self._schedule_preview()

    @Slot(str)
    def _on_destination_text_edited(self, _text: str) -> None:
        self._auto_name = False  # the user named the file: keep the name from now on
        self.ui.show_result(None)

    def _update_format_widgets(self) -> None:
        spec = FORMATS[self.format_name()]
        self.ui.describe_format(spec)
        # Only outlines list the points: a greyed, ticked box beside Markdown read as "included".
        self.ui.points.setVisible(spec.takes_points)
        # An outline holds no annotations: the filters would change nothing in it (the tip,
        # over the greyed filters, says so).
        self.ui.filters.setEnabled(not spec.takes_points)
        self.ui.filters.setToolTip(
            self.tr("An outline holds no annotations: these filters are for the other formats.")
            if spec.takes_points
            else ""
        )

    def _set_destination(self, path: Path) -> None:
        if self.ui.destination.text() != str(path):
            self.ui.destination.setText(str(path))

    @Slot()
    def _schedule_preview(self) -> None:
        self.ui.show_result(None)
        self._preview_timer.start()

    # Preview ----------------------------------------------------------------------------------

    @Slot()
    def _start_preview(self) -> None:
        self._preview_timer.stop()
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None
        try:
            export_filter = self.ui.filters.export_filter()
        except PizhuError as error:  # a date range that is not one
            self.ui.show_preview_error(export_texts.error_text(error))
            return
        job = preview_job(
            self._context.library_path,
            self.format_name(),
            self.scope(),
            export_filter,
            include_points=self.ui.points.isChecked(),
            language=self._context.language,
        )
        task = self._pool.submit(job, "export-preview")
        # Bound slots, not lambdas: Qt drops them if the dialog is gone when the job ends.
        task.succeeded.connect(self._on_preview_task_succeeded)
        task.failed.connect(self._on_preview_task_failed)
        self._preview_task = task

    def _is_current_preview(self) -> bool:
        """False for an older preview, whose choices have changed since it started."""
        current = self._preview_task is not None and self.sender() is self._preview_task
        if current:
            self._preview_task = None
        return current

    @Slot(object)
    def _on_preview_task_succeeded(self, preview: Preview) -> None:
        if not self._is_current_preview():
            return
        self.ui.show_preview(preview)
        if self._auto_name and preview.title:
            self._title = preview.file_title or preview.title
            self._set_destination(self.destination().parent / self._file_name(self._title))
        self.ui.export_button.setEnabled(self._export_task is None and bool(preview.speeches))
        self.preview_shown.emit()

    @Slot(object)
    def _on_preview_task_failed(self, error: BaseException) -> None:
        if not self._is_current_preview():
            return
        self.ui.show_preview_error(export_texts.error_text(error))
        self.preview_shown.emit()

    # Export -----------------------------------------------------------------------------------

    @Slot()
    def choose_destination(self) -> None:
        """Ask for the file to write, with the format's extension as the filter."""
        spec = FORMATS[self.format_name()]
        pattern = f"{export_texts.format_description(spec)} (*{spec.extension})"
        with focus_kept():  # cancelled too, the keyboard goes back to Choose…
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export To"), str(self.destination()), pattern
            )
        if chosen:
            self._auto_name = False
            self._set_destination(Path(chosen))
            self._set_destination(self.destination())

    @Slot()
    def start_export(self) -> None:
        """Run the export in a worker; the outcome arrives by ``export_finished``."""
        if self._export_task is not None:
            return
        if not self.ui.destination.text().strip():
            self.ui.show_result(self.tr("Choose where to save the file."), error=True)
            return
        try:
            request = self.request()
        except PizhuError as error:
            self._on_export_failed(error)
            return
        self.ui.set_running(True)
        task = self._pool.submit(export_job(self._context.library_path, request), "export")
        task.progressed.connect(self.ui.show_progress)
        task.succeeded.connect(self._on_export_succeeded)
        task.failed.connect(self._on_export_failed)
        task.cancelled.connect(self._on_export_cancelled)
        self._export_task = task

    @Slot()
    def cancel_export(self) -> None:
        """Ask a running export to stop (nothing is written then)."""
        if self._export_task is not None:
            self._export_task.cancel()

    @Slot(object)
    def _on_export_succeeded(self, outcome: ExportOutcome) -> None:
        self._export_task = None
        self.outcome = outcome
        self.ui.set_running(False)
        self.ui.show_result(export_texts.success_text(outcome), success=True)
        self._remember(outcome.path)
        self.export_finished.emit(outcome)

    @Slot(object)
    def _on_export_failed(self, error: BaseException) -> None:
        self._export_task = None
        self.ui.set_running(False)
        self.ui.show_result(export_texts.error_text(error), error=True)
        self.export_failed.emit(error)

    @Slot()
    def _on_export_cancelled(self) -> None:
        self._export_task = None
        self.ui.set_running(False)
        self.ui.show_result(self.tr("Export cancelled. Nothing was written."))

    def _remember(self, path: Path) -> None:
        choice = ExportChoice(
            format=self.format_name(),
            scope=self.ui.scope_kind(),
            include_points=self.ui.points.isChecked(),
            folder=str(path.parent),
        )
        self.ui.filters.store_choice(choice)
        self._settings.save(choice)

    @Slot()
    def open_file(self) -> None:
        """Open the exported file in the program the system uses for it."""
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))

    @Slot()
    def show_folder(self) -> None:
        """Open the folder the file was exported to."""
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent)))

    def done(self, result: int) -> None:
        """Closing stops the work the dialog started (an export writes nothing unless whole)."""
        for task in (self._preview_task, self._export_task):
            if task is not None:
                task.cancel()
        super().done(result)
