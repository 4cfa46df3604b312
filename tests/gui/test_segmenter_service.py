"""Tests for desktop/gui/segmenter_service.py: jieba loads beside a window that keeps running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.chinese import prefix_cache
from desktop.core.chinese.segmenter import Segmenter
from desktop.gui.segmenter_service import SegmenterService, SegmenterState


def test_the_window_thread_runs_between_the_pieces_of_the_load(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    Segmenter(cache, []).initialize()  # the cache a later start reads
    ticks: list[int] = []
    ticked = threading.Event()
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: (ticks.append(1), ticked.set()))
    seen: list[int] = []

    def wait_for_a_tick() -> None:
        # Counted once a tick has come after this call began (a tick landing between reading
        # the count and clearing the event once made two calls see the same count).
        start = len(ticks)
        ticked.clear()
        while len(ticks) == start:
            if not ticked.wait(30):  # a window thread that never runs fails the test, not hangs
                seen.append(start)
                return
            ticked.clear()
        seen.append(len(ticks))

    monkeypatch.setattr(prefix_cache, "give_way", wait_for_a_tick)
    service = SegmenterService(Segmenter(cache, []))
    timer.start()
    service.start()
    qtbot.waitUntil(lambda: service.state == SegmenterState.READY, timeout=120_000)
    timer.stop()
    assert len(seen) > 50, "the cache is read in pieces"
    assert all(later > earlier for earlier, later in zip(seen, seen[1:], strict=False)), (
        "the window's thread ran between every two pieces"
    )
    assert service.word_range("推进效能革命", 3) is not None
