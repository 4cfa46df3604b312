"""The menu bar from the keyboard: every item has an access key, none twice in one menu."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QApplication, QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow

_ACCESS_KEY = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    """The letter Alt (or the open menu) takes to an item: the one after a single ``&``."""
    found = _ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_problems(menu_bar: QMenuBar) -> list[str]:
    """Items without an access key, and keys used twice in one menu (or in the bar itself)."""
    problems = _problems("menu bar", [action.text() for action in menu_bar.actions()])
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            problems += _menu_problems(menu)
    return problems


def _menu_problems(menu: QMenu) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    problems = _problems(menu.title(), [action.text() for action in actions])
    for action in actions:
        if isinstance(action.menu(), QMenu):
            problems += _menu_problems(action.menu())
    return problems


def _problems(where: str, texts: list[str]) -> list[str]:
    problems = [f"{where}: {text!r} has no access key" for text in texts if not access_key(text)]
    keys = Counter(access_key(text) for text in texts if access_key(text))
    for key, count in keys.items():
        if count > 1:
            named = [text for text in texts if access_key(text) == key]
            problems.append(f"{where}: &{key} is taken by {named}")
    return problems


def test_access_key_reads_both_forms() -> None:
    assert access_key("Highlight &Yellow") == "y"
    assert access_key("黄色高亮(&Y)") == "y"
    assert access_key("Salt && Pepper") is None
    assert access_key("Library") is None


def test_every_menu_item_has_its_own_access_key(main_window: MainWindow) -> None:
    assert mnemonic_problems(main_window.menuBar()) == []


def test_every_menu_item_has_its_own_access_key_in_chinese(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from desktop.gui.i18n import Translations

    translations = Translations(QApplication.instance())
    main_window.translations = translations
    try:
        main_window.apply_preferences(main_window.preferences().__class__(language="zh_CN"))
        # The docks and their toggles follow on the LanguageChange events Qt posts.
        qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "文库")
        assert mnemonic_problems(main_window.menuBar()) == []
    finally:
        translations.remove()
    qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "Library")
    assert mnemonic_problems(main_window.menuBar()) == [], "back in English"
