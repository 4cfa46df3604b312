"""Importing files into the library off the GUI thread: one transaction per file, a per-file result.

``import_files`` is plain Python (it runs in a worker thread and is tested without Qt): it opens
its own connection to the library (an sqlite3 connection stays in the thread that made it), reads
each file through the importer and stores it in one transaction. Old Word files are converted
by LibreOffice in batches from the start, while the files before them are read
(``office_batch``). A file that cannot be imported
leaves the library as it was and the next file is still tried; a cancel request stops between
files, inside the importer or while the index is prepared (before the file's transaction
begins); a problem with the library itself (damaged, disk full) stops it.
``ImportJob`` runs it in a ``WorkerPool`` and reports progress and the ``ImportResult`` by signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.collector import collector_paused
from desktop.core.errors import (
    CancelledError,
    ContentMismatchError,
    CutShortError,
    DocumentError,
    LibraryError,
    PizhuError,
)
from desktop.core.imported import CutShort, ImportedDocument, ImportNotice, Removal
from desktop.core.importing.office_batch import converting
from desktop.core.importing.office_convert import DocxConvert
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library import Library, open_library
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.workers import Cancel, Progress, WorkerPool, WorkerTask

LibraryOpener = Callable[[], Library]
"""Opens a new connection to the library the files go into (called in the worker thread)."""

Storing = Callable[[bool], None]
"""Told True just before a file's transaction takes the write lock, False once it ended."""

_READ_SHARE = 0.9
"""The part of one file's progress spent reading and cleaning it; storing takes the rest."""

# LibraryError codes that concern one document, not the library: the next file is still tried.
_DOCUMENT_LEVEL_CODES = frozenset({"invalid"})


class FileStatus(StrEnum):
    """What happened to one file of an import."""

    IMPORTED = "imported"
    FAILED = "failed"
    SKIPPED = "skipped"  # not tried: the import was cancelled or stopped before it


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why something could not be done: core's error code and English message, and its kind."""

    code: str
    message: str
    kind: str  # "document", "library" or "internal"
    holds: str = ""
    """For a file whose content is not what its name says: the content's extension (".doc")."""
    cut_short: CutShort | None = None
    """For a file cut short (an old Word file missing its end): its sizes."""
    converter_tried: bool = False
    """For a file cut short: whether the office suite tried what is left (False: none is
    installed, which might read it)."""

    @classmethod
    def from_error(cls, error: Exception) -> ErrorInfo:
        """The code and message of ``error`` (the message without the path, shown apart)."""
        if isinstance(error, ContentMismatchError):
            return cls(error.code, error.message, "document", error.holds)
        if isinstance(error, CutShortError):
            short, tried = error.cut_short, error.converter_tried
            return cls(error.code, error.message, "document", "", short, tried)
        if isinstance(error, PizhuError):
            kind = "document" if isinstance(error, DocumentError) else "library"
            return cls(error.code, error.message, kind)
        return cls("internal", f"{type(error).__name__}: {error}", "internal")


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """One file's result: its ImportReport and what the importer found, or its error."""

    path: Path
    status: FileStatus
    report: ImportReport | None = None
    speech_titles: tuple[str, ...] = ()
    removals: tuple[Removal, ...] = ()
    error: ErrorInfo | None = None
    notices: tuple[ImportNotice, ...] = ()  # what to check of how the file was read


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Every file's outcome, in the order given, and whether the import was cut short."""

    outcomes: tuple[FileOutcome, ...] = ()
    cancelled: bool = False
    stopped_by: ErrorInfo | None = None  # a library problem that stopped the whole import
    kept_anchors: dict[int, dict[str, int]] = field(default_factory=dict)
    """Changes made in the window during the import, written where its new texts have their
    words: by collection id, how many with each ``AnchorState`` value (orphaned included)."""

    @property
    def imported(self) -> list[FileOutcome]:
        """The files stored in the library."""
        return [o for o in self.outcomes if o.status == FileStatus.IMPORTED]

    @property
    def failed(self) -> list[FileOutcome]:
        """The files that could not be imported."""
        return [o for o in self.outcomes if o.status == FileStatus.FAILED]

    @property
    def first_collection_id(self) -> int | None:
        """The collection of the first file imported (the one to open), if any."""
        imported = self.imported
        return imported[0].report.collection_id if imported and imported[0].report else None


def default_opener(library_path: Path) -> LibraryOpener:
    """Opens the existing library at ``library_path`` without a backup (the GUI took it)."""
    return partial(open_library, library_path, create=False, daily_backup=False)


def import_files(
    paths: Sequence[Path],
    opener: LibraryOpener,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    storing: Storing | None = None,
    *,
    keep_duplicates: bool = False,
) -> ImportResult:
    """Import each of ``paths`` into the library ``opener`` opens, each in its own transaction.

    ``storing(True)`` comes just before a file's transaction asks for the write lock,
    ``storing(False)`` once it ended (``LibraryStore.import_document``). Speeches the library
    holds already (a file's second copy of one too) are left out (each report names them)
    unless ``keep_duplicates``.
    """
    paths = tuple(Path(p).expanduser().absolute() for p in paths)
    report_progress = progress or (lambda _fraction, _message: None)
    is_cancelled = cancel or (lambda: False)
    try:
        library = opener()
    except LibraryError as error:
        return _stopped(paths, [], ErrorInfo.from_error(error))
    # Reading a file makes millions of objects that all live until it is stored (lines, edits,
    # spans): the collector's passes over them (up to ~0.25 s each on a 30 MB text) hold the GIL
    # the window's thread waits for, and free nothing. What is garbage goes by reference count.
    # Old Word files convert in batches (one LibreOffice run for many), from now on, while
    # the files before them are read; the converter is killed and its folder removed at the end.
    with library, collector_paused(), converting(paths) as convert:
        return _import_each(
            library, paths, report_progress, is_cancelled, storing, keep_duplicates, convert
        )


