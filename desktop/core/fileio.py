"""Writing files so that a reader never sees half of one: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from desktop.core.errors import ExportError

_NEW_FILE_MODE = 0o666  # the kernel applies the umask, as for any new file
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically and return the path.

    The data goes to a temporary file in the same folder (so the final rename never crosses file
    systems), is flushed to disk, and then replaces ``path`` in one step. On any failure the
    temporary file is removed, an existing file at ``path`` is left as it was, and an
    ``ExportError`` says what is wrong with the destination.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    check_destination(target)
    descriptor, temp_name = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temp_name)
        os.replace(temp_name, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise _export_error(error, target) from error
    _sync_folder(target.parent)
    return target


def check_destination(target: Path) -> None:
    """Refuse early, with a clear code, the destinations that cannot work (ExportError).

    Callers may check before long work; ``atomic_write`` checks again and maps the errors of
    the write itself, which alone can tell whether the folder really takes a new file.
    """
    if not target.name:
        raise ExportError("no file name given", code="bad-destination", path=target)
    if not target.parent.is_dir():
        raise ExportError("the folder does not exist", code="missing-folder", path=target)
    if target.is_dir():
        raise ExportError("this is a folder, not a file", code="is-a-folder", path=target)


def _create_temporary(target: Path) -> tuple[int, str]:
    """A new hidden file beside ``target``, opened for writing; never an existing one."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(name, flags, _NEW_FILE_MODE), name
        except FileExistsError:
            continue
        except OSError as error:
            raise _export_error(error, target) from error
    raise ExportError("cannot create a temporary file", code="write-failed", path=target)


def _keep_mode(target: Path, temp_name: str) -> None:
    """An overwritten file keeps its permissions; a new one has those the umask gives."""
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return
    os.chmod(temp_name, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _export_error(error: OSError, target: Path) -> ExportError:
    """An OSError from writing, as an ExportError whose code names the cause."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError("the destination is not writable", code="not-writable", path=target)
    if error.errno in _NO_SPACE:
        return ExportError("the disk is full", code="disk-full", path=target)
    if error.errno == errno.EFBIG:
        # The OS says only "File too large": the limit is the file system's (FAT32's 4 GB)
        # or the process's (ulimit -f), and the file is not there, not even in part.
        reason = "the file would pass the system's size limit for one file (errno EFBIG)"
        return ExportError(reason, code="too-big", path=target)
    if error.errno == errno.ENOENT:
        return ExportError("the folder does not exist", code="missing-folder", path=target)
    if error.errno == errno.EISDIR:
        return ExportError("this is a folder, not a file", code="is-a-folder", path=target)
    reason = error.strerror or str(error)
    return ExportError(f"cannot write the file: {reason}", code="write-failed", path=target)
