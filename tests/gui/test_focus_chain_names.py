"""Every widget Tab can reach in the window has a name a screen reader says, in both languages.

The focus chain (``nextInFocusChain``) is walked whole, so a custom widget (the page, the
breadcrumb, a colour chip) is checked as well as Qt's buttons and fields.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language
from desktop.gui.main_window import MainWindow
from tests.gui.accessibility import CJK, says_something, spoken_name
from tests.gui.ui_languages import ui_language
from tests.gui.window_helpers import menu_dialogs

__all__ = ["ui_language"]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets of ``root``'s focus chain that Tab stops at: shown, enabled, tab-focusable."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in found:
        found.append(widget)
        widget = widget.nextInFocusChain()
    return [
        widget
        for widget in found
        if widget.isVisibleTo(root)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None  # its proxy is the one focused, and checked
    ]


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__} {widget.objectName() or '?'} in {owner}"


def nameless(root: QWidget, language: Language) -> list[str]:
    """The stops of the focus chain with no name (in Chinese: no Chinese in their name)."""
    said = (lambda name: CJK.search(name)) if language == Language.CHINESE else says_something
    return [
        f"{_describe(widget)}: {spoken_name(widget)!r}"
        for widget in focus_chain(root)
        if not said(spoken_name(widget))
    ]


def test_every_stop_of_the_focus_chain_has_a_name(
    ui_language: Language, qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.open_find_bar()
    main_window.show_library_search("效能")
    main_window.registry.action(ActionId.SHOW_TERMS).setChecked(True)
    qtbot.waitUntil(
        lambda: main_window.find_bar.isVisible() and main_window.search_dock().isVisible()
    )
    stops = focus_chain(main_window)
    assert main_window.reader in stops
    assert nameless(main_window, ui_language) == []


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_every_stop_of_each_dialog_s_focus_chain_has_a_name(
    ui_language: Language, qtbot: QtBot, main_window: MainWindow
) -> None:
    found = {}
    for dialog in menu_dialogs(main_window):
        qtbot.waitExposed(dialog)
        assert focus_chain(dialog)
        found[dialog.objectName()] = nameless(dialog, ui_language)
    assert all(not names for names in found.values()), found
