"""The most even setting of a centred title whose lines break between phrases.

``balance`` finds where a title may break between phrases (``phrase_breaks``) and loads this
only when one of those lies near enough the middle to give even lines: a setting is searched
among the widths the runs between breaks give, each laid out to confirm Qt breaks there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextLayout

from desktop.gui.reader.balance import PRECISION, SLACK, line_count, line_starts

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


def phrased_width(
    layout: QTextLayout,
    text: str,
    lines: int,
    breaks: dict[int, bool],
    widths: tuple[float, float],
) -> Phrased | None:
    """A setting of ``layout`` in its ``lines`` lines, each broken at one of the phrase
    ``breaks`` and near even (``NEAR_BALANCED``): the most even, strong breaks preferred; else,
    and for three lines or more, ``long_titles`` (between words too). None when no such setting fits
    between ``widths``: the narrowest keeping the lines (the plain balance's) and the widest."""
    narrowest, available = widths
    phrased = _two_phrases(layout, text, breaks, available) if lines == 2 else None
    if phrased is not None:
        return phrased
    # Loaded only for a title of three lines or more, or one of two that breaks a word.
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
