"""Access keys for Qt's standard dialog buttons (OK, Cancel, Close, Save), in the UI language.

Qt names standard buttons by the platform's theme: on Windows and in the offscreen and minimal
platforms they have no access key ("OK", "Cancel"), and Qt's Chinese translations have none
either ("确定", "取消"). Our dialogs give them one like any other button, so Alt+C reaches
Cancel wherever the keyboard is; Enter and Escape keep pressing the default and Cancel.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox

translate = QCoreApplication.translate

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

Standard = QDialogButtonBox.StandardButton

_ACCESS_KEY = re.compile(r"\s*\(&\w\)|&(?=\S)")
"""An access key as English (``&Copy``) and Chinese (``复制(&C)``) texts write it."""


def without_access_key(text: str) -> str:
    """A menu or button text without its access key: ``复制(&C)`` → ``复制``, ``&Copy`` → ``Copy``.

    For a tool button that shows an action's text: it has no access key, and Qt's own stripping
    (of ``&`` only) left "复制表格(C)" promising an Alt+C that did nothing.
    """
    return _ACCESS_KEY.sub("", text).replace("&&", "&")


def standard_text(button: QDialogButtonBox.StandardButton) -> str | None:
    """The text with an access key of a standard button we use, or None for the others."""
    texts = {
        Standard.Ok: translate("StandardButtons", "&OK"),
        Standard.Cancel: translate("StandardButtons", "&Cancel"),
        Standard.Close: translate("StandardButtons", "&Close"),
        Standard.Save: translate("StandardButtons", "&Save"),
        Standard.Discard: translate("StandardButtons", "&Discard"),
    }
    return texts.get(button)


def name_standard_buttons(box: QDialogButtonBox) -> None:
    """Give the box's standard buttons their texts with access keys, and keep them through a
    language switch (the box itself would put Qt's own back, with none)."""
    for button in box.buttons():
        _rename(button, Standard(box.standardButton(button).value))
    if box.findChild(_KeptNames, options=_DIRECT) is None:
        box.installEventFilter(_KeptNames(box))


class _KeptNames(QObject):
    """A language change reaches the box after its dialog, which has named the buttons anew
    (``retranslate``): the box's own renaming to Qt's texts (关闭, no Alt+C) is left out."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Name the buttons in the new language, in place of the box's own texts."""
        if event.type() != QEvent.Type.LanguageChange or not isinstance(watched, QDialogButtonBox):
            return False
        buttons = [(b, Standard(watched.standardButton(b).value)) for b in watched.buttons()]
        standard = [(b, kind) for b, kind in buttons if kind != Standard.NoButton]
        if any(standard_text(kind) is None for _b, kind in standard):
            return False  # one we do not name (Help, Apply…): Qt's texts for all, as before
        for button, kind in standard:
            _rename(button, kind)
        return True


def name_message_buttons(box: QMessageBox) -> None:
    """The same for a message box's standard buttons."""
    for button in box.buttons():
        _rename(button, Standard(box.standardButton(button).value))


def _rename(button: QAbstractButton, standard: QDialogButtonBox.StandardButton) -> None:
    text = standard_text(standard)
    if text is not None:
        button.setText(text)
