"""A term's counts by year and by speaker (the "Counts by Year" dialog, ``trend``) against the
library search's own counting of the same query.

``term-trend``: ``term_trend`` by year and then by speaker, for each of a few queries (a common
word, a formulation, a rare pair), on the big library (``big_library``: 10,000 speeches; 200
when quick); the baseline is what the search panel does for the same queries: ``search`` and its
``speech_counts``. Counting adds one read of the speeches' dates or speakers (one query, not
one per speech) and a sum. ≤ 1.75: 1.76–1.84 on 10,000 speeches while reading their dates took
~14 ms of rows that hold their texts (one page each); 1.14–1.63 since schema 16 reads them from
a covering index of ids, dates and speakers (~3 ms), 0.92–1.50 quick. Losing the index fails it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import ensure_big_library  # noqa: E402
from bench.harness import Benchmark  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402
from desktop.core.storage.search_run import search  # noqa: E402
from desktop.core.storage.term_trend import TrendBy, term_trend  # noqa: E402

QUERIES = ("发展", "效能革命", "营商环境 -安全生产")
"""A common word, a formulation of the generated speeches' topics, a term with an exclusion."""


def setup(quick: bool) -> Library:
    """The cached big library, opened for reading."""
    return open_library(ensure_big_library(quick), create=False, daily_backup=False)


def trend(library: Library) -> object:
    """Each query counted by year, then by speaker (the dialog's switch)."""
    with library.db.read() as conn:
        return [term_trend(conn, query, by=by) for query in QUERIES for by in TrendBy]


def search_counts(library: Library) -> object:
    """The search panel's counts of each query, as often (its hits per speech)."""
    with library.db.read() as conn:
        return [
            search(conn, query, text_loader=str).speech_counts()
            for query in QUERIES
            for _by in TrendBy
        ]


BENCHMARK = Benchmark(
    name="term-trend",
    setup=setup,
    run=trend,
    baseline=search_counts,
    target_ratio=1.75,
    description="a term's counts by year and speaker vs the search's counts per speech",
    repeats=7,
    quick_repeats=3,
)
