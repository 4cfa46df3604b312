"""The outline of a file that declares some heading levels (Markdown #, Word heading styles)
and leaves others to be found: one numbering, one level."""

from __future__ import annotations

from desktop.core.importing.outline import build_outline
from desktop.core.importing.sections import Block, find_events
from tests.core.importing.outline_checks import flatten


def _declared_tree(*lines: tuple[str, int | None]) -> list[tuple[int, str, str]]:
    """The tree of ``(text, declared heading level)`` lines, as a .md or .docx gives them."""
    blocks, start = [], 0
    for index, (line, heading) in enumerate(lines):
        blocks.append(Block(index, line, start, heading))
        start += len(line) + 1
    nodes = build_outline(find_events(blocks), start - 1)
    return [(depth, kind, label) for depth, kind, label in flatten(nodes)]


def test_a_heading_counting_on_from_a_declared_one_is_its_sibling() -> None:
    """``## 一、`` then bold ``二、`` lines (a Word heading style, then headings formatted by
    hand): one sequence, not 二、 and 三、 under 一、; a restarting 一、 still nests."""
    tree = _declared_tree(
        ("一、深刻把握新形势", 2),
        ("要认清形势。", None),
        ("二、重点抓好三项工作", None),
        ("（一）加强理论武装", None),
        ("要学懂弄通。", None),
        ("三、加强组织领导", None),
        ("要压实责任。", None),
    )
    assert [(depth, label) for depth, _, label in tree] == [
        (0, "一、深刻把握新形势"),
        (0, "二、重点抓好三项工作"),
        (1, "（一）加强理论武装"),
        (0, "三、加强组织领导"),
    ]
