"""The compare window set as the main window's page is: its zoom (and the zoom keys typed in the
compare window), its full-width punctuation, changed while the comparison is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.speech_compare import compare_texts
from desktop.gui.actions import ActionId
from desktop.gui.compare_pane import ComparePane
from desktop.gui.compare_window import CompareWindow
from desktop.gui.i18n import Language, Translations
from tests.gui.compare_helpers import import_two_versions, long_versions, open_compare, settled
from tests.gui.conftest import WindowFactory
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]


@pytest.fixture
def two_versions(library_path: Path) -> tuple[int, int]:
    """The draft's and the final version's speech ids, imported into the test's library."""
    return import_two_versions(library_path)


def _point_size(compare: CompareWindow) -> list[float]:
    return [
        pane.document().defaultFont().pointSizeF() for pane in (compare.old_pane, compare.new_pane)
    ]


def test_zooming_the_window_zooms_the_compare_window_keeping_the_place_and_change(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    compare.resize(900, 500)
    qtbot.waitExposed(compare)
    compare.next_change()
    compare.next_change()
    bar = compare.old_pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place, _ = compare.old_pane.top_offset()
    before = _point_size(compare)
    window.registry.action(ActionId.ZOOM_IN).trigger()
    settled(qtbot, compare)
    assert _point_size(compare) == [window.reader.document().defaultFont().pointSizeF()] * 2
    assert _point_size(compare)[0] > before[0]
    # Where it was read, still: the same paragraph at the top, the change still selected.
    text = compare.old_pane.text
    now, _ = compare.old_pane.top_offset()
    assert text.count("\n", 0, now) == text.count("\n", 0, place)
    hunk = compare.comparison.hunks[1]
    assert compare.new_pane.selected_range() == (hunk.new_start, hunk.new_end)


def test_the_zoom_keys_typed_in_the_compare_window_zoom_it(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    compare.new_pane.setFocus()
    before = _point_size(compare)
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, compare)
    assert _point_size(compare)[0] > before[0]
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, compare)
    assert _point_size(compare) == before
    assert window.reader.font_size == window.settings.font_size


