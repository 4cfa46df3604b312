"""Tests for desktop/gui/window_export.py: File ▸ Export… and Import Annotations…."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.storage.library import open_library
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.export_settings import ScopeKind
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from tests.core.export.readback import docx_text
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.swatches import PURPLE, PURPLE_ON_DARK, dark_theme, swatch_fill
from tests.gui.window_helpers import (
    click_row,
    focus_reader,
    import_annotations_by_menu,
    menu_action,
    tree_row,
)

WAIT_MS = 30_000


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE], ids=["en", "zh_CN"])
def translated_window(
    request: pytest.FixtureRequest, qapp: QApplication, main_window: MainWindow
) -> Iterator[MainWindow]:
    """The main window with its UI in each language, as the app gives it its translations."""
    translations = Translations(qapp)
    assert translations.apply(request.param) == request.param
    main_window.translations = translations
    yield main_window
    translations.remove()


def test_export_is_in_the_file_menu_on_ctrl_e(main_window: MainWindow) -> None:
    action = main_window.registry.action(ActionId.EXPORT)
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert menu_action(main_window, "&File", action.objectName()) is action
    importing = main_window.registry.action(ActionId.IMPORT_ANNOTATIONS)
    assert menu_action(main_window, "&File", importing.objectName()) is importing


def test_export_the_speech_being_read_to_word(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    main_window.session.add_highlight(speech.record.id, start, start + 4, "green")
    main_window.registry.action(ActionId.EXPORT).trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.ui.scope_kind() == ScopeKind.CURRENT_SPEECH
    assert speech.record.title in dialog.ui.scope_buttons[ScopeKind.CURRENT_SPEECH].text()
    qtbot.waitUntil(lambda: "1 annotation(s)" in dialog.ui.summary.text(), timeout=WAIT_MS)
    dialog.ui.destination.setText(str(tmp_path / "摘录.docx"))
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert "效能革命" in docx_text(finished.args[0].path.read_bytes())
    assert str(tmp_path / "摘录.docx") in main_window.status.currentMessage()
    dialog.close()
    assert main_window.export_dialog is None
    main_window.registry.action(ActionId.EXPORT).trigger()  # again, a new dialog
    again = main_window.export_dialog
    assert again is not None
    assert again.isVisible()
    assert again.format_name() == "docx"  # the last choice
    assert Path(again.ui.destination.text()).parent == tmp_path
    again.close()


def test_the_collection_chosen_in_the_library_is_offered(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    collection_id = main_window.current_speech().record.collection_id
    click_row(qtbot, main_window, tree_row(main_window, main_window.current_speech_id()))
    dialog = main_window.show_export_dialog()
    button = dialog.ui.scope_buttons[ScopeKind.COLLECTION]
    assert button.isEnabled()
    assert main_window.session.collection(collection_id).title in button.text()
    assert dialog.scope() == ExportScope(speech_ids=(main_window.current_speech_id(),))
    record = main_window.current_speech().record
    this_speech = dialog.ui.scope_buttons[ScopeKind.CURRENT_SPEECH].text()
    assert this_speech.endswith(f": No. {record.index} · {record.title}")
    dialog.close()


def _offered_scopes(dialog: ExportDialog) -> list[str]:
    return [b.text() for b in dialog.ui.scope_buttons.values() if b.isVisibleTo(dialog)]


def test_a_section_of_the_open_speech_selected_is_not_offered_twice(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech()
    heading = speech.outline[1]
    click_row(qtbot, main_window, tree_row(main_window, speech.record.id, heading.start))
    assert main_window.library_pane.selected_speech_ids() == [speech.record.id]
    dialog = main_window.show_export_dialog()
    offered = _offered_scopes(dialog)
    assert len(offered) == 3
    assert sum(speech.record.title in text for text in offered) == 1
    assert not any("selected" in text for text in offered)
    assert dialog.ui.scope_kind() == ScopeKind.CURRENT_SPEECH
    dialog.reject()
    other = main_window.speech_order()[2]
    ctrl = Qt.KeyboardModifier.ControlModifier
    click_row(qtbot, main_window, tree_row(main_window, other), ctrl)
    dialog = main_window.show_export_dialog()
    selected = dialog.ui.scope_buttons[ScopeKind.SELECTED_SPEECHES]
    assert selected.isVisibleTo(dialog)
    assert selected.isEnabled()
    assert len(_offered_scopes(dialog)) == 4
    dialog.reject()


def test_imported_annotations_appear_with_a_report(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    speech_id = main_window.current_speech_id()
    backup = tmp_path / "backup.json"
    # Another copy of the app made a note and backed it up; this library never had it.
    with open_library(library_path, create=False, daily_backup=False) as other:
        text = other.store.speech_text(speech_id)
        start = text.index("效能革命")
        note = other.annotations.create(speech_id, "note", start, start + 4, note="别处的批注")
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", backup, scope))
        other.annotations.purge(note.id)
    main_window.pick_annotation_file = lambda _parent, _folder: str(backup)
    with qtbot.waitSignal(main_window.session.library_changed, timeout=WAIT_MS):
        main_window.registry.action(ActionId.IMPORT_ANNOTATIONS).trigger()
    importer = main_window.annotation_importer
    assert importer is not None
    ids = [a.id for a in main_window.session.annotations(speech_id)]
    assert note.id in ids
    assert importer.message is not None
    assert "1 added" in importer.message.informativeText()
    importer.message.button(QMessageBox.StandardButton.Ok).click()


def _notes_from_elsewhere(library_path: Path, speech_id: int, folder: Path) -> dict[str, int]:
    """A backup of two notes another copy of the app made on the speech: their ids and starts.

    This library never had them.
    """
    with open_library(library_path, create=False, daily_backup=False) as other:
        text = other.store.speech_text(speech_id)
        made = {}
        for words in ("效能革命", "工作会"):
            start = text.index(words)
            note = other.annotations.create(
                speech_id, "note", start, start + len(words), note=f"别处的批注：{words}"
            )
            made[note.id] = start
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", folder / "backup.json", scope))
        for annotation_id in made:
            other.annotations.purge(annotation_id)
    return made


def _shown(window: MainWindow, made: dict[str, int]) -> list[bool]:
    """Whether the dock lists each note and the reader paints it."""
    dock = window.annotations_dock
    return [
        dock.model.annotation(key) is not None and key in window.reader.annotations_at(start)
        for key, start in made.items()
    ]


def test_an_import_is_undone_to_the_trash_and_redone_with_the_keyboard(
    qtbot: QtBot,
    open_window: WindowFactory,
    main_window: MainWindow,
    library_path: Path,
    tmp_path: Path,
) -> None:
    made = _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    session = main_window.session
    with qtbot.waitSignal(session.library_changed, timeout=WAIT_MS):
        import_annotations_by_menu(qtbot, main_window, tmp_path / "backup.json")
    assert _shown(main_window, made) == [True, True]
    assert "Ctrl+Z" in main_window.status.currentMessage()
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Import 2 Annotation(s)"
    assert menu_action(main_window, "&Edit", undo.objectName()) is undo
    focus_reader(qtbot, main_window)
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(main_window, made) == [False, False]
    assert {a.id for a in session.trash()} == set(made)
    redo = main_window.registry.action(ActionId.REDO)
    assert redo.text() == "&Redo Import 2 Annotation(s)"
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, shift)
    assert _shown(main_window, made) == [True, True]
    assert session.trash() == []
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    close_window(main_window)
    reopened = open_window()
    assert {a.id for a in reopened.session.trash()} == set(made)
    assert _shown(reopened, made) == [False, False]


def test_importing_the_same_file_again_adds_no_undo_step(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    import_annotations_by_menu(qtbot, main_window, tmp_path / "backup.json")
    stack = main_window.session.undo_stack
    assert stack.count() == 1
    import_annotations_by_menu(qtbot, main_window, tmp_path / "backup.json")
    assert stack.count() == 1
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Import 2 Annotation(s)"


# Printing ----------------------------------------------------------------------------------


def test_what_an_export_names_itself_follows_the_ui_language(
    qtbot: QtBot, translated_window: MainWindow, tmp_path: Path
) -> None:
    window = translated_window
    speech = window.current_speech()
    start = speech.text.index("效能革命")
    window.session.add_highlight(speech.record.id, start, start + 4, "green")
    dialog = window.show_export_dialog()
    dialog.ui.format.setCurrentIndex(dialog.ui.format.findData("md"))
    button = dialog.ui.scope_buttons[ScopeKind.LIBRARY]
    # On the round indicator: the button is wider than its label, whose end is not clickable.
    indicator = QPoint(button.iconSize().width() // 2 + 2, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=indicator)
    assert dialog.ui.scope_kind() == ScopeKind.LIBRARY
    english = window.translations.language == Language.ENGLISH
    title = "All Annotations" if english else "全部批注"
    qtbot.waitUntil(
        lambda: Path(dialog.ui.destination.text()).name == f"{title}.md", timeout=WAIT_MS
    )
    dialog.ui.destination.setText(str(tmp_path / Path(dialog.ui.destination.text()).name))
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    written = finished.args[0].path.read_text(encoding="utf-8")
    assert f"# {title}\n" in written
    assert ("全部批注" in written) is not english
    assert "效能革命" in written, "the user's passage as it is"
    dialog.close()


def test_the_dialog_s_colour_chips_follow_a_theme_change(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.EXPORT).trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    chip = dialog.ui.filters.colors[Color.PURPLE.value]
    assert swatch_fill(chip.icon()) == QColor(PURPLE)
    with dark_theme(main_window):
        assert dialog.isVisible()
        assert swatch_fill(chip.icon()) == PURPLE_ON_DARK
    assert swatch_fill(chip.icon()) == QColor(PURPLE), "and back on light"
    dialog.reject()


def test_a_speech_whose_title_repeats_is_exported_under_its_number(
    qtbot: QtBot, translated_window: MainWindow
) -> None:
    window = translated_window
    collection_id = window.session.collections()[0].id
    fourth = window.session.speeches(collection_id)[3]
    click_row(qtbot, window, tree_row(window, fourth.id))
    qtbot.waitUntil(lambda: window.current_speech().record.id == fourth.id, timeout=WAIT_MS)
    dialog = window.show_export_dialog()
    assert dialog.ui.scope_kind() == ScopeKind.CURRENT_SPEECH
    english = window.translations.language == Language.ENGLISH
    named = f"{fourth.title} (No. 4)" if english else f"{fourth.title}（第4篇）"
    extension = dialog.request().destination.suffix
    assert Path(dialog.ui.destination.text()).name == f"{named}{extension}", "before the preview"
    qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS).wait()
    assert Path(dialog.ui.destination.text()).name == f"{named}{extension}", "after it too"
    dialog.close()


def test_this_collection_names_which_of_two_of_one_title(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    # A draft and its final version: the library tree and the search name each with its
    # file; the export dialog offered "This collection: 政府工作报告" for either.
    from desktop.core.importing import import_file
    from desktop.models.library_tree import Role
    from tests.gui.files import good_file

    title = "政府工作报告"
    with open_library(library_path, create=False, daily_backup=False) as library:
        for name in ("初稿.txt", "定稿.txt"):
            document = import_file(good_file(tmp_path, name, title))
            library.store.import_document(document, keep_duplicates=True)  # same words
    window = open_window()
    pane = window.library_pane
    rows = [pane.proxy.index(row, 0) for row in range(pane.proxy.rowCount())]
    (draft,) = [index for index in rows if index.data(Role.DISTINCTION) == "初稿.txt"]
    click_row(qtbot, window, draft)
    menu_action(window, "&File", "action_export").trigger()
    dialog = window.export_dialog
    assert dialog is not None
    shown = dialog.ui.scope_buttons[ScopeKind.COLLECTION].text().replace("&", "")
    assert shown == f"This collection: {title} (初稿.txt)"
    dialog.close()


def _gathered(window: MainWindow) -> dict[str, str]:
    """Two 金句 in pink on two speeches (one noted 民生), and a yellow 素材: their ids."""
    session, first = window.session, window.current_speech()
    window.registry.action(ActionId.NEXT_SPEECH).trigger()
    second = window.current_speech()
    made = {}
    for name, speech, color, tags, note in (
        ("民生", first, "pink", ["金句"], "讲民生的好句子"),
        ("效能", second, "pink", ["金句"], ""),
        ("素材", second, "yellow", ["素材"], "讲民生的数据"),
    ):
        start = 3 if name != "素材" else 10
        highlight = session.add_highlight(speech.record.id, start, start + 2, color)
        session.set_tags(highlight.id, tags)
        if note:
            session.edit_note(highlight.id, note)
        made[name] = highlight.id
    return made


def _filter_the_list(qtbot: QtBot, window: MainWindow, *, words: str = "") -> None:
    """In the Annotations list: all speeches, pink, the tag 金句, maybe words."""
    from PySide6.QtWidgets import QToolButton

    bar = window.annotations_dock.filter_bar
    everything = bar.findChild(QToolButton, "scopeAllSpeeches")
    qtbot.mouseClick(everything, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.running_work())
    qtbot.mouseClick(bar.chip("pink"), Qt.MouseButton.LeftButton)
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("金句"))
    if words:
        bar.search_edit.setFocus()
        bar.search_edit.insert(words)  # as an input method commits it (QTest types ASCII only)
        qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
        proxy = window.annotations_dock.proxy
        qtbot.waitUntil(lambda: proxy.criteria.words == (words,))


def test_an_export_starts_from_what_the_filtered_annotations_list_shows(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    made = _gathered(main_window)
    _filter_the_list(qtbot, main_window)
    focus_reader(qtbot, main_window)
    main_window.registry.action(ActionId.EXPORT).trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    assert dialog.ui.scope_kind() == ScopeKind.LIBRARY, "the list shows all speeches"
    assert dialog.ui.list_note.isVisibleTo(dialog), "the dialog says where its choice came from"
    qtbot.waitUntil(lambda: "2 annotation(s)" in dialog.ui.summary.text(), timeout=WAIT_MS)
    dialog.ui.destination.setText(str(tmp_path / "金句.docx"))
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert (finished.args[0].annotations, finished.args[0].speeches) == (2, 2)
    text = docx_text(finished.args[0].path.read_bytes())
    assert "讲民生的好句子" in text
    assert "讲民生的数据" not in text
    assert set(made) == {"民生", "效能", "素材"}
    qtbot.mouseClick(dialog.ui.filters.colors["pink"], Qt.MouseButton.LeftButton)
    assert not dialog.ui.list_note.isVisibleTo(dialog), "chosen otherwise: no longer the list's"
    dialog.close()


def test_changing_a_filter_taken_from_the_list_does_not_move_the_dialog_under_the_mouse(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The note "set as the Annotations list shows them" goes when a filter is changed; the
    # fields under it stay where they were, or the next click lands on the field above.
    _gathered(main_window)
    _filter_the_list(qtbot, main_window)
    focus_reader(qtbot, main_window)
    dialog = main_window.show_export_dialog()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.list_note.isVisibleTo(dialog)
    before = ui.filters.mapTo(dialog, ui.filters.rect().topLeft())
    destination = ui.destination.mapTo(dialog, ui.destination.rect().topLeft())
    qtbot.mouseClick(ui.filters.colors["pink"], Qt.MouseButton.LeftButton)
    dialog.layout().activate()
    assert not ui.list_note.isVisibleTo(dialog)
    assert ui.filters.mapTo(dialog, ui.filters.rect().topLeft()) == before
    assert ui.destination.mapTo(dialog, ui.destination.rect().topLeft()) == destination
    dialog.close()


def test_words_typed_in_the_annotations_list_narrow_the_export_too(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    made = _gathered(main_window)
    _filter_the_list(qtbot, main_window, words="民生")
    focus_reader(qtbot, main_window)
    dialog = main_window.show_export_dialog()
    assert dialog.ui.filters.words.text() == "民生"
    qtbot.waitUntil(lambda: "1 annotation(s)" in dialog.ui.summary.text(), timeout=WAIT_MS)
    dialog.ui.destination.setText(str(tmp_path / "民生.docx"))
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    text = docx_text(finished.args[0].path.read_bytes())
    assert "讲民生的好句子" in text
    assert "讲民生的数据" not in text, "yellow, not 金句: the list did not show it"
    assert "素材" in made
    dialog.close()


def test_words_typed_in_the_list_reach_the_export_as_typed_not_folded(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The list matches GDP as gdp; the dialog's words box and the file's name say GDP."""
    made = _gathered(main_window)
    main_window.session.edit_note(made["民生"], "讲民生的GDP")
    bar = main_window.annotations_dock.filter_bar
    _filter_the_list(qtbot, main_window)
    bar.search_edit.setFocus()
    qtbot.keyClicks(bar.search_edit, "GDP")
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    proxy = main_window.annotations_dock.proxy
    qtbot.waitUntil(lambda: proxy.criteria.words == ("gdp",))
    focus_reader(qtbot, main_window)
    dialog = main_window.show_export_dialog()
    assert dialog.ui.filters.words.text() == "GDP"
    qtbot.waitUntil(lambda: "1 annotation(s)" in dialog.ui.summary.text(), timeout=WAIT_MS)
    assert "“GDP”" in Path(dialog.ui.destination.text()).name
    dialog.close()


