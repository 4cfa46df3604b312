"""The layering DESIGN.md promises: desktop/core never imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import desktop

CORE = Path(desktop.__file__).parent / "core"

_IMPORT_EVERY_CORE_MODULE_WITH_QT_BLOCKED = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
            raise ImportError(f"desktop/core must not import Qt, but {name} was imported")
        return None

sys.meta_path.insert(0, BlockQt())
import desktop.core
for info in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
    importlib.import_module(info.name)
print("imported", len(list(pkgutil.walk_packages(desktop.core.__path__, "desktop.core."))))
"""


def test_core_modules_import_without_qt() -> None:
    root = Path(desktop.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EVERY_CORE_MODULE_WITH_QT_BLOCKED],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout


def test_no_core_source_mentions_qt_imports() -> None:
    """A lazy import inside a function escapes the import test; the source must not hold one."""
    offenders = []
    for path in CORE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")) and any(
                qt in stripped for qt in ("PySide6", "shiboken6", "PyQt")
            ):
                offenders.append(f"{path}:{number}: {stripped}")
    assert offenders == []


def test_ruff_is_clean() -> None:
    """Style is part of the build: the linter runs with the tests."""
    root = Path(desktop.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
