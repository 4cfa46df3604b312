"""Start Pizhu's window: ``python main.py [--library PATH] [FILE…]`` imports and opens FILEs."""

from __future__ import annotations

import sys

from desktop.cli.gui_command import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