def _import_each(
    library: Library,
    paths: tuple[Path, ...],
    progress: Progress,
    cancel: Cancel,
    storing: Storing | None = None,
    keep_duplicates: bool = False,
    convert: DocxConvert | None = None,
) -> ImportResult:
    outcomes: list[FileOutcome] = []
    for number, path in enumerate(paths):
        if cancel():
            return _cancelled(paths, outcomes)
        share = partial(_scaled, progress, number, len(paths), path.name)
        try:
            outcome = _import_one(library, path, share, cancel, storing, keep_duplicates, convert)
            outcomes.append(outcome)
        except CancelledError:
            return _cancelled(paths, outcomes)
        except LibraryError as error:
            info = ErrorInfo.from_error(error)
            outcomes.append(FileOutcome(path, FileStatus.FAILED, error=info))
            if error.code not in _DOCUMENT_LEVEL_CODES:
                return _stopped(paths, outcomes, info)
        except DocumentError as error:
            outcomes.append(FileOutcome(path, FileStatus.FAILED, error=ErrorInfo.from_error(error)))
        share(1.0)
    return ImportResult(tuple(outcomes))


def _import_one(
    library: Library,
    path: Path,
    share: Callable[[float], None],
    cancel: Cancel,
    storing: Storing | None,
    keep_duplicates: bool = False,
    convert: DocxConvert | None = None,
) -> FileOutcome:
    from desktop.core.importing import import_file  # the importer loads only when used

    document = import_file(
        path, progress=lambda f: share(f * _READ_SHARE), cancel=cancel, convert=convert
    )
    if cancel():
        raise CancelledError("the import was cancelled")
    report = library.store.import_document(
        document, cancelled=cancel, storing=storing, keep_duplicates=keep_duplicates
    )
    return _imported(path, document, report)


def _imported(path: Path, document: ImportedDocument, report: ImportReport) -> FileOutcome:
    return FileOutcome(
        path,
        FileStatus.IMPORTED,
        report=report,
        speech_titles=tuple(speech.title for speech in document.speeches),
        removals=tuple(document.removed),
        notices=tuple(document.notices),
    )


def _scaled(progress: Progress, number: int, total: int, name: str, fraction: float) -> None:
    progress((number + min(max(fraction, 0.0), 1.0)) / total, name)


def _skipped(paths: tuple[Path, ...], outcomes: list[FileOutcome]) -> tuple[FileOutcome, ...]:
    rest = paths[len(outcomes) :]
    return (*outcomes, *(FileOutcome(path, FileStatus.SKIPPED) for path in rest))


def _cancelled(paths: tuple[Path, ...], outcomes: list[FileOutcome]) -> ImportResult:
    return ImportResult(_skipped(paths, outcomes), cancelled=True)


def _stopped(
    paths: tuple[Path, ...], outcomes: list[FileOutcome], reason: ErrorInfo
) -> ImportResult:
    return ImportResult(_skipped(paths, outcomes), stopped_by=reason)


class ImportJob(BackgroundWriter):
    """Imports files in a worker; reports ``progressed(fraction, file name)`` and ``finished``.

    ``finished(ImportResult)`` is always emitted once, also after a cancel or an unexpected
    failure (then ``stopped_by`` says what went wrong), so the caller has one place to look;
    ``stopped`` comes just before it. Each file's transaction passes the writer's gate:
    ``holds_write_lock`` is true from just before it asks for the library's write lock until it
    ended, and ``write_lock_released`` says it ended (emitted from the worker).
    """

    progressed = Signal(float, str)
    finished = Signal(object)

    def __init__(
        self,
        paths: Sequence[Path],
        opener: LibraryOpener,
        parent: QObject | None = None,
        *,
        keep_duplicates: bool = False,
    ) -> None:
        super().__init__(parent)
        self.paths = tuple(Path(p) for p in paths)
        self._opener = opener
        self.keep_duplicates = keep_duplicates
        """Speeches the library holds already are imported too ("Import Anyway")."""
        self._task: WorkerTask | None = None
        self.result: ImportResult | None = None

    def start(self, pool: WorkerPool) -> WorkerTask:
        """Start importing in ``pool``; returns the worker's task."""
        if self._task is not None:
            raise RuntimeError("an ImportJob runs once")
        self.begin()
        task = pool.submit(self._run, name="import")
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._task = task
        return task

    def _run(self, progress: Progress, cancel: Cancel) -> ImportResult:
        # ``import_document`` calls ``storing`` with False in a ``finally``: the gate is left.
        return import_files(
            self.paths,
            self._opener,
            progress,
            cancel,
            self.storing,
            keep_duplicates=self.keep_duplicates,
        )

    def cancel(self) -> None:
        """Stop at the next check: between files, in the importer or before the transaction."""
        if self._task is not None:
            self._task.cancel()

    def is_running(self) -> bool:
        """True from ``start`` until the worker is done."""
        return self._task is not None and self._task.is_running()

    @Slot(object)
    def _on_task_succeeded(self, result: ImportResult) -> None:
        self.result = result
        self.stop()
        self.finished.emit(result)

    @Slot(object)
    def _on_task_failed(self, error: Exception) -> None:
        paths = tuple(p.expanduser().absolute() for p in self.paths)
        self._on_task_succeeded(_stopped(paths, [], ErrorInfo.from_error(error)))
