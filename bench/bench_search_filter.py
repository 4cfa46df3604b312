"""The library search kept to some years and a speaker (the search panel's filter, ``search
--years --speaker``) against the same search over every speech.

``search-filter``: a working copy of the big library (``big_library``: 10,000 speeches; 200
when quick) whose speeches are given dates over 2010-2024 and one of 20 speakers (its generated
speeches have none), searched for a common word, a formulation and a term with an exclusion,
each kept to 2019-2021, then to 2019-2021 and one speaker; the baseline searches the same
queries over the whole library. The filter reads its speeches from the index of ids, dates and
speakers (one query) and hands the search their ids, as a collection's scope does: narrower
documents must not make the search slower than the whole library. ≤ 1.25.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import working_copy  # noqa: E402
from bench.harness import Benchmark  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402
from desktop.core.storage.search_run import search  # noqa: E402
from desktop.core.storage.speech_filter import SpeechFilter  # noqa: E402

QUERIES = ("发展", "效能革命", "营商环境 -安全生产")
"""A common word, a formulation of the generated speeches' topics, a term with an exclusion."""
FILTERS = (SpeechFilter(2019, 2021), SpeechFilter(2019, 2021, speakers=("讲话人4",)))
"""Three years of fifteen (a fifth of the speeches), then one speaker's of those."""
_SPEAKERS = 20


@dataclass
class FilterInput:
    """The working copy (removed with its folder when the input goes) and the library open."""

    folder: tempfile.TemporaryDirectory[str]
    library: Library


def setup(quick: bool) -> FilterInput:
    """A copy of the big library whose speeches have dates and speakers."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-")
    library = open_library(working_copy(quick, Path(folder.name)), create=False, daily_backup=False)
    with library.db.transaction() as conn:
        conn.execute(
            "UPDATE speeches SET date = printf('%04d-%02d-01', 2010 + id % 15, 1 + id % 12),"
            f" speaker = '讲话人' || (id % {_SPEAKERS})"
        )
    return FilterInput(folder, library)


def filtered(given: FilterInput) -> object:
    """Each query kept to each filter."""
    with given.library.db.read() as conn:
        return [
            search(conn, query, text_loader=str, speech_filter=speech_filter).text_total
            for query in QUERIES
            for speech_filter in FILTERS
        ]


def everywhere(given: FilterInput) -> object:
    """Each query over every speech, as often."""
    with given.library.db.read() as conn:
        return [
            search(conn, query, text_loader=str).text_total
            for query in QUERIES
            for _filter in FILTERS
        ]


BENCHMARK = Benchmark(
    name="search-filter",
    setup=setup,
    run=filtered,
    baseline=everywhere,
    target_ratio=1.25,
    description="a search kept to some years and a speaker vs the same over every speech",
    repeats=7,
    quick_repeats=3,
)
