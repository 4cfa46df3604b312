"""A process that keeps refused notes in their file, then ends without a word (as if killed).

Run by tests/gui/test_unsaved_notes_file.py as its own process (``python -m``, the test's
environment: its settings and folders): it keeps WORDS for the library at LIBRARY as a window
does at a refusal (``RefusedNotesFile.keep``), prints the file's path, and ends at once with
``os._exit``: no clean-up runs, its lock is left behind as a kill leaves it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.gui.settings import Settings
from desktop.gui.unsaved_notes_file import RefusedNotesFile


def main(library: Path, words: str) -> None:
    """Keep ``words`` refused for ``library``, say where, and end as a killed process does."""
    kept = RefusedNotesFile(library, Settings())
    if not kept.keep(words):
        print("refused", flush=True)
        os._exit(1)
    print(kept.path, flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
