"""Tests for desktop/gui/i18n.py and the translations in resources/i18n/: every UI string in
Chinese, and the plurals (numerus forms) in English."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMainWindow,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.dialogs.trash_dialog import TrashDialog, collection_row
from desktop.gui import i18n
from desktop.gui.actions import ActionId, ActionRegistry
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.i18n import (
    Language,
    Translations,
    compiled_translations,
    existing_translations,
    resolve_language,
)
from desktop.gui.search_dock import SearchDock
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.terms_dock import TermsDock
from desktop.gui.undo_batches import UndoTexts
from tools.update_translations import LANGUAGES, check, messages, strings_in_code, ts_file


@pytest.fixture
def unbuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .ts copied where no .qm sits beside it (as in a checkout that never built one)."""
    copy = tmp_path / "i18n" / "pizhu_zh_CN.ts"
    copy.parent.mkdir()
    copy.write_bytes(ts_file("zh_CN").read_bytes())
    monkeypatch.setattr(i18n, "ts_path", lambda language: copy.with_name(f"pizhu_{language}.ts"))
    return copy


@pytest.fixture
def translations(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """Translations built into this test's cache, removed again afterwards."""
    saved = QLocale()
    installed = Translations(qapp, cache=tmp_path / "cache")
    yield installed
    installed.remove()
    QLocale.setDefault(saved)


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("zh_CN", "en_US", Language.CHINESE),
        ("en", "zh_CN", Language.ENGLISH),
        ("system", "zh_CN", Language.CHINESE),
        ("system", "zh_Hant_TW", Language.CHINESE),
        ("system", "en_GB", Language.ENGLISH),
        ("system", "de_DE", Language.CHINESE),  # any other language: Chinese, the app's first
        ("system", "C", Language.CHINESE),
        ("nonsense", "en_US", Language.ENGLISH),  # an unknown setting follows the system
    ],
)
def test_resolve_language(setting: str, system: str, expected: Language) -> None:
    assert resolve_language(setting, system) == expected


def test_switching_to_chinese_changes_the_visible_texts(
    qtbot: QtBot, translations: Translations
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    action = registry.action(ActionId.HIGHLIGHT_1)
    window.menuBar().addMenu("&Edit").addAction(action)
    dock = AnnotationsDock(window)
    assert action.text() == "Highlight &Yellow"
    assert translations.apply("zh_CN") == Language.CHINESE
    # Qt sends LanguageChange down the widget tree; the registry and the dock re-read texts.
    qtbot.waitUntil(lambda: action.text() == "黄色高亮(&Y)")
    qtbot.waitUntil(lambda: dock.windowTitle() == "批注")
    translations.apply("en")
    qtbot.waitUntil(lambda: action.text() == "Highlight &Yellow")


def test_undo_and_redo_tooltips_follow_a_language_switch(
    qtbot: QtBot, translations: Translations
) -> None:
    # Undo and Redo keep their own text (it names the step), but their toolbar tips are the
    # registry's: after a switch they must not stay in the language the app started in.
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    undo, redo = registry.action(ActionId.UNDO), registry.action(ActionId.REDO)
    registry.keep_text(ActionId.UNDO)
    registry.keep_text(ActionId.REDO)
    english = undo.toolTip(), redo.toolTip()
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: undo.toolTip().startswith("撤销上一次修改"))
    assert redo.toolTip().startswith("重做刚才撤销的修改")
    translations.apply("en")
    qtbot.waitUntil(lambda: (undo.toolTip(), redo.toolTip()) == english)
    assert english[0].startswith("Undo the last change")
    assert english[1].startswith("Redo the last undone change")  # was "Make the change taken…"


def test_a_toolbar_tip_sets_its_keys_in_full_width_brackets_in_chinese(
    qtbot: QtBot, translations: Translations
) -> None:
    # The house style's 上一个（Shift+F3）: a tooltip built of a tip and its keys follows it.
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    action = registry.action(ActionId.IMPORT)
    assert action.toolTip().endswith(" (Ctrl+O)")
    translations.apply("zh_CN")
    qtbot.waitUntil(lambda: action.toolTip().endswith("（Ctrl+O）"))
    assert action.toolTip().startswith("从文本、Word")
    assert " (" not in action.toolTip()


