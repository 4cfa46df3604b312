"""Tests for desktop/gui/preload.py: dialogs' modules imported in a worker after start-up."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop.gui.preload import PRELOADED, ModulePreload, preload_later


def _module_file(folder: Path, name: str, body: str = "VALUE = 42\n") -> str:
    (folder / f"{name}.py").write_text(body, encoding="utf-8")
    return name


def test_the_modules_are_imported_in_a_pool_thread_later(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    name = _module_file(tmp_path, "pizhu_preload_probe")
    monkeypatch.delitem(sys.modules, name, raising=False)
    pool = QThreadPool()
    preload_later([name], delay_ms=50, pool=pool)
    assert name not in sys.modules, "nothing is imported before the delay"
    qtbot.waitUntil(lambda: name in sys.modules)
    pool.waitForDone()
    assert sys.modules[name].VALUE == 42
    monkeypatch.delitem(sys.modules, name)


def test_a_module_that_fails_is_logged_and_the_rest_still_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    broken = _module_file(tmp_path, "pizhu_preload_broken", "raise ValueError('no')\n")
    fine = _module_file(tmp_path, "pizhu_preload_fine")
    for name in (broken, fine):
        monkeypatch.delitem(sys.modules, name, raising=False)
    with caplog.at_level(logging.WARNING, logger="desktop.gui.preload"):
        ModulePreload([broken, fine]).run()
    assert fine in sys.modules
    assert broken not in sys.modules
    assert "pizhu_preload_broken" in caplog.text
    monkeypatch.delitem(sys.modules, fine)


def test_what_is_preloaded_is_what_the_dialogs_need() -> None:
    # A renamed dialog module would otherwise only be logged, never loaded ahead.
    for name in PRELOADED:
        assert __import__(name, fromlist=["_"]).__name__ == name
