"""Comparing two versions of a 220,000-character report, against ``diff_blocks`` alone.

The old text is a generated long report (``long_report.py``; 55,000 characters when quick);
the new one has every seventh paragraph reworded in one place, four paragraphs deleted and one
added: a final version against its draft. ``compare_texts`` is the diff plus the hunks, their
merging and the offset maps the compare window scrolls by; the baseline is the diff alone, so
the ratio is what the comparison adds to it (target 1.5: the hunks must stay a small part).
"""

from __future__ import annotations

import random

from bench.harness import Benchmark
from bench.long_report import report_text
from desktop.core.speech_compare import compare_texts
from desktop.core.textdiff import diff_blocks

_FULL, _QUICK = 220_000, 55_000


def build_input(quick: bool) -> tuple[str, str]:
    """The draft and its final version."""
    old = report_text(_QUICK if quick else _FULL, seed=3)
    lines = old.split("\n")
    randomly = random.Random(1)
    for index in range(0, len(lines), 7):
        line = lines[index]
        if len(line) > 20:
            at = randomly.randrange(len(line) - 5)
            lines[index] = line[:at] + "进一步深化" + line[at + 3 :]
    del lines[100:104]
    lines.insert(300, "新增加的一段内容，用于说明今年的新要求和新部署。")
    return old, "\n".join(lines)


def compare(texts: tuple[str, str]) -> object:
    """The whole comparison the compare window's worker makes."""
    return compare_texts(*texts)


def diff_only(texts: tuple[str, str]) -> object:
    """The diff the comparison is built on, alone."""
    return diff_blocks(*texts)


BENCHMARK = Benchmark(
    name="compare-speeches",
    setup=build_input,
    run=compare,
    baseline=diff_only,
    target_ratio=1.5,
    description="compare_texts of a 220,000-character report and its edited version",
    repeats=5,
)
