"""``python -m desktop COMMAND``: the headless command line, and ``gui`` for the window."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