def test_without_lrelease_and_without_a_qm_the_ui_stays_english(
    unbuilt: Path, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert translations.apply("zh_CN") == Language.ENGLISH
    assert translations.language == Language.ENGLISH


def test_a_current_qm_is_used_without_building_again(
    unbuilt: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    built = compiled_translations("zh_CN", cache)
    assert built is not None
    assert built.parent == cache
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)  # no rebuild possible now
    assert compiled_translations("zh_CN", cache) == built
    later = built.stat().st_mtime + 10  # the .ts edited after the build: the .qm is stale
    os.utime(unbuilt, (later, later))
    assert compiled_translations("zh_CN", cache) is None


def test_an_out_of_date_qm_is_shown_at_once_and_rebuilt_after(
    qtbot: QtBot, unbuilt: Path, tmp_path: Path, translations: Translations
) -> None:
    """No lrelease before the window while some .qm exists: the start stays fast."""
    cache = tmp_path / "cache"  # the translations fixture's
    built = compiled_translations("zh_CN", cache)
    assert built is not None
    edited = unbuilt.stat().st_mtime
    os.utime(built, (edited - 10, edited - 10))  # the .ts was edited after the last build
    assert existing_translations("zh_CN", cache) == (built, False)
    assert translations.apply("zh_CN") == Language.CHINESE, "the old one, at once"
    assert existing_translations("zh_CN", cache) == (built, False), "nothing built yet"
    translations.refresh_stale()
    qtbot.waitUntil(lambda: existing_translations("zh_CN", cache) == (built, True))
    qtbot.waitUntil(lambda: translations._rebuild is None)
    assert translations.language == Language.CHINESE


def test_an_out_of_date_qm_is_brought_up_to_date_at_once_before_an_upgrade(
    unbuilt: Path, tmp_path: Path, translations: Translations
) -> None:
    """An upgrade's window comes with an update of the app: its words, new in it, showed in
    English from the old .qm, which the background rebuild replaced only after the upgrade."""
    cache = tmp_path / "cache"
    built = compiled_translations("zh_CN", cache)
    assert built is not None
    edited = unbuilt.stat().st_mtime
    os.utime(built, (edited - 10, edited - 10))
    assert translations.apply("zh_CN") == Language.CHINESE, "the old one, at once"
    translations.bring_up_to_date()
    assert existing_translations("zh_CN", cache) == (built, True), "built now, not later"
    assert translations.language == Language.CHINESE
    assert translations._rebuild is None


def test_an_out_of_date_qm_switched_to_after_the_start_is_rebuilt_too(
    qtbot: QtBot, unbuilt: Path, tmp_path: Path, translations: Translations
) -> None:
    """English at the start, Chinese chosen in Preferences after an update of the app: the
    strings new in the update showed in English until the next start."""
    cache = tmp_path / "cache"
    translations.apply("en")
    translations.refresh_stale()  # the window is up
    built = compiled_translations("zh_CN", cache)
    assert built is not None
    edited = unbuilt.stat().st_mtime
    os.utime(built, (edited - 10, edited - 10))
    assert translations.apply("zh_CN") == Language.CHINESE, "the old one, at once"
    qtbot.waitUntil(lambda: existing_translations("zh_CN", cache) == (built, True))
    qtbot.waitUntil(lambda: translations._rebuild is None)
    assert translations.language == Language.CHINESE


def test_every_ui_string_has_a_chinese_translation() -> None:
    stored = messages(ts_file("zh_CN"))
    in_code = strings_in_code()
    assert sorted(in_code - set(stored)) == []  # run tools/update_translations.py
    assert sorted(set(stored) - in_code) == []  # strings no longer in the code
    untranslated = sorted(key for key, texts in stored.items() if not all(texts))
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_lupdate_finds_nothing_new(language: str) -> None:
    assert check(language) == []


def _numerus_forms(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the plural forms of every plural message of a language's .ts."""
    found = {}
    for context in ET.parse(ts_file(language)).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                assert translation is not None
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                assert translation.get("type") != "unfinished", message.findtext("source")
                key = (context.findtext("name") or "", message.findtext("source") or "")
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
    return found


def test_the_english_catalogue_holds_every_plural_and_nothing_else() -> None:
    english = ET.parse(ts_file("en")).getroot()
    assert all(m.get("numerus") == "yes" for m in english.iter("message"))
    plurals = _numerus_forms("en")
    assert set(plurals) == set(_numerus_forms("zh_CN"))  # the same plurals as the code's
    assert len(plurals) >= 20
    for (context, source), forms in plurals.items():
        assert len(forms) == 2, (context, source)  # English: one, and more than one
        for form in forms:
            assert form, (context, source)
            assert re.findall(r"%\d", form) == re.findall(r"%\d", source), (context, form)
            assert not re.search(r"\((e?s)\)", form), (context, form)


def test_english_plurals_read_as_english(qtbot: QtBot, translations: Translations) -> None:
    assert translations.apply("en") == Language.ENGLISH
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    dialog.set_rows([collection_row(1, "开篇讲话", 1), collection_row(2, "讲话汇编", 3)])
    shown = [dialog.list.topLevelItem(row).text(1) for row in range(2)]
    assert shown == ["Collection of 1 speech", "Collection of 3 speeches"]
    translations.apply("zh_CN")
    dialog.set_rows([collection_row(2, "讲话汇编", 3)])
    assert dialog.list.topLevelItem(0).text(1) == "文集，共 3 篇讲话"


def test_the_import_step_is_named_with_its_count(translations: Translations) -> None:
    translations.apply("en")
    assert [UndoTexts().imported(n) for n in (1, 3)] == [
        "Import 1 Annotation",
        "Import 3 Annotations",
    ]
    translations.apply("zh_CN")
    assert UndoTexts().imported(3) == "导入 3 条批注"


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for (context, source), texts in messages(ts_file("zh_CN")).items():
        for text in texts:
            for marker in ("%1", "%2", "%3", "%4", "%n", "%Ln"):
                assert (marker in source) == (marker in text), (context, source, text)
            assert ("&" in source.replace("&&", "")) == ("(&" in text), (context, source, text)


AVOIDED_TERMS = {
    "合集": "文集",  # a collection
    "划线": "高亮",  # a highlight
    "检索": "搜索",  # searching the library
    "书库": "文库",  # the library
    "索引词表": "上下文索引",  # the concordance
}
"""Words the Chinese UI does not use, with the one it uses for the same thing."""


def test_the_chinese_ui_has_one_word_per_concept() -> None:
    for (context, source), texts in messages(ts_file("zh_CN")).items():
        for text in texts:
            for avoided, used in AVOIDED_TERMS.items():
                assert avoided not in text, f"{context}: {source!r} says {avoided}, not {used}"


def test_the_app_is_named_in_full_where_its_name_is_meant() -> None:
    """批注 alone is a note: where the English names the app, the Chinese says 批注 Pizhu."""
    named = {
        key: texts
        for key, texts in messages(ts_file("zh_CN")).items()
        if re.search(r"\bPizhu\b", key[1])
    }
    assert len(named) >= 5
    for (context, source), texts in named.items():
        assert all("批注 Pizhu" in text for text in texts), (context, source, texts)


def _text_room(box: QComboBox) -> int:
    """The width a combo box gives its current text (inside the frame, beside the arrow)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


def test_a_scope_box_grows_when_a_language_switch_lengthens_its_text(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    translations.apply("zh_CN")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget(window))
    search = SearchDock(tmp_path / "library.sqlite", _NoTexts())
    terms = TermsDock(tmp_path / "library.sqlite")
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, search)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, terms)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert search.scope_box.currentText() == "整个文库"
    translations.apply("en")  # "Whole library": wider than 整个文库
    qtbot.waitUntil(lambda: search.scope_box.currentText() == "Whole library")
    terms.scope_box.setCurrentIndex(1)  # "Its collection"
    for box in (search.scope_box, terms.scope_box):
        needed = box.fontMetrics().horizontalAdvance(box.currentText())
        qtbot.waitUntil(lambda box=box, needed=needed: _text_room(box) >= needed)
    search.shutdown()
    terms.shutdown()


def test_the_search_dock_speaks_chinese_in_its_mixins_too(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    """The searching part of the dock is a mixin: its strings are found in its own context."""
    search = SearchDock(tmp_path / "library.sqlite", _NoTexts())
    qtbot.addWidget(search)
    translations.apply("zh_CN")
    search.scope_box.setCurrentIndex(search.scope_box.findData(ScopeKind.SPEECH.value))
    search.set_query("改革")  # no speech is open: nothing to search in
    assert search.message.text() == "请先打开一篇讲话，再在其中搜索。"
    translations.apply("en")
    qtbot.waitUntil(lambda: search.message.text() == "Open a speech to search in it.")
    search.shutdown()


class _NoTexts:
    """A TextSource the search dock never asks here (nothing is searched)."""

    def speech_text(self, speech_id: int) -> str:
        """No speech has text."""
        return ""

    def section_path(self, speech_id: int, offset: int) -> str:
        """No speech has sections."""
        return ""
