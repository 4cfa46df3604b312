"""Tests for desktop/gui/viewport_cover.py: a hint covering a view's viewport."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeView
from pytestqt.qtbot import QtBot

from desktop.gui.viewport_cover import ViewportCover


def test_the_cover_follows_the_viewport_and_shows_only_while_asked(qtbot: QtBot) -> None:
    view = QTreeView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    hint = QLabel("hint", view.viewport())
    cover = ViewportCover(hint, view)
    cover.show_while(True)
    assert hint.isVisible()
    assert hint.geometry() == view.viewport().rect()
    view.resize(420, 260)
    qtbot.waitUntil(lambda: hint.geometry() == view.viewport().rect())
    assert hint.width() > 300
    cover.show_while(False)
    assert not hint.isVisible()
