"""Build a speech's outline tree from its heading and point candidates.

Headings nest by the rank of their numbering style, decided per speech by the order in which
styles first appear (``StyleRanks``): 02 opens with （一） so （一） is its top level. Chinese
numerals always rank above Arabic ones, so an introduction that lists ``1.…2.…`` before the
first ``一、`` does not push the ``一、`` headings under it.

A heading whose numbering restarts at 1 while a heading of the same style is still open
(``一、`` inside ``三、``'s section, 01) is a list item, nested under the innermost open node:
a top-level sequence can only go on, never restart, inside one speech. Its followers
(``二、`` ``三、``) continue that list as long as it is open. An item written as a line of its own,
or one with paragraphs between it and the item before, is a small section: the points in the
paragraphs under it are its own, and do not close the list.

Points (``一是`` ``第一，``) count only in runs that count up from one with at least two
members. A point at the start of its paragraph holds the paragraphs after it until the next
point of its run, and may hold a run of another style (``第二，…：`` then ``一、…二、…``);
headings never nest under points.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import count

from desktop.core.document import NodeKind, OutlineNode
from desktop.core.importing.clauses import HEADING_MAX
from desktop.core.importing.colon_lists import is_colon_list
from desktop.core.importing.numbering import (
    ATTACHMENT,
    FRAME,
    LAST_POINT,
    QUESTION,
)
from desktop.core.importing.outline_pruning import (
    prune_lone_points,
    without_lone_plain,
    without_previews,
)
from desktop.core.importing.sections import Event
from desktop.core.importing.style_ranks import StyleRanks, is_decimal

__all__ = ["StyleRanks", "build_outline"]


@dataclass(slots=True, eq=False)
class _Node:
    event: Event
    kind: str
    is_list: bool = False
    holds_body: bool = False
    run: int = -1
    until: int = -1  # where a divider (各位代表！ alone) ended the point
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    @property
    def style(self) -> str:
        return self.event.style

    @property
    def number(self) -> int:
        return self.event.number

    @property
    def is_block(self) -> bool:
        return self.event.opens_paragraph


@dataclass(slots=True)
class _Run:
    """What ``_closes_tight_list`` asks of a run of points, kept up as its members come."""

    members: int = 0
    last_block: int = -1
    tight: bool = True  # every member in the paragraph after the one before

    def add(self, block: int) -> None:
        if self.members:
            self.tight = self.tight and block == self.last_block + 1
        self.members += 1
        self.last_block = block

    def is_tight_list(self) -> bool:
        """Whether the run is a list of at least two one-paragraph items in a row."""
        return self.tight and self.members >= 2


class _TreeBuilder:
    """Places candidates one by one, keeping the chain of open nodes (outermost first)."""

    def __init__(self) -> None:
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.ranks = StyleRanks()
        self.runs = count()
        self.run_shapes: dict[int, _Run] = {}
        self.declared_as: dict[str, Event] = {}  # numbering → the last declared heading in it

    def add(self, event: Event) -> None:
        if event.kind == NodeKind.HEADING:
            self._heading(event)
        else:
            self._point(event)

    def divide(self, at: int) -> None:
        """A salutation alone (各位代表！) opens a new part: the points open before it end."""
        while self.stack and self.stack[-1].kind == NodeKind.POINT:
            self.stack.pop().until = at

    def _heading(self, event: Event) -> None:
        event = self._as_declared(event)
        if event.style in (ATTACHMENT, FRAME):
            # an attachment is a text of its own, a 前言 or 结束语 a part beside the numbered
            # ones: either closes every section of the report
            self.stack.clear()
            self._push(_Node(event, NodeKind.HEADING))
            return
        if event.number and not _is_declared(event.style) and not is_decimal(event.style):
            for node in reversed(self.stack):
                if node.style != event.style:
                    continue
                if node.is_list:
                    if event.number == node.number + 1:
                        self._after(node, event, NodeKind.POINT, is_list=True)
                        return
                    continue
                if event.number == 1:
                    self._start_list(event)
                    return
                if node.kind == NodeKind.HEADING and is_colon_list(node.event, event):
                    self._as_list(node, event)  # （一）…。（二）…。 under …是：
                    return
                break
            if event.number == 1 and event.after_colon and self._in_sentence_point():
                self._start_list(event)  # 第二，…以下几点： then 一、…二、…
                return
        self._place_heading(event)

    def _as_declared(self, event: Event) -> Event:
        """A heading counting on from a declared one in its numbering (``## 一、`` then a bold
        ``二、``, a styled Word heading then a hand-formatted one) takes the declared level."""
        declared = self.declared_as.get(event.style)
        if declared is not None and event.number and event.number == declared.number + 1:
            event = dataclasses.replace(event, style=declared.style, numbered_as=event.style)
        if event.numbered_as:
            self.declared_as[event.numbered_as] = event
        return event

    def _as_list(self, first: _Node, second: Event) -> None:
        """Make the heading ``first`` and ``second`` after it the items of a list."""
        first.kind, first.is_list, first.run = NodeKind.POINT, True, next(self.runs)
        self.run_shapes.setdefault(first.run, _Run()).add(first.event.block.index)
        self._after(first, second, NodeKind.POINT, is_list=True)

    def _in_sentence_point(self) -> bool:
        """Whether the innermost open node is a point written as a sentence (not a list item)."""
        for node in reversed(self.stack):
            if node.kind == NodeKind.HEADING:
                return False
            if node.is_block:
                return not node.is_list and not node.event.is_titled
        return False

    def _place_heading(self, event: Event) -> None:
        open_styles = [
            node.style
            for node in self.stack
            if node.kind == NodeKind.HEADING and node.style not in (ATTACHMENT, FRAME)
        ]
        rank = self.ranks.rank(event.style, open_styles, event.number)
        while self.stack:
            top = self.stack[-1]
            if top.style == ATTACHMENT:
                break  # the attachment's own headings go under it
            if top.kind == NodeKind.POINT:
                if top.event.is_titled and rank > self._rank_above(top):
                    break  # 第五、关于文化教育 holds the （１）…（１０） under it
            elif top.style != FRAME and self.ranks.order.index(top.style) < rank:
                break
            self.stack.pop()
        self._push(_Node(event, NodeKind.HEADING))

    def _rank_above(self, point: _Node) -> int:
        """The rank of the heading a point sits under (-1 at the top level)."""
        parent = point.parent
        while parent is not None and parent.kind != NodeKind.HEADING:
            parent = parent.parent
        if parent is None or parent.style in (ATTACHMENT, FRAME):
            return -1
        return self.ranks.order.index(parent.style)

    def _start_list(self, event: Event) -> None:
        while self.stack and self.stack[-1].kind == NodeKind.POINT:
            top = self.stack[-1]
            if top.is_block and not top.is_list:
                break
            self.stack.pop()
        whole_line = len(event.block.text) <= HEADING_MAX and event.head_end >= event.block.end
        self._push(
            _Node(event, NodeKind.POINT, is_list=True, holds_body=whole_line, run=next(self.runs))
        )

    def _point(self, event: Event) -> None:
        for node in self._open_points():
            if node.style != event.style:
                continue
            if event.number == LAST_POINT:
                # 最后，… closes a run of paragraphs (首先…其次…); after points inside one
                # paragraph (…：第一，…；第二，…。) it is the next paragraph's own word
                if node.is_block:
                    last = dataclasses.replace(event, number=node.number + 1)
                    self._after(node, last, NodeKind.POINT)
                return
            if event.number == node.number + 1:
                self._after(node, event, NodeKind.POINT)
                return
        if event.number != 1:
            return
        if event.style == QUESTION:
            self._close_statement(event)
        for node in self._open_points():
            if node.style == event.style and self._ends_run(node, event):
                self._after(node, event, NodeKind.POINT, new_run=True)
                return
        while self.stack and not self._holds(self.stack[-1], event):
            self.stack.pop()
        self._push(_Node(event, NodeKind.POINT, run=next(self.runs)))

    def _close_statement(self, first: Event) -> None:
        """A Q&A's first question, a change of speaker, ends the statement's points, and the
        part they are in unless that part heads the questions."""
        while self.stack and self.stack[-1].kind == NodeKind.POINT and not self.stack[-1].is_list:
            self.stack.pop()
        if first.closes_part and self.stack and self.stack[-1].style != ATTACHMENT:
            self.stack.pop()

    @staticmethod
    def _ends_run(point: _Node, first: Event) -> bool:
        """Whether a new run's first point ``first`` closes the open ``point`` of its style.

        An inline run of the same style nests under a block point only inside that point's
        own paragraph (``一是加强领导：一是…二是…``); in a later paragraph it starts anew.
        """
        return point.is_block == first.opens_paragraph or point.event.block is not first.block

    def _open_points(self) -> Iterable[_Node]:
        for node in reversed(self.stack):
            if node.kind == NodeKind.HEADING:
                return
            if not node.is_list:
                yield node

    def _holds(self, node: _Node, event: Event) -> bool:
        if node.kind == NodeKind.HEADING:
            return True
        if not node.is_block:
            return False
        if not node.is_list and self._closes_tight_list(node, event):
            return False
        return not node.is_list or node.holds_body or node.event.block is event.block

    def _closes_tight_list(self, point: _Node, event: Event) -> bool:
        """Whether ``point`` ends a list of one-paragraph items (一是…。 二是…。 三是…。, each
        paragraph followed by the next) and ``event`` comes after other paragraphs: the list
        is over, and the text around it goes on (a 主持词's agenda, then its own 一要…)."""
        if event.block.index <= point.event.block.index + 1:
            return False
        shape = self.run_shapes.get(point.run)
        return (
            shape is not None
            and shape.is_tight_list()
            and shape.last_block == point.event.block.index
        )

    def _after(
        self,
        sibling: _Node,
        event: Event,
        kind: str,
        *,
        is_list: bool = False,
        new_run: bool = False,
    ) -> None:
        while self.stack and self.stack[-1] is not sibling:
            self.stack.pop()
        self.stack.pop()
        run = next(self.runs) if new_run else sibling.run
        # a list whose items have paragraphs of their own between them is a list of sections
        sectional = is_list and event.block.index > sibling.event.block.index + 1
        self._push(_Node(event, kind, is_list=is_list, holds_body=sectional, run=run))

    def _push(self, node: _Node) -> None:
        parent = self.stack[-1] if self.stack else None
        node.parent = parent
        (parent.children if parent else self.roots).append(node)
        self.stack.append(node)
        if node.run >= 0:
            self.run_shapes.setdefault(node.run, _Run()).add(node.event.block.index)


def _is_declared(style: str) -> bool:
    """A heading level the file format declares (docx, Markdown, HTML): always a heading."""
    return style.startswith("h") and style[1:].isdigit()


def build_outline(events: list[Event], end: int, dividers: Sequence[int] = ()) -> list[OutlineNode]:
    """The outline of a speech from its candidates; its last section ends at ``end`` (the
    text's length, or where the closing words begin); ``dividers``: where a salutation standing
    alone between parts (各位代表！) starts, which ends the points open before it."""
    builder = _TreeBuilder()
    pending = sorted(dividers, reverse=True)
    for event in events:
        while pending and pending[-1] <= event.start:
            builder.divide(pending.pop())
        builder.add(event)
    for at in reversed(pending):
        builder.divide(at)
    roots = without_lone_plain(without_previews(prune_lone_points(builder.roots)))
    tight = {run for run, shape in builder.run_shapes.items() if shape.is_tight_list()}
    return _finish(roots, 0, end, 1, tight)


def _run_end(node: _Node, following: _Node | None, tight: set[int], end: int) -> int:
    """Where the last point of a run ends: with its paragraph when inside one (…：第一，…；
    第二，…。), or when it is the last item of a list of one-paragraph items with paragraphs
    after it (a 主持词's agenda: they go on with the text, not with its last item)."""
    if node.kind != NodeKind.POINT or node.children:
        return end
    if following is not None and following.run == node.run:
        return end
    if not node.is_block:
        return min(end, node.event.block.end)
    if node.run in tight and end > node.event.block.end + 1:
        return node.event.block.end
    return end


def _finish(
    nodes: list[_Node], floor: int, ceiling: int, level: int, tight: set[int]
) -> list[OutlineNode]:
    """Outline nodes with their section ends: the next sibling's start, or the parent's end;
    ``tight`` holds the runs that are lists of one-paragraph items in a row."""
    result = []
    for position, node in enumerate(nodes):
        following = nodes[position + 1] if position + 1 < len(nodes) else None
        end = following.event.start if following else ceiling
        end = _run_end(node, following, tight, end)
        end = min(end, node.until) if node.until >= 0 else end
        event = node.event
        start = max(event.start, floor)
        end = max(end, event.head_end, start)
        result.append(
            OutlineNode(
                kind=node.kind,
                level=level,
                label=event.label,
                start=start,
                end=end,
                head_end=min(event.head_end, end),
                marker=event.marker,
                style=event.style,
                children=_finish(node.children, start, end, level + 1, tight),
            )
        )
    return result
