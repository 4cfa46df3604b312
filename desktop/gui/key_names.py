"""How shortcuts are written: the arrow keys as arrows in Chinese (Alt+↓, not "Alt+下方向"), and
alternative keys joined as a sentence joins them (``alternative_keys_text``).

Qt names the keys of a shortcut (menus, tooltips, Help ▸ Keyboard Shortcuts: all through
``QKeySequence.toString(NativeText)``) with ``QCoreApplication.translate("QShortcut", name)``,
and its Chinese catalogue spells the arrows in words. Our catalogue is installed after Qt's
(``desktop.gui.i18n``), so its translations of these names win; naming them here keeps them
in ``pizhu_zh_CN.ts`` (lupdate marks an entry no source names as vanished). English has no
entries for them (its catalogue holds plurals only): it keeps Qt's words. PgUp, PgDown, Home
and End stay as Qt writes them: short, and what the keys say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from desktop.core.text_templates import fill

KEY_NAME_CONTEXT = "QShortcut"
"""Qt's translation context for the names of keys in shortcuts."""

ARROW_KEY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
)
"""Qt's English names of the arrow keys, which our Chinese catalogue writes as arrows."""


def alternative_keys_text(
    sequences: Iterable[QKeySequence],
    style: QKeySequence.SequenceFormat = QKeySequence.SequenceFormat.NativeText,
) -> str:
    """Keys that do the same thing as a sentence says them: "Ctrl+C or Ctrl+Ins" ("Ctrl+C 或
    Ctrl+Ins"). Qt's ``listToString`` joins with "; " in every language, which reads as code;
    a comma would blur into a chord (Ctrl+K, Ctrl+D) or Preferences' Ctrl+,."""
    texts = [sequence.toString(style) for sequence in sequences if not sequence.isEmpty()]
    return alternatives_text(texts)


def alternatives_text(texts: Sequence[str]) -> str:
    """Ways of doing the same thing (keys, a mouse gesture) as a sentence says them."""
    joined = texts[0] if texts else ""
    for text in texts[1:]:
        joined = fill(QCoreApplication.translate("KeyNames", "%1 or %2"), joined, text)
    return joined
