"""The tags line's helpers: tags split as typed, compared as stored, completed one by one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.core.storage.annotation_values import TAG_SEPARATORS, split_tag_line
from desktop.gui.collation import sorted_names

_SEPARATORS = re.compile(f"[{re.escape(TAG_SEPARATORS)}]")


def split_tags(text: str) -> list[str]:
    """The tags typed in a line: separated by commas (either width), 、 or semicolons."""
    return split_tag_line(text)


def same_tags(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether both name the same tags in the same order (case and repeats aside, as stored)."""
    return _folded(left) == _folded(right)


def _folded(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag.casefold() for tag in tags))


class TagCompleter(QCompleter):
    """Completes the tag being typed (after the last separator), keeping the ones before it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags = QStringListModel(self)
        self.setModel(self._tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_tags(self, tags: Iterable[str]) -> None:
        """The tags to offer."""
        self._tags.setStringList(sorted_names(set(tags)))

    def splitPath(self, path: str) -> list[str]:
        """Complete only the last tag of the line."""
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        """The line with its last tag replaced by the chosen one."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        line = widget.text() if isinstance(widget, QLineEdit) else ""
        cut = max((m.end() for m in _SEPARATORS.finditer(line)), default=0)
        return line[:cut] + chosen
