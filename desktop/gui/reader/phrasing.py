"""Where a centred title may break between phrases, and the most even setting that does.

Rules of the text alone (a space, punctuation, before 关于 or a dash, after 的/之/和/与/及/暨
but not inside the few words holding one): jieba is not ready at a title's first frame, and a
title once set never re-flows. ``balance`` loads this only for a title that wraps.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextLayout

from desktop.gui.reader.balance import PRECISION, SLACK, line_count, line_starts

PHRASE_ENDS_AFTER = "的之和与及暨"
"""Particles and conjunctions that close a phrase of a title (…战略的 / 意见, …和 / …)."""

PHRASE_STARTS = ("关于", "——")
"""Words that open a phrase: a line may begin with them (中共中央 国务院 / 关于…)."""

PAUSES = "，、；：。！？）)》〉」』】”’"
"""Punctuation a line may end with, never begin with."""

OPENINGS = "（(《〈「『【“‘"
"""Punctuation a line may begin with, never end with."""

WHOLE_WORDS = (
    "共和国", "和平", "和谐", "和睦", "的确", "及时", "及早", "与会", "与时俱进",
    "之一", "之间", "之后", "之前", "之中", "之下", "之上", "之际", "之内", "之外",
)  # fmt: skip
"""Words holding a particle of ``PHRASE_ENDS_AFTER`` that no line breaks inside (中华人民共和 /
国): a short list of the common ones, since jieba is not ready at a title's first frame."""

MOST_BREAKS = 12
"""Past this many phrase breaks a centred block is a paragraph, not a title: balanced only."""

NEAR_BALANCED = 0.5
"""The shortest line of a title broken between phrases is at least this part of its longest."""

WEAK_BREAK_COST = 0.25
"""How much less even a break after a particle is worth than one at a space or punctuation."""


@dataclass(frozen=True, slots=True)
class Phrased:
    """Lines between phrases: the first ends at ``first_break``, the others fill ``width``."""

    width: float
    first_break: int
    first_width: float


def phrase_breaks(text: str) -> dict[int, bool]:
    """Where a title may break between phrases: index of the next line's first character →
    whether the break is a strong one (a space, punctuation, before 关于) or weak (after 的)."""
    inside = {i for word in WHOLE_WORDS for i in word_insides(text, word)}
    breaks: dict[int, bool] = {}
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after.isspace() or after in PAUSES or before in OPENINGS or i in inside:
            continue
        if _opens_phrase(text, i):
            breaks[i] = True
        elif before in PHRASE_ENDS_AFTER:
            breaks[i] = False
    return breaks


def _opens_phrase(text: str, i: int) -> bool:
    """Whether ``text[i]`` opens a phrase: after a space, punctuation or a dash, or at an
    opening bracket, quote or word."""
    before, after = text[i - 1], text[i]
    if before.isspace() or before in PAUSES or (before == "—" != after):
        return True
    return after in OPENINGS or (text.startswith(PHRASE_STARTS, i) and before != "—")


def word_insides(text: str, word: str) -> Iterator[int]:
    """The indices strictly inside each occurrence of ``word`` in ``text``."""
    start = text.find(word)
    while start >= 0:
        yield from range(start + 1, start + len(word))
        start = text.find(word, start + 1)


def phrased_width(
    layout: QTextLayout, text: str, lines: int, narrowest: float, available: float
) -> Phrased | None:
    """A setting of ``layout`` in its ``lines`` lines, each broken at one of ``phrase_breaks``
    and near even (``NEAR_BALANCED``): the most even, strong breaks preferred; failing that, or
    for three lines or more, ``long_titles`` (between words too). None when the balanced lines
    already break as well, or no such setting fits in ``available``."""
    breaks = phrase_breaks(text)
    balanced = line_starts(layout, narrowest)
    if len(breaks) > MOST_BREAKS or all(start in breaks for start in balanced[1:]):
        return None
    best = None if lines >= 3 else _two_phrases(layout, text, breaks, available)
    if best is not None:
        return best
    # Loaded only for a title that breaks inside a phrase: never the first frame's short one.
    from desktop.gui.reader.long_titles import long_title_width

    return long_title_width(layout, text, (lines, narrowest, available), breaks)


def _two_phrases(
    layout: QTextLayout, text: str, breaks: dict[int, bool], available: float
) -> Phrased | None:
    """The most even setting of ``layout`` in two lines broken between phrases, if near even."""
    xs = positions(layout, len(text))
    best: tuple[float, Phrased] | None = None
    for first in sorted(breaks):
        first_width = run_width(xs, text, 0, first)
        for width in _widths_after(xs, text, sorted(breaks), first, (first_width, available)):
            phrased = Phrased(width, first, first_width)
            cost = _phrased_cost(layout, breaks, 2, phrased)
            if cost is not None and (best is None or cost < best[0]):
                best = (cost, phrased)
    return None if best is None else best[1]


def positions(layout: QTextLayout, length: int) -> list[float]:
    """Where each index of ``layout``'s text falls, all of it set on one line."""
    line_count(layout, 1e9)
    line = layout.lineAt(0)
    return [line.cursorToX(index)[0] for index in range(length + 1)]


def run_width(xs: list[float], text: str, start: int, end: int) -> float:
    """The width of ``text[start:end]`` on a line, its trailing spaces left out (they hang)."""
    return xs[max(start, len(text[:end].rstrip()))] - xs[start] + PRECISION


def _widths_after(
    xs: list[float], text: str, breaks: list[int], first: int, bounds: tuple[float, float]
) -> list[float]:
    """The widths to try for the lines after ``first``: the first line's own, and each run
    from a break to a break (or the end) after it, within ``bounds``."""
    edges = [first, *(b for b in breaks if b > first), len(text)]
    widths = {bounds[0]}
    for number, start in enumerate(edges[:-1]):
        widths.update(run_width(xs, text, start, end) for end in edges[number + 1 :])
    return sorted(width for width in widths if bounds[0] <= width <= bounds[1])


def _phrased_cost(
    layout: QTextLayout, breaks: dict[int, bool], lines: int, phrased: Phrased
) -> float | None:
    """How far from even ``phrased`` sets ``layout``, weak breaks counted: None unless its
    ``lines`` lines break at phrases alike at its width and at the little more the document
    may give, and are near even."""
    first = phrased.first_width
    starts = line_starts(layout, phrased.width + 2 * SLACK + 2, first)
    if line_starts(layout, phrased.width, first) != starts or len(starts) != lines:
        return None
    if any(start not in breaks for start in starts[1:]):
        return None
    widths = [layout.lineAt(i).naturalTextWidth() for i in range(lines)]
    evenness = min(widths) / max(widths)
    if evenness < NEAR_BALANCED:
        return None
    weak = sum(1 for start in starts[1:] if not breaks[start])
    return 1 - evenness + WEAK_BREAK_COST * weak
