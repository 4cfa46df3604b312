"""desktop/cli/wording.py: counts read as English."""

from __future__ import annotations

import pytest

from desktop.cli.wording import counted


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "annotation", "0 annotations"),
        (1, "annotation", "1 annotation"),
        (2, "hit", "2 hits"),
        (1, "speech", "1 speech"),
        (7, "speech", "7 speeches"),
    ],
)
def test_one_is_singular_and_every_other_count_plural(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun) == expected
