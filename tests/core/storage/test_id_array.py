"""Tests for desktop/core/storage/rows.py's ``id_array``: the ids ``json_each`` reads."""

from __future__ import annotations

import json
import sqlite3
from enum import IntEnum

from desktop.core.storage.rows import id_array


class _Kind(IntEnum):
    ONE = 1


def test_ids_are_written_as_json_writes_them() -> None:
    for ids in ([], [7], [3, 1, 2], [0, -4, 2**40], range(5)):
        assert id_array(ids) == json.dumps(list(ids))
    assert id_array([_Kind.ONE]) == "[1]"  # an int subclass is its number
    with sqlite3.connect(":memory:") as conn:
        found = conn.execute("SELECT value FROM json_each(?)", (id_array([5, 9]),)).fetchall()
    assert found == [(5,), (9,)]
