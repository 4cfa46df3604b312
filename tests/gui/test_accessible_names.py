"""What a screen reader hears in the main window: every pane and icon-only button has a name."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from tests.gui.ui_languages import window_language

CJK = re.compile(r"[\u4e00-\u9fff]")


def _nameless_buttons(window: MainWindow) -> list[str]:
    """Visible buttons a screen reader could only call "button" (no text, no name)."""
    return [
        button.objectName() or type(button.parentWidget()).__name__
        for button in window.findChildren(QAbstractButton)
        if button.isVisible()
        and not button.text().strip()
        and not button.accessibleName()
        and button.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def _spoken(window: MainWindow) -> dict[str, str]:
    """The accessible names of the panes, the colour filters and the find bar's arrows."""
    dock = window.annotations_dock
    widgets: dict[str, QWidget] = {
        "reader": window.reader,
        "tree": window.library_pane.tree,
        "filter": window.library_pane.filter_edit,
        "annotations": dock.view,
        "annotation search": dock.filter_bar.search_edit,
        "yellow": dock.filter_bar.chip("yellow"),
        "previous": window.find_bar.previous_button,
        "next": window.find_bar.next_button,
        "close": window.find_bar.close_button,
    }
    return {key: widget.accessibleName() for key, widget in widgets.items()}


def test_panes_and_icon_buttons_have_names(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.open_find_bar()
    qtbot.waitUntil(main_window.find_bar.isVisible)
    names = _spoken(main_window)
    assert all(names.values()), names
    assert names["yellow"] != names["annotations"]
    assert main_window.find_bar.next_button.accessibleName() != "↓"
    assert _nameless_buttons(main_window) == []


def test_the_names_are_spoken_in_chinese_too(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.open_find_bar()
    with window_language(main_window):
        main_window.retranslate()  # the panes follow on the LanguageChange events Qt posts
        qtbot.waitUntil(lambda: all(CJK.search(name) for name in _spoken(main_window).values()))
    main_window.retranslate()
