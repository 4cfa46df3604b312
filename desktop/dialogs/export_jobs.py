"""The export dialog's work, as jobs a worker thread runs: preview, export, annotation import.

Each job opens its own connection to the library (a connection belongs to the thread that
opened it; WAL lets it work beside the window's) and calls core. The jobs follow the workers'
contract, ``job(progress, cancel) -> result``, and never touch a widget.

They run with the cyclic collector paused, as an import does: the objects an export of a whole
library makes (~1 M for 20,000 annotations) set off passes of the collector in the worker, each
walking the window's objects too (the annotations dock's 28,000 rows, search results) while it
holds the interpreter: the window froze 100-500 ms at a time, a dozen times an export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.collector import collector_paused
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportOutcome, ExportRequest, Preview, preview_export
from desktop.core.export.runner import run_export as run_export_request
from desktop.core.export.selection import ExportScope
from desktop.core.storage.library import Library, open_library
from desktop.gui.workers import Cancel, Job, Progress

if TYPE_CHECKING:
    from desktop.core.storage.annotation_import import AnnotationImportReport


def _open(library_path: Path) -> Library:
    # The window already opened (and backed up) this library: no creation, no second backup.
    return open_library(library_path, create=False, daily_backup=False)


def export_job(library_path: Path, request: ExportRequest) -> Job:
    """A job that writes the export ``request`` describes and returns its ``ExportOutcome``."""

    def job(progress: Progress, cancel: Cancel) -> ExportOutcome:
        with collector_paused(), _open(library_path) as library:
            reader = LibraryReader(library)
            return run_export_request(reader, request, progress=progress, cancel=cancel)

    return job


def preview_job(
    library_path: Path,
    format_name: str,
    scope: ExportScope,
    export_filter: ExportFilter,
    *,
    include_points: bool,
    language: str,
) -> Job:
    """A job that returns the ``Preview`` of an export, naming itself in ``language``."""

    def job(_progress: Progress, cancel: Cancel) -> Preview:
        with collector_paused(), _open(library_path) as library:
            return preview_export(
                LibraryReader(library),
                format_name,
                scope,
                export_filter,
                include_points=include_points,
                language=language,
                cancel=cancel,
            )

    return job


def import_annotations_job(
    library_path: Path, path: Path, storing: Callable[[bool], None] | None = None
) -> Job:
    """A job that imports a W3C JSON file of annotations and returns the report; ``storing``
    hears when its transaction is about to ask for the write lock (True) and ended (False)."""

    def job(progress: Progress, cancel: Cancel) -> AnnotationImportReport:
        # Loaded by the job (in its worker): the export dialog, which imports this module,
        # never needs the importer (~20-25 ms of its first opening).
        from desktop.core.storage.annotation_import import import_annotation_file

        with collector_paused(), _open(library_path) as library:
            return import_annotation_file(
                library, path, progress=progress, cancel=cancel, storing=storing
            )

    return job
