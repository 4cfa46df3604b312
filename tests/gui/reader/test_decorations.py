"""Tests for desktop/gui/reader/decorations.py: which annotations show and where."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument, QTextListFormat

from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.gui.reader.decorations import (
    AnnotationIndex,
    drawable,
    note_tooltip,
    note_tooltip_part,
)


def _annotation(start: int | None, end: int | None, **kw: object) -> Annotation:
    return Annotation(
        id=str(kw.pop("id", f"{start}-{end}")),
        speech_id=1,
        kind="highlight",
        start=start,
        end=end,
        quote=TextQuote("", "", ""),
        text_hash="",
        color="yellow",
        **kw,  # type: ignore[arg-type]
    )


def test_drawable_skips_orphans_trash_speech_notes_and_empty_ranges() -> None:
    shown = drawable(
        [
            _annotation(0, 4, id="ok"),
            _annotation(0, 4, id="orphan", state=AnchorState.ORPHANED),
            _annotation(0, 4, id="trash", deleted="2024-01-01T00:00:00Z"),
            _annotation(None, None, id="speech"),
            _annotation(8, 30, id="clamped"),
            _annotation(12, 20, id="outside"),
        ],
        text_length=10,
    )
    assert [(item.id, item.start, item.end) for item in shown] == [("ok", 0, 4), ("clamped", 8, 10)]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 25)), max_size=30),
    st.integers(0, 90),
)
def test_index_finds_exactly_the_covering_annotations(
    spans: list[tuple[int, int]], offset: int
) -> None:
    annotations = [_annotation(s, s + n, id=str(i)) for i, (s, n) in enumerate(spans)]
    index = AnnotationIndex(drawable(annotations, 100))
    hits = index.at(offset)
    expected = {str(i) for i, (s, n) in enumerate(spans) if s <= offset < s + n}
    assert {item.id for item in hits} == expected
    lengths = [item.end - item.start for item in hits]
    assert lengths == sorted(lengths)


def test_note_tooltip_renders_markdown_but_not_html(qapp) -> None:  # noqa: ARG001
    parts = [note_tooltip_part("**重点** <script>x</script>")]
    parts.append(note_tooltip_part("第二条", "Yellow"))
    html = note_tooltip(parts)
    assert "重点" in html
    assert "&lt;script&gt;" in html
    assert "第二条" in html
    assert "Yellow" in html
    assert note_tooltip_part("  ") == ""  # a highlight with neither colour name nor note


def test_long_notes_are_cut(qapp) -> None:  # noqa: ARG001
    html = note_tooltip([note_tooltip_part("长" * 2000)])
    assert html.count("长") < 700
    assert "…" in html


LISTED_NOTE = "三个层次：\n\n- 定调\n- 部署任务\n\n3. 先讲挑战\n4. 再讲机遇\n\n> 极不平凡"


def test_a_note_s_lists_and_quote_show_as_the_exports_read_them(qapp) -> None:  # noqa: ARG001
    """One reader of a note's Markdown (``note_blocks``): lists numbered as the exports
    number them, and no "# " heading of Qt's Markdown, which no export shows."""
    document = QTextDocument()
    document.setHtml(note_tooltip([note_tooltip_part(f"{LISTED_NOTE}\n\n# 不是标题", "Yellow")]))
    blocks, block = {}, document.firstBlock()
    while block.isValid():
        blocks[block.text()] = block
        block = block.next()
    shown = list(blocks)
    assert shown[shown.index("三个层次：") :][:7] == [
        "三个层次：",
        "定调",
        "部署任务",
        "先讲挑战",
        "再讲机遇",
        "极不平凡",
        "# 不是标题",
    ]
    bullets, numbers = blocks["定调"].textList(), blocks["先讲挑战"].textList()
    assert bullets.format().style() == QTextListFormat.Style.ListDisc
    assert blocks["部署任务"].textList() == bullets
    assert [numbers.itemText(blocks[words]) for words in ("先讲挑战", "再讲机遇")] == ["3.", "4."]
    assert blocks["极不平凡"].blockFormat().leftMargin() > 0  # set in, as a quote
