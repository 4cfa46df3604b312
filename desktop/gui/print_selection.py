"""Printing only the selected words: the laid-out lines cut down to a ``str`` range.

Kept out of Qt's way: the lines come from ``core.export.layout`` and stay its ``Block``s, so the
print document is written the same way for the whole speech and for a selection. A note's mark
stays only when the note's words end inside the selection, so the endnotes list what is marked.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.core.export.layout import Block, Run

NumberedBlock = tuple[int, Block]
"""A line and its index in the speech (the reader's roles are by line index)."""


def clip_blocks(blocks: list[NumberedBlock], start: int, end: int) -> list[NumberedBlock]:
    """The lines holding words of ``[start, end)``, each cut down to those words."""
    kept = []
    for index, block in blocks:
        if block.start < end and (block.end > start or block.start >= start):
            kept.append((index, replace(block, runs=clip_runs(block, start, end))))
    return kept


def clip_runs(block: Block, start: int, end: int) -> list[Run]:
    """The runs of ``block`` inside ``[start, end)``; marks kept where their run ends inside."""
    runs = []
    position = block.start
    for run in block.runs:
        run_end = position + len(run.text)
        left, right = max(position, start), min(run_end, end)
        if left < right or (not run.text and start <= position < end):
            markers = run.markers if run_end <= end else ()
            text = run.text[left - position : right - position]
            runs.append(Run(text, run.color, run.emphasis, markers))
        position = run_end
    return runs
