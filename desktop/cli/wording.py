"""English wording of the command line's counts: "1 speech", "3 speeches"."""

from __future__ import annotations

_PLURALS = {"speech": "speeches"}


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, singular for exactly one (``0 annotations``, ``1 annotation``)."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {_PLURALS.get(noun, noun + 's')}"
