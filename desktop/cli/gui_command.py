"""``python -m desktop gui [--library PATH] [FILE…]`` (and ``python main.py [FILE…]``): the window.

FILEs are imported through the same worker as File ▸ Import… once the window shows, and the
first one imported is opened. The window's modules load only when this command runs, so the
headless commands never pay for Qt widgets; and ``main`` parses this one command's arguments
without the other commands' modules, so the window never pays for the command line.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.app_paths import library_path
from desktop.cli import command_parser, run_command
from desktop.core.errors import PizhuError

HELP = "open the reading window (importing FILEs first)"


def register(sub: Any) -> None:
    """Add the ``gui`` command."""
    add_arguments(sub.add_parser("gui", help=HELP))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's FILEs and ``--library``."""
    # Imported here: a start with no arguments parses none, and the first frame's modules are
    # counted (tests/gui/test_app.py).
    from desktop.cli.library_option import add_library_option

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
    # costs some 10 ms before the first frame for nothing. From the window's first frame its
    # passes are made on the GUI thread (gui.collector_policy); this turns it on on any way out.
    check_display()
    gc.disable()
    try:
        from desktop.gui.app import run_gui

        files = [Path(name).expanduser().absolute() for name in args.files]
        return run_gui(library_path(args.library), files)
    finally:
        gc.enable()


def check_display() -> None:
    """Refuse, in one line, to start the window where Qt would find no display and abort."""
    # On X11 and Wayland systems Qt aborts the process (status 134, a screenful about the xcb
    # plugin) when neither display is reachable; a chosen platform (offscreen, vnc…) is trusted.
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise PizhuError(
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the other commands work without one",
        code="no-display",
    )
