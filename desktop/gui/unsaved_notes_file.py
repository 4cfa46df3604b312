"""The files that hold notes and tags the library refused: on disk whatever ends the process.

A note the library refuses (another program's lock, a full disk) lives in the editor's memory
until it is saved. A logout (SIGTERM) writes it to a file, told of at the next start
(``unsaved_notes_notice``); a SIGKILL or a power cut gives no such chance. So from the first
refusal on, ``RefusedNotesFile`` keeps the refused words on disk too: one file per window, of
the same name family and place as the logout's (beside the library, else in the home or the
temporary folder), claimed exclusively, rewritten whole (a temporary file, fsync, a rename) at
each pause in typing that is refused, and deleted once every refused edit is saved. From the
claim on it is recorded (``notes_records``: a record of its own, locked while the window runs),
so a file whose window has ended (killed, the power cut) is told of at the next start as the
logout's file is (``left_behind``). At a logout the same file becomes the logout's file
(``hand_over``): one file, not two, holds the words.

A full disk may refuse the file too: then nothing more is said (the editor still holds the
words, and says they are not saved); the words last written, if any, stay in it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.gui.notes_records import HeldRecord, records_folder, take_ended

if TYPE_CHECKING:
    from desktop.gui.settings import Settings

UNSAVED_NOTES_SUFFIX = "-unsaved-notes-"
"""In the name of the files the refused edits go to (at a logout, or as they are refused)."""


def write_unsaved_notes(library: Path, text: str) -> Path | None:
    """Write ``text`` (refused notes) next to the library, else in the home or temporary
    folder (the library's disk may be the full one), in a file of its own (never one another
    close wrote); the file written, None if none could be (the words then go to stderr, which
    the session's journal keeps)."""
    for target in _claimed_names(library):
        if _written(target, text):
            return target
        target.unlink(missing_ok=True)  # the empty file that held the name
    print(f"pizhu: notes not saved:\n{text}", file=sys.stderr)
    return None


class RefusedNotesFile:
    """One window's file of the refused edits, kept while the library refuses them."""

    def __init__(self, library: Path, settings: Settings) -> None:
        self._library = library
        self._settings = settings
        self.path: Path | None = None
        """The file holding the refused words (None: none now)."""
        self._text: str | None = None  # as last written (None: nothing yet)
        self._record: HeldRecord | None = None  # locked while the file holds refused words

    def keep(self, text: str) -> bool:
        """Have the file hold ``text`` (each refused edit), durably; False if no file could
        take it (a full disk: said no more, the words last written stay)."""
        if text == self._text:
            return True  # a pause in typing that changed nothing refused
        if self.path is not None:
            if not _written(self.path, text):
                return False
        elif not self._claim(text):
            return False
        self._text = text
        return True

    def drop(self) -> None:
        """Every refused edit was saved (or given up by her choice): the file goes."""
        path, self.path, self._text = self.path, None, None
        if path is not None:
            path.unlink(missing_ok=True)
        self._forget_record()

    def hand_over(self, text: str) -> Path | None:
        """At a logout: the file, holding ``text``, becomes the logout's file (told of at the
        next start as such, and kept); None if it cannot take ``text`` (or there is none)."""
        if self.path is None or not self.keep(text):
            return None
        path, self.path, self._text = self.path, None, None
        if self._record is not None:
            self._record.let_go()  # recorded still: told of at the next start
            self._record = None
        return path

    def _claim(self, text: str) -> bool:
        if self._record is None:
            self._record = HeldRecord.take(records_folder(self._settings))
        for target in _claimed_names(self._library):
            # Recorded before the words go in: a kill between the two leaves a file told of,
            # never words untold of. A record that cannot be written (its disk full too)
            # does not keep the words off the disk.
            if self._record is not None:
                self._record.name(target)
            if _written(target, text):
                self.path = target
                return True
            target.unlink(missing_ok=True)
        self._forget_record()
        return False

    def _forget_record(self) -> None:
        if self._record is not None:
            self._record.remove()
            self._record = None


def left_behind(settings: Settings) -> list[Path]:
    """The refused edits' files whose window has ended without deleting them (killed, the
    power cut, a logout) and that are still there: no longer recorded, to be told of once.
    Another window's, still running, stay as they are."""
    found = take_ended(settings)
    # Recorded in the settings by a version before the records: read once, then forgotten.
    from desktop.core.storage.leftovers import writer_is_gone

    for path, pid in settings.refused_notes_files:
        if not path.is_file():
            settings.forget_refused_notes(path)
        elif writer_is_gone(path, pid):
            settings.forget_refused_notes(path)
            found.append(path)
    return found


def _written(target: Path, text: str) -> bool:
    """Whether ``text`` is now in ``target``, durably (the older words stay if not)."""
    from desktop.core.errors import ExportError
    from desktop.core.fileio import atomic_write

    try:
        atomic_write(target, text + "\n")
    except (ExportError, OSError):
        return False
    return True


def _claimed_names(library: Path) -> Iterator[Path]:
    """A name of its own in each folder that takes one: beside the library, else in the
    home or the temporary folder; each claimed only once the one before was given up."""
    import tempfile

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = f"{library.stem}{UNSAVED_NOTES_SUFFIX}{stamp}"
    for folder in (library.parent, Path.home(), Path(tempfile.gettempdir())):
        target = _claimed_name(folder, stem)
        if target is not None:
            yield target


def _claimed_name(folder: Path, stem: str) -> Path | None:
    """A file name in ``folder`` nobody else has, held by an empty file made only if there was
    none: the windows a logout closes together (two on one library, say) write in the same
    second, and the last would replace the words of the others. None if none could be made."""
    for number in range(1, 100):
        target = folder / (f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt")
        try:
            target.open("x").close()  # O_EXCL: another process claiming it too fails here
        except FileExistsError:
            continue
        except OSError:
            return None
        return target
    return None
