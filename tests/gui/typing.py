"""Typing Chinese in tests as an input method does: a committed string, not key presses.

QTest can only press keys of ASCII characters; Chinese reaches a widget from the input method
(拼音 and the like) as a QInputMethodEvent carrying the chosen words.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` as the input method's committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
