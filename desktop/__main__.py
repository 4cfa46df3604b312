"""``python -m desktop COMMAND``: the headless command line, and ``gui`` for the window."""

from __future__ import annotations

import sys


def _main(argv: list[str], prog: str = "python -m desktop") -> int:
    leading, rest = _leading_library(argv)
    if rest[:1] == ["gui"]:
        # The window's own short path: no other command's modules are loaded before it shows.
        from desktop.cli.gui_command import main as gui_main

        return gui_main([*leading, *rest[1:]], prog=f"{prog} gui")
    from desktop.cli import main

    return main(argv, prog)


def _leading_library(argv: list[str]) -> tuple[list[str], list[str]]:
    """``--library PATH`` (or ``--library=PATH``) standing before the command, and the rest."""
    if argv[:1] == ["--library"] and len(argv) > 1:
        return argv[:2], argv[2:]
    if argv[:1] and argv[0].startswith("--library="):
        return argv[:1], argv[1:]
    return [], argv


def main() -> int:
    """The installed ``pizhu`` script (pyproject's [project.scripts]): ``python -m desktop``."""
    return _main(sys.argv[1:], _invoked_as(sys.argv[0]))


def _invoked_as(program: str) -> str:
    """How the user called the command line, for its --help and messages: ``pizhu --help``
    says "usage: pizhu", as the README tells them to type it; ``python -m desktop`` otherwise."""
    from pathlib import PurePath

    return "pizhu" if PurePath(program).stem == "pizhu" else "python -m desktop"


if __name__ == "__main__":
    sys.exit(main())
