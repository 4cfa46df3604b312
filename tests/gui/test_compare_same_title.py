"""Two versions of one report that bear one title: the chooser's rows, the compare window's
Old and New and the exported changes name each side's source file too.

They read the same everywhere (title · date · speaker): which was the old one, which the new,
could not be told, in the list to choose from nor in the changes sent on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.compare_window import CompareWindow
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from tests.core.storage.documents import make_document
from tests.gui.compare_helpers import chooser_of, compared, versions
from tests.gui.conftest import WindowFactory

REPORT = "政府工作报告"


def _import_files(library_path: Path, files: tuple[Path, Path]) -> tuple[int, int]:
    """The report's draft read from the first file and its final version from the second,
    both still where they were read (not one file moved): their speech ids."""
    ids = []
    with open_library(library_path, create=False, daily_backup=False) as library:
        for paragraphs, file in zip(versions(), files, strict=True):
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text("\n".join(paragraphs), encoding="utf-8")
            document = make_document([paragraphs], title=REPORT, titles=[REPORT], source=str(file))
            report = library.store.import_document(document)
            ids.append(library.store.speeches(report.collection_id)[0].id)
    return ids[0], ids[1]


@pytest.fixture
def two_files(library_path: Path, tmp_path: Path) -> tuple[int, int]:
    """The report's draft from 秘书/v1.txt and its final version from 秘书/v2.txt."""
    folder = tmp_path / "秘书"
    return _import_files(library_path, (folder / "v1.txt", folder / "v2.txt"))


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    """The UI in English, then in Chinese."""
    translations = Translations(qapp)
    assert translations.apply(request.param) == request.param
    yield request.param
    translations.remove()


def _source(language: Language, name: str) -> str:
    return f"Source: {name}" if language == Language.ENGLISH else f"来源：{name}"


def _compare_the_final_with_the_draft(
    qtbot: QtBot,
    window: MainWindow,
    draft: int,
    final: int,
    language: Language,
    draft_file: str = "v1.txt",
) -> CompareWindow:
    """View ▸ Compare With… on the final version; the draft's row told by its file (named
    ``draft_file``), chosen."""
    window.open_speech(final)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = chooser_of(qtbot, window)
    rows = {}
    for row in range(chooser.model.rowCount()):
        index = chooser.model.index(row, 0)
        rows[index.data(Qt.ItemDataRole.UserRole + 1)] = index.data()
    assert rows[draft].startswith(f"{REPORT}\n")
    assert rows[draft].endswith(_source(language, draft_file)), "told apart by its file"
    assert "秘书" not in rows[draft], "a file's folders are the user's own"
    others = [text for speech, text in rows.items() if speech != draft]
    assert all(draft_file not in text for text in others)
    for _ in range(list(rows).index(draft)):
        qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Down)
    assert chooser.chosen_speech() == draft
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    return compared(qtbot, window)


def test_each_side_of_one_title_is_named_by_its_file(
    qtbot: QtBot,
    open_window: WindowFactory,
    two_files: tuple[int, int],
    language: Language,
) -> None:
    draft, final = two_files
    compare = _compare_the_final_with_the_draft(qtbot, open_window(), draft, final, language)
    assert compare.old_title.text().endswith(_source(language, "v1.txt"))
    assert compare.new_title.text().endswith(_source(language, "v2.txt"))
    with qtbot.waitSignal(compare.changes_export.copied):
        compare.changes_export.copy_action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    old, new = (line for line in lines[:6] if line.startswith("- "))
    assert old.endswith(f" · {_source(language, 'v1.txt')}")
    assert new.endswith(f" · {_source(language, 'v2.txt')}")
    html = QApplication.clipboard().mimeData().html()
    assert _source(language, "v1.txt") in html
    assert _source(language, "v2.txt") in html


def test_sides_of_two_titles_are_not_named_by_their_files(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    from tests.gui.compare_helpers import import_two_versions, open_compare

    draft, final = import_two_versions(library_path)
    compare = open_compare(qtbot, open_window(), draft, final)
    assert "versions.txt" not in compare.old_title.text()
    with qtbot.waitSignal(compare.changes_export.copied):
        compare.changes_export.copy_action.trigger()
    assert "versions.txt" not in QApplication.clipboard().text()


def test_files_of_one_name_in_two_folders_are_named_by_their_folders_too(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    language: Language,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 2023/报告.txt and 2024/报告.txt: the chooser named neither (its rule differed) and the
    # window and the changes sent on would have read "Source: 报告.txt" on both sides.
    folder = tmp_path / "秘书"
    files = (folder / "2023" / "报告.txt", folder / "2024" / "报告.txt")
    draft, final = _import_files(library_path, files)
    window = open_window()
    compare = _compare_the_final_with_the_draft(
        qtbot, window, draft, final, language, "2023/报告.txt"
    )
    assert compare.old_title.text().endswith(_source(language, "2023/报告.txt"))
    assert compare.new_title.text().endswith(_source(language, "2024/报告.txt"))
    with qtbot.waitSignal(compare.changes_export.copied):
        compare.changes_export.copy_action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    old, new = (line for line in lines[:6] if line.startswith("- "))
    assert old.endswith(f" · {_source(language, '2023/报告.txt')}")
    assert new.endswith(f" · {_source(language, '2024/报告.txt')}")
    target = tmp_path / "changes.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    head = target.read_text(encoding="utf-8").splitlines()[:2]
    assert head == [
        f"--- {REPORT} · 2016-04-15 · {_source(language, '2023/报告.txt')}",
        f"+++ {REPORT} · 2016-04-15 · {_source(language, '2024/报告.txt')}",
    ]
