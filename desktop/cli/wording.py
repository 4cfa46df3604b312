"""English wording of the command line: counts ("1 speech", "3 speeches"), a speech's number
and help text."""

from __future__ import annotations

from desktop.core.importing.chars import HAN_RE

_PLURALS = {"speech": "speeches"}


def counted(count: int, noun: str) -> str:
    """``count`` and ``noun``, singular for exactly one (``0 annotations``, ``1 annotation``)."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {_PLURALS.get(noun, noun + 's')}"


def numbered_title(index: int, title: str) -> str:
    """A speech's number before its title, counted as its title is written: ``篇2 在…的讲话``
    for a Chinese title, ``No. 2 Address to…`` for one with no Han character (an English
    speech reads no Chinese counter)."""
    if HAN_RE.search(title) is None and any(char.isalpha() for char in title):
        return f"No. {index} {title}"
    return f"篇{index} {title}"


def plain(docstring: str) -> str:
    """A module docstring as help text: without the ``literal`` marks that suit the source."""
    return docstring.replace("``", "")
