"""The arrow keys as arrows in the shortcuts shown in Chinese: Alt+↓, not "Alt+下方向".

Qt names the keys of a shortcut (menus, tooltips, Help ▸ Keyboard Shortcuts: all through
``QKeySequence.toString(NativeText)``) with ``QCoreApplication.translate("QShortcut", name)``,
and its Chinese catalogue spells the arrows in words. Our catalogue is installed after Qt's
(``desktop.gui.i18n``), so its translations of these names win; naming them here keeps them
in ``pizhu_zh_CN.ts`` (lupdate marks an entry no source names as vanished). English has no
entries for them (its catalogue holds plurals only): it keeps Qt's words. PgUp, PgDown, Home
and End stay as Qt writes them: short, and what the keys say.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KEY_NAME_CONTEXT = "QShortcut"
"""Qt's translation context for the names of keys in shortcuts."""

ARROW_KEY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
)
"""Qt's English names of the arrow keys, which our Chinese catalogue writes as arrows."""
