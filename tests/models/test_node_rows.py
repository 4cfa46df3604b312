"""A node's row kept in O(1) and never wrong, whatever changed its parent's children."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.annotation_nodes import Node
from desktop.models.library_nodes import TreeKind, TreeNode
from desktop.models.node_rows import row_among


class _Counted(list[TreeNode]):
    """A list of children that counts the passes over it."""

    passes = 0

    def __iter__(self) -> Iterator[TreeNode]:
        self.passes += 1
        return super().__iter__()


_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "slice", "new list", "look"]), st.integers(0, 9)
    ),
    max_size=30,
)


@given(_EDITS)
def test_rows_match_the_children_after_any_edit(edits: list[tuple[str, int]]) -> None:
    parent = Node(None)
    parent.children = [Node(parent) for _ in range(3)]
    for edit, where in edits:
        children = parent.children
        row = where % (len(children) + 1)
        if edit == "insert":
            children.insert(row, Node(parent))
        elif edit == "delete" and children:
            del children[row % len(children)]
        elif edit == "slice":
            children[row:row] = [Node(parent), Node(parent)]
        elif edit == "new list":
            parent.children = list(reversed(children))
        elif children:
            assert children[row % len(children)].row == row % len(children)
    assert [child.row for child in parent.children] == list(range(len(parent.children)))


def test_looking_up_every_row_passes_over_the_siblings_once() -> None:
    root = TreeNode(None, 0, None)
    root.children = _Counted(TreeNode(TreeKind.COLLECTION, key, root) for key in range(50))
    assert [node.row() for node in root.children] == list(range(50))
    assert root.children.passes == 2  # the comprehension's own pass, and one numbering
    root.children.insert(0, TreeNode(TreeKind.COLLECTION, 50, root))
    assert [node.row() for node in reversed(root.children)] == list(range(50, -1, -1))
    assert root.children.passes == 3  # the insert renumbered once, not once a node


def test_a_node_no_longer_among_its_siblings_has_no_row() -> None:
    parent = Node(None)
    parent.children = [Node(parent), Node(parent)]
    gone = parent.children.pop()
    with pytest.raises(ValueError, match="not among"):
        _ = gone.row
    assert Node(None).row == 0  # the root
    assert row_among(parent.children[0], parent.children) == 0
