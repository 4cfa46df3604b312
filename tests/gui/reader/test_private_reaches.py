"""The reader's modules speak to each other through public methods, not each other's privates."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop.gui.reader

READER = Path(desktop.gui.reader.__file__).parent


def _reaches(source: str) -> list[str]:
    """``x._name`` where ``x`` is not ``self`` or ``cls``: another object's private part."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__") or (
            isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
        ):
            continue
        found.append(f"{ast.unparse(node)} (line {node.lineno})")
    return found


@pytest.mark.parametrize("module", sorted(READER.glob("*.py")), ids=lambda path: path.name)
def test_no_reader_module_reaches_into_anothers_privates(module: Path) -> None:
    # plate_keys took the text's first caret place from the view's ``_cursor_at``.
    assert _reaches(module.read_text(encoding="utf-8")) == []
