"""Tests for desktop/gui/annotation_paint_cache.py: what the delegate keeps across paints is
painted anew after a theme, font, language, width or row change, pixel for pixel as a fresh
dock paints it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState, Annotation
from desktop.gui.annotation_delegate import AnnotationDelegate
from desktop.gui.annotation_paint_cache import PaintCache
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.app_theme import apply_application_theme
from desktop.gui.i18n import Language, Translations
from desktop.models import fullwidth_text
from tests.gui.conftest import ShowDocked
from tests.models.factory import make_annotation

LONG = (
    "今天，市委、市政府在这里召开大规模、高规格的工作会，总结前阶段工作，研究解决当前存在的问题。"
)
TITLES = {1: "在全市工作会议上的讲话（精选7篇） › No. 1 · 在全市工作会议上的讲话", 2: "第二篇"}

MakeDock = Callable[..., AnnotationsDock]
"""Makes a shown dock of the given rows (``_rows()`` when none)."""


def _rows() -> list[Annotation]:
    """Headings, cards with notes and tags, a state badge, an orphan, a whole-speech note."""
    rows: list[Annotation] = []
    for speech in TITLES:
        rows += [
            make_annotation(
                speech, 10, "统一思想，提高认识", note="要点\n第二行", tags=("改革", "发展")
            ),
            make_annotation(speech, 40, LONG, color="green", note="批注" * 30, tags=("长",)),
            make_annotation(
                speech, 90, "确保各项任务落到实处", color="blue", state=AnchorState.FUZZY
            ),
            make_annotation(speech, 120, "真抓实干", color="pink", state=AnchorState.ORPHANED),
            make_annotation(speech, None, "", color=None, note="整篇的批注"),
        ]
    return rows


@pytest.fixture
def make_dock(show_docked: ShowDocked) -> Iterator[MakeDock]:
    """Shows a dock listing ``_rows`` of every speech, all unfolded; light again after."""

    def make(rows: list[Annotation] | None = None) -> AnnotationsDock:
        dock = AnnotationsDock()
        show_docked(dock)
        dock.set_all_speeches(True)
        dock.set_annotations(_rows() if rows is None else rows, speech_id=None, titles=TITLES)
        dock.view.expandAll()
        return dock

    yield make
    apply_application_theme("light")


def _grab(dock: AnnotationsDock) -> QImage:
    """The list as painted now (every row's delegate paint, cached parts included)."""
    return dock.view.viewport().grab().toImage()


def _same_as_fresh(dock: AnnotationsDock, fresh: AnnotationsDock) -> bool:
    assert dock.view.viewport().size() == fresh.view.viewport().size()
    return _grab(dock) == _grab(fresh)


def test_a_theme_change_paints_the_rows_as_a_fresh_dock_does(
    qtbot: QtBot, make_dock: MakeDock
) -> None:
    dock = make_dock()
    light = _grab(dock)
    apply_application_theme("dark")
    fresh = make_dock()
    qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))
    assert _grab(dock) != light, "the dark rows differ from the light ones"
    apply_application_theme("light")
    again = make_dock()
    qtbot.waitUntil(lambda: _same_as_fresh(dock, again))


def test_a_bigger_font_paints_the_rows_as_a_fresh_dock_does(
    qtbot: QtBot, make_dock: MakeDock
) -> None:
    dock = make_dock()
    _grab(dock)
    font = QFont(dock.view.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    dock.view.setFont(font)
    fresh = make_dock()
    fresh.view.setFont(font)
    qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))


def test_a_language_change_paints_the_rows_as_a_fresh_dock_does(
    qtbot: QtBot, make_dock: MakeDock, qapp: QApplication, tmp_path: Path
) -> None:
    dock = make_dock()
    english = _grab(dock)
    saved = QLocale()
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        assert translations.apply("zh_CN") == Language.CHINESE
        fresh = make_dock()
        qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))
        assert _grab(dock) != english, "全文批注 and the badges in Chinese"
    finally:
        translations.remove()
        QLocale.setDefault(saved)


def test_a_wider_dock_paints_the_rows_as_a_fresh_dock_does(
    qtbot: QtBot, make_dock: MakeDock
) -> None:
    dock = make_dock()
    wide = _grab(dock)
    fresh = make_dock()
    for each in (dock, fresh):
        window = each.window()
        assert isinstance(window, QMainWindow)
        window.resizeDocks([each], [wide.width() * 3 // 2], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _grab(dock).width() > wide.width())
    qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))


def test_a_row_s_new_note_tags_and_state_are_painted(qtbot: QtBot, make_dock: MakeDock) -> None:
    rows = _rows()
    dock = make_dock(rows)
    before = _grab(dock)
    changed = dataclasses.replace(
        rows[0], note="新的批注\n", tags=("新标签",), state=AnchorState.FUZZY
    )
    dock.update_annotation(changed)
    fresh = make_dock([changed, *rows[1:]])
    qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))
    assert _grab(dock) != before


def test_rows_of_one_font_and_ground_share_their_fonts_and_inks(
    qtbot: QtBot, make_dock: MakeDock
) -> None:
    # What a paint of a screen of rows works out once, not once a row.
    dock = make_dock()
    delegate = dock.view.itemDelegate()
    assert isinstance(delegate, AnnotationDelegate)
    cache = delegate._cache
    _grab(dock)
    fonts, inks = cache._fonts, dict(cache._inks)
    assert fonts is not None
    assert len(inks) <= 2, "the plain ground and the selected one at most"
    _grab(dock)
    assert cache._fonts is fonts
    assert cache._inks == inks


def _half_width_rows() -> list[Annotation]:
    """Quotes with Latin commas in Chinese, one long enough to wrap differently full-width."""
    return [
        make_annotation(1, 10, "统一思想,提高认识", note="要点"),
        make_annotation(1, 40, LONG.replace("，", ","), color="green"),
        make_annotation(2, 90, "会议(试点)8:30开始,𠮷祥如意", color="blue"),
    ]


def test_full_width_punctuation_paints_the_rows_as_a_fresh_dock_with_it_does(
    qtbot: QtBot, make_dock: MakeDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    converted: list[str] = []
    real = fullwidth_text.shown_text  # what the cache's ShownTexts converts with
    monkeypatch.setattr(
        fullwidth_text,
        "shown_text",
        lambda text, on: converted.append(text) or real(text, on),
    )
    dock = make_dock(_half_width_rows())
    half = _grab(dock)
    assert converted == [], "nothing converted with the option off"
    dock.view.itemDelegate().set_fullwidth_punctuation(True)
    fresh = make_dock(_half_width_rows())
    fresh.view.itemDelegate().set_fullwidth_punctuation(True)
    qtbot.waitUntil(lambda: _same_as_fresh(dock, fresh))
    assert _grab(dock) != half
    # Once per quote and delegate, however many paints and layouts asked for it.
    for _paint in range(3):
        _grab(dock)
    # Each quote and group heading (a speech's name) once in each dock.
    assert len(converted) == 2 * len(set(converted)) >= 2 * len(_half_width_rows())
    dock.view.itemDelegate().set_fullwidth_punctuation(False)
    plain = make_dock(_half_width_rows())
    qtbot.waitUntil(lambda: _same_as_fresh(dock, plain))


def test_the_cache_shows_quotes_as_the_option_has_them() -> None:
    cache = PaintCache()
    assert cache.shown("认识,提高") == "认识,提高"
    cache.fullwidth = True
    assert cache.shown("认识,提高") == "认识，提高"
    assert cache.shown("8:30, ok") == "8:30, ok"
    cache.fullwidth = False
    assert cache.shown("认识,提高") == "认识,提高"
