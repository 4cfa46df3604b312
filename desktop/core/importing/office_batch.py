"""Converting the old Word files of an import ahead of reading them, many per LibreOffice run.

Starting LibreOffice costs about a second, converting a speech a fraction of one: an import of
many .doc files runs ``soffice --convert-to docx --outdir OUT f1 f2 …`` once per batch of
``BATCH_SIZE`` files, while the importer reads the files before them. ``converting(paths)``
yields the ``convert(data, name, cancel)`` the readers call instead of converting a file on its
own (``None`` when no file needs it or no office suite is installed): it waits for that file's
.docx in OUT and takes it once whole. LibreOffice converts the files in the order given, saying
"convert …" for each it converts and "Error: …" for each it cannot load, so a file it made no
.docx of is known once a later file's .docx appears or the run ends, and fails at once with
the run's own words about it: a bad file costs no wait for its batch's end and no second run.
A run that dies (a crash) before its last file: the file it was on is converted again alone,
once, so that its error is its own and no other file's (a crash may be the run's, not the
file's), and the files after it go into a batch of their own.

A run that makes no .docx for ``office_convert.TIMEOUT`` seconds is stuck and killed; the file
it was on had the whole time limit and fails with it, without being tried again (that would
cost the limit twice), and the files after it go into a batch of their own. After ``GIVE_UP``
runs in a row stuck on their first file, the next file is tried alone (two bad files may have
come together); stuck on that one too, LibreOffice itself is stuck: the files left fail at
once. One private profile, in the import's temporary folder, serves every run (never two at
once, never the user's). A cancel kills the running converter at once, and the folder goes
when the import ends, whatever happened; one a killed Pizhu left goes at the next import
(``office_folders``).
"""

from __future__ import annotations

import contextlib
import hashlib
import stat
import subprocess
import time
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.importing import office_convert
from desktop.core.importing.office_convert import (
    DocxConvert,
    convert_alone,
    convert_to_docx,
    converter_command,
    find_converter,
    kill,
    start,
    unwritable,
)
from desktop.core.importing.office_folders import private_folder, sweep_stale
from desktop.core.importing.office_log import file_reason, run_said

BATCH_SIZE = 25
"""Files per LibreOffice run: enough that its start-up is a small part of the time (50 .doc
files took as long in runs of 25 as of 50, three times as long in runs of 10), few enough that
a run's memory stays small and a file it fails on waits little for its run to end."""

GIVE_UP = 2
"""Runs in a row stuck on their first file after which one file is tried alone; stuck on it
too, LibreOffice itself is taken as stuck (a broken install, a dialog nobody sees): the files
left fail at once, not a time limit each."""

_POLL = 0.05  # seconds between looks at OUT and the cancel flag while a batch runs
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@contextlib.contextmanager
def converting(paths: Iterable[Path]) -> Iterator[DocxConvert | None]:
    """Convert the old Word files among ``paths`` in batches, the first starting now; yields
    what converts one of them (``None`` if none is, or no office suite is installed)."""
    sweep_stale()  # what a killed Pizhu left: its copies of the user's files, a profile
    converter = find_converter()
    queue = deque(Path(path) for path in paths)
    if converter is None or not any(_may_be_old(path) for path in queue):
        yield None
        return
    with contextlib.ExitStack() as stack:
        try:
            folder = stack.enter_context(private_folder("pizhu-import-"))
        except OSError:  # no temporary folder (a full disk): each file says so when converted
            yield None
            return
        batches = OfficeBatches(converter, folder, queue)
        try:
            batches.start()
            yield batches.convert
        finally:
            batches.close()


def _may_be_old(path: Path) -> bool:
    """Whether the file starts as an Office 97–2003 file (only those are read in full)."""
    with contextlib.suppress(OSError):
        # Only a regular file is opened: opening a named pipe waits for a writer, forever.
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as file:
            return file.read(len(_OLE_MAGIC)) == _OLE_MAGIC
    return False


@dataclass(slots=True, eq=False)
class _Entry:
    """One file of the import the converter makes a .docx of, under a plain name in ``in``."""

    name: str
    digest: bytes
    source: Path
    docx: Path
    done: bool = False  # its .docx is there, or ``error`` says why not
    error: DocumentError | None = None


@dataclass(slots=True, eq=False)
class _Run:
    """A converter working through one batch."""

    process: subprocess.Popen[bytes]
    entries: list[_Entry]
    output: IO[bytes]
    log: Path  # what ``output`` writes: LibreOffice's words about each file
    changed: float = field(default_factory=time.monotonic)  # when a .docx last appeared
    made: int = 0  # up to the last of ``entries`` settled (those before are settled too)


