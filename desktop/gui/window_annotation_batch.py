"""What the window does with annotations chosen together in the dock: copy, recolour, tag,
trash, accept their places (and the reader's Accept This Place on the highlight clicked).

The dock asks with the annotations chosen (in its order); copying needs each speech's title,
speaker and date, which only the session has, so the text is made here with ``core.citation``,
as the reader's "copy with citation" makes it. Made with the dock (after the first frame), so
none of it loads at start-up: a place to accept comes from a re-import, long after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.citation import cite_speech, join_passages
from desktop.core.errors import PizhuError
from desktop.core.text_templates import fill
from desktop.gui.actions import ActionId
from desktop.gui.status_bar import MESSAGE_SHORT_MS

if TYPE_CHECKING:
    from desktop.core.annotation import Annotation
    from desktop.core.records import SpeechRecord
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.main_window import MainWindow


def ask_tag(parent: QWidget, count: int, tags: list[str]) -> str:
    """Ask which tag to give ``count`` annotations, offering the library's ``tags`` (any other
    may be typed); empty when cancelled."""
    from desktop.dialogs.add_tag_dialog import AddTagDialog

    dialog = AddTagDialog(count, tags, parent)
    try:
        return dialog.tag() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.deleteLater()


class DockBatchRequests(QObject):
    """Copy, recolour, tag, trash and accept the places of the annotations chosen in the dock."""

    ask_tag = staticmethod(ask_tag)  # replaced in tests: no modal dialog there

    def __init__(self, window: MainWindow, dock: AnnotationsDock) -> None:
        super().__init__(dock)
        self._window = window
        dock.copy_requested.connect(self._on_dock_copy_requested)
        dock.colors_change_requested.connect(self._on_dock_colors_change_requested)
        dock.many_delete_requested.connect(self._on_dock_many_delete_requested)
        dock.add_tag_requested.connect(self._on_dock_add_tag_requested)
        dock.accept_place_requested.connect(self._on_dock_accept_place_requested)
        window.reader.annotation_accept_place_requested.connect(
            self._on_reader_annotation_accept_place_requested
        )

    def passages_text(self, annotations: list[Annotation], *, cited: bool) -> str:
        """The passages of ``annotations`` in their order, one a paragraph, maybe cited."""
        if not cited:
            return join_passages(annotation.quote.exact for annotation in annotations)
        speeches: dict[int, SpeechRecord] = {}
        for annotation in annotations:
            if annotation.speech_id not in speeches:
                speeches[annotation.speech_id] = self._window.session.speech(annotation.speech_id)
        return join_passages(
            cite_speech(annotation.quote.exact, speeches[annotation.speech_id])
            for annotation in annotations
        )

    def _attempt(self, change: Callable[[], object], what: str = "change") -> object:
        from desktop.gui.lock_refusal import refusing  # refused for a lock: said once

        with refusing(self._window, what):
            try:
                return change()
            except PizhuError as error:
                self._window.show_error(error)
                return None

    @Slot(list, bool)
    def _on_dock_copy_requested(self, annotations: list, cited: bool) -> None:
        text = self._attempt(lambda: self.passages_text(annotations, cited=cited))
        if text is None:
            return
        QGuiApplication.clipboard().setText(str(text))
        if len(annotations) > 1:
            message = self.tr("Copied %Ln passage(s).", "", len(annotations))
            self._window.status.showMessage(message, MESSAGE_SHORT_MS)

    @Slot(list, str)
    def _on_dock_colors_change_requested(self, annotation_ids: list, color: str) -> None:
        self._attempt(lambda: self._window.session.change_colors(annotation_ids, color), "color")

    @Slot(list)
    def _on_dock_many_delete_requested(self, annotation_ids: list) -> None:
        if self._attempt(lambda: self._window.session.delete_annotations(annotation_ids), "trash"):
            keys = self._window.registry.shortcut_text(ActionId.UNDO)
            message = self.tr("Moved to the trash. Undo with %1.").replace("%1", keys)
            self._window.status.showMessage(message, MESSAGE_SHORT_MS)

    @Slot(list)
    def _on_dock_add_tag_requested(self, annotation_ids: list) -> None:
        from desktop.gui.collation import sorted_names
        from desktop.gui.focus_return import focus_kept

        tags = sorted_names(self._attempt(self._window.session.tag_counts) or ())
        with focus_kept(self._window.reader):  # cancelled too: back to the list's rows
            tag = self.ask_tag(self._window, len(annotation_ids), tags)
        if not tag:
            return
        session = self._window.session
        tagged = self._attempt(lambda: session.add_tag_to(annotation_ids, tag))
        if tagged:
            keys = self._window.registry.shortcut_text(ActionId.UNDO)
            message = self.tr("Tagged %Ln annotation(s) “%1”. Undo with %2.", "", int(tagged))
            message = fill(message, tag, keys)  # one pass: a tag may hold "%2"
            self._window.status.showMessage(message, MESSAGE_SHORT_MS)

    @Slot(list)
    def _on_dock_accept_place_requested(self, annotation_ids: list) -> None:
        """The dock's chosen rows keep the place they were found at."""
        self._attempt(lambda: self._window.session.accept_places(annotation_ids))

    @Slot(str)
    def _on_reader_annotation_accept_place_requested(self, annotation_id: str) -> None:
        """The reader's highlight keeps the place it was found at."""
        self._attempt(lambda: self._window.session.accept_places([annotation_id]))