def test_an_unfiltered_list_of_this_speech_leaves_the_last_choice(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.annotations_dock  # noqa: B018 - the dock open, on this speech, no filter
    dialog = main_window.show_export_dialog()
    assert dialog.ui.scope_kind() == ScopeKind.CURRENT_SPEECH
    assert not dialog.ui.list_note.isVisibleTo(dialog)
    assert not dialog.ui.filters.narrows()
    dialog.close()


class _LinuxLineEdit(QObject):
    """What a line edit does on a Linux desktop, where Qt gives it Emacs's Ctrl+E (end of
    line): it claims the key before any shortcut of the window sees it."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.keyCombination().toCombined() == QKeySequence("Ctrl+E")[0].toCombined():
                event.accept()
        return False


def test_ctrl_e_exports_while_the_annotations_search_box_has_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    search = main_window.annotations_dock.filter_bar.search_edit
    claims = _LinuxLineEdit(search)
    search.installEventFilter(claims)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    search.insert("效能")  # as an input method commits it; Ctrl+E before the typing pause ends
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.export_dialog
    assert dialog is not None, "the menu's key, not the line edit's end of line"
    assert dialog.isVisible()
    assert dialog.ui.filters.words.text() == "效能", "the words the list is about to show"
    dialog.close()


def test_ctrl_e_exports_from_the_search_box_of_a_floating_annotations_dock(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = main_window.annotations_dock
    dock.setFloating(True)  # a floating dock is a window of its own, still the main window's
    qtbot.waitUntil(dock.isFloating)
    search = dock.filter_bar.search_edit
    search.installEventFilter(_LinuxLineEdit(search))
    dock.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.export_dialog
    assert dialog is not None, "the menu's key, not the floating line edit's end of line"
    dialog.close()
    dock.setFloating(False)


def test_speeches_chosen_in_the_library_stay_the_scope_and_the_note_says_so(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _gathered(main_window)
    _filter_the_list(qtbot, main_window)  # all speeches, pink, 金句
    first, second = main_window.speech_order()[:2]
    click_row(qtbot, main_window, tree_row(main_window, first))
    click_row(
        qtbot, main_window, tree_row(main_window, second), Qt.KeyboardModifier.ControlModifier
    )
    dialog = main_window.show_export_dialog()
    assert dialog.ui.scope_kind() == ScopeKind.SELECTED_SPEECHES, "the speeches she chose"
    assert dialog.ui.filters.colors["pink"].isChecked(), "the list's colours, tag and words"
    note = dialog.ui.list_note.text()
    assert dialog.ui.list_note.isVisibleTo(dialog)
    assert "speeches" not in note, f"the speeches are the library's choice, not the list's: {note}"
    dialog.close()
