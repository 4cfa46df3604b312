"""``python -m desktop COMMAND``: the headless command line, and ``gui`` for the window."""

from __future__ import annotations

import sys


def _main(argv: list[str]) -> int:
    if argv[:1] == ["gui"]:
        # The window's own short path: no other command's modules are loaded before it shows.
        from desktop.cli.gui_command import main as gui_main

        return gui_main(argv[1:], prog="python -m desktop gui")
    from desktop.cli import main

    return main(argv)


def main() -> int:
    """The installed ``pizhu`` script (pyproject's [project.scripts]): ``python -m desktop``."""
    return _main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
