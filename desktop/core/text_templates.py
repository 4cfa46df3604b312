"""UI sentences with numbered places (``%1``, ``%2``), as Qt Linguist translates them.

Filled in one pass: a value that itself holds ``%2`` (a tag, a title, a file name: the user's
words) stays as written, where ``.replace("%1", a).replace("%2", b)`` would fill it too.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """``template`` with each ``%N`` replaced by the Nth value; places beyond them stay."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if 0 < number <= len(values) else found.group(0)

    return _PLACE.sub(value, template)
