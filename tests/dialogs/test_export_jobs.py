"""Tests for desktop/dialogs/export_jobs.py: what its importers load with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_LOADED = """
import sys
import desktop.dialogs.export_dialog, desktop.gui.terms_dock
print("desktop.core.storage.annotation_import" in sys.modules)
"""


def test_the_export_dialog_and_the_terms_dock_do_not_load_the_annotation_importer() -> None:
    # Their first opening loaded it (~20-25 ms) for a type and for a job only File ▸ Import
    # Annotations runs. In a process of its own: other tests load it here.
    shown = subprocess.run(
        [sys.executable, "-c", _LOADED], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["False"]
