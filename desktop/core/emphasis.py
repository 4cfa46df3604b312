"""Which words of an outline node are set in bold inside its paragraph, in the reader and exports.

A heading glued to its paragraph is bold up to the end of its own words (``head_end``). A point
(一是…, 第一，…) is bold up to the end of its first sentence, its statement, with the rest of
the point regular, as such documents are printed. When that sentence is the whole point — a
paragraph of points ``一是加强领导，落实责任；二是完善制度，规范管理；…`` — bolding it would set the
whole paragraph in bold, so the point's lead clause is bold instead: its words up to the first
comma that ends a clause (outside quotation marks and brackets). A point with no such comma, a
point alone on its line (set as a heading over the paragraphs that explain it) and a
transcript's question stay bold whole.
"""

from __future__ import annotations

from desktop.core.document import NodeKind, OutlineNode

# importing.numbering.QUESTION, not imported: the reader's first frame never loads the importer.
_QUESTION = "question"
_MARKER_TAIL = "，,、：:．. \u3000"  # what may follow a point's marker as written (第一，)
_CLAUSE_COMMAS = "，,"
_OPENING = "“‘《「『（(【["
_CLOSING = "”’》」』）)】]"
_TRAILING = " \u3000\t。！？!?；;…，,、：:”’》」』）)"
_MIN_LEAD = 2
"""Characters of words a lead clause has at least (一是要，… is no lead clause)."""


def bold_end(text: str, node: OutlineNode, limit: int) -> int:
    """Where the bold head of ``node`` ends; ``limit`` is the end of its paragraph."""
    head_end = min(node.head_end, limit)
    if node.kind != NodeKind.POINT or node.style == _QUESTION:
        return head_end
    point_end = min([node.end, limit, *(child.start for child in node.children)])
    if text[head_end:point_end].strip(_TRAILING):
        return head_end  # the point goes on after its statement: the statement is the head
    if _is_own_line(text, node, point_end, limit):
        return head_end  # set as a heading line, over the paragraphs that explain it
    return _lead_clause_end(text, node, head_end)


def _is_own_line(text: str, node: OutlineNode, point_end: int, limit: int) -> bool:
    """Whether the point is its paragraph's only words (``一是加强领导，落实责任。`` on a line)."""
    paragraph_start = text.rfind("\n", 0, node.start) + 1
    alone_after = not text[point_end:limit].strip()
    return not text[paragraph_start : node.start].strip() and alone_after


def _lead_clause_end(text: str, node: OutlineNode, head_end: int) -> int:
    """Just after the first clause-ending comma of the point's words, else ``head_end``."""
    words = node.start + len(node.marker)
    while words < head_end and text[words] in _MARKER_TAIL:
        words += 1
    depth = 0
    for index in range(words, head_end):
        char = text[index]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char in _CLAUSE_COMMAS and depth == 0 and index - words >= _MIN_LEAD:
            return index + 1
    return head_end
