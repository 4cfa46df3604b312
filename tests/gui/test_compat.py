"""Tests for desktop/gui/compat.py: the binding must not be able to free ``None``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desktop

_MANY_VOID_CALLS = r"""
import desktop.gui  # applies the work-around
from PySide6.QtGui import QTextCharFormat
fmt = QTextCharFormat()
for _ in range(200_000):
    fmt.setFontWeight(700)  # a void method: leaked a reference to None on PySide6 6.12 / 3.11
print("done")
"""


def test_many_void_qt_calls_do_not_kill_the_interpreter() -> None:
    root = Path(desktop.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", _MANY_VOID_CALLS],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
