"""A salutation standing alone inside a part of a speech ends the sub-parts open in it.

``各位代表！`` on a line of its own turns to the audience: what follows (the thanks closing a
year's review, then its problems; defence, Hong Kong and foreign affairs after the year's
tasks) is the part's own text again, not more of its last sub-part (``（八）…`` under
``二、``). The points open before it already end there (``build_outline``'s dividers); the
top-level part goes on past it, and after the last one the closing words are cut off before
the outline is built.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.document import NodeKind, OutlineNode


def end_at_salutations(nodes: Sequence[OutlineNode], breaks: Sequence[int], text: str) -> None:
    """End, in place, each heading below the top level at the first of ``breaks`` (the starts
    of salutations standing alone in ``text``) after some words of its own, and the nodes
    nested in it within it."""
    for node in nodes:
        _cap_children(node, breaks, text)


def _cap_children(parent: OutlineNode, breaks: Sequence[int], text: str) -> None:
    for node in parent.children:
        end = min(node.end, parent.end)
        if breaks and node.kind == NodeKind.HEADING:  # most speeches have no break
            end = min(end, _first_break(node, breaks, text))
        node.end = end
        node.head_end = min(node.head_end, end)
        _cap_children(node, breaks, text)


def _first_break(node: OutlineNode, breaks: Sequence[int], text: str) -> int:
    """The first salutation after the node's own words, unless a point or sub-part of it
    comes after that salutation (its list goes on past it)."""
    for start in breaks:
        if node.head_end < start < node.end and text[node.head_end : start].strip():
            return start if start > _last_start(node) else node.end
    return node.end


def _last_start(node: OutlineNode) -> int:
    """Where the last node nested in ``node``, at any depth, starts (-1 for none)."""
    start = -1
    while node.children:
        node = node.children[-1]
        start = node.start
    return start
