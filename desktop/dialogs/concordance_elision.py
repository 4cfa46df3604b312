"""How each column of the concordance elides a cell too long for it.

Qt's table elides every column one way. Each of the concordance's wants its own: a left context
keeps the words next to the hit (its start goes), a right context too (its end goes), and a
speech's name keeps its number. Across several collections the name is "collection › No. 3 ·
title" (compilations share titles, and collections share them too: the number alone says
nothing); too long for its cell, the collection and the title each give up part of the room,
the collection its middle (its start and its own number, "（第2稿）", tell collections apart),
the title its end, so the cell names all three and the tooltip holds the whole name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.concordance_model import Column, Role
from desktop.models.speech_labels import SpeechName, speech_label

_ELIDE = {
    Column.SPEECH: Qt.TextElideMode.ElideRight,
    Column.LEFT: Qt.TextElideMode.ElideLeft,
    Column.HIT: Qt.TextElideMode.ElideMiddle,
    Column.RIGHT: Qt.TextElideMode.ElideRight,
}


class ColumnElision(QStyledItemDelegate):
    """Draws each cell elided the way its column wants (``_ELIDE``, ``fitted_name``)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The column's elide mode on top of the view's options; a speech's name fitted."""
        super().initStyleOption(option, index)
        option.textElideMode = _ELIDE.get(Column(index.column()), option.textElideMode)
        name = index.data(Role.NAME)
        if isinstance(name, SpeechName) and option.rect.width() > 0:
            style = option.widget.style() if option.widget else QApplication.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
            option.text = fitted_name(name, option.fontMetrics, option.rect.width() - 2 * margin)


def fitted_name(name: SpeechName, metrics: QFontMetrics, width: int) -> str:
    """``name``'s label in ``width`` pixels: whole if it fits, else its collection elided in
    the middle and its title at the end, sharing the room, the number kept whole."""
    full = name.label()
    if metrics.horizontalAdvance(full) <= width:
        return full
    without = speech_label(name.title, name.number)
    if without == full:  # no collection named (one collection, or it bears the title)
        return metrics.elidedText(full, Qt.TextElideMode.ElideRight, width)
    parts = metrics.horizontalAdvance(name.collection) + metrics.horizontalAdvance(name.title)
    room = width - (metrics.horizontalAdvance(full) - parts)
    if room <= 2 * metrics.horizontalAdvance("…"):
        return metrics.elidedText(without, Qt.TextElideMode.ElideRight, width)
    collection_room, title_room = _shares(
        metrics.horizontalAdvance(name.collection), metrics.horizontalAdvance(name.title), room
    )
    collection = metrics.elidedText(name.collection, Qt.TextElideMode.ElideMiddle, collection_room)
    title = metrics.elidedText(name.title, Qt.TextElideMode.ElideRight, title_room)
    return speech_label(title, name.number, collection or "…")


def _shares(collection: int, title: int, room: int) -> tuple[int, int]:
    """The room for the collection and the title: halves, or what one needs and the rest."""
    half = room // 2
    if collection <= half:
        return collection, room - collection
    if title <= half:
        return room - title, title
    return half, room - half
