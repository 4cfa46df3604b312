"""A web page's chrome told by its pattern (most of it through ``noise.whole_line_kind``)."""

from __future__ import annotations

import pytest

from desktop.core.importing.page_chrome import metadata_label


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("索 引 号：", "索引号"),
        ("標　　題", "标题"),
        ("名称:", "名称"),
        ("名 ：", None),
        ("**：", None),
    ],
)
def test_a_metadata_label_needs_each_of_its_characters(cell: str, label: str | None) -> None:
    """Spacing may stand between a label's characters, never in place of one."""
    assert metadata_label(cell) == label
