"""Tests for desktop/core/collector.py: counted pauses of the cyclic collector."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from desktop.core.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    """Each test starts with the collector on, and leaves it on."""
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_turns_it_on_again() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_overlapping_pauses_end_with_the_last_one() -> None:
    first = collector_paused()
    first.__enter__()
    with collector_paused():
        pass
    assert not gc.isenabled(), "the first pause still runs"
    first.__exit__(None, None, None)
    assert gc.isenabled()


def test_pauses_in_two_threads_leave_it_on_whichever_ends_first() -> None:
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert entered.wait(10)
    with collector_paused():
        release.set()
        thread.join(10)
        assert not gc.isenabled(), "this thread's pause still runs"
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()  # as start-up leaves it until the first frame
    with collector_paused():
        pass
    assert not gc.isenabled()
