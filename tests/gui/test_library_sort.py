"""View ▸ Sort Library: the collections by date, by title or as imported, kept on restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role, TreeKind
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.files import SPEECH


def _speech_file(folder: Path, title: str, date: str | None) -> Path:
    """A small speech titled ``title``, dated ``date`` ("1991年3月25日") or undated."""
    text = SPEECH.replace("在全市工作会议上的讲话", title)
    text = text.replace("（2024年3月5日）\n", f"（{date}）\n" if date else "")
    path = folder / f"{title}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _import(library_path: Path, files: list[Path]) -> None:
    with open_library(library_path, create=False, daily_backup=False) as library:
        for path in files:
            library.store.import_document(import_file(path))


def _titles(window: MainWindow) -> list[str]:
    """The library tree's collections, top to bottom, as the user sees them."""
    proxy = window.library_pane.proxy
    role = Qt.ItemDataRole.EditRole  # the title as stored
    return [proxy.index(row, 0).data(role) for row in range(proxy.rowCount())]


def _sample_title(window: MainWindow) -> str:
    return _titles(window)[0]  # the sample library's own collection, imported first


def test_by_date_orders_the_collections_and_is_kept_after_a_restart(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    _import(
        library_path,
        [
            _speech_file(tmp_path, "1991年政府工作报告", "1991年3月25日"),
            _speech_file(tmp_path, "无日期的讲话", None),
            _speech_file(tmp_path, "1955年政府工作报告", "1955年7月5日"),
        ],
    )
    window = open_window()
    sample = _sample_title(window)
    imported = [sample, "1991年政府工作报告", "无日期的讲话", "1955年政府工作报告"]
    assert _titles(window) == imported
    tree, proxy = window.library_pane.tree, window.library_pane.proxy
    # The sample's collection unfolded, one of its speeches current and chosen.
    sample_row = proxy.index(0, 0)
    tree.expand(sample_row)
    qtbot.waitUntil(lambda: proxy.rowCount(sample_row) > 1)
    speeches_before = [
        proxy.index(row, 0, sample_row).data(Role.SPEECH_ID)
        for row in range(proxy.rowCount(sample_row))
    ]
    second = proxy.index(1, 0, sample_row)
    tree.setCurrentIndex(second)
    speech_id = second.data(Role.SPEECH_ID)

    window.registry.action(ActionId.SORT_LIBRARY_BY_DATE).trigger()

    by_date = _titles(window)
    # The sample's speeches are of 2016.
    assert by_date == ["1955年政府工作报告", "1991年政府工作报告", sample, "无日期的讲话"]
    assert window.registry.action(ActionId.SORT_LIBRARY_BY_DATE).isChecked()
    sample_row = proxy.index(by_date.index(sample), 0)
    assert tree.isExpanded(sample_row), "still unfolded"
    assert tree.currentIndex().data(Role.SPEECH_ID) == speech_id, "still current"
    assert tree.selectionModel().isSelected(tree.currentIndex()), "still chosen"
    speeches_after = [
        proxy.index(row, 0, sample_row).data(Role.SPEECH_ID)
        for row in range(proxy.rowCount(sample_row))
    ]
    assert speeches_after == speeches_before, "a compilation keeps its own order"
    qtmodeltester.check(window.tree_model)

    close_window(window)
    again = open_window()
    assert _titles(again) == by_date, "restored after the first frame"
    assert again.registry.action(ActionId.SORT_LIBRARY_BY_DATE).isChecked()

    again.registry.action(ActionId.SORT_LIBRARY_AS_IMPORTED).trigger()
    assert _titles(again) == imported


def test_an_import_takes_its_place_by_date(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    _import_in_window(qtbot, main_window, _speech_file(tmp_path, "1991年报告", "1991年3月25日"))
    _import_in_window(qtbot, main_window, _speech_file(tmp_path, "1955年报告", "1955年7月5日"))
    main_window.registry.action(ActionId.SORT_LIBRARY_BY_DATE).trigger()
    _import_in_window(qtbot, main_window, _speech_file(tmp_path, "1970年报告", "1970年1月1日"))
    titles = [t for t in _titles(main_window) if t.endswith("年报告")]
    assert titles == ["1955年报告", "1970年报告", "1991年报告"]


def test_by_title_orders_the_collections_as_a_chinese_reader_looks_them_up(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    # Imported 重庆, 北京, 安徽; code points would give 北 < 安 < 重; pinyin gives ān, běi, chóng.
    names = ["重庆市工作报告", "北京市工作报告", "安徽省工作报告"]
    _import(library_path, [_speech_file(tmp_path, name, "2024年1月1日") for name in names])
    window = open_window()
    window.registry.action(ActionId.SORT_LIBRARY_BY_TITLE).trigger()
    titles = [t for t in _titles(window) if t in names]
    assert titles == ["安徽省工作报告", "北京市工作报告", "重庆市工作报告"]
    kinds = {window.library_pane.proxy.index(r, 0).data(Role.KIND) for r in range(4)}
    assert kinds == {TreeKind.COLLECTION}


def test_a_renamed_collection_moves_to_its_place_by_title(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = ["北京市工作报告", "重庆市工作报告"]
    _import(library_path, [_speech_file(tmp_path, name, "2024年1月1日") for name in names])
    window = open_window()
    window.registry.action(ActionId.SORT_LIBRARY_BY_TITLE).trigger()
    pane = window.library_pane
    chongqing = pane.proxy.index(_titles(window).index("重庆市工作报告"), 0)
    pane.tree.setCurrentIndex(chongqing)
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: "安徽省工作报告")
    with qtbot.waitSignal(window.session.collection_changed):
        window.registry.action(ActionId.RENAME).trigger()
    assert [t for t in _titles(window) if t.endswith("工作报告")] == [
        "安徽省工作报告",
        "北京市工作报告",
    ]
    assert pane.tree.currentIndex().data(Qt.ItemDataRole.EditRole) == "安徽省工作报告"


def _import_in_window(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_files([path])
