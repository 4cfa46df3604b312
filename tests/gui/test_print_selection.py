"""Tests for desktop/gui/print_selection.py: the laid-out lines cut down to a selection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.export.layout import Block, BlockKind, Run
from desktop.gui.print_selection import clip_blocks, clip_runs


def _block(start: int, pieces: list[str], markers: dict[int, tuple[int, ...]]) -> Block:
    runs = [Run(piece, markers=markers.get(index, ())) for index, piece in enumerate(pieces)]
    text_length = sum(len(piece) for piece in pieces)
    return Block(BlockKind.BODY, start, start + text_length, runs=runs)


def test_a_mark_stays_only_when_its_run_ends_inside_the_selection() -> None:
    block = _block(10, ["前面的话", "划线的话", "后面的话"], {1: (1,), 2: (2,)})
    runs = clip_runs(block, 12, 18)  # from 的话 to the end of 划线的话
    assert [run.text for run in runs] == ["的话", "划线的话"]
    assert [run.markers for run in runs] == [(), (1,)]
    cut = clip_runs(block, 12, 17)  # 划线的话 cut short: its mark goes
    assert cut[-1] == Run("划线的", markers=())


def test_lines_outside_the_selection_are_dropped_and_empty_lines_inside_kept() -> None:
    lines = [
        (0, _block(0, ["第一行"], {})),
        (1, _block(4, [""], {})),
        (2, _block(5, ["第三行"], {})),
    ]
    assert [index for index, _ in clip_blocks(lines, 1, 7)] == [0, 1, 2]
    assert [index for index, _ in clip_blocks(lines, 5, 8)] == [2]
    assert [index for index, _ in clip_blocks(lines, 0, 3)] == [0]


@given(
    st.lists(st.text(alphabet="效能革命是发展的保障。", min_size=1, max_size=6), max_size=6),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_clipped_runs_read_as_the_selected_words(pieces: list[str], a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    block = _block(3, pieces, {})
    line = "".join(pieces)
    expected = line[max(start - 3, 0) : max(end - 3, 0)]
    assert "".join(run.text for run in clip_runs(block, start, end)) == expected
