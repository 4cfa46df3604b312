"""Shared checks of an imported document's invariants (offsets, nesting, removals)."""

from __future__ import annotations

from desktop.core.document import NodeKind, OutlineNode, iter_nodes
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.importing.outline import build_outline
from desktop.core.importing.sections import Block, find_events


def check_outline(
    nodes: list[OutlineNode], text: str, floor: int, ceiling: int, level: int
) -> None:
    """Offsets in range, siblings ordered and disjoint, children inside their parent."""
    previous_end = floor
    for node in nodes:
        assert node.level == level
        assert floor <= node.start <= node.head_end <= node.end <= ceiling, node
        assert node.start >= previous_end, (node, previous_end)
        assert node.label, node
        previous_end = node.end
        check_outline(node.children, text, node.start, node.end, level + 1)


def check_document(document: ImportedDocument) -> None:
    """Everything a consumer of an ``ImportedDocument`` relies on."""
    assert document.speeches
    for number, speech in enumerate(document.speeches, start=1):
        assert speech.index == number
        assert speech.text, speech  # a speech of no words of its own is no speech
        assert "\n\n" not in speech.text
        check_outline(speech.outline, speech.text, 0, len(speech.text), 1)
        for span in speech.spans:
            assert 0 <= span.start <= span.end <= len(speech.text), span
        check_spans(speech)
    for removal in document.removed:
        assert removal.text, removal
        if removal.speech is None:
            assert removal.position >= 0, removal
        else:
            speech = document.speeches[removal.speech - 1]
            assert 0 <= removal.position <= len(speech.text), removal


def check_spans(speech: Speech) -> None:
    """Spans are ordered and disjoint, and no heading's own words run into one."""
    ordered = sorted(speech.spans, key=lambda span: (span.start, span.end))
    for before, after in zip(ordered, ordered[1:], strict=False):
        assert before.end <= after.start, (before, after)
    for node in iter_nodes(speech.outline):
        for span in ordered:
            assert node.head_end <= span.start or span.end <= node.start, (node, span)


def flatten(nodes: list[OutlineNode], depth: int = 0) -> list[tuple[int, str, str]]:
    """``(depth, kind, label)`` of every node in reading order."""
    rows = []
    for node in nodes:
        rows.append((depth, node.kind, node.label))
        rows.extend(flatten(node.children, depth + 1))
    return rows


def outline_tree(*lines: str) -> list[tuple[int, str, str]]:
    """The outline of ``lines`` (one paragraph each), checked, as (depth, P or H, label)."""
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    text = "\n".join(lines)
    nodes = build_outline(find_events(blocks), len(text))
    check_outline(nodes, text, 0, len(text), 1)
    return [
        (depth, "P" if kind == NodeKind.POINT else "H", label)
        for depth, kind, label in flatten(nodes)
    ]
