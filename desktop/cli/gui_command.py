"""``python -m desktop gui [--library PATH] [FILE…]`` (and ``python main.py [FILE…]``): the window.

FILEs are imported through the same worker as File ▸ Import… once the window shows, and the
first one imported is opened. The window's modules load only when this command runs, so the
headless commands never pay for Qt widgets; and ``main`` parses this one command's arguments
without the other commands' modules, so the window never pays for the command line.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.app_paths import library_path
from desktop.cli import command_parser, run_command
from desktop.cli.library_option import add_library_option

HELP = "open the reading window (importing FILEs first)"


def register(sub: Any) -> None:
    """Add the ``gui`` command."""
    add_arguments(sub.add_parser("gui", help=HELP))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's FILEs and ``--library``."""
    parser.add_argument("files", metavar="FILE", nargs="*", help="files to import and open")
    add_library_option(parser)
    parser.set_defaults(handler=run)


def main(argv: Sequence[str], prog: str = "python main.py") -> int:
    """Start the window from ``argv`` (this command's arguments only); the exit status."""
    if not argv:
        # A start from the desktop has nothing to parse, and argparse's parser alone costs
        # some 2 ms (its titles look up gettext catalogues, which loads locale).
        return run_command(no_arguments())
    parser = command_parser(prog)
    add_arguments(parser)
    return run_command(parser.parse_args(list(argv)))


def no_arguments() -> argparse.Namespace:
    """What the command's parser makes of no arguments (a test holds the two the same)."""
    return argparse.Namespace(files=[], library=None, handler=run)


def run(args: argparse.Namespace) -> int:
    """Open the window on the library; its exit status is the app's."""
    # Start-up makes tens of thousands of objects (modules, classes, Qt wrappers) that live as
    # long as the app and frees almost none: the cyclic collector walking them over and over
    # costs some 10 ms before the first frame for nothing. run_gui turns it back on once the
    # window has painted; this does on any way out.
    gc.disable()
    try:
        from desktop.gui.app import run_gui

        files = [Path(name).expanduser().absolute() for name in args.files]
        return run_gui(library_path(args.library), files)
    finally:
        gc.enable()
