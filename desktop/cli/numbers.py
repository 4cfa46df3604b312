"""The options' numbers of things (``--width N``, ``--limit N``, ``--top N``): whole numbers.

A type function's own name is what argparse shows when it raises ValueError ("invalid _count
value: 'x'"), so these raise ``ArgumentTypeError`` with words for a user instead.
"""

from __future__ import annotations

import argparse


def count(text: str) -> int:
    """A whole number, 0 or more."""
    return _at_least(text, 0)


def positive(text: str) -> int:
    """A whole number, 1 or more."""
    return _at_least(text, 1)


def _at_least(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more")
    return value
