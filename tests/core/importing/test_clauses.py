"""Where a heading's or point's own words end, and that finding it stays linear."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing import clauses, import_bytes
from desktop.core.importing.clauses import HEADING_MAX, heading_end

_TEXT = st.text(alphabet=st.sampled_from("一二、是的了现在，,。！“”（）《》效能革命 "))


class _CountingPattern:
    """Stands in for a compiled pattern and adds up how many characters its scans covered."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """Scan as the pattern does, counting the span it was asked to scan."""
        self.scanned += max(min(endpos, len(text)) - pos, 0)
        return self.pattern.finditer(text, pos, endpos)


@given(_TEXT, _TEXT, _TEXT)
def test_a_glued_headings_end_depends_on_nothing_past_its_window(
    words: str, tail: str, other_tail: str
) -> None:
    prefix = (words + "效" * (HEADING_MAX + 10))[: HEADING_MAX + 10]
    assert heading_end(prefix + tail, 0) == heading_end(prefix + other_tail, 0)


@given(_TEXT, st.integers(min_value=0, max_value=60))
def test_a_points_end_is_its_first_sentence_end_within_the_limit(text: str, limit: int) -> None:
    end = heading_end(text, 0, glued=False, limit=limit)
    unlimited = heading_end(text, 0, glued=False)
    assert end == min(unlimited, limit, len(text))


@pytest.mark.parametrize("marker", ["一是", "其一，", "第一，"])
def test_many_markers_in_one_paragraph_without_a_sentence_end_are_scanned_linearly(
    monkeypatch: pytest.MonkeyPatch, marker: str
) -> None:
    # each marker's end was looked for up to the paragraph's end: quadratic on a long line
    counter = _CountingPattern(clauses._SENTENCE_MARKS)
    monkeypatch.setattr(clauses, "_SENTENCE_MARKS", counter)
    text = "开头 " + (marker + "效能革命 抓到底的 决心坚定 ") * 2000
    import_bytes(text.encode(), "one line.txt")
    assert 0 < counter.scanned <= 4 * len(text)