def test_full_width_punctuation_follows_the_window_when_opened_and_when_changed(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    window = open_window()
    fullwidth = window.registry.action(ActionId.FULLWIDTH_PUNCTUATION)
    fullwidth.setChecked(True)
    compare = open_compare(qtbot, window, *two_versions)
    shown = compare.new_pane.toPlainText()
    assert "," in compare.new_pane.text  # the sample's Latin commas in Chinese context
    assert "，" in shown
    assert "," not in shown.replace("\u2028", "")
    fullwidth.setChecked(False)
    settled(qtbot, compare)
    assert "," in compare.new_pane.toPlainText()
    fullwidth.setChecked(True)
    settled(qtbot, compare)
    assert "," not in compare.new_pane.toPlainText()


def test_the_titles_over_the_pages_follow_their_full_width_punctuation(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    # The tree and the window's title showed （征求意见稿），第二版 while the compare window
    # above the same speech's full-width page named it (征求意见稿),第二版.
    draft, final = import_two_versions(library_path)
    window = open_window()
    window.session.rename_speech(final, "正式稿(修改),第二版")
    fullwidth = window.registry.action(ActionId.FULLWIDTH_PUNCTUATION)
    fullwidth.setChecked(True)
    compare = open_compare(qtbot, window, draft, final)
    assert compare.new_title.text().endswith("正式稿（修改），第二版")
    assert compare.windowTitle().endswith("→ 正式稿（修改），第二版")
    assert compare.new_pane.accessibleName() == compare.new_title.text()
    fullwidth.setChecked(False)
    settled(qtbot, compare)
    assert compare.new_title.text().endswith("正式稿(修改),第二版")
    assert compare.windowTitle().endswith("→ 正式稿(修改),第二版")
    assert compare.compared_speeches().new.title == "正式稿(修改),第二版"  # exports keep it


def test_a_long_report_zoomed_at_once_stays_at_its_top(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    # Zoomed as soon as it opened, while Qt was still laying the long pages out: the place
    # kept was read by a hit test at the view's top, which took a block not yet laid out
    # for the top, and the panes jumped far into the report.
    window = open_window()
    compare = open_compare(qtbot, window, *long_versions(library_path))
    window.registry.action(ActionId.ZOOM_IN).trigger()
    settled(qtbot, compare)
    for pane in (compare.old_pane, compare.new_pane):
        assert pane.verticalScrollBar().value() == 0
        assert pane.top_offset()[0] < 10


def test_the_summary_counts_in_the_ui_s_words_one_or_many(
    qtbot: QtBot,
    open_window: WindowFactory,
    two_versions: tuple[int, int],
    ui_language: Language,
) -> None:
    # English said "1 changes: 1 characters added, 0 removed".
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    one = compare.summary_text(compare_texts("甲乙丙", "甲乙丁丙"))
    far_apart = compare_texts("一二三四五六七八九十甲乙丙丁", "零一二三四五六七八九十甲乙丙")
    many = compare.summary_text(far_apart)
    if ui_language is Language.ENGLISH:
        assert one == "1 change: 1 character added, 0 characters removed"
        assert many.startswith("2 changes: ")
    else:
        assert one == "改动 1 处：增 1 字，删 0 字"
        assert many.startswith("改动 2 处：")


def test_the_window_s_words_follow_a_language_changed_while_it_is_open(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int], qapp: QApplication
) -> None:
    # Preferences ▸ language set the main window in Chinese; the compare window stayed English.
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    compare.next_change()
    translations = Translations(qapp)
    try:
        assert translations.apply(Language.CHINESE) == Language.CHINESE
        qtbot.waitUntil(lambda: compare.next_action.iconText() == "下一处改动")
        assert compare.swap_action.iconText() == "左右互换"
        assert compare.old_title.text().startswith("旧稿：")
        assert compare.summary.text().startswith("改动 5 处：")
        assert compare.statusBar().currentMessage() == "第1处改动，共 5 处"
        assert compare.windowTitle().startswith("对照：")
    finally:
        translations.remove()
    qtbot.waitUntil(lambda: compare.next_action.iconText() == "Next Change")


def _pages_as_the_window_sets_them(compare: CompareWindow, window_size: float) -> None:
    """Both pages at the window's zoom, with full-width punctuation."""
    assert _point_size(compare) == [window_size] * 2
    for pane in (compare.old_pane, compare.new_pane):
        assert "," in pane.text
        assert "," not in pane.toPlainText(), pane.objectName()


def test_a_zoom_made_while_full_width_pages_are_drafted_sets_them_at_the_new_size(
    qtbot: QtBot, open_window: WindowFactory, two_versions: tuple[int, int]
) -> None:
    # Full-width on, then zoom before the workers had drafted the new pages: the zoom
    # restyled the old pages, and the drafts, made for the size before, came after it.
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(True)
    window.registry.action(ActionId.ZOOM_IN).trigger()
    settled(qtbot, compare)
    _pages_as_the_window_sets_them(compare, window.reader.document().defaultFont().pointSizeF())


def test_a_zoom_made_between_the_two_full_width_pages_sets_both_anew(
    qtbot: QtBot,
    open_window: WindowFactory,
    two_versions: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The zoom came after the old page was made full-width, before the new one: it dropped
    # the new page's turn and restyled the half-width page it still showed.
    window = open_window()
    compare = open_compare(qtbot, window, *two_versions)
    show_page = ComparePane.show_page
    zoomed: list[str] = []

    def zoom_after_the_first(pane, draft, text, style):  # noqa: ANN001, ANN202 - show_page
        show_page(pane, draft, text, style)
        if not zoomed:
            zoomed.append(pane.objectName())
            window.registry.action(ActionId.ZOOM_IN).trigger()

    monkeypatch.setattr(ComparePane, "show_page", zoom_after_the_first)
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).setChecked(True)
    settled(qtbot, compare)
    assert zoomed
    _pages_as_the_window_sets_them(compare, window.reader.document().defaultFont().pointSizeF())


def test_a_title_holding_a_place_is_named_as_it_stands(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    # "%2" in a title (增长5%2024…) is the speech's words: the window's title and the swap's
    # tip are filled in one pass, not one place after another.
    draft, final = import_two_versions(library_path)
    window = open_window()
    window.session.rename_speech(final, "增长5%2024")
    compare = open_compare(qtbot, window, draft, final)
    tip = compare.swap_action.statusTip()
    assert tip == "Put “增长5%2024” on the left and “征求意见稿” on the right, and compare again"
    compare.swap()
    settled(qtbot, compare)
    assert compare.windowTitle() == "Compare: 增长5%2024 → 征求意见稿"
