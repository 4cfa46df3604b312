"""Tests for desktop/gui/text_size.py: pixel sizes grow with a larger system font."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.text_size import fixed_font, text_px, text_scale, text_size
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[float]:
    """The application's font at 150%, as a user who needs larger text sets it."""
    usual = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(usual.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield 1.5
    qapp.setFont(usual)


def test_sizes_keep_the_usual_font_and_grow_with_a_larger(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    usual = text_px(widget, 160)
    assert usual >= 160
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 1.5 * text_scale(widget))
    widget.setFont(font)
    assert text_px(widget, 160) == pytest.approx(usual * 1.5, rel=0.15)
    assert text_size(widget, 100, 200).height() == text_px(widget, 200)


def test_the_fixed_font_grows_with_the_text(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    usual = fixed_font(widget).pointSizeF()
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert fixed_font(widget).pointSizeF() == pytest.approx(usual * 2, rel=0.05)


def _clipped_sections(header: QHeaderView) -> list[str]:
    """The column titles narrower than they need (the last column stretches to the edge)."""
    model = header.model()
    return [
        str(model.headerData(section, header.orientation()))
        for section in range(header.count() - 1)
        if not header.isSectionHidden(section)
        and header.sectionSize(section) < header.sectionSizeHint(section)
    ]


def test_the_columns_fit_their_titles_in_large_text(
    large_text: float, qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dock = window.search_dock()
    dock.show()
    window.show_concordance_of("效能", None)
    concordance = window.concordance_dialog()
    qtbot.waitExposed(concordance)
    assert _clipped_sections(dock.view.header()) == []
    assert _clipped_sections(concordance.table.horizontalHeader()) == []
    concordance.close()
