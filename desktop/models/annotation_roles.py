"""What a row of the annotations model shows: its columns, its roles, an annotation's data and
a group heading's.

Kept apart from the model's tree bookkeeping so each file stays about one thing; the dock's
delegate and the filter read these roles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.core.annotation import AnchorState, Annotation
from desktop.core.annotation_groups import ORPHANS
from desktop.core.colors import color_info
from desktop.models import annotation_text as text

translate = QCoreApplication.translate


class Column(IntEnum):
    """The model's columns; the dock shows the first and paints the rest into it."""

    QUOTE = 0
    NOTE = 1
    TAGS = 2
    TIME = 3
    STATE = 4


class Role(IntEnum):
    """Data roles beyond Qt's own."""

    ID = Qt.ItemDataRole.UserRole + 1
    SPEECH_ID = Qt.ItemDataRole.UserRole + 2
    START = Qt.ItemDataRole.UserRole + 3
    COLOR = Qt.ItemDataRole.UserRole + 4
    NOTE = Qt.ItemDataRole.UserRole + 5  # the whole note (DisplayRole of NOTE is its first line)
    TAGS = Qt.ItemDataRole.UserRole + 6  # tuple of tag names
    QUOTE = Qt.ItemDataRole.UserRole + 7  # the whole quote
    STATE = Qt.ItemDataRole.UserRole + 8
    ANNOTATION = Qt.ItemDataRole.UserRole + 9  # the Annotation value
    IS_GROUP = Qt.ItemDataRole.UserRole + 10
    GROUP_COUNT = Qt.ItemDataRole.UserRole + 11  # annotations under a group
    IS_ORPHAN_GROUP = Qt.ItemDataRole.UserRole + 12
    TIME_TEXT = Qt.ItemDataRole.UserRole + 13
    MARKED_QUOTE = Qt.ItemDataRole.UserRole + 14  # the words first marked, if they changed


_ROLE_VALUES: dict[int, Callable[[Annotation], Any]] = {
    Role.ID: lambda a: a.id,
    Role.SPEECH_ID: lambda a: a.speech_id,
    Role.START: lambda a: a.start,
    Role.COLOR: lambda a: a.color,
    Role.NOTE: lambda a: a.note,
    Role.TAGS: lambda a: a.tags,
    Role.QUOTE: lambda a: a.quote.exact,
    Role.STATE: lambda a: a.state,
    Role.MARKED_QUOTE: lambda a: a.marked_quote,
    Role.ANNOTATION: lambda a: a,
    Role.IS_GROUP: lambda a: False,
    Role.IS_ORPHAN_GROUP: lambda a: False,
}

_DISPLAY: dict[Column, Callable[[Annotation], str]] = {
    Column.QUOTE: lambda a: text.short_quote(a.quote.exact),
    Column.NOTE: lambda a: text.note_preview(a.note),
    Column.TAGS: lambda a: "、".join(a.tags),
    Column.STATE: lambda a: text.state_label(a.state),
}


def _as_written(words: str) -> str:
    return words


def annotation_data(
    annotation: Annotation,
    column: int,
    role: int,
    clock: Callable[[], datetime],
    shown: Callable[[str], str] = _as_written,
) -> Any:
    """The data of an annotation's row in ``column`` for ``role``; ``shown`` gives a passage's
    words as read (the full-width option's) in its tooltip and spoken text, never in its data."""
    if role in _ROLE_VALUES:
        return _ROLE_VALUES[role](annotation)
    if role == Role.TIME_TEXT or (role == Qt.ItemDataRole.DisplayRole and column == Column.TIME):
        return text.format_time(annotation.created, clock())
    if role == Qt.ItemDataRole.DisplayRole:
        return _DISPLAY[Column(column)](annotation)
    if role == Qt.ItemDataRole.DecorationRole and column == Column.QUOTE:
        info = color_info(annotation.color)
        return QColor(info.fill) if info is not None else None
    if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        return _tooltip(annotation, shown)
    if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.QUOTE:
        a = annotation
        marked = shown(a.marked_quote) if a.marked_quote else a.marked_quote
        return text.spoken_row(a.color, shown(a.quote.exact), a.note, a.tags, marked)
    return None


def column_title(section: int) -> str | None:
    """The title of column ``section``, in the UI language (None past the last)."""
    if not 0 <= section < len(Column):
        return None
    return {
        Column.QUOTE: translate("AnnotationsModel", "Passage"),
        Column.NOTE: translate("AnnotationsModel", "Note"),
        Column.TAGS: translate("AnnotationsModel", "Tags"),
        Column.TIME: translate("AnnotationsModel", "Time"),
        Column.STATE: translate("AnnotationsModel", "State"),
    }[Column(section)]


def group_data(
    key: int | str | None, count: int, titles: Mapping[int, str], column: int, role: int
) -> Any:
    """The data of a group heading's row in ``column`` for ``role``: the group of speech ``key``
    (or of the ``ORPHANS``), holding ``count`` rows; ``titles`` names the speeches."""
    if role == Role.IS_GROUP:
        return True
    if role == Role.IS_ORPHAN_GROUP:
        return key == ORPHANS
    if role == Role.GROUP_COUNT:
        return count
    if role == Role.SPEECH_ID and key != ORPHANS:
        return key
    if column != 0:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return _group_title(key, titles)
    if role == Qt.ItemDataRole.ToolTipRole and key == ORPHANS:
        return text.state_explanation(AnchorState.ORPHANED)
    return None


def _group_title(key: int | str | None, titles: Mapping[int, str]) -> str:
    if key == ORPHANS:
        return translate("AnnotationsModel", "Passage not found")
    title = titles.get(int(key or 0))
    return title or translate("AnnotationsModel", "Speech %1").replace("%1", str(key))


def _tooltip(annotation: Annotation, shown: Callable[[str], str]) -> str:
    """The whole passage, its colour named first (the swatch alone says nothing to some)."""
    quote = text.short_quote(shown(annotation.quote.exact), 300)
    color = text.color_name(annotation.color)
    parts = [f"{color} · {quote}" if color else quote]
    marked = text.marked_quote_text(shown(annotation.marked_quote or ""))
    if marked:
        parts.append(marked)
    if annotation.note.strip():
        parts.append(annotation.note.strip())
    explanation = text.state_explanation(annotation.state)
    if explanation:
        parts.append(explanation)
    created = text.format_full_time(annotation.created)
    if created:
        parts.append(translate("AnnotationsModel", "Created %1").replace("%1", created))
    return "\n\n".join(parts)
