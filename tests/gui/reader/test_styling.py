"""Tests for desktop/gui/reader/styling.py: a new theme or font size keeps the page's document.

The page a restyle leaves must be the page a new build in that style gives, format for format;
and it must get there without building it again (no text set, no speech looked at again).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from desktop.core.records import SpeechContent
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView, document, view
from desktop.gui.reader.balance import balance_centred_blocks
from desktop.gui.reader.document import ReaderStyle, build_document
from desktop.gui.theme import theme
from tests.gui.reader.conftest import (
    BODY,
    make_annotation,
    sample_speech,
    shown_reader,
)
from tests.gui.reader.helpers import select_with_keys


def _with_notes_and_english() -> SpeechContent:
    """The sample speech closed by an English paragraph, a cited note mark and its note."""
    speech = sample_speech()
    extra = [
        "各级党组织要担负起主体责任①，把这项工作抓紧抓实。" + BODY,
        "This paragraph is written in English, set ragged-right where Chinese is justified.",
        "注释：",
        "①《某某文选》第三卷，某出版社1993年版。",
    ]
    text = speech.text + "\n" + "\n".join(extra)
    return SpeechContent(
        speech.record._replace(length=len(text)), text, speech.outline, speech.spans
    )


def _formats(page: QTextDocument) -> list[tuple[object, ...]]:
    """Every format of ``page``: its default font and margin, each block's block and character
    formats and each fragment's character format, with where they are."""
    rows: list[tuple[object, ...]] = [
        ("page", page.defaultFont().toString(), page.documentMargin(), page.toPlainText())
    ]
    block = page.firstBlock()
    while block.isValid():
        rows.append(("block", block.blockNumber(), block.blockFormat(), block.charFormat()))
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            rows.append(("fragment", fragment.position(), fragment.length(), fragment.charFormat()))
            fragments += 1
        block = block.next()
    return rows


def _fresh(reader: ReaderView) -> QTextDocument:
    """A page built anew for the reader's speech in its style, balanced at its width."""
    style = ReaderStyle(reader.theme_name, reader.font_size, reader.fullwidth_punctuation)
    page = build_document(reader.speech(), style)
    page.setTextWidth(reader.document().textWidth())
    balance_centred_blocks(page)
    return page


def _zoom_out_twice(reader: ReaderView) -> None:
    for _ in range(2):
        reader.registry.action(ActionId.ZOOM_OUT).trigger()


def _dark_and_larger(reader: ReaderView) -> None:
    reader.set_theme("dark")
    reader.registry.action(ActionId.ZOOM_IN).trigger()


CHANGES: dict[str, Callable[[ReaderView], None]] = {
    "dark": lambda reader: reader.set_theme("dark"),
    "sepia": lambda reader: reader.set_theme("sepia"),
    "zoom in": lambda reader: reader.registry.action(ActionId.ZOOM_IN).trigger(),
    "zoom out twice": _zoom_out_twice,
    "dark, larger": _dark_and_larger,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_restyled_page_has_the_formats_of_a_new_one(qtbot: QtBot, change: str) -> None:
    reader = shown_reader(qtbot, _with_notes_and_english())
    CHANGES[change](reader)
    assert _formats(reader.document()) == _formats(_fresh(reader))


def test_a_theme_or_zoom_keeps_the_page_and_sets_no_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = shown_reader(qtbot, _with_notes_and_english(), focused=True)
    built: list[str] = []
    set_text = document.set_hinted_text
    monkeypatch.setattr(view, "build_page", lambda *args: built.append("build") or None)
    monkeypatch.setattr(
        document, "set_hinted_text", lambda *args: built.append("text") or set_text(*args)
    )
    page = reader.document()
    for change in CHANGES.values():
        change(reader)
    assert built == []
    assert reader.document() is page
    assert reader.theme_name == "dark"


def test_a_restyle_keeps_highlights_notes_the_selection_and_the_place(qtbot: QtBot) -> None:
    reader = shown_reader(qtbot, _with_notes_and_english(), focused=True)
    speech = reader.speech()
    target = speech.text.index("第20段")
    reader.set_annotations(
        [
            make_annotation(speech, target + 10, target + 14),
            make_annotation(speech, target + 16, target + 19, color=None, note="注"),
        ]
    )
    reader.scroll_to_offset(target)
    select_with_keys(reader, target + 2, target + 8)
    before = len(reader.extraSelections())
    reader.set_theme("dark")
    reader.zoom_in()
    assert reader.current_offset() == target
    assert reader.selected_range() == (target + 2, target + 8)
    selections = reader.extraSelections()
    assert len(selections) == before
    fills = {item.format.background().color().name(_ARGB) for item in selections}
    assert theme("dark").highlight("yellow").name(_ARGB) in fills
    underline = [item.format for item in selections if item.format.hasProperty(_UNDERLINE)]
    assert underline[0].underlineColor() == theme("dark").color("accent")


_UNDERLINE = QTextFormat.Property.TextUnderlineStyle
_ARGB = QColor.NameFormat.HexArgb