class OfficeBatches:
    """The old Word files among ``queue``, converted in batches in ``folder`` (see the module)."""

    def __init__(
        self, converter: Path, folder: Path, queue: deque[Path], *, size: int | None = None
    ) -> None:
        self._converter = converter
        self._folder = folder
        self._profile = folder / "profile"
        self._queue = queue
        self._size = size or BATCH_SIZE
        self._entries: dict[str, deque[_Entry]] = {}  # by name: a file given twice has two
        self._batches: deque[list[_Entry]] = deque()
        self._alone: deque[_Entry] = deque()  # to convert once more, each on its own
        self._run: _Run | None = None
        self._runs = 0
        self._copied = 0
        self._idle = 0  # runs in a row stuck before settling any file
        for part in ("in", "out"):
            (folder / part).mkdir()

    def start(self) -> None:
        """Start converting the first batch (the importer reads other files meanwhile)."""
        self._fill()
        self._next()

    def convert(self, data: bytes, name: str, cancel: Callable[[], bool] | None = None) -> bytes:
        """The .docx of ``data``, the file called ``name``, once its batch has made it."""
        entry = self._take(name)
        if entry is None or entry.digest != _digest(data):
            # Not among the files the import was given, or changed since it was copied.
            return convert_to_docx(data, name, self._converter, cancel=cancel)
        is_cancelled = cancel or (lambda: False)
        while not entry.done:
            if self._run is None and not self._next(is_cancelled):
                raise RuntimeError(f"{name} is in no batch")  # cannot happen: a safety net
            if self._run is not None:
                self._poll(entry, is_cancelled)
        # What is taken leaves the folder: an archive of a thousand files is not held twice.
        entry.source.unlink(missing_ok=True)
        if entry.error is not None:
            raise entry.error
        try:
            data = entry.docx.read_bytes()
        except OSError as error:
            raise unwritable(error, name) from error
        entry.docx.unlink(missing_ok=True)
        return data

    def close(self) -> None:
        """Kill the converter still running, if any."""
        if self._run is not None:
            self._end_run()

    # Batches ------------------------------------------------------------------------------

    def _take(self, name: str) -> _Entry | None:
        """The first copy of ``name`` not yet asked for, copied in if its batch was not yet."""
        while not self._entries.get(name) and self._queue:
            self._fill()
        copies = self._entries.get(name)
        return copies.popleft() if copies else None

    def _fill(self) -> None:
        """Copy the next batch's files in under plain names (no user's path reaches the
        converter's command line: a Chinese name in a Windows code page, one starting "-")."""
        batch: list[_Entry] = []
        while self._queue and len(batch) < self._size:
            path = self._queue.popleft()
            data = _old_word(path)
            if data is None:
                continue
            self._copied += 1
            number = self._copied  # a file given twice is copied twice, under two names
            extension = ".wps" if path.suffix.lower() == ".wps" else ".doc"
            source = self._folder / "in" / f"{number:05d}{extension}"
            try:
                source.write_bytes(data)
            except OSError:
                continue  # a full disk, say: converted on its own, which says what is wrong
            docx = self._folder / "out" / f"{number:05d}.docx"
            entry = _Entry(str(path), _digest(data), source, docx)
            self._entries.setdefault(entry.name, deque()).append(entry)
            batch.append(entry)
        if batch:
            self._batches.append(batch)

    def _next(self, cancel: Callable[[], bool] | None = None) -> bool:
        """Convert again the file waiting to be on its own, else start the next batch; False
        when there is nothing left to do."""
        if self._alone:
            self._convert_alone(self._alone.popleft(), cancel)
            return True
        if not self._batches:
            self._fill()
        if not self._batches:
            return False
        entries = self._batches.popleft()
        if self._idle == GIVE_UP and len(entries) > 1:
            self._batches.appendleft(entries[1:])  # one file alone decides: bad files, or
            entries = entries[:1]  # LibreOffice stuck whatever it is given
        elif self._idle > GIVE_UP:
            for entry in entries:  # LibreOffice is stuck: not a time limit's wait a file
                _settle(entry, _unresponsive(entry.name, self._idle))
            return True
        self._runs += 1
        log = self._folder / f"batch{self._runs}.log"
        output = log.open("wb")
        command = converter_command(
            self._converter, self._profile, self._folder / "out", [e.source for e in entries]
        )
        try:
            process = start(command, output, entries[0].name)
        except DocumentError as error:
            output.close()
            for entry in entries:  # no converter to run: each file says so
                entry.done = True
                entry.error = DocumentError(error.message, code=error.code, path=entry.name)
            return True
        self._run = _Run(process, entries, output, log)
        return True

    def _poll(self, awaited: _Entry, cancel: Callable[[], bool]) -> None:
        run = self._run
        assert run is not None
        with contextlib.suppress(subprocess.TimeoutExpired):
            run.process.wait(timeout=_POLL)
        ended = run.process.poll() is not None
        self._collect(run)
        if ended:
            self._finish(run)
        elif awaited.done:
            return  # settled: a cancel now is for the files after it
        elif cancel():
            self._end_run()
            raise CancelledError("the import was cancelled")
        elif time.monotonic() - run.changed > office_convert.TIMEOUT:
            self._end_run()  # stuck on a file: it had the time limit and fails with it
            self._finish(run, stuck=True)

    def _collect(self, run: _Run) -> None:
        """Settle the files whose .docx is written, as they appear; a file LibreOffice went
        past without making one failed in the batch, and fails now in the run's words."""
        for entry in run.entries:
            if not entry.done and _complete(entry.docx):
                entry.done = True
                run.changed = time.monotonic()
        run.made = max((i + 1 for i, e in enumerate(run.entries) if e.done), default=0)
        failed = [entry for entry in run.entries[: run.made] if not entry.done]
        if failed:
            self._fail_in_batch(run, failed)

    def _finish(self, run: _Run, *, stuck: bool = False) -> None:
        """Settle a run that ended. Having gone through its files (status 0), it failed
        the rest; stuck, the file it was on fails at the time limit; dead (a crash), the file
        it was on is tried alone. The files after that one make a batch."""
        self._end_run()
        self._collect(run)
        rest = [entry for entry in run.entries[run.made :] if not entry.done]
        self._idle = self._idle + 1 if stuck and run.made == 0 else 0
        if rest and run.process.returncode == 0 and not stuck:
            self._fail_in_batch(run, rest)
        elif rest:
            if stuck:
                _settle(rest[0], _timed_out(rest[0].name))
            else:
                self._alone.append(rest[0])
            if rest[1:]:
                self._batches.appendleft(rest[1:])
        if not self._alone:
            self._next()  # the next batch converts while the importer reads

    def _fail_in_batch(self, run: _Run, failed: list[_Entry]) -> None:
        """Settle ``failed``, files the run went past without a .docx, in its own words."""
        said = run_said(run.log)
        sources = [entry.source.name for entry in run.entries]
        for entry in failed:
            made = [e.done and e.error is None for e in run.entries]
            index = run.entries.index(entry)
            reason = file_reason(said, sources, made, index) or "it made no .docx"
            message = f"LibreOffice could not convert it to .docx ({reason})"
            _settle(entry, DocumentError(message, code="conversion", path=entry.name))

    def _end_run(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            kill(run.process)
            run.output.close()

    def _convert_alone(self, entry: _Entry, cancel: Callable[[], bool] | None) -> None:
        outdir = self._folder / f"alone-{entry.source.stem}"
        try:
            data = convert_alone(
                self._converter, entry.source, self._profile, outdir, entry.name, cancel=cancel
            )
            entry.docx.write_bytes(data)
        except DocumentError as error:
            entry.error = error
        except OSError as error:  # a full disk: this file fails, not the import
            entry.error = unwritable(error, entry.name)
        entry.done = True


def _settle(entry: _Entry, error: DocumentError) -> None:
    entry.error = error
    entry.done = True


def _timed_out(name: str) -> DocumentError:
    """The error of the file a run was stuck on for the whole time limit."""
    limit = office_convert.TIMEOUT
    message = f"LibreOffice did not finish converting it within {limit:g} seconds"
    return DocumentError(message, code="conversion-timeout", path=name)


def _unresponsive(name: str, runs: int) -> DocumentError:
    """The error of a file not given to LibreOffice once it stopped responding."""
    limit = office_convert.TIMEOUT
    message = (
        f"not converted: LibreOffice stopped responding (it converted nothing in {limit:g}"
        f" seconds in each of its last {runs} runs)"
    )
    return DocumentError(message, code="converter-stuck", path=name)


def _old_word(path: Path) -> bytes | None:
    """The file's bytes if the importer would have an office suite convert it."""
    from desktop.core.importing.readers import MAX_FILE_SIZE, is_convertible

    try:
        if not _may_be_old(path) or path.stat().st_size > MAX_FILE_SIZE:
            return None
        data = path.read_bytes()
    except OSError:
        return None  # the importer says why it cannot read it
    return data if is_convertible(data, path.name) else None


def _complete(docx: Path) -> bool:
    """Whether the converter has written all of ``docx`` (a zip's directory comes last)."""
    return docx.is_file() and zipfile.is_zipfile(docx)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()
