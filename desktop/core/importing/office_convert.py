"""Finding an installed office suite and running it to turn an old Word file into a .docx.

``find_converter()`` names LibreOffice's ``soffice`` (``None`` when there is none);
``convert_to_docx`` runs it headless on a file's bytes in a private temporary folder, with a
profile of its own (so it works while the user has LibreOffice open), no shell and a time limit,
and returns the .docx's bytes. A failure is a ``DocumentError`` (``conversion``,
``conversion-timeout``); a cancel a ``CancelledError``. The converter's processes are killed
on a timeout, a cancel or any other exception, and the folder is always removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import IO

from desktop.core.errors import CancelledError, DocumentError
from desktop.core.importing.office_folders import private_folder

CONVERTER_VARIABLE = "PIZHU_SOFFICE"
"""An environment variable naming the converter to run (a portable LibreOffice, say); set but
empty, there is none, as if no office suite were installed."""

TIMEOUT = 120.0
"""Seconds a conversion may take: a long .doc converts in a few; a converter still running after
this is stuck (a dialog nobody sees, a damaged file it loops on)."""

DocxConvert = Callable[[bytes, str, Callable[[], bool] | None], bytes]
"""Makes the .docx of ``data``, the content of the file called ``name``, polling ``cancel``
(``office_batch`` gives one that waits for a batch's result)."""

_POLL = 0.1  # seconds between looks at the cancel flag while the converter runs
_NAMES = ("soffice", "libreoffice")
_MAC_PLACE = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
_WINDOWS_PLACE = ("LibreOffice", "program", "soffice.exe")  # under Program Files


def find_converter() -> Path | None:
    """The office suite's converter: the one ``PIZHU_SOFFICE`` names, else ``soffice`` or
    ``libreoffice`` on PATH, else LibreOffice's usual install place; ``None`` if none."""
    chosen = os.environ.get(CONVERTER_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((place for place in _install_places() if place.is_file()), None)


def _install_places() -> list[Path]:
    if sys.platform == "darwin":
        return [Path(_MAC_PLACE)]
    if sys.platform == "win32":
        folders = {os.environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)")}
        folders.add(r"C:\Program Files")
        return [Path(folder, *_WINDOWS_PLACE) for folder in sorted(filter(None, folders))]
    return []


def convert_to_docx(
    data: bytes,
    name: str,
    converter: Path,
    *,
    cancel: Callable[[], bool] | None = None,
    timeout: float | None = None,
) -> bytes:
    """The .docx ``converter`` makes of ``data``, the content of the file called ``name``."""
    # The file is copied in under a plain name: no user's path reaches the converter's command
    # line (a Chinese name in a Windows code page, a name starting with "-").
    extension = PurePath(name).suffix.lower() or ".doc"
    try:
        # Locked while in use: a killed app's folder is told from another Pizhu's at work.
        with private_folder("pizhu-convert-") as work:
            source = work / f"source{extension}"
            source.write_bytes(data)
            profile, outdir = work / "profile", work / "out"
            return convert_alone(
                converter, source, profile, outdir, name, cancel=cancel, timeout=timeout
            )
    except OSError as error:  # no temporary folder, a full disk: this file fails, not the import
        raise unwritable(error, name) from error


def convert_alone(
    converter: Path,
    source: Path,
    profile: Path,
    outdir: Path,
    name: str,
    *,
    cancel: Callable[[], bool] | None = None,
    timeout: float | None = None,
) -> bytes:
    """The .docx ``converter`` makes of ``source`` (a copy, under a plain name, of the file
    called ``name``) in ``outdir``, with the profile in ``profile``."""
    limit = TIMEOUT if timeout is None else timeout
    log = outdir.with_suffix(".log")
    try:
        with log.open("wb") as output:
            command = converter_command(converter, profile, outdir, [source])
            process = start(command, output, name)
            try:
                _wait(process, limit, cancel, name)
            finally:
                kill(process)
        result = outdir / f"{source.stem}.docx"
        if process.returncode != 0 or not result.is_file():
            raise DocumentError(failure(process.returncode, log), code="conversion", path=name)
        return result.read_bytes()
    except OSError as error:  # its log or .docx could not be written or read (a full disk)
        raise unwritable(error, name) from error


def converter_command(
    converter: Path, profile: Path, outdir: Path, sources: list[Path]
) -> list[str]:
    """The command line that converts ``sources`` (in order, in one process) into ``outdir``,
    with the profile in ``profile``: its own, so it works while the user has LibreOffice open."""
    return [
        str(converter),
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "docx",
        "--outdir",
        str(outdir),
        *map(str, sources),
    ]


def start(command: list[str], output: IO[bytes], name: str) -> subprocess.Popen[bytes]:
    """Start the converter, its output going to ``output``; ``name`` is the file an error
    names (the converter missing or not runnable)."""
    # A process group (a new session) of its own: soffice is a launcher that starts
    # soffice.bin, and a cancel must end both.
    flags = subprocess.CREATE_NEW_PROCESS_GROUP if sys.platform == "win32" else 0
    try:
        return subprocess.Popen(  # noqa: S603 - a list, no shell: nothing is interpreted
            command,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=sys.platform != "win32",
            creationflags=flags,
        )
    except OSError as error:
        message = f"LibreOffice ({command[0]}) could not be started: {error.strerror or error}"
        raise DocumentError(message, code="conversion", path=name) from error


def _wait(
    process: subprocess.Popen[bytes],
    limit: float,
    cancel: Callable[[], bool] | None,
    name: str,
) -> None:
    deadline = time.monotonic() + limit
    while True:
        left = deadline - time.monotonic()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=max(0.0, min(_POLL, left)))
            return
        if cancel is not None and cancel():
            raise CancelledError("the import was cancelled")
        if time.monotonic() >= deadline:
            message = f"LibreOffice did not finish converting it within {limit:g} seconds"
            raise DocumentError(message, code="conversion-timeout", path=name)


def kill(process: subprocess.Popen[bytes]) -> None:
    """End the converter and whatever it started (nothing to do once it has exited)."""
    if process.poll() is None:
        if sys.platform == "win32":
            subprocess.run(  # noqa: S603 - /T ends soffice.bin, which soffice.exe started
                ["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False
            )
        else:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            process.kill()
    process.wait()


def unwritable(error: OSError, name: str) -> DocumentError:
    """The error of the file called ``name`` when its copy for the converter, or what the
    converter made of it, could not be written or read (a full disk, no temporary folder)."""
    reason = error.strerror or str(error)
    message = f"the copy LibreOffice converts could not be written or read ({reason})"
    return DocumentError(message, code="conversion", path=name)


def failure(returncode: int | None, log: Path) -> str:
    """Why there is no .docx, in the converter's own last words when it left any."""
    said = log.read_text("utf-8", "replace").strip().splitlines()
    said = [line for line in said if not line.startswith("Warning: failed to launch javaldx")]
    reason = said[-1].strip() if said else f"it exited with status {returncode}"
    if returncode == 0 and not said:
        reason = "it made no .docx"
    return f"LibreOffice could not convert it to .docx ({reason})"
