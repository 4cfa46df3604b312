"""Tests for desktop/core/collector.py: counted pauses of the cyclic collector."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from desktop.core import collector
from desktop.core.collector import collect_everything, collector_paused, keep_long_lived

# Each test starts with the automatic collector on: the pauses are checked against it.
pytestmark = pytest.mark.usefixtures("automatic_collector")


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


@pytest.fixture
def freezing() -> Iterator[None]:
    """The window's policy on for one test; nothing left frozen after it."""
    collector.set_freezing(True)
    yield
    collector.set_freezing(False)
    gc.unfreeze()


class _Cell:
    def __init__(self) -> None:
        self.link: object = None


def _tracked(thing: object) -> bool:
    """Whether the collector's passes (not frozen) walk ``thing``."""
    return any(other is thing for other in gc.get_objects())


def test_without_the_window_s_policy_nothing_is_frozen() -> None:
    built = _Cell()
    assert not keep_long_lived()
    assert gc.get_freeze_count() == 0
    assert _tracked(built)


@pytest.mark.usefixtures("freezing")
def test_objects_kept_long_are_left_out_of_later_passes() -> None:
    built = _Cell()
    assert keep_long_lived()
    assert not _tracked(built)
    later = _Cell()
    assert _tracked(later), "only what was alive then"


@pytest.mark.usefixtures("freezing")
def test_a_full_pass_frees_a_frozen_cycle_dropped_since_and_freezes_the_rest_again() -> None:
    kept, dropped = _Cell(), _Cell()
    dropped.link = _Cell()
    dropped.link.link = dropped  # a cycle: only the collector frees it
    keep_long_lived()
    del dropped
    frozen = gc.get_freeze_count()
    assert collect_everything() >= 2
    assert gc.get_freeze_count() < frozen
    assert not _tracked(kept)
