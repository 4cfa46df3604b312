"""Tests for desktop/gui/app_theme.py: the dark theme darkens the whole window, and only it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Color
from desktop.gui.actions import ActionId
from desktop.gui.app_theme import (
    DARK_COLOURS,
    MutedLabel,
    accent_colour,
    apply_application_theme,
    dark_palette,
    focus_colour,
    info_colour,
    muted_colour,
    warning_colour,
)
from desktop.gui.dark_style import DarkStyle
from desktop.gui.main_window import MainWindow
from desktop.gui.theme import THEMES, ThemeName
from tests.gui.colour_difference import SELECTION_DISTANCE, delta_e2000, drawn, lab

Role = QPalette.ColorRole


def _colour(widget, role: QPalette.ColorRole) -> str:  # noqa: ANN001 - any QWidget
    return widget.palette().color(role).name()


def _contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _ink(image: QImage) -> float:
    """How light the drawn (opaque) pixels of an icon are, 0–255."""
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    return sum(values) / len(values)


def test_dark_darkens_the_tree_docks_toolbar_and_tooltips_and_light_gives_them_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree, dock = main_window.library_pane.tree, main_window.annotations_dock
    before = (_colour(tree, Role.Base), _colour(dock, Role.Window), _colour(tree, Role.Text))
    light_style = type(QApplication.style())  # Fusion offscreen, under the menu icons' proxy
    icon = main_window.registry.action(ActionId.IMPORT).icon()
    light_ink = _ink(icon.pixmap(24).toImage())
    main_window.registry.action(ActionId.THEME_DARK).trigger()
    qtbot.waitUntil(lambda: _colour(tree, Role.Base) == DARK_COLOURS[Role.Base])
    assert DARK_COLOURS[Role.Base] == THEMES[ThemeName.DARK].background, "lists match the page"
    assert _colour(dock, Role.Window) == DARK_COLOURS[Role.Window]
    assert _colour(main_window.toolbar, Role.Window) == DARK_COLOURS[Role.Window]
    assert _colour(main_window.find_bar.edit, Role.Base) == DARK_COLOURS[Role.Base]
    assert QToolTip.palette().color(Role.ToolTipBase).name() == DARK_COLOURS[Role.ToolTipBase]
    dark_style = QApplication.style()
    assert isinstance(dark_style, QProxyStyle), "Fusion under the dark theme's proxy"
    assert dark_style.baseStyle().name().lower() == "fusion", "a style that honours a palette"
    dark_icon = main_window.registry.action(ActionId.IMPORT).icon()
    assert _ink(dark_icon.pixmap(24).toImage()) > light_ink + 80, "icons drawn in light ink"
    main_window.registry.action(ActionId.THEME_SEPIA).trigger()

    def after() -> tuple[str, str, str]:
        return (_colour(tree, Role.Base), _colour(dock, Role.Window), _colour(tree, Role.Text))

    qtbot.waitUntil(lambda: after() == before)  # sepia tints the page only
    assert type(QApplication.style()) is light_style, "the light style again"
    assert not isinstance(QApplication.style(), DarkStyle)
    assert _colour(main_window.reader, Role.Base) == THEMES[ThemeName.SEPIA].background
    assert _ink(main_window.registry.action(ActionId.IMPORT).icon().pixmap(24).toImage()) == (
        pytest.approx(light_ink)
    )
    main_window.registry.action(ActionId.THEME_DARK).trigger()
    qtbot.waitUntil(lambda: _colour(dock, Role.Window) == DARK_COLOURS[Role.Window])
    main_window.registry.action(ActionId.THEME_LIGHT).trigger()
    qtbot.waitUntil(lambda: after() == before)


def test_a_dark_start_comes_from_the_settings(qtbot: QtBot, open_window) -> None:  # noqa: ANN001
    first = open_window()
    first.set_theme("dark")
    first.close()
    again = open_window()  # the theme is remembered: the window starts dark
    qtbot.waitUntil(lambda: _colour(again.library_pane.tree, Role.Base) == DARK_COLOURS[Role.Base])
    again.set_theme("light")


@pytest.mark.parametrize("colour", [accent_colour, warning_colour, info_colour, focus_colour])
def test_our_own_colours_read_on_light_and_dark_lists(colour) -> None:  # noqa: ANN001
    dark = dark_palette()
    light = QPalette(QColor("#efefef"), QColor("#ffffff"))
    for palette in (light, dark):
        assert _contrast(colour(palette), palette.color(Role.Base)) >= 4.5
        assert _contrast(colour(palette), palette.color(Role.Window)) >= 3.5


def test_the_note_count_badge_is_drawn_in_a_light_vermilion_on_dark(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能")
    main_window.session.add_highlight(speech.record.id, start, start + 2, "yellow")
    main_window.registry.action(ActionId.THEME_DARK).trigger()
    tree = main_window.library_pane.tree
    qtbot.waitUntil(lambda: _colour(tree, Role.Base) == DARK_COLOURS[Role.Base])
    tree.scrollToTop()
    tree.selectionModel().clearSelection()  # on a selected row the count turns pale to read
    tree.viewport().repaint()
    image = tree.viewport().grab().toImage()
    target = QColor(accent_colour(dark_palette()))

    def near(pixel: QColor) -> bool:
        return all(
            abs(a - b) < 24 for a, b in zip(pixel.getRgb()[:3], target.getRgb()[:3], strict=True)
        )

    found = any(
        near(image.pixelColor(x, y))
        for x in range(image.width() // 2, image.width())
        for y in range(min(image.height(), 120))
    )
    main_window.registry.action(ActionId.THEME_LIGHT).trigger()
    assert found, "the count's digits in the dark theme's vermilion"


def test_hints_stay_readable_and_follow_the_theme(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    hint = MutedLabel(host)
    hint.setText("请在阅读区选中这段文字")
    host.show()

    def shown() -> QColor:
        return hint.palette().color(Role.WindowText)

    for name in ("dark", "light"):
        apply_application_theme(name)
        qtbot.waitUntil(lambda: shown() == muted_colour(host.palette()))
        assert _contrast(shown(), host.palette().color(Role.Window)) >= 4.5, name
        assert shown() != host.palette().color(Role.WindowText), "quieter than the text"


def _edge(widget: QWidget, rect: QRect, ground: QColor) -> QColor:
    """The outline of a control: what is drawn on the left edge of ``rect`` at mid-height,
    the pixel that stands out most from ``ground`` (an antialiased circle blends its edge)."""
    image = widget.grab().toImage()
    middle = rect.center().y()
    pixels = [
        image.pixelColor(x, y)
        for x in (rect.left(), rect.left() + 1)
        for y in range(middle - 1, middle + 2)
    ]
    return max(pixels, key=lambda pixel: _contrast(pixel, ground))


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    """The dark theme for the whole application, the light one again afterwards."""
    apply_application_theme("dark")
    yield qapp.palette()
    apply_application_theme("light")


def test_check_boxes_radio_buttons_and_fields_are_outlined_clearly_on_dark(
    qtbot: QtBot, dark: QPalette
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    check, radio, field = QCheckBox("高亮", host), QRadioButton("本篇讲话", host), QLineEdit(host)
    for widget in (check, radio, field):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the plain outline, not a focus ring
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    window = dark.color(Role.Window)
    for button, element in (
        (check, QStyle.SubElement.SE_CheckBoxIndicator),
        (radio, QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        box = button.style().subElementRect(element, option, button)
        assert _contrast(_edge(button, box, window), window) >= 3, type(button).__name__
    outline = _edge(field, field.rect(), window)
    assert _contrast(outline, window) >= 2.5
    assert _contrast(outline, dark.color(Role.Base)) >= 3, "the field's edge against its inside"
    assert field.palette().color(Role.Base) == dark.color(Role.Base), "fields stay dark inside"


def test_a_selected_title_reads_on_the_dark_selection() -> None:
    palette = dark_palette()
    assert _contrast(palette.color(Role.Highlight), palette.color(Role.HighlightedText)) >= 4.5


def test_disabled_text_on_dark_is_quieter_yet_readable(dark: QPalette) -> None:
    disabled, active = QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active
    for text, ground in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
    ):
        shown = _contrast(dark.color(disabled, text), dark.color(disabled, ground))
        assert shown >= 3, text.name
        assert _contrast(dark.color(active, text), dark.color(active, ground)) > 2 * shown


def test_dark_palette_roles_keep_their_order_of_lightness() -> None:
    """Button, then Light and Midlight above it, Mid, Dark and Shadow below: the bevels of
    sunken lines and panels (drawn from them) read as on any palette."""
    palette = dark_palette()
    order = [Role.Light, Role.Midlight, Role.Button, Role.Mid, Role.Dark, Role.Shadow]
    lightness = [palette.color(role).lightness() for role in order]
    assert lightness == sorted(lightness, reverse=True)
    assert len(set(lightness)) == len(lightness)


def test_light_gives_the_controls_back_the_applications_palette(
    qtbot: QtBot, qapp: QApplication
) -> None:
    before = QCheckBox()
    qtbot.addWidget(before)
    colour = before.palette().color(Role.Window)
    apply_application_theme("dark")
    apply_application_theme("light")
    after = QCheckBox()
    qtbot.addWidget(after)
    assert after.palette().color(Role.Window) == colour == qapp.palette().color(Role.Window)


_ACTIVE_AND_INACTIVE = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _selection_as_drawn(tree: QTreeView, index: QModelIndex) -> QColor:
    """The colour the style fills a selected row with, read back from the tree's viewport."""
    tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tree.viewport().repaint()
    image = tree.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = tree.visualRect(index)
    return image.pixelColor(int((rect.left() + 1) * ratio), int((rect.top() + 1) * ratio))


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_trees_selection_is_not_mistaken_for_a_highlight(
    qtbot: QtBot, main_window: MainWindow, name: ThemeName
) -> None:
    main_window.set_theme(name.value)
    tree, colours = main_window.library_pane.tree, THEMES[name]
    qtbot.waitUntil(lambda: _colour(main_window.reader, Role.Base) == colours.background)
    wanted = QApplication.palette().color(Role.Highlight).name()
    qtbot.waitUntil(lambda: _colour(tree, Role.Highlight) == wanted)  # the palette has arrived
    collection = tree.model().index(0, 0)
    selection = _selection_as_drawn(tree, tree.model().index(0, 0, collection))
    filled = {tree.palette().color(group, Role.Highlight).name() for group in _ACTIVE_AND_INACTIVE}
    main_window.set_theme("light")
    assert selection.name() in filled, "read the selection's fill, not the text over it"
    for colour in Color:
        shown = drawn(colours.highlight(colour), colours.color("background"))
        distance = delta_e2000(lab(shown), lab(selection))
        assert distance >= SELECTION_DISTANCE, (colour, shown.name(), selection.name(), distance)


