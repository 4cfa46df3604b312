"""Where a heading's or point's own words end, and that finding it stays linear."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing import clauses, import_bytes
from desktop.core.importing.clauses import HEADING_MAX, LABEL_MAX, heading_end, label, label_cut

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
    # Twice the window: Latin words (one column a letter) get twice the letters.
    prefix = (words + "效" * (HEADING_MAX + 10))[: 2 * (HEADING_MAX + 10)]
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("第一章\u3000总\u3000\u3000则", "第一章 总则"),  # a word spaced out letter by letter
        ("第五章　附　则", "第五章 附则"),
        ("前　　言", "前言"),
        ("第二章　拚經濟　謀發展", "第二章 拚經濟 謀發展"),  # words apart stay apart
        ("一、坚持 A B 两条线", "一、坚持 A B 两条线"),  # Latin letters are no spacing
    ],
)
def test_a_label_runs_a_spaced_out_word_together(line: str, expected: str) -> None:
    assert label(line, 0, len(line)) == expected


def test_the_outline_label_drops_the_letter_spacing_the_text_keeps() -> None:
    text = (
        "某某条例\n第一章　总　　则\n第一条　为了规范管理，制定本条例。\n"
        "第二章　附　　则\n第二条　本条例自公布之日起施行。"
    )
    (speech,) = import_bytes(text.encode(), "rules.txt").speeches
    assert [node.label for node in speech.outline] == ["第一章 总则", "第二章 附则"]
    first = speech.outline[0]
    heading_line = speech.text[first.start :].split("\n")[0]
    assert "".join(heading_line.split()) == "第一章总则"  # the text may keep its spacing


_REPORT = (
    "REPORT ON THE WORK OF THE GOVERNMENT\n\n"
    "I. Review of Our Work in 2023\n\n"
    "The past year was a truly extraordinary one for all of us, and we met it together.\n\n"
    "(1) We strengthened macro regulation and promoted steady growth. We did many things.\n\n"
    "(2) We deepened reform.\n"
)


def test_an_english_title_and_label_are_cut_at_a_word_by_display_width() -> None:
    (speech,) = import_bytes(_REPORT.encode(), "report.txt").speeches
    assert speech.title == "REPORT ON THE WORK OF THE GOVERNMENT"  # 36 columns of 60: whole
    point = speech.outline[0].children[0]
    assert point.label == "(1) We strengthened macro regulation and promoted steady…"
    assert speech.text[point.start : point.head_end].endswith("steady growth.")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("效" * LABEL_MAX, None),  # Chinese: thirty characters fit, as ever
        ("效" * (LABEL_MAX + 1), LABEL_MAX),
        ("2024年" + "效" * LABEL_MAX, LABEL_MAX),  # Chinese with digits still counts characters
        ("a" * 2 * LABEL_MAX, None),  # Latin: sixty columns fit
        ("word " * 13, 59),  # 65 columns: cut at the last space that fits
        ("word " * 11 + "end, more words", 58),  # a comma before the space goes too
        ("x" * 70, 2 * LABEL_MAX),  # one word too long for the label is cut inside
    ],
)
def test_a_label_is_cut_by_display_width(words: str, expected: int | None) -> None:
    assert label_cut(words) == expected
