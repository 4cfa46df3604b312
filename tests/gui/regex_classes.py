"""The patterns ``re`` has compiled so far with a wide character class (tests/gui/test_app.py)."""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

WIDE_CLASS = 1000
"""Characters of the BMP past Latin-1 a class may span: compiling one, ``re`` sets each of them
in a table in Python (the Han blocks, ~28,000, cost the first frame ~14 M instructions)."""


def wide_classes() -> list[str]:
    """The patterns in ``re``'s cache holding a range of over ``WIDE_CLASS`` such characters."""
    cached = list(re._cache)  # type: ignore[attr-defined]
    return [
        pattern
        for _kind, pattern, flags in cached
        if isinstance(pattern, str) and _has_wide_range(_parser.parse(pattern, flags))
    ]


def _has_wide_range(node: Any) -> bool:
    if isinstance(node, _parser.SubPattern):
        return _has_wide_range(node.data)
    if isinstance(node, tuple) and len(node) == 2 and node[0] is _constants.RANGE:
        low, high = max(node[1][0], 0x100), min(node[1][1], 0xFFFF)
        return high - low >= WIDE_CLASS
    if isinstance(node, (list, tuple)):
        return any(_has_wide_range(item) for item in node)
    return False
