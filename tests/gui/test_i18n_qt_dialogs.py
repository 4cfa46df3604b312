"""Qt's own dialogs and menus in a Chinese UI (desktop/gui/i18n.py, resources/i18n/qtbase_extra_*):
no English left in what the app opens of them.

Qt's Chinese catalogue lags behind Qt: 6.11's file dialog says "&Look in:" where the catalogue
translates "Look in:". The app's catalogue of Qt texts fills the gaps; these tests read every
text of the dialogs the app opens, built as the app builds them (Qt's widgets, not the
platform's), and find no English word in them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.gui.i18n import Language, Translations, qt_extra_ts_path
from tests.gui.qt_dialog_texts import english_texts, english_words, widget_texts
from tools.update_translations import check_qt_extra, messages

Build = Callable[[QWidget], QWidget]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Translations]:
    """The UI in Chinese, as the app installs it: its catalogue, Qt's, and the gaps filled."""
    translations = Translations(qapp)
    assert translations.apply(Language.CHINESE) == Language.CHINESE
    yield translations
    translations.remove()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The window the dialogs belong to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _file_dialog(mode: QFileDialog.AcceptMode) -> Build:
    def build(parent: QWidget) -> QWidget:
        dialog = QFileDialog(parent, "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        return dialog

    return build


PRINTERS: list[QPrinter] = []
"""The dialogs' printers, which they do not own: kept for as long as the tests run."""


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    PRINTERS.append(printer)
    return printer


def _print_dialog(parent: QWidget) -> QWidget:
    dialog = QPrintDialog(_printer(), parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, True)
    return dialog


def _preview_dialog(parent: QWidget) -> QWidget:
    return QPrintPreviewDialog(_printer(), parent)


def _message_box(parent: QWidget) -> QWidget:
    buttons = QMessageBox.StandardButton
    shown = buttons.Ok | buttons.Cancel | buttons.Yes | buttons.No | buttons.Save
    box = QMessageBox(QMessageBox.Icon.Question, "", "", shown | buttons.Discard, parent)
    box.setDetailedText("…")  # Show Details… / Hide Details…
    return box


def _input_dialog(parent: QWidget) -> QWidget:
    return QInputDialog(parent)


DIALOGS: dict[str, Build] = {
    "open file": _file_dialog(QFileDialog.AcceptMode.AcceptOpen),
    "save file": _file_dialog(QFileDialog.AcceptMode.AcceptSave),
    "print": _print_dialog,
    "print preview": _preview_dialog,
    "message box": _message_box,
    "input": _input_dialog,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_qt_s_dialogs_show_no_english_in_a_chinese_ui(
    qtbot: QtBot, chinese: Translations, parent: QWidget, name: str
) -> None:
    dialog = DIALOGS[name](parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert english_texts(widget_texts(dialog)) == []
    dialog.close()


def test_the_print_dialog_s_printer_properties_show_no_english(
    qtbot: QtBot, chinese: Translations, parent: QWidget
) -> None:
    dialog = _print_dialog(parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.objectName() == "properties"]
    seen: list[str] = []

    def read_and_close() -> None:
        properties = QApplication.activeModalWidget()
        assert properties is not None
        assert properties is not dialog
        seen.extend(widget_texts(properties))
        properties.close()

    QTimer.singleShot(0, read_and_close)  # the properties open modally, in their own loop
    button.click()
    assert seen, "the properties were shown"
    assert english_texts(seen) == []
    dialog.close()


@pytest.mark.parametrize("editor", [QLineEdit, QTextEdit, QPlainTextEdit, QTextBrowser])
def test_the_text_boxes_context_menus_show_no_english(
    qtbot: QtBot, chinese: Translations, editor: type[QWidget]
) -> None:
    box = editor()
    qtbot.addWidget(box)
    box.setFocus()
    qtbot.keyClicks(box, "abc")  # typed: Undo, and Select All, have something to act on
    menu = box.createStandardContextMenu()
    assert menu.actions()
    assert english_texts(widget_texts(menu)) == []
    menu.deleteLater()


def test_the_english_detector_sees_english_and_lets_names_and_units_be() -> None:
    assert english_words("&Look in:") == ["Look"]  # "in" alone could be inches
    assert english_words("查找范围(&L)：") == []
    assert english_words("复制(&C)\tCtrl+C") == []
    assert english_words("美国信纸 (Letter) / ANSI A") == []
    assert english_words("10 x 11 in") == []
    assert english_words("写入 PDF 文件") == []
    assert english_words("/home/用户/文档") == []


def test_the_catalogue_of_qt_texts_holds_only_what_qt_s_own_lacks() -> None:
    """Every entry translated, and none that Qt's Chinese catalogue translates itself (a later
    Qt may: then the entry goes)."""
    ours = qt_extra_ts_path(Language.CHINESE)
    assert messages(ours), "the catalogue is there"
    assert check_qt_extra(ours) == []
