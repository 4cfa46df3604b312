"""``python -m desktop gui [--library PATH] [FILE…]`` (and ``python main.py [FILE…]``): the window.

FILEs are imported through the same worker as File ▸ Import… once the window shows, and the
first one imported is opened. The window's modules load only when this command runs, so the
headless commands never pay for Qt widgets.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.app_paths import library_path
from desktop.cli.library_option import add_library_option


def register(sub: Any) -> None:
    """Add the ``gui`` command."""
    parser = sub.add_parser("gui", help="open the reading window (importing FILEs first)")
    parser.add_argument("files", metavar="FILE", nargs="*", help="files to import and open")
    add_library_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open the window on the library; its exit status is the app's."""
    from desktop.gui.app import run_gui

    files = [Path(name).expanduser().absolute() for name in args.files]
    return run_gui(library_path(args.library), files)
