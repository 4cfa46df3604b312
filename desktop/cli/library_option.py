"""``--library PATH`` for every command that touches a library, and opening it the same way.

Only ``import`` makes a library at a path that holds none; every other command is refused there
in one line (``no_library``) and makes nothing: a mistyped path must not leave a library behind,
nor hide the mistake behind "no such speech".
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.app_paths import LIBRARY_ENV, library_path
from desktop.core.errors import LibraryError

if TYPE_CHECKING:
    from desktop.core.storage.library import Library
    from desktop.core.storage.upgrade_steps import UpgradeReport, UpgradeStep


LIBRARY_HELP = f"the library file (default: ${LIBRARY_ENV}, else the app's data folder)"
#: Where ``--library`` given before the command (``python -m desktop --library X list``) goes.
GLOBAL_LIBRARY = "global_library"


def add_library_option(parser: Any) -> None:
    """Give a command the ``--library PATH`` option."""
    parser.add_argument("--library", metavar="PATH", help=LIBRARY_HELP)


def add_global_library_option(parser: Any) -> None:
    """Let ``--library PATH`` stand before the command too, as ``git -C`` does."""
    parser.add_argument("--library", metavar="PATH", dest=GLOBAL_LIBRARY, help=LIBRARY_HELP)


def apply_global_library(args: argparse.Namespace) -> str | None:
    """Give the command the library named before it (one named after it wins); or, when the
    command takes no library, the problem in one line (None when there is none)."""
    chosen = getattr(args, GLOBAL_LIBRARY, None)
    if hasattr(args, GLOBAL_LIBRARY):
        delattr(args, GLOBAL_LIBRARY)
    if chosen is None:
        return None
    if not hasattr(args, "library"):
        return f"argument --library: the {args.command} command does not use a library"
    if args.library is None:
        args.library = chosen
    return None


def open_cli_library(args: argparse.Namespace, *, create: bool = False) -> Library:
    """Open the library the command was pointed at; ``create`` (``import`` alone) makes a
    missing one, with the sample, else a missing library is ``no_library`` and nothing is made."""
    library = _open(library_path(args.library), args.library, create=create, daily_backup=True)
    if library.created:
        # Said, so a mistyped --library shows at once rather than as a library gone empty.
        print(f"made a new library at {library.path}", file=sys.stderr)
    if library.daily_backup_problem is not None:
        # The command goes on: only today's copy is missing, and the user should know it.
        print(
            f"warning: today's backup was not taken: {library.daily_backup_problem}",
            file=sys.stderr,
        )
    return library


def open_existing_library(args: argparse.Namespace) -> Library:
    """The library the command was pointed at, which must exist, opened without today's backup
    (``check`` and ``backup`` examine or copy the file themselves); an upgrade said on stderr."""
    return _open(library_path(args.library), args.library, create=False, daily_backup=False)


def _open(path: Path, option: str | None, *, create: bool, daily_backup: bool) -> Library:
    """Where every command opens its library: the one place a missing one is refused."""
    # Imported here: the window's start (gui_command) adds the option before Qt is loaded,
    # and opens its library through the GUI's own path.
    from desktop.core.storage.library import open_library

    try:
        return open_library(
            path,
            create=create,
            daily_backup=daily_backup,
            upgrading=say_upgrading(path),
            upgrade_steps=say_steps(),
        )
    except LibraryError as error:
        # open_library decides what is missing: a restore killed midway is finished, not refused.
        if error.code != "missing" or create:
            raise
        raise no_library(path, option) from None


def no_library(path: Path, option: str | None) -> LibraryError:
    """The one line for a library that is not there (code ``missing``): where the path came
    from, so a typo in ``--library`` or ``$PIZHU_LIBRARY`` shows, and how to make one."""
    where = path.expanduser().absolute()
    if option:
        fix = "check the path given to --library, or make a library there by importing a file"
        fix += f" (import FILE… --library {where})"
    elif os.environ.get(LIBRARY_ENV, "").strip():
        fix = f"check ${LIBRARY_ENV}, or make a library there by importing a file (import FILE…)"
    else:  # the app's data folder: nothing has made the library yet
        fix = "none was made yet; import a file to make it (import FILE…), or start the window"
    return LibraryError(f"no library at {where}: {fix}", code="missing")


def say_upgrading(path: Path) -> Callable[[], None]:
    """What ``open_library`` calls before upgrading an older library (seconds for a large one):
    a line on stderr, so a command that seems to hang says why (stdout stays the command's)."""

    def say() -> None:
        print(
            f"upgrading the library {path} to this version's schema "
            "(backed up first; a large library takes a few seconds)…",
            file=sys.stderr,
            flush=True,
        )

    return say


def say_steps() -> UpgradeReport:
    """What ``open_library`` tells an upgrade's steps: one line on stderr as each starts."""
    told: list[int] = []

    def say(step: UpgradeStep) -> None:
        if step.number in told:
            return  # a step's fraction: the line said it already
        told.append(step.number)
        print(f"  step {step.number} of {step.count}: {step.words}", file=sys.stderr, flush=True)

    return say
