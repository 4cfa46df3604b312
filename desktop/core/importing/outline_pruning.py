"""Pruning the built outline tree: runs of a single point, a lone unnumbered heading line."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from desktop.core.document import NodeKind
from desktop.core.importing.numbering import PLAIN

if TYPE_CHECKING:
    from desktop.core.importing.outline import _Node


def prune_lone_points(roots: list[_Node]) -> list[_Node]:
    """Drop points whose run has a single member: a lone 一是 is not an enumeration."""
    sizes: Counter[int] = Counter()
    _count_runs(roots, sizes)
    return _without_lone(roots, sizes)


def without_lone_plain(nodes: list[_Node], numbered: bool = False) -> list[_Node]:
    """Nodes without an unnumbered heading line standing alone among numbered ones: a
    numbered outline numbers its parts ((一), 1.), so one short line among the paragraphs
    (这些成绩来之不易) divides nothing, and the numbered headings after it are not its own.
    Unnumbered headings beside each other stay, as does a news report's single crosshead."""
    for node in nodes:
        node.children = without_lone_plain(node.children, node.style != PLAIN)
    plain = [node for node in nodes if node.style == PLAIN]
    if len(plain) != 1:
        return nodes
    (lone,) = plain
    position = nodes.index(lone)
    if lone.children and all(child.kind == NodeKind.HEADING for child in lone.children):
        nodes = [*nodes[: position + 1], *lone.children, *nodes[position + 1 :]]
        lone.children = []
    beside_numbered = any(node.kind == NodeKind.HEADING for node in nodes if node is not lone)
    if not lone.children and (numbered or beside_numbered):
        nodes = [node for node in nodes if node is not lone]
    return nodes


def _count_runs(nodes: list[_Node], sizes: Counter[int]) -> None:
    for node in nodes:
        if node.kind == NodeKind.POINT:
            sizes[node.run] += 1
        _count_runs(node.children, sizes)


def _without_lone(nodes: list[_Node], sizes: Counter[int]) -> list[_Node]:
    kept: list[_Node] = []
    for node in nodes:
        node.children = _without_lone(node.children, sizes)
        if node.kind == NodeKind.POINT and sizes[node.run] < 2:
            kept.extend(node.children)
        else:
            kept.append(node)
    return kept


def without_previews(roots: list[_Node]) -> list[_Node]:
    """Nodes without the items of a sentence naming the headings that follow (报告分三个部分：
    一、…；二、…；三、…。 over 过去一年的工作 …): a preview of the outline, not points of it."""
    # a heading's words with its marker or without: the preview may number the parts its
    # own way (这个报告分为五个部分：（１）…；（２）… over 一、…)
    nodes = _walk(roots)
    titles = {
        words
        for node in nodes
        if node.kind == NodeKind.HEADING
        for words in (node.event.label, _item_words(node))
    }
    named: dict[int, bool] = {}
    for node in nodes:
        # a run with an item named by no heading is no preview: its other items need no look
        point = node.kind == NodeKind.POINT and not node.event.opens_paragraph
        if point and named.get(node.run, True):
            named[node.run] = _item_words(node) in titles
    previews = {run for run, all_named in named.items() if all_named}
    return _without_runs(roots, previews) if previews else roots


def _walk(nodes: list[_Node]) -> list[_Node]:
    """Every node of the trees under ``nodes``, each before its children."""
    walked: list[_Node] = []
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        walked.append(node)
        stack.extend(reversed(node.children))
    return walked


def _item_words(node: _Node) -> str:
    """A point's or heading's words without its marker (一、过去一年的工作: 过去一年的工作)."""
    label, marker = node.event.label, node.event.marker
    return label[len(marker) :].lstrip("、，,．.：: ") if label.startswith(marker) else label


def _without_runs(nodes: list[_Node], runs: set[int]) -> list[_Node]:
    kept: list[_Node] = []
    for node in nodes:
        node.children = _without_runs(node.children, runs)
        if node.kind == NodeKind.POINT and node.run in runs:
            kept.extend(node.children)
        else:
            kept.append(node)
    return kept
