"""Tests for desktop/gui/reader/overlays.py: highlights, notes and mark layers over the text."""

from __future__ import annotations

from desktop.core.annotation import AnchorState
from desktop.gui.reader import ReaderView
from tests.gui.reader.conftest import body_offset, make_annotation


def test_highlights_are_drawn_translucent_and_orphans_are_not(reader: ReaderView) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    live = make_annotation(speech, start, start + 6, "green")
    noted = make_annotation(speech, start + 3, start + 9, None, note="要点", id="noted")
    orphan = make_annotation(speech, start, start + 2, state=AnchorState.ORPHANED, id="orphan")
    trashed = make_annotation(speech, start, start + 2, deleted="2024-01-01T00:00:00Z", id="gone")
    reader.set_annotations([live, noted, orphan, trashed])
    selections = reader.extraSelections()
    assert len(selections) == 2  # the green fill and the note's underline
    fill = selections[0]
    assert fill.cursor.selectionStart() == start + 1  # 𠮷 before counts two UTF-16 units
    assert fill.cursor.selectionEnd() == start + 7
    assert 0 < fill.format.background().color().alpha() < 255
    assert selections[1].format.fontUnderline() or selections[1].format.underlineStyle() != 0
    assert reader.annotations_at(start + 4) == [live.id, "noted"]  # same length: earlier first


def test_mark_layers_are_drawn_and_ticked_on_the_scroll_bar(reader: ReaderView) -> None:
    text = reader.speech().text
    hits = [(i, i + 2) for i in range(len(text)) if text.startswith("效能", i)]
    early, late = (0, 2), (text.index("第35段"), text.index("第35段") + 4)
    reader.set_marks("search", [*hits, early, late], current=0)
    reader.set_marks("term", [late])
    selections = reader.extraSelections()
    assert len(selections) == len(hits) + 2 + 1 + 1  # search, its current hit, the term
    fractions = reader.scroll_mark_fractions("search")
    assert fractions[0] < 0.01  # the first line, below the page's top margin
    assert 0.8 < max(fractions) <= 1.0
    assert reader.marks("term") == [late]
    reader.clear_marks("search")
    assert reader.marks("search") == []
    assert reader.scroll_mark_fractions("search") == []
    assert len(reader.extraSelections()) == 1
