"""The compare window's Export Changes… and Copy Changes: its changes taken out, to cite or send.

Export Changes… (Ctrl+E) asks where, in the folder the other exports remember, and writes the
changes as a Word document (proposed first: our users write in Word), HTML, Markdown, CSV or
plain text by the file's extension (or the chosen filter), through ``core.compare_export``
(atomically), saying in the UI's language what went wrong if it could not. Copy Changes
(Ctrl+Shift+C) puts the changes on the clipboard twice over: as HTML, which Word and WPS paste
with the old words struck through and the new underlined in the window's colours, and as the
Markdown, which a Markdown editor or a plain text box takes. Both are offered once the
comparison is shown and holds a change. The clipboard's text is made on the GUI thread (a
thousand changes' HTML and Markdown take a few hundredths of a second); a file is written in
the window's workers, as a Word document of as many takes half a second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.compare_export import ChangesFormat, ChangeWords, format_of
from desktop.core.errors import PizhuError
from desktop.gui.button_texts import without_access_key
from desktop.gui.focus_return import focus_kept

if TYPE_CHECKING:
    from desktop.core.compare_export import ComparedSpeeches
    from desktop.core.speech_compare import Comparison
    from desktop.dialogs.export_settings import ExportSettings
    from desktop.gui.workers import Cancel, Progress, WorkerPool, WorkerTask

EXPORT_KEYS = ("Ctrl+E",)  # the main window's Export… key: this window's own export
COPY_KEYS = ("Ctrl+Shift+C",)


class CompareExport(QObject):
    """The compare window's Export Changes… and Copy Changes actions."""

    exported = Signal(Path)
    copied = Signal(int)
    """(changes): the HTML and the Markdown are on the clipboard."""

    def __init__(
        self,
        compared: Callable[[], ComparedSpeeches | None],
        owner: QWidget,
        summary: Callable[[Comparison], str] | None = None,
        workers: WorkerPool | None = None,
    ) -> None:
        """``summary``: the line counting the changes, as the window words it; ``workers``:
        where the files are written (on the GUI thread when None)."""
        super().__init__(owner)
        self._compared, self._owner, self._summary = compared, owner, summary
        self._workers = workers
        self._task: WorkerTask | None = None
        self._task_words: tuple[ExportSettings, str] | None = None  # its settings, its title
        self.export_action = self._action("compare_export_changes", EXPORT_KEYS, self.export)
        self.copy_action = self._action("compare_copy_changes", COPY_KEYS, self.copy)
        self.set_enabled(False)
        self.retranslate()

    def _action(self, name: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        action = QAction(self._owner)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._owner.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set the actions' words in the UI's language."""
        for action, text, tip, keys in (
            (
                self.export_action,
                self.tr("&Export Changes…"),
                self.tr("Save the changes as a Word document, HTML, Markdown, CSV or plain text"),
                EXPORT_KEYS,
            ),
            (
                self.copy_action,
                self.tr("&Copy Changes"),
                self.tr("Copy the changes, to paste into Word, WPS or a Markdown editor"),
                COPY_KEYS,
            ),
        ):
            action.setText(text)
            action.setIconText(without_access_key(text).rstrip("…"))
            action.setStatusTip(tip)
            named = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{without_access_key(text)} ({named})")

    def set_enabled(self, enabled: bool) -> None:
        """Offer both actions only while there are changes to take out."""
        self.export_action.setEnabled(enabled)
        self.copy_action.setEnabled(enabled)

    def words(self) -> ChangeWords:
        """The exports' words in the UI's language."""
        return ChangeWords(
            title=self.tr("Changes: %1 → %2"),
            old=self.tr("Old: ", "a label before the old text"),
            new=self.tr("New: ", "a label before the new text"),
            source=self.tr("Source: %1", "a speech's file, named when both bear one title"),
            section_kind=self.tr("%1 (%2)", "a change's section, then its kind"),
            identical=self.tr("The two texts are identical."),
            kinds={
                "inserted": self.tr("inserted"),
                "deleted": self.tr("deleted"),
                "replaced": self.tr("replaced"),
            },
            space=self.tr("(space)", "a change of a space alone, named"),
            wide_space=self.tr("(full-width space)", "U+3000, named"),
            tab=self.tr("(tab)", "a change of a tab alone, named"),
            offsets=self.tr(
                "old %1-%2, new %3-%4", "where a change is in the old and the new text (.txt)"
            ),
            language=self.tr("en-GB", "the language tag (BCP 47) of the exported words"),
            summary=self._summary,
        )

    @Slot()
    def copy(self) -> None:
        """Put the changes on the clipboard as HTML (Word, WPS) and as Markdown (the text)."""
        from desktop.core.compare_export import to_markdown
        from desktop.core.compare_html import to_html

        compared = self._compared()
        if compared is None:
            return
        words = self.words()
        data = QMimeData()
        data.setHtml(to_html(compared, words))
        data.setText(to_markdown(compared, words))
        QGuiApplication.clipboard().setMimeData(data)  # the clipboard owns it now
        self.copied.emit(len(compared.comparison.hunks))

    @Slot()
    def export(self) -> Path | None:
        """Ask where, then write the changes (``exported`` says when they are); the path
        written to, or None when nothing is."""
        from desktop.core.export.file_names import file_name_for
        from desktop.dialogs.export_settings import ExportSettings

        compared = self._compared()
        if compared is None:
            return None
        settings = ExportSettings()
        words = self.words()
        title = words.title_of(compared.old.title, compared.new.title)
        filters = {
            self.tr("Word document (*.docx)"): ChangesFormat.DOCX,
            self.tr("Web page (*.html)"): ChangesFormat.HTML,
            self.tr("Markdown (*.md)"): ChangesFormat.MARKDOWN,
            self.tr("CSV for Excel (*.csv)"): ChangesFormat.CSV,
            self.tr("Plain text (*.txt)"): ChangesFormat.TEXT,
        }
        dialog_title = self.tr("Export Changes")
        with focus_kept():  # cancelled too, the keyboard goes back where it was
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self._owner,
                dialog_title,
                str(settings.export_folder() / file_name_for(title, ".docx")),
                ";;".join(filters),
            )
        if not chosen:
            return None
        target = Path(chosen)
        form = format_of(target, filters.get(chosen_filter, ChangesFormat.DOCX))
        assert form is not None
        if format_of(target) is not form:  # no extension, or one that names another form
            target = target.with_name(f"{target.name}.{form.value}")
        return self._write(compared, target, form, dialog_title, settings)

    def _write(
        self,
        compared: ComparedSpeeches,
        target: Path,
        form: ChangesFormat,
        title: str,
        settings: ExportSettings,
    ) -> Path | None:
        from desktop.core.fileio import check_destination

        # The summary as a line now: the worker is not to call back into the window.
        words = self.words()
        words = replace(words, summary=partial(_said, words.summary_of(compared.comparison)))
        try:
            check_destination(target)  # at once, as the other exports refuse one
        except PizhuError as error:
            self._refused(error, title)
            return None
        if self._workers is None:
            try:
                path = _write_job(compared, target, form, words, lambda *_: None, lambda: False)
            except PizhuError as error:
                self._refused(error, title)
                return None
            self._on_written(settings, path)
            return path
        # A Word document of a thousand changes takes half a second: not on the GUI thread.
        task = self._workers.submit(
            partial(_write_job, compared, target, form, words), name="export changes"
        )
        # Bound slots, not partials: Qt drops them with this object if the window has closed.
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._task, self._task_words = task, (settings, title)
        return target

    @Slot(object)
    def _on_task_succeeded(self, path: Path) -> None:
        assert self._task_words is not None
        self._on_written(self._task_words[0], path)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        assert self._task_words is not None
        self._refused(error, self._task_words[1])

    def _on_written(self, settings: ExportSettings, path: Path) -> None:
        settings.remember_folder(path.parent)
        self.exported.emit(path)

    def _refused(self, error: BaseException, title: str) -> None:
        from desktop.dialogs import export_texts
        from desktop.gui.messages import failure_words

        words = export_texts.error_text(error) if isinstance(error, PizhuError) else None
        with focus_kept():  # where the keyboard is when the message shows (a worker's: later)
            QMessageBox.warning(self._owner, title, words or failure_words(error))

    def running_work(self) -> list[str]:
        """The export still being written, if any."""
        task = self._task
        return ["export changes"] if task is not None and task.is_running() else []


def _said(line: str, _comparison: Comparison) -> str:
    return line


def _write_job(
    compared: ComparedSpeeches,
    target: Path,
    form: ChangesFormat,
    words: ChangeWords,
    _progress: Progress,
    _cancel: Cancel,
) -> Path:
    """The worker's job: the changes written (atomically: never cancelled half-way)."""
    from desktop.core.compare_export import write_changes

    return write_changes(compared, target, form, words)
