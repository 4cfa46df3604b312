"""Run a test as if the machine were in another time zone (the process's ``TZ``)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

BEIJING_TZ = "CST-8"
"""POSIX form of UTC+08:00: needs no time zone database."""


@contextmanager
def machine_zone(tz: str = BEIJING_TZ) -> Iterator[None]:
    """Set the process's time zone to ``tz`` for the block, then put the old one back."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
