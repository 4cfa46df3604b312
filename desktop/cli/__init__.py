"""The command line: ``python -m desktop COMMAND``. Each command lives in its own module.

Exit status 0 on success; 2 on bad input with exactly one line on stderr naming the file or
library and the problem (``PizhuError``), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from desktop import APP_DISPLAY_NAME, __version__
from desktop.core.errors import PizhuError

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # as a shell reports a process ended by Ctrl+C (128 + SIGINT)

Handler = Callable[[argparse.Namespace], int]
MODULE_PROG = "python -m desktop"
"""How the command line is called from a checkout; the installed script is ``pizhu``."""


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line, as every other bad input does."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def build_parser(prog: str = MODULE_PROG) -> argparse.ArgumentParser:
    """The parser with every command registered by its module, named as the user called it."""
    from desktop.cli import commands
    from desktop.cli.library_option import add_global_library_option

    parser = _Parser(prog=prog, description=f"{APP_DISPLAY_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"Pizhu {__version__}")
    add_global_library_option(parser)
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        parser_class=_Parser,
        title="commands",
        metavar="COMMAND",
        help=f"one of those below; {prog} COMMAND --help shows its arguments",
    )
    for register in commands.REGISTRARS:
        register(sub)
    return parser


def command_parser(prog: str, description: str | None = None) -> argparse.ArgumentParser:
    """A parser that reports bad arguments as every command does (one line, exit 2)."""
    return _Parser(prog=prog, description=description)


def main(argv: Sequence[str] | None = None, prog: str = MODULE_PROG) -> int:
    """Run one command and return its exit status (``prog``: how it was called, for --help)."""
    # Imported here, as in build_parser: the window's start (gui_command, which runs the
    # command without this parser) loads this package but not its options before the first frame.
    from desktop.cli.library_option import apply_global_library

    parser = build_parser(prog)
    args = parser.parse_args(list(argv) if argv is not None else None)
    problem = apply_global_library(args)
    if problem is not None:
        parser.error(problem)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Call the parsed command's handler; a PizhuError is one line on stderr and exit 2."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except PizhuError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
