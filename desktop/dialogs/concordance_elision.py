"""How each column of the concordance elides a cell too long for it.

Qt's table elides every column one way. Each of the concordance's wants its own: a left context
keeps the words next to the hit (its start goes), a right context too (its end goes), and a
speech's name leads with its title and keeps its number: "title (No. 3, collection)", the
collection named across several collections (compilations share titles, and collections share
them too: the number alone says nothing). Too long for its cell, the collection gives up its
middle first (its start and its own number, "（第2稿）", tell collections apart), down to "…",
then the title its end; the tooltip holds the whole name. A bracketed part of either is kept or
given up whole ("在…会议上（2013年）", never "在…）": a lone bracket beside the label's own read
as one bracket too many).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.concordance_model import Column, Role
from desktop.models.speech_labels import SpeechName, title_first_label

_ELIDE = {
    Column.SPEECH: Qt.TextElideMode.ElideRight,
    Column.LEFT: Qt.TextElideMode.ElideLeft,
    Column.HIT: Qt.TextElideMode.ElideMiddle,
    Column.RIGHT: Qt.TextElideMode.ElideRight,
}
_OPENING, _CLOSING = "（(〔【[", "）)〕】]"
_LAST_PART = re.compile(r"[（(〔【\[][^（()）〔〕【】\[\]]*[）)〕】\]]$")
"""A bracketed part ending a name, kept whole when its name is shortened ("（第2稿）")."""


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
    """``name`` led by its title in ``width`` pixels: whole if it fits, else its collection
    elided in the middle (down to "…"), then its title at the end, the number kept whole."""
    full = name.title_first()
    if metrics.horizontalAdvance(full) <= width:
        return full
    collection = name.collection
    if full == title_first_label(name.title, name.number):  # no collection named
        collection = ""
    if collection:
        room = width - (metrics.horizontalAdvance(full) - metrics.horizontalAdvance(collection))
        elided = elided_whole_brackets(collection, metrics, room)
        collection = elided if room > 2 * metrics.horizontalAdvance("…") and elided else "…"
    shortened = title_first_label(name.title, name.number, collection)
    if metrics.horizontalAdvance(shortened) <= width:
        return shortened
    room = width - (metrics.horizontalAdvance(shortened) - metrics.horizontalAdvance(name.title))
    if room <= 2 * metrics.horizontalAdvance("…"):
        return _cut_before_open(metrics.elidedText(shortened, Qt.TextElideMode.ElideRight, width))
    title = _cut_before_open(metrics.elidedText(name.title, Qt.TextElideMode.ElideRight, room))
    return title_first_label(title, name.number, collection)


def elided_whole_brackets(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` in ``width`` pixels, its start and its last bracketed part kept ("在…（第2稿）"),
    else its start alone; a bracket never left without its pair."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    last = _LAST_PART.search(text)
    head = text[: last.start()] if last is not None else text
    if last is not None and last.start() > 0:
        room = width - metrics.horizontalAdvance(last.group())
        shortened = _cut_before_open(metrics.elidedText(head, Qt.TextElideMode.ElideRight, room))
        if shortened and shortened != "…":
            return shortened + last.group()
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    if _balanced(elided):
        return elided
    return _cut_before_open(metrics.elidedText(head, Qt.TextElideMode.ElideRight, width))


def _balanced(text: str) -> bool:
    """Whether each bracket of ``text`` has its pair."""
    depth = 0
    for char in text:
        depth += (char in _OPENING) - (char in _CLOSING)
        if depth < 0:
            return False
    return depth == 0


def _cut_before_open(elided: str) -> str:
    """An end-elided text ("讲话（摘…") cut before a bracket it leaves open ("讲话…")."""
    depth, opened = 0, -1
    for at, char in enumerate(elided):
        if char in _OPENING:
            depth, opened = depth + 1, at if depth == 0 else opened
        elif char in _CLOSING and depth:
            depth -= 1
    if depth == 0 or opened <= 0:
        return elided
    return elided[:opened].rstrip() + "…"
