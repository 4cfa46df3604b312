"""One resize of the window re-flows the reader a bounded number of times."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.reader import ReaderView
from desktop.gui.reader.document import COLUMN_CHARACTERS
from tests.gui.reader.conftest import BODY, build_speech

RESIZES_ALLOWED = 6  # the window's, the bar shown or hidden, the margins set: a few, not many
GIVE_UP_AFTER = 40  # a loop is cut short here so that a failing test fails, not hangs


class CountingReader(ReaderView):
    """A reader that counts its resize events (and stops answering them past a bound)."""

    def __init__(self) -> None:
        super().__init__()
        self.resizes = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Count, and pass on while the count is sane."""
        self.resizes += 1
        if self.resizes <= GIVE_UP_AFTER:
            super().resizeEvent(event)


def _column_width(view: ReaderView) -> int:
    return round(view.em * COLUMN_CHARACTERS + 2 * view.document().documentMargin())


def _resizes_for(view: CountingReader, width: int, height: int) -> int:
    view.resizes = 0
    view.resize(width, height)
    QApplication.processEvents()
    return view.resizes


def test_widths_about_the_column_with_a_page_about_the_view_high_settle(qtbot: QtBot) -> None:
    """Where the column fits only without the scroll bar and the text fits the view only
    when wide, margins measured from the viewport narrowed it, showed the bar, widened it,
    hid the bar: one resize never ended and the window froze."""
    view = CountingReader()
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show_speech(build_speech([f"第{n}段。" + BODY for n in range(4)]))
    view.show()
    qtbot.waitExposed(view)
    column = _column_width(view)
    bar = view.verticalScrollBar().sizeHint().width()
    widths = list(range(column - 8, column + bar + 16, 3))
    worst = (0, 0, 0)
    for height in range(200, 800, 40):
        for width in widths + widths[::-1]:  # a window's edge dragged out and back
            worst = max(worst, (_resizes_for(view, width, height), width, height))
    assert worst[0] <= RESIZES_ALLOWED, f"{worst[0]} resize events at {worst[1]}×{worst[2]}"


def test_the_column_stays_centred_and_the_text_fills_the_viewport(qtbot: QtBot) -> None:
    """The bar's room set aside: equal margins, and the lines as wide as the viewport."""
    view = CountingReader()
    qtbot.addWidget(view)
    view.show_speech(build_speech([f"第{n}段。" + BODY * 3 for n in range(30)]))
    view.resize(1400, 600)
    view.show()
    qtbot.waitExposed(view)
    margins = view.viewportMargins()
    assert margins.left() == margins.right() > 0
    assert view.verticalScrollBar().isVisible()
    assert view.document().textWidth() == view.viewport().width()
    assert view.viewport().width() >= _column_width(view) - 1