def test_a_context_menu_stands_out_from_the_dark_page_under_it(
    qtbot: QtBot, dark: QPalette
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.setPalette(THEMES[ThemeName.DARK].palette(dark))  # as the reader's own palette
    menu = QMenu(page)
    menu.addAction("添加批注")
    menu.addAction("删除高亮").setEnabled(False)
    menu.adjustSize()  # drawn as it would pop up (a popup itself warns offscreen)
    image = menu.grab().toImage()
    middle = image.height() // 2
    ground = QColor(THEMES[ThemeName.DARK].background)
    fill, edge = image.pixelColor(image.width() - 4, middle), image.pixelColor(0, middle)
    assert _contrast(fill, ground) >= 1.4, "a panel, not the page's own colour"
    assert _contrast(edge, ground) >= 3, "an edge that shows on the page"
    colours = menu.palette()
    assert _contrast(colours.color(Role.Text), fill) >= 4.5
    assert _contrast(colours.color(QPalette.ColorGroup.Disabled, Role.Text), fill) >= 3.3


def test_a_drop_down_lists_choices_read_on_the_dark_theme(qtbot: QtBot, dark: QPalette) -> None:
    # Fusion lists a combo box's choices as menu items on the menus' Window, which the dark
    # theme makes light for the menus' edge: the choices were light grey on light grey.
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Markdown", "网页（HTML）", "Word 文档"])
    combo.setCurrentIndex(0)
    view = combo.view()
    view.ensurePolished()  # as when the list first drops down (popping up warns offscreen)
    option = QStyleOptionViewItem()
    option.initFrom(view)  # the view's palette, as the view hands it to its delegate
    option.rect = QRect(0, 0, 240, view.sizeHintForRow(0))
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff00ff"))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, view.model().index(1, 0))
    painter.end()
    fill = image.pixelColor(option.rect.right() - 4, option.rect.center().y())
    ground = QColor(THEMES[ThemeName.DARK].background)
    assert _contrast(view.palette().color(Role.Text), fill) >= 4.5, fill.name()
    assert _contrast(fill, QColor("#ffffff")) > _contrast(ground, QColor("#ffffff")) / 2
