"""Reading every speech's annotations for the dock's "all speeches", off the GUI thread.

On a library of 10,000 speeches and 20,000 annotations the read alone took 0.3 s (the rows, and
the speeches' names for the groups). A ``LibraryWorker`` does it on its own connection while the
dock shows what it already has; the latest request wins, so a change made while it reads asks
again rather than showing a list from before the change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.annotation_groups import AnnotationGroups, group_annotations, speech_ranks
from desktop.core.annotation_match import SearchTexts, search_texts
from desktop.core.collector import collector_paused
from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.library import Library
from desktop.gui.library_worker import Cancellation, LibraryWorker
from desktop.models.annotation_nodes import AnnotationRows, rows_of
from desktop.models.fullwidth_text import ShownTexts
from desktop.models.speech_labels import library_distinctions, speech_labels

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LibraryAnnotations:
    """Every live annotation of the library grouped by speech, and each speech's label."""

    grouped: AnnotationGroups
    """In the dock's order (``group_annotations`` with ``all_speeches``)."""
    titles: dict[int, str]
    """Each speech's label (``speech_labels``), in library order."""
    search_texts: SearchTexts
    """What the dock's text filter searches in each annotation, folded here once."""
    rows: AnnotationRows
    """The dock model's rows of ``grouped``, made here (~20-40 ms on the GUI thread)."""


def read_library_annotations(
    library: Library, _cancelled: Cancellation, fullwidth: bool = False
) -> LibraryAnnotations:
    """The worker's job: both reads, on the worker's own connection, then the grouping; the
    speeches' titles in their labels with full-width punctuation when ``fullwidth``."""
    # ~130,000 objects that all live on (the window freezes them once adopted): passes of the
    # collector over them in this thread held the interpreter 40-230 ms while the window waited.
    with collector_paused():
        annotations = library.annotations.annotations()
        # QCoreApplication.translate, which the labels use, is thread-safe.
        distinctions = library_distinctions(library.store.collections())
        shown = ShownTexts(kept=50_000, fullwidth=True) if fullwidth else None  # once a title
        titles = speech_labels(library.store.speech_label_parts(), None, distinctions, shown)
        grouped = group_annotations(annotations, speech_ranks(titles), all_speeches=True)
        texts = search_texts(annotations)
        return LibraryAnnotations(grouped, titles, texts, rows_of(grouped))


class LibraryAnnotationsLoader(QObject):
    """Reads ``LibraryAnnotations`` in a worker thread; reports the latest read only."""

    loaded = Signal(object)
    """The ``LibraryAnnotations`` of the latest ``load``."""
    failed = Signal(object)
    """The ``PizhuError`` the latest ``load`` ended with."""

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = LibraryWorker(library_path, "annotations", self)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)

    def load(self, fullwidth: bool = False) -> None:
        """Read them (again: a read still running is dropped); ``fullwidth``: titles so."""
        self._worker.submit(partial(read_library_annotations, fullwidth=fullwidth))

    def cancel(self) -> None:
        """Drop the read running, if any: its outcome will not be reported."""
        self._worker.cancel()

    def is_loading(self) -> bool:
        """Whether a read is queued or running."""
        return self._worker.is_busy()

    def running_work(self) -> list[str]:
        """The name of the read while it runs (the window waits for none at closing)."""
        return ["annotations"] if self._worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the read and end the worker's thread (the window is closing)."""
        self._worker.shutdown()

    @Slot(int, object)
    def _on_worker_finished(self, _ticket: int, result: object) -> None:
        self.loaded.emit(result)

    @Slot(int, object)
    def _on_worker_failed(self, _ticket: int, error: object) -> None:
        if not isinstance(error, PizhuError):
            # Not ours to explain in detail: the log keeps it, the user hears the read failed.
            _log.warning("reading the annotations failed: %r", error)
            error = LibraryError(f"the annotations could not be read: {error}")
        self.failed.emit(error)
