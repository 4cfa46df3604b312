"""``--library PATH`` for every command that touches a library, and opening it the same way."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.app_paths import LIBRARY_ENV, library_path

if TYPE_CHECKING:
    from desktop.core.storage.library import Library


def add_library_option(parser: Any) -> None:
    """Give a command the ``--library PATH`` option."""
    parser.add_argument(
        "--library",
        metavar="PATH",
        help=f"the library file (default: ${LIBRARY_ENV}, else the app's data folder)",
    )


def open_cli_library(args: argparse.Namespace, *, create: bool = True) -> Library:
    """Open the library the command was pointed at (creating it with the sample if allowed)."""
    # Imported here: the window's start (gui_command) adds the option before Qt is loaded,
    # and opens its library through the GUI's own path.
    from desktop.core.storage.library import open_library

    library = open_library(library_path(args.library), create=create)
    if library.daily_backup_problem is not None:
        # The command goes on: only today's copy is missing, and the user should know it.
        print(
            f"warning: today's backup was not taken: {library.daily_backup_problem}",
            file=sys.stderr,
        )
    return library
