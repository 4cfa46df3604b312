"""Shared helpers for tests of a body's heading and point candidates (``sections``)."""

from __future__ import annotations

from desktop.core.importing.sections import Block, Event, find_events


def events_of(*lines: str) -> list[Event]:
    """The candidates found in ``lines``, each a body paragraph, offsets as in one text."""
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    return find_events(blocks)


def labels_of(*lines: str) -> list[tuple[str, str]]:
    """``(kind, label)`` of each candidate found in ``lines``."""
    return [(event.kind, event.label) for event in events_of(*lines)]
