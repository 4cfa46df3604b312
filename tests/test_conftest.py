"""Tests for tests/conftest.py: the run's cyclic collector makes passes on the main thread only."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest


@pytest.fixture
def passes() -> Iterator[list[int]]:
    """The thread of every pass of the collector that starts during the test."""
    seen: list[int] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def _allocate_in_a_worker(kept: list[list[int]]) -> int:
    """A worker thread makes objects far past the young generation's threshold; its ident."""
    worker = threading.Thread(
        target=lambda: kept.extend([n] for n in range(50 * gc.get_threshold()[0]))
    )
    worker.start()
    worker.join()
    assert worker.ident is not None
    return worker.ident


def test_a_worker_allocating_past_the_thresholds_sets_off_no_pass(passes: list[int]) -> None:
    # A pass in a worker frees earlier tests' widgets that died in cycles: off the GUI thread.
    assert not gc.isenabled()
    kept: list[list[int]] = []  # alive: the collector counts objects made and not freed
    _allocate_in_a_worker(kept)
    assert passes == []
    assert gc.get_count()[0] > gc.get_threshold()[0], "due: the main thread makes it after the test"


@pytest.mark.usefixtures("automatic_collector")
def test_with_the_automatic_collector_the_worker_sets_off_its_passes(passes: list[int]) -> None:
    # What the run keeps from happening, and what the tests of pauses check against.
    kept: list[list[int]] = []
    worker = _allocate_in_a_worker(kept)
    assert worker in passes


def test_the_automatic_collector_is_off_again_after_a_test_that_wanted_it() -> None:
    assert not gc.isenabled()
