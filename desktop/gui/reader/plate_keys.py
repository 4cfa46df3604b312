"""Selecting on from the text into the title plate with the keyboard: Shift+←, Shift+↑…

The plate (``title_plate``) is set above the text in a document of its own, which the page's
cursor cannot enter. Read as one run, the title's words come before the text's, and the end
of the one and the start of the other are one place (the joint). A selecting key that would
take the selection's moving end back past the joint takes it on through the title in the
plate's own cursor, the text staying selected from its anchor to its start; the keys the other
way bring it back, and over the joint into the text again. The two parts are copied together
and only the text's is marked up, as a mouse drag over both makes them (``plate_mouse``).
Loaded only for a speech that has a plate, as the plate's own module is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor

if TYPE_CHECKING:
    from desktop.gui.reader.title_plate import TitlePlate
    from desktop.gui.reader.view import ReaderView

Key = QKeySequence.StandardKey
Move = QTextCursor.MoveOperation
Keep = QTextCursor.MoveMode.KeepAnchor

_BACK = {
    Key.SelectPreviousChar: Move.Left,
    Key.SelectPreviousWord: Move.WordLeft,
    Key.SelectPreviousLine: Move.Up,
    Key.SelectPreviousPage: Move.Start,  # the title is a line or three: a page takes all of it
    Key.SelectStartOfDocument: Move.Start,
    Key.SelectStartOfLine: Move.StartOfLine,
    Key.SelectStartOfBlock: Move.StartOfBlock,
}
_FORWARD = {
    Key.SelectNextChar: Move.Right,
    Key.SelectNextWord: Move.WordRight,
    Key.SelectNextLine: Move.Down,
    Key.SelectNextPage: Move.End,
    Key.SelectEndOfDocument: Move.End,
    Key.SelectEndOfLine: Move.EndOfLine,
    Key.SelectEndOfBlock: Move.EndOfBlock,
}
_INTO_PLATE = frozenset({Move.Left, Move.WordLeft, Move.Up, Move.Start})
"""The moves that cross the joint from the text's start up into the title."""
_PAST_PLATE = frozenset({Move.End})
"""The moves that, from the title, run on through the text (the page's cursor takes them on)."""


def take_key(view: ReaderView, plate: TitlePlate, event: QKeyEvent) -> bool:
    """Carry a selecting key over the joint, or within the title; True when taken here
    (False: the page's own handling follows)."""
    back = next((move for key, move in _BACK.items() if event.matches(key)), None)
    forward = next((move for key, move in _FORWARD.items() if event.matches(key)), None)
    cursor = plate.cursor
    if plate.holds_moving_end():
        if back is not None:
            _move_back_in_plate(view, plate, back)
        elif forward is None or not _move_on_in_plate(view, plate, forward):
            return False
    elif back in _INTO_PLATE and (
        view.textCursor().position() == 0 or event.matches(Key.SelectStartOfDocument)
    ):
        _enter_plate(view, plate, back)
    else:
        if forward is not None and (cursor.hasSelection() or plate.caret_here):
            _from_joint(view)  # a selection from the title's words on into the text
        return False
    _changed(view, plate)
    return True


def _move_back_in_plate(view: ReaderView, plate: TitlePlate, move: Move) -> None:
    """Move the selection's end back through the title (Up on its first line: to its start,
    as the page's cursor goes)."""
    if move == Move.WordLeft:
        plate.cursor.setPosition(_word_step(view, plate, plate.cursor.position(), False), Keep)
    elif not plate.cursor.movePosition(move, Keep) and move == Move.Up:
        plate.cursor.movePosition(Move.Start, Keep)


def _word_step(view: ReaderView, plate: TitlePlate, position: int, forward: bool) -> int:
    """A word on from the title's ``position``, by the words the text's Ctrl+arrows take."""
    return plate.word_step(position, forward=forward, words=view.word_range_provider)


def _move_on_in_plate(view: ReaderView, plate: TitlePlate, move: Move) -> bool:
    """Move the selection's end on through the title; at its end the joint is reached (the
    text's part alone is left when the anchor is in the text). A move running on past it
    (End, Page Down) is the page's to make from the text's start: False then."""
    cursor = plate.cursor
    if move == Move.WordRight:
        cursor.setPosition(_word_step(view, plate, cursor.position(), True), Keep)
    elif move in _PAST_PLATE or not cursor.movePosition(move, Keep):
        cursor.setPosition(plate.end(), Keep)
    if not cursor.hasSelection():  # at the joint, and the anchor is in the text
        plate.clear_selection()
    if move not in _PAST_PLATE:
        return True
    _changed(view, plate)
    _from_joint(view)
    return False


def _enter_plate(view: ReaderView, plate: TitlePlate, move: Move) -> None:
    """Take the selection's moving end from the text's start over the joint into the title."""
    if move == Move.Up:  # onto the title's last line, above where the caret is
        x = view.cursor_rect_at(0).left() + view.horizontalScrollBar().value()
        position = plate.position_on_last_line(view.document(), x)
    elif move == Move.WordLeft:
        position = _word_step(view, plate, plate.end(), False)
    else:
        probe = QTextCursor(plate.document)
        probe.setPosition(plate.end())
        probe.movePosition(move)
        position = probe.position()
    select_into_plate(view, plate, position)


def select_into_plate(view: ReaderView, plate: TitlePlate, position: int) -> None:
    """Select from the selection's anchor to the title's cursor ``position``: the text too,
    from its anchor to its start, when the anchor is in the text (none of it when the anchor
    is in the title's words)."""
    anchor = plate.anchor()
    text = view.textCursor()
    text.setPosition(0 if anchor != plate.end() else text.anchor())
    text.setPosition(0, Keep)
    view.setTextCursor(text)
    plate.select(anchor, position)


def _from_joint(view: ReaderView) -> None:
    """The text's part starts at the joint: the page's cursor runs on from the text's start."""
    text = view.textCursor()
    if not text.hasSelection():
        text.setPosition(0)
        view.setTextCursor(text)


def _changed(view: ReaderView, plate: TitlePlate) -> None:
    """Show the title's selection as it is now, in view, and offer the actions that fit it."""
    if plate.cursor.hasSelection():
        top = plate.caret_top(view.document())
        bar = view.verticalScrollBar()
        if top < bar.value():
            bar.setValue(max(bar.minimum(), int(top)))
    view.show_plate_selection()
