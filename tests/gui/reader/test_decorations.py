"""Tests for desktop/gui/reader/decorations.py: which annotations show and where."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Annotation, TextQuote
from desktop.gui.reader.decorations import AnnotationIndex, drawable, note_tooltip


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
    html = note_tooltip(["**重点** <script>x</script>", "  ", "第二条"])
    assert "重点" in html
    assert "&lt;script&gt;" in html
    assert "第二条" in html


def test_long_notes_are_cut(qapp) -> None:  # noqa: ARG001
    html = note_tooltip(["长" * 2000])
    assert html.count("长") < 700
    assert "…" in html
