"""Tests for desktop/gui/key_names.py: the arrow keys written as arrows in Chinese shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Translations
from desktop.gui.key_names import ARROW_KEY_NAMES, KEY_NAME_CONTEXT
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import menu_action

ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


def _in_language(qtbot: QtBot, window: MainWindow, language: str, title: str) -> None:
    window.apply_preferences(window.preferences().__class__(language=language))
    qtbot.waitUntil(lambda: window.library_dock.windowTitle() == title)


@pytest.fixture
def translations(main_window: MainWindow) -> Iterator[Translations]:
    """The window's translations, put back to English after the test."""
    translations = Translations(QApplication.instance())
    main_window.translations = translations
    yield translations
    translations.remove()


def test_every_arrow_is_named_for_translation() -> None:
    assert set(ARROW_KEY_NAMES) == set(ARROWS)


def test_in_chinese_the_go_menu_and_the_shortcuts_list_show_arrows(
    qtbot: QtBot, main_window: MainWindow, translations: Translations
) -> None:
    _in_language(qtbot, main_window, "zh_CN", "文库")
    next_section = menu_action(main_window, "&Go", "action_next_section")
    assert next_section.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Alt+↓"
    assert main_window.registry.shortcut_text(ActionId.PREVIOUS_SECTION) == "Alt+↑"
    for name, arrow in ARROWS.items():
        assert QCoreApplication.translate(KEY_NAME_CONTEXT, name) == arrow
    dialog = main_window.show_shortcuts()
    shown = {command: keys for _, command, keys in dialog.visible_rows()}
    assert "Alt+↓" in shown.values()
    assert not any("方向" in keys for keys in shown.values()), "no arrow in words"
    dialog.close()


def test_english_keeps_qt_s_names(
    qtbot: QtBot, main_window: MainWindow, translations: Translations
) -> None:
    _in_language(qtbot, main_window, "zh_CN", "文库")
    _in_language(qtbot, main_window, "en", "Library")
    assert main_window.registry.shortcut_text(ActionId.NEXT_SECTION) == "Alt+Down"


def test_the_shortcuts_list_says_alternative_keys_as_a_sentence_does(
    qtbot: QtBot, main_window: MainWindow, translations: Translations
) -> None:
    # "Ctrl+C 或 Ctrl+Ins", not Qt's "Ctrl+C; Ctrl+Ins" (code, not Chinese) nor a comma, which
    # a chord (Ctrl+K, Ctrl+D) or Preferences' Ctrl+, would blur into. The toolbar's tooltips
    # give only the first key: they are read at a glance.
    _in_language(qtbot, main_window, "zh_CN", "文库")
    menu_action(main_window, "&Help", "action_shortcuts").trigger()
    (dialog,) = [d for d in main_window.findChildren(ShortcutsDialog) if d.isVisible()]
    shown = {command: keys for _, command, keys in dialog.visible_rows()}
    assert not any("，" in keys or ";" in keys for keys in shown.values()), shown
    assert shown["复制"] == "Ctrl+C 或 Ctrl+Ins"
    assert shown["所选文字或条目的右键菜单"] == "菜单 或 Shift+F10"  # Qt names the Menu key
    dialog.close()
    copy = main_window.registry.action(ActionId.COPY)
    assert copy.toolTip().endswith("（Ctrl+C）"), copy.toolTip()
    _in_language(qtbot, main_window, "en", "Library")
    menu_action(main_window, "&Help", "action_shortcuts").trigger()
    (dialog,) = [d for d in main_window.findChildren(ShortcutsDialog) if d.isVisible()]
    shown = {command: keys for _, command, keys in dialog.visible_rows()}
    assert shown["Copy"] == "Ctrl+C or Ctrl+Ins"
    dialog.close()
