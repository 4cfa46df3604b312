"""Re-anchoring 10,000 annotations on a 100,000-character speech, against a plain ``str.find``.

The speech is the sample collection's paragraphs repeated to 100,000 characters (25,000 when
quick, with 2,500 annotations); the annotations are random spans of 2 to 40 characters. Two
re-imports: ``reanchor-edited`` inserts, removes and edits a few paragraphs (what a re-import of
an edited file does); ``reanchor-punctuation`` also turns every half-width comma full-width, so
most annotations (those spanning a comma) need a fuzzy match: the worst case. The baseline
looks each quote up with ``str.find`` in the new text: no diff, no context, no safety. Targets
are about twice what a 2-core machine measured: ratios of 1.8 (84 ms) and 6 (0.7 s).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import partial

from bench.harness import Benchmark
from desktop.core.anchoring import AnchorTarget, reanchor_all
from desktop.core.annotation import TextQuote
from desktop.core.textdiff import offset_map
from desktop.resources import sample_collection_path

_FULL = (100_000, 10_000)
_QUICK = (25_000, 2_500)


@dataclass(frozen=True)
class Reimport:
    """A speech's old and new text and the annotations made on the old one."""

    old: str
    new: str
    targets: list[AnchorTarget]


def build_input(quick: bool, *, punctuation: bool) -> Reimport:
    """The speech, its edited re-import, and random annotations on it."""
    length, count = _QUICK if quick else _FULL
    text = sample_collection_path().read_text(encoding="utf-8-sig")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    old = "\n".join(paragraphs * (length // len(text) + 2))[:length]
    randomly = random.Random(7)
    targets = []
    for _ in range(count):
        start = randomly.randrange(len(old) - 40)
        end = start + randomly.randint(2, 40)
        targets.append(AnchorTarget(TextQuote.from_text(old, start, end), start, end))
    edited = old.split("\n")
    edited.insert(5, "这是修订时新加入的一段话，用来说明会议精神的传达要求。")
    del edited[40]
    edited[60] = edited[60][:10] + "进一步" + edited[60][14:]
    new = "\n".join(edited)
    return Reimport(old, new.replace(",", "，") if punctuation else new, targets)


def reanchor(data: Reimport) -> object:
    """Every annotation re-anchored, the diff included (not taken from the cache)."""
    offset_map.cache_clear()
    return reanchor_all(data.old, data.new, data.targets)


def find_each(data: Reimport) -> object:
    """The floor: each quote's first occurrence in the new text."""
    return [data.new.find(target.quote.exact) for target in data.targets]


BENCHMARKS = [
    Benchmark(
        name="reanchor-edited",
        setup=partial(build_input, punctuation=False),
        run=reanchor,
        baseline=find_each,
        target_ratio=4.0,
        description="reanchor_all of 10,000 annotations after a few paragraphs changed",
    ),
    Benchmark(
        name="reanchor-punctuation",
        setup=partial(build_input, punctuation=True),
        run=reanchor,
        baseline=find_each,
        target_ratio=12.0,
        description="reanchor_all of 10,000 annotations after every comma changed width",
        repeats=3,
    ),
]
