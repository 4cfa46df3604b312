"""Access keys (``&File``, ``文件(&F)``): which an item has, and which a window lacks or repeats."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

_ACCESS_KEY = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    """The letter Alt (or the open menu) takes to an item: the one after a single ``&``."""
    found = _ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def problems(where: str, texts: list[str]) -> list[str]:
    """Texts without an access key, and keys that more than one text uses."""
    found = [f"{where}: {text!r} has no access key" for text in texts if not access_key(text)]
    keys = Counter(access_key(text) for text in texts if access_key(text))
    for key, count in keys.items():
        if count > 1:
            named = [text for text in texts if access_key(text) == key]
            found.append(f"{where}: &{key} is taken by {named}")
    return found


def window_problems(window: QWidget) -> list[str]:
    """The visible buttons with text and the labels naming a field, as Alt+letter reaches them."""
    buttons = [
        button.text()
        for button in window.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and not isinstance(button, QToolButton)
    ]
    labels = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    return problems(window.objectName(), buttons + labels)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one, as Alt+letter (a window's shortcut) needs."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press_access_key(qtbot: QtBot, window: QWidget, text: str) -> None:
    """Press Alt and the access key of ``text`` (a button's or a label's) where the focus is."""
    key = access_key(text)
    assert key is not None, f"{text!r} has no access key"
    target = window.focusWidget() or window
    qtbot.keyClick(target, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.AltModifier)
