"""Tests for desktop/gui/terms_jobs.py: the terms panel's jobs, run here on the test's thread."""

from __future__ import annotations

from functools import partial

import pytest

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage import library_terms as terms_store
from desktop.core.storage.library import Library
from desktop.core.storage.library_terms import library_terms, update_library_terms
from desktop.core.storage.word_frequencies import update_word_frequencies
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.terms_jobs import JobProgress, TermsRequest, terms_job
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    ready_segmenter,
    sample_library,
    sample_template,
)


def test_the_library_brought_up_to_date_by_a_full_read_reports_its_progress(
    sample_library: Library,  # noqa: F811
    ready_segmenter: Segmenter,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # More speeches came since the last read than it held: the update reads the whole
    # library instead (2-3 s of a big one), and the panel shows how far it has come.
    library = sample_library
    update_word_frequencies(library.db, ready_segmenter)
    with library.db.read() as conn:
        totals = library_terms(conn).totals
    paragraphs = sample_paragraphs()
    speeches = [paragraphs[n : n + 2] for n in range(30, 50, 2)]
    library.store.import_document(make_document(speeches, source="/b.txt"))
    update_word_frequencies(library.db, ready_segmenter)
    monkeypatch.setattr(
        terms_store, "update_library_terms", partial(update_library_terms, check_every=1)
    )
    progress = JobProgress()
    heard: list[tuple[int, int]] = []
    progress.progressed.connect(lambda done, total: heard.append((done, total)))
    job = terms_job(TermsRequest(ScopeKind.LIBRARY), ready_segmenter, None, progress, totals)
    outcome = job(library, lambda: False)
    assert outcome.totals is not totals, "read whole"
    assert outcome.coverage is not None
    counted, speeches = outcome.coverage
    assert heard == [(done, speeches) for done in range(1, counted + 1)]
