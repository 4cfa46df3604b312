"""A salutation standing alone in a report's body (各位代表！ between its parts) divides it:
the points open before it end there, the headings go on."""

from __future__ import annotations

from desktop.core.importing import import_bytes
from desktop.core.importing.outline import build_outline
from desktop.core.importing.sections import Block, find_events
from tests.core.importing.outline_checks import check_outline

_REPORT = (
    "某某年政府工作报告",
    "各位代表：",
    "三、深入改革经济体制",
    "第一，深化企业改革。增强企业活力是经济体制改革的中心环节，要认真实行承包经营。",
    "同推行承包经营责任制相配合，要加快企业内部领导体制的改革，推行厂长负责制。",
    "第二，改进投资管理办法。这几年推行投资包干和招标投标，提高了投资效益。",
    "今年要进一步推广和完善各种形式的投资包干责任制，简化审批手续。",
    "各位代表！",
    "价格改革和物价问题是当前人们普遍关心的问题，要谨慎从事，做得更加稳妥。",
    "四、扩大对外开放",
    "实行对外开放是我国长期不变的基本国策，要在利用外资方面打开新的局面。",
)


def test_a_salutation_alone_ends_the_points_before_it() -> None:
    """The last of the points before 各位代表！ (第二，… with a paragraph of its own) does not
    hold the part after it, which stays in its heading's section."""
    (speech,) = import_bytes("\n".join(_REPORT).encode(), "report.txt").speeches
    text = speech.text
    third = speech.outline[0]
    assert third.label.startswith("三、")
    second = third.children[1]
    assert second.label.startswith("第二")
    assert text[second.start : second.end].rstrip("\n").endswith("简化审批手续。")
    assert text[third.start : third.end].rstrip("\n").endswith("做得更加稳妥。")


def test_points_after_a_divider_are_placed_as_before() -> None:
    """A divider between events changes no node, only where the open points end."""
    lines = ("一、总体要求", "第一，加强领导。", "第二，压实责任。", "二、主要任务", "要抓好落实。")
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    text = "\n".join(lines)
    events = find_events(blocks)
    plain = build_outline(events, len(text))
    divided = build_outline(events, len(text), [blocks[3].start, len(text)])
    check_outline(divided, text, 0, len(text), 1)
    assert [(n.label, n.start, n.end) for n in divided] == [
        (n.label, n.start, n.end) for n in plain
    ]
