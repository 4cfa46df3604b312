"""Tests for tests/cycles.py: the helper sees objects left in cycles, and only those."""

from __future__ import annotations

import gc

import pytest

from tests.cycles import left_in_cycles, of_type


class _Link:
    def __init__(self) -> None:
        self.other: object = None


def test_objects_dropped_in_a_cycle_are_found_and_others_are_not() -> None:
    with left_in_cycles() as found:
        first, second, alone = _Link(), _Link(), _Link()
        first.other, second.other, alone.other = second, first, None
        del first, second, alone
    assert len(of_type(found, _Link)) == 2


def test_the_collector_is_left_off_as_the_test_run_keeps_it() -> None:
    with left_in_cycles():
        pass
    assert not gc.isenabled(), "tests/conftest.py: passes only on the main thread, after a test"


@pytest.mark.usefixtures("automatic_collector")
def test_an_automatic_collector_is_on_again_after() -> None:
    with left_in_cycles():
        assert not gc.isenabled(), "no pass inside: it would free what the list must show"
    assert gc.isenabled()
