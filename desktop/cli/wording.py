"""English wording of the command line: counts ("1 speech", "3 speeches") and help text."""

from __future__ import annotations

_PLURALS = {"speech": "speeches"}


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, singular for exactly one (``0 annotations``, ``1 annotation``)."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {_PLURALS.get(noun, noun + 's')}"


def plain(docstring: str) -> str:
    """A module docstring as help text: without the ``literal`` marks that suit the source."""
    return docstring.replace("``", "")
